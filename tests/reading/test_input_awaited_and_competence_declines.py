"""Round seventeen R: a body's input still awaited, information said to be absent, a referral to several bodies by
their short names, a matter said to be in another body's competence or handled by it before a decline, and an N/A
left to another body to confirm are declines (unknown, flagged); the same words said of a thing stay as they read."""
from __future__ import annotations

import pytest

from .harness import read_question

MINISTRIES = 5    # names and links of the ministries in charge
SDG = 22          # strategy aligned with the SDGs
LOCAL = 23        # reference to sub-national strategies
ONCE_ONLY = 28    # data-once-only principle
EMERGING = 29     # new technologies
FORESIGHT = 31    # foresight tools
WOMEN = 36        # e-services for women and vulnerable groups


@pytest.mark.parametrize("text,lang,q", [
    ("Awaiting input from the Department of Lands.", "en", ONCE_ONLY),
    ("Awaiting feedback – MoFED.", "en", ONCE_ONLY),
    ("Inputs still pending from the National Archives.", "en", ONCE_ONLY),
    ("En attente de la contribution de la Direction des archives.", "fr", ONCE_ONLY),
    ("Contribution attendue de la DGSI.", "fr", ONCE_ONLY),
    ("Pendiente de insumos de la Dirección de Registros.", "es", ONCE_ONLY),
    ("A la espera de la respuesta del Ministerio de Salud.", "es", ONCE_ONLY),
])
def test_input_awaited_from_a_body_is_a_decline(text, lang, q):
    r = read_question(text, q, lang)
    assert r.answer == "unknown" and r.flag, r


@pytest.mark.parametrize("text,lang", [
    ("The draft once-only bill is awaiting approval by Cabinet.", "en"),
    ("Le projet de décret est en attente de signature.", "fr"),
    ("El proyecto de ley está pendiente de aprobación en el Congreso.", "es"),
])
def test_a_thing_awaiting_a_step_stays_no(text, lang):
    assert read_question(text, ONCE_ONLY, lang).answer == "no"


@pytest.mark.parametrize("text,lang", [
    ("Information on scenario planning exercises is absent at the Planning Commission.", "en"),
    ("Data on this is missing.", "en"),
    ("Les informations sur ce point sont absentes au ministère.", "fr"),
    ("La información sobre ejercicios de prospectiva es inexistente en la Secretaría.", "es"),
])
def test_information_absent_is_a_decline(text, lang):
    r = read_question(text, FORESIGHT, lang)
    assert r.answer == "unknown" and r.flag, r


def test_a_thing_absent_stays_no():
    assert read_question("Foresight tools are absent from government planning.", FORESIGHT).answer == "no"


@pytest.mark.parametrize("text,lang", [
    ("Refer MICT / NITA (Digital Transformation Roadmap)", "en"),
    ("Refer to DICT and NTC.", "en"),
    ("Se référer au MPTN / ARTCI.", "fr"),
    ("Competencia del MINCETUR; se sugiere remitirse a dicha entidad.", "es"),
    ("The question is within the competence of the Ministry of Transport.", "en"),
])
def test_a_referral_to_bodies_is_a_decline(text, lang):
    r = read_question(text, EMERGING, lang)
    assert r.answer == "unknown" and r.flag, r


def test_others_handle_then_a_decline():
    r = read_question("Matters of the 2030 Agenda are handled by the Ministry of Planning. Please contact the "
                      "Ministry of Planning on alignment.", SDG)
    assert r.answer == "unknown" and r.flag, r
    r = read_question("Handled by each agency. The Ministry of Health and the Social Welfare Department run their own "
                      "portals. The ICT Authority does not hold a consolidated list.", WOMEN)
    assert r.answer == "unknown" and r.flag, r


def test_others_handle_alone_reads_as_before():
    r = read_question("The strategy is coordinated by the Ministry of Planning and mapped to every SDG.", SDG)
    assert r.answer == "yes", r


def test_not_applicable_left_to_another_body_to_confirm():
    r = read_question("N/A — districts have no strategy of their own. Ministry of Local Government to confirm.", LOCAL)
    assert r.answer == "unknown" and r.flag, r
    r = read_question("Districts have no strategy of their own. Ministry of Local Government to confirm.", LOCAL)
    assert r.answer == "no" and r.flag, r
    assert read_question("N/A — districts have no strategy of their own.", LOCAL).answer == "no"
