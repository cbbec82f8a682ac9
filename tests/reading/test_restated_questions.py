"""Restated questions and participles that read as awaited (after round ten, B; modules reading_restated and
reading_participle_senses). An answer that restates the question's words, then says what the thing really is after
a specifier ("namely", "in the form of", "in that"; "à savoir", "sous la forme de"; "a saber", "en forma de") or an
apposition naming a title, is read by what it names: a draft, or a relative clause giving a status short of in force,
decides `no`; an instrument in force leaves the yes. "Referred to together with …" is a mention, not a referral; a
duty an instrument lays down ("The … Act says the accounts have to be published") is no step awaited."""
from __future__ import annotations

import pytest

from loaders.formats.reading_clauses import FLAG_BEING_WRITTEN

from .harness import read_question

OPEN_DATA_LAW = 17
DIGITAL_ID = 12
SANDBOX = 32
RECOVERY = 8
DATA_PRIVACY = 10
SPENDING = 15


@pytest.mark.parametrize("text,lang,q", [
    ("Freedonia has legislation on digital identity in the form of the Civil Registry (Electronic Identity) Bill, 2022, "
     "which was published for comment ahead of its first reading.", "en", DIGITAL_ID),
    ("The Government has a measure in policy experimentation, in that the Central Bank has circulated a draft "
     "Innovation Hub Charter for fintech start-ups.", "en", SANDBOX),
    ("A national data protection regime has been developed, namely the Personal Information Framework, which is "
     "currently awaiting approval by Parliament.", "en", DATA_PRIVACY),
    ("There is a specific post-pandemic digital plan, the Digital Resilience Roadmap 2023-2026, which was submitted for "
     "approval by the Council of Ministers in October 2022.", "en", RECOVERY),
    ("Le pays dispose d'une législation sur l'identité numérique sous la forme d'un projet de loi sur l'état civil "
     "électronique, déposé à l'Assemblée en 2022.", "fr", DIGITAL_ID),
    ("Un cadre de protection des données a été élaboré, à savoir le Cadre national des données personnelles, qui est "
     "en cours de validation.", "fr", DATA_PRIVACY),
    ("El país cuenta con una norma sobre identidad digital en forma de un anteproyecto de ley de registro civil "
     "electrónico.", "es", DIGITAL_ID),
    ("Se ha desarrollado un marco de protección de datos, a saber, el Marco Nacional de Datos Personales, que se "
     "encuentra en consulta pública.", "es", DATA_PRIVACY),
])
def test_a_restated_question_then_a_draft_or_a_status_is_no(text, lang, q):
    r = read_question(text, q, lang)
    assert r.answer == "no" and r.rule == "restated, then what it is", r


@pytest.mark.parametrize("text,lang,q", [
    ("Freedonia has a data protection law, namely the Personal Data Act, 2018, which entered into force in 2019.",
     "en", DATA_PRIVACY),
    ("There is an open data portal, namely https://data.gov.example, which publishes some 900 datasets.", "en",
     OPEN_DATA_LAW),
    ("Le pays dispose d'une loi sur les données personnelles, à savoir la loi n° 2018-07, qui est en vigueur depuis "
     "2019.", "fr", DATA_PRIVACY),
    ("El país cuenta con una ley de protección de datos, a saber, la Ley 1581 de 2012, que está vigente.", "es",
     DATA_PRIVACY),
    ("Comments on draft regulations are received through the portal, namely the consultation page.", "en",
     OPEN_DATA_LAW),
    ("Freedonia has legislation on cybersecurity, namely the Computer Misuse Act 2018, and a Critical Infrastructure "
     "Bill is being drafted.", "en", 11),
])
def test_a_restated_question_then_an_instrument_in_force_stays_yes(text, lang, q):
    assert read_question(text, q, lang).answer == "yes"


@pytest.mark.parametrize("text", [
    "Blockchain is referred to alongside cloud computing, as noted under artificial intelligence.",
    "The fifth generation of mobile networks is referred to together with the Internet of Things.",
])
def test_referred_to_together_with_another_topic_is_a_mention(text):
    assert read_question(text, 29, item="blockchain").answer == "yes"


def test_referred_to_a_body_together_with_something_is_still_awaited():
    r = read_question("The Blockchain Bill has been referred to the Cabinet together with its regulations.", 18)
    assert r.answer == "no", r


@pytest.mark.parametrize("text,lang", [
    ("The Financial Management Act 2011 says the annual accounts and the mid-year review have to be published.", "en"),
    ("The Audit Act requires that the consolidated accounts have to be published every year.", "en"),
    ("La loi organique relative aux lois de finances dispose que les comptes sont à publier chaque année.", "fr"),
    ("La Ley de Responsabilidad Fiscal establece que las cuentas anuales deben ser publicadas.", "es"),
])
def test_a_duty_an_instrument_lays_down_is_no_step_awaited(text, lang):
    assert read_question(text, SPENDING, lang).answer == "yes"


@pytest.mark.parametrize("text", [
    "The annual accounts still have to be published.",
    "The Minister says the annual accounts have to be published next year.",
])
def test_a_step_still_to_come_without_an_instrument_stays_awaited(text):
    assert read_question(text, SPENDING).answer == "no"


def test_the_next_sentence_naming_the_specified_thing_again_gives_its_status():
    text = ("There is a specific post-pandemic recovery plan, namely the Digital Rebound Programme. The Programme will be "
            "launched once the Treasury releases its funds.")
    r = read_question(text, RECOVERY)
    assert r.answer == "no" and r.rule == "restated, then what it is", r


def test_a_relative_after_a_preposition_says_what_happens_under_the_thing_not_its_status():
    text = ("Freedonia has a data protection law, namely the Personal Data Act 2017, under which every controller would "
            "be registered with the Commissioner.")
    assert read_question(text, DATA_PRIVACY).answer == "yes"


def test_on_what_a_strategy_refers_to_a_reference_to_something_still_to_come_is_flagged():
    text = ("The national e-government strategy makes reference to a once-only principle, in that it provides for a "
            "Single Data Request Rule. The Rule is to be drafted by the Digital Office during 2023.")
    r = read_question(text, 28)
    assert (r.answer, r.flag) == ("no", FLAG_BEING_WRITTEN), r
