"""Round eighteen T: a thing implemented only in pilot places is a pilot (no); a referral to a body by its full name
or a mixed-case acronym, and a matter outside another's mandate, are declines (unknown, flagged); the same words
said of a thing in place stay as they read."""
from __future__ import annotations

import pytest

from .harness import read_question

EMERGING = 29     # new technologies
INNOVATION = 32   # innovation lab
SURVEY = 42       # satisfaction surveys
GENDER = 40       # gender policy


@pytest.mark.parametrize("text,lang,q", [
    ("La plataforma de trámites se encuentra desplegada en municipios piloto (Oruro y Potosí).", "es", SURVEY),
    ("El sistema está implementado en hospitales piloto.", "es", SURVEY),
    ("Le questionnaire est déployé dans des préfectures pilotes (Kayes, Ségou).", "fr", SURVEY),
    ("L'outil est mis en œuvre dans trois communes pilotes.", "fr", SURVEY),
    ("The feedback tool has been deployed in pilot districts (Gulu, Mbale).", "en", SURVEY),
])
def test_implemented_in_pilot_places_is_a_pilot(text, lang, q):
    assert read_question(text, q, lang).answer == "no"


@pytest.mark.parametrize("text,lang", [
    ("La encuesta está implementada en todas las entidades del nivel central.", "es"),
    ("Le questionnaire est déployé dans toutes les préfectures.", "fr"),
    ("The feedback tool is deployed in all districts.", "en"),
])
def test_implemented_everywhere_stays_yes(text, lang):
    assert read_question(text, SURVEY, lang).answer == "yes"


@pytest.mark.parametrize("text,lang", [
    ("Please refer to the Civil Aviation Authority (https://www.caa.example.org).", "en"),
    ("Kindly refer to MoICT.", "en"),
    ("Veuillez vous adresser à l'Agence de régulation des postes (https://www.arp.example).", "fr"),
    ("Favor de consultar a la Agencia de Gobierno Electrónico (https://www.age.example).", "es"),
])
def test_referral_to_a_body_is_a_decline(text, lang):
    r = read_question(text, EMERGING, lang)
    assert r.answer == "unknown" and r.flag, r


def test_referral_to_a_document_is_no_body():
    assert read_question("Please refer to the National Digital Strategy.", EMERGING).answer != "unknown"


@pytest.mark.parametrize("text,lang", [
    ("This is outside the mandate of the Authority. Please contact the Gender Commission.", "en"),
    ("Cela est hors du mandat de la Direction.", "fr"),
    ("Esto está fuera del mandato de la Secretaría.", "es"),
])
def test_outside_the_mandate_is_a_decline(text, lang):
    r = read_question(text, GENDER, lang)
    assert r.answer == "unknown" and r.flag, r


@pytest.mark.parametrize("text,lang", [
    ("This area is beyond the remit of the current strategy.", "en"),
    ("Cela est hors du mandat de la stratégie nationale.", "fr"),
    ("Esto está fuera del mandato del plan nacional.", "es"),
])
def test_outside_a_texts_remit_is_not_a_decline(text, lang):
    # a text's remit, not a body's: the topic lies outside what was asked, read as an answer
    assert read_question(text, EMERGING, lang).answer == "no"
