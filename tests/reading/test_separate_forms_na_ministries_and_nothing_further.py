"""Round twelve's last three misreadings, read by the lead: a separate form denied (even "not yet") and a named
law said to cover the thing is a doubtful no; "not applicable: there is no such ministry" followed by the bodies
that hold its functions, with an address, is a doubtful no; "nothing further" to the open question is no, flagged,
since analysts part on whether it answers the question or gives nothing."""
from __future__ import annotations

import pytest

from loaders.formats.reading_clauses import FLAG_LATER_AFFIRMS
from loaders.formats.reading_polarity import FLAG_NOTHING_TO_ADD

from .harness import read_question

E_PARTICIPATION = 34
JUSTICE = 5
OPEN = 44


@pytest.mark.parametrize("text,lang", [
    ("Viet Nam has not yet had a separate policy on e-participation. The participation of people and enterprises "
     "is stipulated in the Law on Promulgation of Legal Documents No. 82/2015/QH13.", "en"),
    ("We do not have a dedicated e-participation strategy. Online consultation is provided for in the "
     "Public Consultation Act 2015.", "en"),
])
def test_a_separate_form_denied_then_a_law_covering_the_thing_is_a_doubtful_no(text, lang):
    r = read_question(text, E_PARTICIPATION, lang)
    assert (r.answer, r.flag) == ("no", FLAG_LATER_AFFIRMS), r


@pytest.mark.parametrize("text", [
    "There is no e-participation policy. The participation of citizens is a goal of the Government.",
    "We do not have a dedicated e-participation strategy. A policy is being drafted.",
])
def test_a_denial_without_a_covering_law_is_left_standing(text):
    r = read_question(text, E_PARTICIPATION)
    assert (r.answer, r.flag) == ("no", None), r


@pytest.mark.parametrize("text,lang", [
    ("No corresponde: Uruguay no cuenta con Ministerio de Justicia. Las competencias se distribuyen entre el Poder "
     "Judicial (https://www.poderjudicial.gub.uy.example) y la Fiscalía General de la Nación.", "es"),
    ("Not applicable: there is no Ministry of Justice. The functions are shared by the Judiciary "
     "(https://judiciary.example) and the Attorney General's Office.", "en"),
])
def test_not_applicable_no_such_ministry_then_the_bodies_named_with_an_address_is_a_doubtful_no(text, lang):
    r = read_question(text, JUSTICE, lang, "justice")
    assert (r.answer, r.flag) == ("no", FLAG_LATER_AFFIRMS), r


def test_not_applicable_no_such_ministry_alone_stays_no():
    r = read_question("No corresponde: Uruguay no cuenta con Ministerio de Justicia.", JUSTICE, "es", "justice")
    assert (r.answer, r.flag) == ("no", None), r


@pytest.mark.parametrize("text,lang", [
    ("Nothing further from us.", "en"),
    ("Nil further.", "en"),
    ("No further information to add.", "en"),
])
def test_nothing_to_add_to_the_open_question_is_no_and_asked(text, lang):
    r = read_question(text, OPEN, lang)
    assert (r.answer, r.flag) == ("no", FLAG_NOTHING_TO_ADD), r


@pytest.mark.parametrize("text,answer", [
    ("No.", "no"),   # the form's own typed answer
    ("Néant.", "unknown"),   # one none-word: nothing given (reading_open_answers)
])
def test_a_typed_no_or_a_bare_none_word_to_the_open_question_is_not_asked(text, answer):
    r = read_question(text, OPEN, "fr" if text == "Néant." else "en")
    assert (r.answer, r.flag) == (answer, None), r


ACCESS_TO_INFORMATION = 9
CONSENT = 45


@pytest.mark.parametrize("text,lang", [
    ("Yes. The Official Information and Records Act 1983 gives people the right to request information held by "
     "central government agencies.", "en"),
    ("La Ley N° 20.285 garantiza el derecho de acceso a la información en poder de los órganos de la "
     "Administración del Estado.", "es"),
    ("La loi n° 2016-1 garantit l'accès aux documents détenus par les ministères et les établissements publics.",
     "fr"),
])
def test_an_act_giving_access_to_information_held_by_bodies_is_no_decline(text, lang):
    """"information held by <bodies>" after a verb of the Act names what the Act opens, not who holds the answer."""
    r = read_question(text, ACCESS_TO_INFORMATION, lang)
    assert (r.answer, r.flag) == ("yes", None), r


@pytest.mark.parametrize("text,lang", [
    ("The information on this is held by the Ministry of Home Affairs.", "en"),
    ("La información está en poder del Ministerio del Interior.", "es"),
])
def test_information_said_to_be_held_by_another_body_still_declines(text, lang):
    r = read_question(text, 40, lang)
    assert r.answer == "unknown" and r.flag, r


@pytest.mark.parametrize("text,lang", [("Agreed.", "en"), ("We agree.", "en"), ("D'accord.", "fr"),
                                       ("De acuerdo.", "es")])
def test_assent_written_alone_is_a_typed_yes(text, lang):
    assert read_question(text, CONSENT, lang).answer == "yes"


@pytest.mark.parametrize("text,lang", [
    ("Yes - happy for this to be published.", "en"),
    ("Yes, we agree to the responses being published in full.", "en"),
    ("Oui, d'accord pour que nos réponses soient publiées.", "fr"),
    ("Sí, de acuerdo con que se publiquen las respuestas.", "es"),
])
def test_a_typed_yes_then_assent_to_publication_is_a_plain_yes(text, lang):
    r = read_question(text, CONSENT, lang)
    assert (r.answer, r.flag) == ("yes", None), r


def test_assent_does_not_hide_a_status_in_another_clause():
    r = read_question("Yes – happy to share; the Act is not yet in force.", ACCESS_TO_INFORMATION)
    assert r.answer == "yes" and r.flag, r
