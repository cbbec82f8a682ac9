"""Questions handed on, in English, French and Spanish.

- The speaker sends the question itself on to a body ("We would respectfully refer this question to the Ministry",
  "La Direction renvoie cette question au Ministère", "La Oficina remite esta pregunta al Ministerio"): a decline; after
  a sentence saying whose the matter is, the answer is that referral, unknown.
- A later sentence that only declines ("Information not available at our level; the Ministry is better placed to
  answer"): what was read before it is flagged.
- The speaker holds no comprehensive information ("does not hold comprehensive information", "ne dispose pas
  d'informations exhaustives", "no dispone de información completa"): a decline, as with no information at all.
- A referral to a body with the body's address after it ("Kindly refer to the Central Bank (CB), https://…"): unknown.
- A not-applicable with its reason and a pointer in brackets inside it ("Not applicable, as there is no sub-national
  government (see Q4)"): the pointer only brings its links, the not-applicable answers.
"""
from __future__ import annotations

import pytest

from loaders.formats.reading_clauses import FLAG_DECLINED, FLAG_INAPPLICABLE
from loaders.formats.reading_declines import is_decline
from loaders.formats.reading_question_referred import question_referred
from loaders.formats.reading_reason_pointer import inapplicable_reason_points
from loaders.formats.reading_referrals import FLAG_LATER_DECLINES
from loaders.formats.reading_words import language, tokens
from loaders.formats.text import parse_text

from .harness import document, read_question

CIO = 4
COVID_BUDGET = 7
PROCUREMENT_LAW = 14
SUBNATIONAL = 23
EMERGING = 29
VULNERABLE = 36


# --- The question itself sent on -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("We would respectfully refer this question to the Ministry of Finance.", "en"),
    ("The Unit forwards this query to the Public Procurement Board.", "en"),
    ("La Direction renvoie cette question au Ministère des Finances.", "fr"),
    ("Nous transmettons respectueusement cette question à la Direction des marchés publics.", "fr"),
    ("La Oficina remite esta pregunta al Ministerio de Hacienda.", "es"),
    ("Trasladamos la consulta a la Dirección de Contrataciones Públicas.", "es"),
])
def test_the_question_itself_sent_on_is_a_decline(text, lang):
    with language(lang):
        assert question_referred(tokens(text)) and is_decline(tokens(text)), text


@pytest.mark.parametrize("text,lang", [
    ("The Ministry referred the draft law to Parliament in 2021.", "en"),
    ("We do not refer this question to other bodies.", "en"),
    ("Le Ministère a transmis le projet de loi à l'Assemblée nationale.", "fr"),
    ("La Secretaría remitió el proyecto de ley al Congreso.", "es"),
])
def test_a_thing_sent_on_or_a_referral_denied_is_no_decline(text, lang):
    with language(lang):
        assert not question_referred(tokens(text)), text


@pytest.mark.parametrize("text,lang", [
    ("Public procurement comes under the purview of the Ministry of Finance and the Central Tender Board, under the "
     "Procurement Regulations. The Unit would respectfully refer this question to the Ministry, which is best placed "
     "to advise on the e-tendering rules.", "en"),
    ("La commande publique relève du Ministère des Finances, en vertu du Code des marchés publics. La Direction "
     "renvoie cette question au Ministère, mieux placé pour y répondre.", "fr"),
    ("La contratación pública es competencia del Ministerio de Hacienda, conforme al Reglamento de Compras. La "
     "Oficina remite esta pregunta al Ministerio.", "es"),
])
def test_whose_the_matter_is_then_the_question_sent_on_is_unknown(text, lang):
    r = read_question(text, PROCUREMENT_LAW, lang)
    assert r.answer == "unknown" and r.flag == FLAG_DECLINED, r


def test_a_law_in_force_then_a_referral_for_details_reads_as_before():
    r = read_question("The Public Procurement Act 2015 is in force and provides for e-tendering. Please refer to the "
                      "Ministry of Finance for the figures.", PROCUREMENT_LAW)
    assert r.answer == "yes", r


# --- A later sentence that only declines ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The response measures (mobile transfers, a vaccination pass) were funded from the National Solidarity Fund. The "
     "digital share is not itemised in the budget. Information not available at our level; the Ministry of Finance "
     "is better placed to answer.", "en"),
    ("Les mesures de riposte (transferts mobiles, pass vaccinal) ont été financées sur le Fonds de solidarité. "
     "Information non disponible à notre niveau ; la Direction du Budget est mieux placée pour répondre.", "fr"),
    ("Las medidas de respuesta (transferencias móviles, pase sanitario) se financiaron con el Fondo de Solidaridad. "
     "Información no disponible a nuestro nivel; el Ministerio de Economía está en mejor posición para responder.",
     "es"),
])
def test_a_reading_then_a_sentence_that_only_declines_is_flagged(text, lang):
    r = read_question(text, COVID_BUDGET, lang)
    assert r.flag is not None and (r.answer == "unknown" or r.flag == FLAG_LATER_DECLINES), r


@pytest.mark.parametrize("text,lang", [
    ("A special allocation of 2 million was approved in 2020 for the telehealth platform. Usage figures are not "
     "available; the platform has run since 2021.", "en"),
    ("Une enveloppe de 2 milliards a été allouée en 2020 à la plateforme de télémédecine, opérationnelle depuis 2021.",
     "fr"),
])
def test_a_decline_beside_an_answer_in_the_same_sentence_stays_unflagged(text, lang):
    r = read_question(text, COVID_BUDGET, lang)
    assert r.answer == "yes" and r.flag != FLAG_LATER_DECLINES, r


# --- No comprehensive information held -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The Agency does not hold comprehensive information.", "en"),
    ("The Office does not have complete information on this matter.", "en"),
    ("La Direction ne dispose pas d'informations exhaustives.", "fr"),
    ("Esta Oficina no dispone de información completa al respecto.", "es"),
])
def test_no_comprehensive_information_held_is_a_decline(text, lang):
    with language(lang):
        assert is_decline(tokens(text)), text


@pytest.mark.parametrize("text,lang", [
    ("There is no comprehensive data protection law.", "en"),
    ("The Ministry does not publish comprehensive data.", "en"),
    ("Il n'existe pas de loi complète sur les données.", "fr"),
])
def test_a_comprehensive_thing_denied_is_no_decline(text, lang):
    with language(lang):
        assert not is_decline(tokens(text)), text


@pytest.mark.parametrize("text,lang", [
    ("The online services run by the Agency serve all users, and services for particular groups are not run by the "
     "Agency. Services for women and older persons are under the jurisdiction of the line ministries, and the Agency "
     "does not hold comprehensive information.", "en"),
    ("Les services en ligne de l'Agence s'adressent à tous, et l'Agence ne propose pas de services destinés à des "
     "groupes particuliers. La Direction ne dispose pas d'informations exhaustives.", "fr"),
])
def test_own_denial_then_no_comprehensive_information_is_flagged(text, lang):
    r = read_question(text, VULNERABLE, lang)
    assert r.flag is not None or r.answer == "unknown", r


# --- A referral to a body with its address after it -----------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Kindly refer to the Monetary Authority (MA, formerly CBA), https://www.ma.gov.example/ .", "en"),
    ("Please refer to the National Telecommunications Regulatory Authority, https://www.ntra.example/", "en"),
    ("Kindly refer to the Brunei Darussalam Central Bank, https://www.cb.example/", "en"),
    ("Veuillez vous adresser à l'Autorité de régulation (ARCEP) : https://www.arcep.example", "fr"),
    ("Favor de consultar a la Superintendencia de Bancos, https://www.sb.example/", "es"),
])
def test_a_referral_to_a_body_with_its_address_is_unknown(text, lang):
    r = read_question(text, EMERGING, lang, item="Blockchains")
    assert r.answer == "unknown" and r.flag == FLAG_DECLINED, r


@pytest.mark.parametrize("text", [
    "Please refer to the Digital Economy Masterplan for the Ministry, https://www.dem.example/",
    "Please refer to the portal of the Ministry of Health, https://www.moh.example/",
    "Please refer to https://www.dem.example/blockchain",
])
def test_a_text_or_a_page_with_its_address_reads_as_before(text):
    assert read_question(text, EMERGING, item="Blockchains").flag != FLAG_DECLINED, text


# --- A not-applicable with its reason, a pointer inside it ---------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Not applicable, as there is no sub-national government (please see Q4).", "en"),
    ("N/A since the country has no local authorities (see question 4).", "en"),
    ("Sans objet, le pays n'ayant pas de collectivités territoriales (voir Q4).", "fr"),
    ("No aplica, pues no existen gobiernos subnacionales (ver pregunta 4).", "es"),
])
def test_an_inapplicable_with_its_reason_and_a_pointer_is_its_own_answer(text, lang):
    with language(lang):
        assert inapplicable_reason_points(text), text


@pytest.mark.parametrize("text,lang", [
    ("Not applicable (see Q4).", "en"),
    ("See Q4 (unitary state).", "en"),
    ("Voir Q4.", "fr"),
])
def test_a_bare_inapplicable_or_a_pointer_alone_still_points(text, lang):
    with language(lang):
        assert not inapplicable_reason_points(text), text


def _subnational(own: str):
    bodies = {CIO: ["The Permanent Secretary performs the function of Government Chief Information Officer. "],
              SUBNATIONAL: [own + " "]}
    doc = parse_text(document({"name": "reason", "bodies": bodies}), source_name="reason.txt")
    return next(a for a in doc.answers if a.question == SUBNATIONAL and not a.item)


def test_in_a_document_the_pointer_inside_the_reason_is_not_followed():
    a = _subnational("Not applicable, as there is no sub-national government (please see Q4).")
    assert a.answer != "yes" and a.flag == FLAG_INAPPLICABLE, a


def test_in_a_document_a_pointer_alone_is_still_followed():
    a = _subnational("Please see Q4.")
    assert a.answer == "yes" and a.evidence.startswith("reference:"), a
