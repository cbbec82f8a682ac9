"""Declines and referrals in shapes the reader missed: a body naming itself by its acronym declines as "the Agency"
would; a referral followed by a sentence wholly in brackets stays a referral; the speaker's denial for itself, then the
matter another body's with a referral to it; a body's work told, then the question itself sent on to it; a remit
being redefined; a pointer whose second target is a quoted item of another question. The same words with an answer
of their own stay as they read."""
from __future__ import annotations

import pytest

from loaders.formats import reading_references as references
from loaders.formats.reading_words import language

from .harness import read_question

MINISTRIES = 5     # names and links of the ministries in charge (items: employment, …)
EXPENDITURE = 15   # law on digitally publishing government expenditure
OPEN_DATA = 17     # law on open government data
FORESIGHT = 31     # foresight tools
SANDBOX = 32       # policy experimentation, regulatory sandboxes


def _declined(r) -> bool:
    return r.answer == "unknown" and bool(r.flag) and r.evidence.startswith("declined")


# --- a body naming itself by its acronym ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The subject belongs to the area of the Treasury. The NDTA does not have the information.", "en"),
    ("L'ANPTIC ne dispose pas de l'information.", "fr"),
    ("La SENATIC no dispone de la información.", "es"),
    ("Cette matière ne relève pas de la compétence de l'ANPTIC. La demande a été transmise au ministère des Finances.",
     "fr"),
    ("Este asunto no es competencia de la SENATIC. La solicitud fue trasladada al Ministerio de Hacienda.", "es"),
    ("The topic is not within the competence of the NITA.", "en"),
])
def test_a_speaker_named_by_its_acronym_declines_as_a_body_naming_itself(text, lang):
    r = read_question(text, EXPENDITURE, lang)
    assert _declined(r), r


@pytest.mark.parametrize("text,lang", [
    ("The NDTA has no open data law.", "en"),
    ("L'ANPTIC ne dispose d'aucune loi sur les données ouvertes.", "fr"),
])
def test_an_acronym_denying_a_thing_still_denies(text, lang):
    r = read_question(text, OPEN_DATA, lang)
    assert r.answer == "no", r


# --- a referral, then an aside in brackets -------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Please refer to the Ministry of Finance. (Its annual budget reports are published online at "
     "https://finance.gov.example/reports)", "en"),
    ("Se référer au Ministère des Finances. (Les rapports budgétaires sont publiés chaque année sur le site du MEF.)",
     "fr"),
    ("Remitirse al Ministerio de Economía. (Los informes se publican cada año en el sitio del MEF.)", "es"),
])
def test_a_referral_then_a_sentence_wholly_in_brackets_stays_a_referral(text, lang):
    r = read_question(text, EXPENDITURE, lang)
    assert _declined(r), r


def test_a_referral_then_words_outside_brackets_reads_as_before():
    r = read_question("Refer to the Ministry of Finance. The Budget Act 2019 requires the publication of expenditure "
                      "online.", EXPENDITURE)
    assert r.answer == "yes", r


# --- the speaker's denial for itself, then another body's matter with a referral -----------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The Agency has no measures of this kind. Regulatory sandboxes for fintech fall under the Central Bank, which "
     "may be consulted.", "en"),
    ("L'ANPTIC ne dispose pas de mesures de ce type. Les bacs à sable financiers relèvent de la Banque centrale, à "
     "laquelle il est suggéré de s'adresser.", "fr"),
    ("La Secretaría no tiene medidas de este tipo. Los sandbox financieros son competencia del Banco Central, a quien "
     "se sugiere consultar.", "es"),
])
def test_the_speakers_denial_then_another_bodys_matter_and_a_referral_is_a_decline(text, lang):
    r = read_question(text, SANDBOX, lang)
    assert _declined(r), r


@pytest.mark.parametrize("text,lang", [
    ("The Agency has no measures of this kind. Regulatory sandboxes for fintech fall under the Central Bank.", "en"),
    ("L'ANPTIC ne dispose pas de mesures de ce type. Les bacs à sable financiers relèvent de la Banque centrale.", "fr"),
    ("No existen medidas de este tipo. Los sandbox financieros son competencia del Banco Central, a quien se sugiere "
     "consultar.", "es"),
    # letters naming a text, a verb other than having: what the plan says is denied
    ("El PND no menciona los sandbox regulatorios. Los sandbox financieros son competencia del Banco Central, a quien "
     "se sugiere consultar.", "es"),
    ("The NDP does not mention regulatory sandboxes. Fintech sandboxes fall under the Central Bank, which may be "
     "consulted.", "en"),
])
def test_without_the_referral_or_without_a_speaker_the_denial_reads_as_before(text, lang):
    r = read_question(text, SANDBOX, lang)
    assert r.answer == "no", r


# --- a body's work told, then the question itself sent on ----------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The National Planning Institute, through its futures unit, prepares scenario studies for the Cabinet, and it is "
     "kindly suggested to refer to the Institute regarding this question.", "en"),
    ("L'Institut national de la statistique réalise ces études prospectives, et il est suggéré de se référer à l'INS "
     "à ce sujet.", "fr"),
    ("El Instituto Nacional de Estadística elabora estos estudios y se sugiere consultar al INE sobre este tema.", "es"),
])
def test_a_bodys_work_then_the_question_sent_on_to_it_is_a_referral(text, lang):
    r = read_question(text, FORESIGHT, lang)
    assert _declined(r), r


@pytest.mark.parametrize("text", [
    "The Statistics Office publishes scenario studies every quarter, and it is kindly suggested to refer to the Office "
    "for the figures.",   # a detail sent on, not the question
    "The Centre operates the national foresight portal, and it is kindly suggested to refer to the Centre regarding "
    "this question.",     # a thing operating is named
])
def test_a_detail_sent_on_or_a_thing_operating_reads_as_before(text):
    r = read_question(text, FORESIGHT)
    assert r.answer == "yes", r


# --- a remit being redefined ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Portfolio responsibilities being redefined after the cabinet reshuffle (decree not yet published).", "en"),
    ("Compétences en cours de réattribution après le remaniement ministériel.", "fr"),
    ("Competencias en proceso de redefinición tras la reestructuración del gabinete (decreto de atribuciones aún no "
     "publicado).", "es"),
])
def test_a_remit_being_redefined_is_unknown_and_flagged(text, lang):
    r = read_question(text, MINISTRIES, lang, item="employment")
    assert r.answer == "unknown" and r.flag and r.evidence.startswith("expectation"), r


@pytest.mark.parametrize("text,lang,answer", [
    ("The employment strategy is being redefined after the reshuffle (decree not yet published).", "en", "no"),
    ("Les attributions du ministère ont été redéfinies par le décret n° 2021-12.", "fr", "yes"),
])
def test_another_subject_or_a_remit_redefined_in_the_past_reads_as_before(text, lang, answer):
    r = read_question(text, MINISTRIES, lang, item="employment")
    assert r.answer == answer, r


# --- a pointer to two targets, the second a quoted item of another question ----------------------------------------

@pytest.mark.parametrize("text,lang,more", [
    ('Please refer to the answer to question (16) and the item "Digital identity" in question (4).', "en", (4,)),
    ("See Q16 and the item “e-Procurement” in Q4.", "en", (4,)),
    ("Voir la question 16 et l'élément « Données ouvertes » de la question 2.", "fr", (2,)),
    ("Véase la pregunta 16 y el elemento «Datos abiertos» de la pregunta 2.", "es", (2,)),
])
def test_a_quoted_item_of_another_question_is_a_second_target(text, lang, more):
    with language(lang):
        ref = references.find(text)
    assert ref is not None and ref.question == 16 and ref.more == more, ref


def test_a_quoted_name_that_is_no_item_of_a_question_is_words_of_its_own():
    with language("en"):
        assert references.find('See Q16 and the "Open Data Act 2019", in force since March.') is None
