"""A near future ("is set to publish", "est appelé à devenir", "está llamada a convertirse") is a plan, as the future
tense is (reading_near_future); a specific thing the respondent did not need or require ("did not require a
separate budget") does not exist (reading_need), while a burden lifted from the citizen ("do not need to bring
paper copies") is still a measure in place."""
from __future__ import annotations

import pytest

from .harness import read_question

PORTAL = 2
DATA_GOVERNANCE = 25   # on what the strategy refers to: a dated plan is no denial there, a near future is
COVID_BUDGET = 7
ONCE_ONLY = 28


@pytest.mark.parametrize("text,lang,q,item", [
    ("The national AI roadmap is poised to be unveiled at the summit next spring.", "en", 29, "ai"),
    ("The e-signature regulation is due to take effect once it is gazetted.", "en", 13, ""),
    ("The open data portal is on track to go live before the end of the year.", "en", PORTAL, "open_data"),
    ("The Statistics Office is set to release a data governance framework, to be folded into the next strategy.",
     "en", DATA_GOVERNANCE, ""),
    ("Le portail est appelé à devenir le point d'entrée unique des démarches administratives.", "fr", PORTAL, "e_services"),
    ("La plateforme s'apprête à ouvrir ses services aux entreprises.", "fr", PORTAL, "e_services"),
    ("La plataforma está llamada a convertirse en la ventanilla única del Estado.", "es", PORTAL, "e_services"),
    ("El sistema de compras está a punto de entrar en funcionamiento.", "es", PORTAL, "procurement"),
])
def test_a_near_future_is_a_plan(text, lang, q, item):
    r = read_question(text, q, lang, item)
    assert r.answer == "no" and r.evidence.startswith("status planned"), r


@pytest.mark.parametrize("text,lang,q,item", [
    ("Online services were interrupted due to the power outage in March.", "en", PORTAL, "e_services"),
    ("The Strategy, approved in 2021, is set to transform service delivery.", "en", 19, ""),
    ("Le portail, lancé en 2019, est appelé à devenir le guichet unique.", "fr", PORTAL, "e_services"),
])
def test_a_frame_before_a_noun_or_after_what_is_in_place_is_no_plan(text, lang, q, item):
    assert read_question(text, q, lang, item).answer == "yes"


@pytest.mark.parametrize("text,lang", [
    ("Owing to earlier investment, the Government did not need a dedicated budget line for the crisis.", "en"),
    ("The response did not require any specific e-government allocation.", "en"),
    ("Le Gouvernement n'a pas eu besoin d'un budget distinct pour la crise.", "fr"),
    ("No fue necesario un presupuesto específico para la emergencia.", "es"),
])
def test_a_specific_thing_not_needed_does_not_exist(text, lang):
    r = read_question(text, COVID_BUDGET, lang)
    assert r.answer == "no" and r.evidence.startswith("negation"), r


@pytest.mark.parametrize("text,lang", [
    ("Citizens do not need to bring paper copies of their ID to any service counter.", "en"),
    ("Applicants are not required to submit a separate certificate.", "en"),
    ("Les usagers n'ont pas besoin de fournir une attestation distincte.", "fr"),
    ("No es necesario presentar un certificado específico ante la Administración.", "es"),
])
def test_a_burden_lifted_from_the_citizen_is_still_in_place(text, lang):
    assert read_question(text, ONCE_ONLY, lang).answer == "yes"
