"""Round twenty Z: a matter said to be another body's (its competence, its responsibility), then only referrals (in the
same sentence or beside a decline, framed around any name, with a link), is a referral: unknown, flagged; a thing run
by a body is one too when the question itself is sent to that body. The speaker denying only its own, then saying the
matter is another body's, leaves the answer to that body: unknown, flagged. The same words with an answer of their
own stay as they read."""
from __future__ import annotations

import pytest

from .harness import read_question

SDG = 22          # strategy aligned with the SDGs
FORESIGHT = 31    # foresight tools
VULNERABLE = 36   # e-services for vulnerable groups
VOICES = 40       # information published on how people's voices are included


def _referral(r) -> bool:
    return r.answer == "unknown" and bool(r.flag) and r.evidence.startswith("declined")


# --- whose the matter is, then only a referral ---------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Online services for older persons are the responsibility of the Social Welfare Board; please refer to the Board.",
     "en"),
    ("Les services en ligne pour les personnes handicapées sont de la responsabilité du Ministère des Affaires "
     "sociales ; veuillez vous adresser à ce Ministère.", "fr"),
    ("Los servicios para personas con discapacidad son responsabilidad del Consejo Nacional de Discapacidad; favor "
     "consultar con dicho Consejo.", "es"),
])
def test_responsibility_of_a_body_then_a_referral_in_the_same_sentence_is_a_referral(text, lang):
    r = read_question(text, VULNERABLE, lang)
    assert _referral(r), r


def test_a_referral_beside_a_decline_still_refers():
    r = read_question("Services for persons with disabilities fall under the Social Welfare Board. Please refer to SWB; "
                      "this Unit does not hold the information.", VULNERABLE)
    assert _referral(r), r


@pytest.mark.parametrize("text,lang", [
    ("Monitoring of the 2030 Agenda falls within the remit of the Planning Commission, which led the 2021 voluntary "
     "review. Please refer to the Commission: https://plan.example/sdg", "en"),
    ("Le suivi des ODD relève du Ministère du Plan, qui a rédigé le rapport national volontaire. Veuillez vous "
     "adresser au Ministère : https://plan.example/odd", "fr"),
    ("El seguimiento de los ODS es competencia de la Secretaría de Planificación, la cual elaboró el informe nacional "
     "voluntario. Favor consultar con la Secretaría: https://plan.example/ods", "es"),
])
def test_a_relative_on_the_body_and_a_framed_referral_with_its_link_is_a_referral(text, lang):
    r = read_question(text, SDG, lang)
    assert _referral(r), r


@pytest.mark.parametrize("text", [
    # the relative names something operating: as before, the body's work is read
    "Monitoring of the 2030 Agenda falls within the remit of the Planning Commission, which coordinates the national "
    "SDG report. Please refer to the Commission: https://plan.example/sdg",
    # a statement of its own after the referral
    "Online services for older persons are the responsibility of the Social Welfare Board. Please refer to the Board. "
    "The Board launched an online pension service in 2021.",
    # whose it is, and nothing sent anywhere
    "Online services for older persons are the responsibility of the Social Welfare Board.",
    "Services for persons with disabilities are the responsibility of the Social Welfare Board, which runs the "
    "DisabilityConnect portal (https://swb.example).",
])
def test_whose_it_is_with_an_answer_of_its_own_reads_as_before(text):
    r = read_question(text, VULNERABLE if "Board" in text else SDG)
    assert r.answer == "yes", r


# --- a thing run by a body, and the question itself sent there ------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The national e-consultation portal is run by the Cabinet Office. Please refer to the Cabinet Office on this "
     "matter.", "en"),
    ("La plateforme de consultation publique est gérée par le Secrétariat général du Gouvernement. Veuillez vous "
     "adresser au Secrétariat à ce sujet.", "fr"),
    ("La plataforma de consulta ciudadana es administrada por la Secretaría de Gobierno Abierto. Favor consultar a la "
     "Secretaría al respecto.", "es"),
])
def test_a_thing_run_by_a_body_then_the_question_sent_there_is_a_referral(text, lang):
    r = read_question(text, VOICES, lang)
    assert _referral(r), r


@pytest.mark.parametrize("text,lang", [
    ("The national e-consultation portal is run by the Cabinet Office. Please refer to the Cabinet Office for usage "
     "figures.", "en"),
    ("The national e-consultation portal is run by the Cabinet Office.", "en"),
    ("La plataforma de consulta ciudadana es administrada por la Secretaría de Gobierno Abierto. Favor consultar a la "
     "Secretaría para las estadísticas de uso.", "es"),
])
def test_a_thing_run_by_a_body_with_a_detail_referred_stays_yes(text, lang):
    assert read_question(text, VOICES, lang).answer == "yes"


# --- the speaker's own denied, the matter another body's -----------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The Agency has no foresight unit of its own. National foresight exercises fall under the Planning Commission.",
     "en"),
    ("La Direction ne dispose pas de cellule de prospective propre. Les exercices de prospective nationaux relèvent du "
     "Ministère de l'Économie.", "fr"),
    ("La Secretaría no cuenta con herramientas propias de prospectiva. Los estudios prospectivos nacionales son "
     "competencia del Ministerio de Planificación.", "es"),
])
def test_own_lack_then_another_bodys_remit_is_a_referral(text, lang):
    r = read_question(text, FORESIGHT, lang)
    assert _referral(r), r


@pytest.mark.parametrize("text", [
    "The Agency has no foresight unit of its own.",   # alone: the speaker's denial, as before
    "There is no foresight unit of its own. National foresight exercises fall under the Planning Commission.",  # no speaker
    "The Agency has no foresight unit. National foresight exercises fall under the Planning Commission.",  # no own-word
])
def test_own_lack_without_its_pair_reads_no_as_before(text):
    assert read_question(text, FORESIGHT).answer == "no"


@pytest.mark.parametrize("text", [
    "The Agency has no foresight unit of its own. National foresight exercises fall under the Planning Commission "
    "(https://plan.example/foresight).",
    "The Agency has no foresight unit of its own. Foresight is covered by the National Vision 2040, in force since 2019.",
])
def test_own_lack_then_something_named_is_not_this_referral(text):
    r = read_question(text, FORESIGHT)
    assert not r.evidence.startswith("declined"), r


def test_own_denied_needs_a_speaker_and_no_degree():
    from loaders.formats.reading_own_lack import own_denied
    from loaders.formats.reading_words import language, tokens
    assert own_denied(tokens("The Ministry does not have its own foresight tool"))
    assert not own_denied(tokens("There is no foresight tool of its own"))
    with language("fr"):
        s = "Le MINPOSTEL ne dispose pas d'outil propre"
        assert own_denied(tokens(s), s)   # a body's acronym as written
        assert not own_denied(tokens("La Direction n'a guère d'outils propres"))
