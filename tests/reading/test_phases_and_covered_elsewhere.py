"""Round eleven (D), English with French and Spanish where the shape exists: a completed earlier phase beside a next
phase not started is nothing running now; a separate form denied and the thing covered by a named general text is
yes; a level denied and the rest left to each body is unknown, flagged; a verb of giving with re- ("do not
resubmit data already held") lifts a burden."""
from __future__ import annotations

import pytest

from loaders.formats.reading_clauses import FLAG_HEDGED
from loaders.formats.reading_covered_elsewhere import FLAG_COVERED_SPECIFIC, FLAG_LEFT_TO_EACH
from loaders.formats.reading_phases import FLAG_PHASE_GAP

from .harness import read_question

SKILLS = 38          # digital skills for women and vulnerable groups
CYBER = 11           # a law on cybersecurity
PROCUREMENT = 14
RECOVERY = 8         # "Is there a specific post-COVID-19 digital strategy …?"
OPEN_DATA = 17
SATISFACTION = 42
ONCE_ONLY = 28
CIO = 4


@pytest.mark.parametrize("text,lang", [
    ("Coding camps for girls: Stage 1 concluded in 2020 with 2,400 graduates. Stage 2 approved by the donor board "
     "in April 2022; classes to begin next financial year.", "en"),
    ("Rural women's e-skills scheme: the first phase was completed in December 2021. The second phase has been "
     "endorsed by the donor; its start date is not yet set.", "en"),
    ("Programme « Citoyennes connectées » : la phase 1 s'est achevée en 2021 ; la phase 2, validée en juin 2022, "
     "démarrera en 2023.", "fr"),
    ("Programa «Mujeres en línea»: la etapa I concluyó en 2021; la etapa II fue aprobada en junio de 2022 y "
     "se iniciará en 2023.", "es"),
])
def test_a_completed_phase_beside_a_next_one_not_started_is_no_flagged(text, lang):
    r = read_question(text, SKILLS, lang)
    assert r.answer == "no" and r.flag == FLAG_PHASE_GAP and r.evidence.startswith("no longer"), r


@pytest.mark.parametrize("text,lang", [
    ("Coding camps for girls: Stage 1 concluded in 2020. Stage 2 is under implementation in all provinces.", "en"),
    ("Coding camps for girls: Stage 1 concluded in 2020; Stage 2 approved in 2021. The online course portal is "
     "operational since 2019.", "en"),
    ("Programa «Mujeres en línea»: la etapa I concluyó en 2021; la etapa II está en ejecución desde 2022.", "es"),
    ("Coding camps for girls, run every year since 2018 in all provinces.", "en"),
])
def test_a_phase_running_now_or_something_else_in_place_stays_yes(text, lang):
    r = read_question(text, SKILLS, lang)
    assert r.answer == "yes" and r.flag != FLAG_PHASE_GAP, r


@pytest.mark.parametrize("text,lang,q", [
    ("There is no stand-alone cybersecurity statute. It is covered by the Telecommunications Act (2015) and the "
     "Critical Infrastructure Act (2019).", "en", CYBER),
    ("We have no separate law on e-tendering. This is regulated by the general Public Contracts Act, which makes "
     "electronic submission mandatory.", "en", PROCUREMENT),
    ("Il n'existe pas de loi distincte sur la cybersécurité. Elle est régie par le Code du numérique de 2017.",
     "fr", CYBER),
    ("No existe una ley específica de contratación electrónica. Está regulada por la Ley de Compras Públicas de "
     "2019.", "es", PROCUREMENT),
])
def test_a_separate_form_denied_and_covered_by_a_named_text_is_yes(text, lang, q):
    r = read_question(text, q, lang)
    assert r.answer == "yes" and r.flag is None, r


def test_covered_by_a_general_text_where_a_specific_one_is_asked_is_flagged():
    r = read_question("We have no separate recovery strategy. It is covered by the National Resilience Plan "
                      "2021-2026.", RECOVERY)
    assert r.answer == "yes" and r.flag == FLAG_COVERED_SPECIFIC, r


@pytest.mark.parametrize("text,q", [
    # the general text is then said not to do it
    ("We have no separate open data law. Reuse is covered by the Public Records Act. It does not oblige agencies "
     "to publish open data.", OPEN_DATA),
    # the sentence after names its own subject, not the denied thing
    ("There is no separate cybersecurity act. Hackers are covered by the Criminal Code.", CYBER),
    # the thing itself is denied, not one form of it
    ("We do not have an act on e-tendering. It is covered by internal guidelines only.", PROCUREMENT),
])
def test_covered_by_does_not_turn_a_denial_that_stands(text, q):
    assert read_question(text, q).answer == "no"


@pytest.mark.parametrize("text,lang", [
    ("We have no CIO post as such. The Permanent Secretary for Digital Affairs acts as the Government CIO.", "en"),
    ("We have no e-government strategy as such. The Digital Programme 2021-2024 serves as one.", "en"),
])
def test_a_form_denied_as_such_then_who_does_its_work_is_yes_flagged(text, lang):
    r = read_question(text, CIO, lang)
    assert r.answer == "yes" and r.flag == FLAG_HEDGED, r


@pytest.mark.parametrize("text,lang", [
    ("Not centrally. Each ministry does this.", "en"),
    ("Not at the central level. It is left to each department.", "en"),
    ("Pas de manière centralisée. Chaque ministère s'en charge.", "fr"),
    ("No de manera centralizada. Cada ministerio se encarga.", "es"),
])
def test_a_level_denied_and_left_to_each_body_is_unknown_flagged(text, lang):
    r = read_question(text, SATISFACTION, lang)
    assert r.answer == "unknown" and r.flag == FLAG_LEFT_TO_EACH, r


@pytest.mark.parametrize("text", [
    "Not centrally. Each ministry runs its own yearly survey and publishes the results.",   # says what they do
    "No. Each ministry decides.",                                                          # a typed No
])
def test_more_than_a_level_left_to_each_body_is_read_as_before(text):
    assert read_question(text, SATISFACTION).flag != FLAG_LEFT_TO_EACH


@pytest.mark.parametrize("text,lang", [
    ("The unique business number is used by every agency, so that firms do not re-enter details the State "
     "already holds.", "en"),
    ("Residents never resubmit certificates once one ministry has them.", "en"),
    ("Les usagers ne ressaisissent pas les informations déjà détenues par l'administration.", "fr"),
    ("L'administration ne redemande pas les pièces déjà fournies.", "fr"),
    ("Los ciudadanos no reingresan datos que ya obran en poder de la administración.", "es"),
])
def test_a_verb_of_giving_again_negated_is_a_burden_lifted(text, lang):
    assert read_question(text, ONCE_ONLY, lang).answer == "yes"


@pytest.mark.parametrize("text,lang", [
    ("The agencies do not share records; citizens submit the same documents each time.", "en"),
    ("L'administration ne publie pas les données.", "fr"),
])
def test_a_plain_denial_beside_giving_words_stays_no(text, lang):
    assert read_question(text, ONCE_ONLY, lang).answer == "no"
