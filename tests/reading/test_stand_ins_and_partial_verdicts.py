"""Shorthand and first-person answers (after round ten, B; modules reading_stand_ins and reading_partial_verdicts).
A post denied, then someone acting as it ("No formal CDO post. The PS acts as de facto CDO", "Le SG fait fonction de
DSI", "el Secretario funge como CIO"), is a function performed: yes, flagged. An instrument named and marked as the only
one ("Const. art. 27 (right to information) – only. No ATI Act.") is the answer in part: yes, flagged. A verdict of
"partly" in the respondent's own words ("I'd say partly.", "Je dirais en partie.", "Yo diría que en parte.") never
lets a later denial stand as a silent no: yes, flagged."""
from __future__ import annotations

import pytest

from loaders.formats.reading_clauses import FLAG_HEDGED, FLAG_MIXED

from .harness import read_question

CIO = 4
ACCESS_LAW = 9
SDG = 22
INCLUSION = 33


@pytest.mark.parametrize("text,lang", [
    ("No formal CDO post. The Permanent Secretary (MICT) acts as de facto CDO pending the new structure.", "en"),
    ("No substantive CIO position yet. The Director of e-Government serves as CIO on an interim basis.", "en"),
    ("Pas de poste formel de DSI de l'État. Le Secrétaire général du ministère fait fonction de DSI.", "fr"),
    ("No existe el cargo formal de CIO. El Secretario de Gobierno Digital funge como CIO de facto.", "es"),
])
def test_a_post_denied_then_someone_acting_as_it_is_a_flagged_yes(text, lang):
    r = read_question(text, CIO, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_HEDGED), r


@pytest.mark.parametrize("text", [
    "No formal CDO post. A CDO post is to be created under the new Digital Government Act.",
    "No formal CDO post. The Permanent Secretary chairs the ICT Steering Committee.",
])
def test_a_post_denied_without_anyone_acting_as_it_stays_no(text):
    assert read_question(text, CIO).answer == "no"


@pytest.mark.parametrize("text,lang", [
    ("Const. art. 27 (right to information) – only. No ATI Act. ATI Bill → drafting stage (MoJ).", "en"),
    ("Constitution, art. 41 (access to official records) – only. No FOI law; FOI policy under consultation.", "en"),
    ("Constitution, art. 18 (droit d'accès à l'information) – seulement. Pas de loi d'accès ; projet en cours.", "fr"),
    ("Constitución, art. 20 (derecho de acceso a la información) – solamente. No hay ley de acceso; anteproyecto en "
     "trámite.", "es"),
])
def test_an_instrument_given_as_the_only_basis_is_a_flagged_yes(text, lang):
    r = read_question(text, ACCESS_LAW, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_MIXED), r


def test_a_draft_given_as_the_only_text_stays_no():
    assert read_question("Access to Information Bill – only. Not enacted.", ACCESS_LAW).answer == "no"


@pytest.mark.parametrize("text,lang,q", [
    ("I'd say partly. Goal 5 is named in the foreword, but nobody ever tied our projects to the targets.", "en", SDG),
    ("I would say partially. There is no written policy, we just try to keep the libraries connected.", "en",
     INCLUSION),
    ("Partly. There is no dedicated inclusion plan, only what the ministries do on their own.", "en", INCLUSION),
    ("Je dirais en partie. L'ODD 9 est cité en introduction, mais aucune mise en correspondance n'a été faite.", "fr",
     SDG),
    ("Yo diría que en parte. El ODS 16 aparece en la introducción, pero nunca se hizo un mapeo de las acciones.", "es",
     SDG),
])
def test_a_partial_verdict_in_the_respondents_words_is_a_flagged_yes(text, lang, q):
    r = read_question(text, q, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_MIXED), r


@pytest.mark.parametrize("text", [
    "I'd say no. The strategy does not mention the goals at all.",
    "I think not. There is no written policy on inclusion.",
])
def test_a_verdict_that_is_not_partial_is_read_by_its_words(text):
    assert read_question(text, SDG).answer == "no"
