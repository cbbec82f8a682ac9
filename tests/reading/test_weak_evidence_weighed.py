"""Weak evidence weighed (loaders/formats/reading_weight.py): a yes decided by a plain statement while another main
clause of the same answer denies what the question asks, or a yes decided by a clause that is itself a question,
keeps its reading and reaches the reviewer flagged, in English, French and Spanish. A denial of something the
question does not ask, an address given beside the statement, or stronger evidence leave the reading as it was."""
from __future__ import annotations

import pytest

from loaders.formats.reading_weight import FLAG_QUESTION_AFFIRMS, FLAG_STATEMENT_WEIGHED

from .harness import read_question

DATA_EXCHANGE = 16   # a law or regulation on data sharing across government agencies
CIO = 4
STRATEGY = 19


@pytest.mark.parametrize("text,lang", [
    ("Agencies exchanged records with the Registry during the census. A data exchange regulation has not been "
     "issued.", "en"),
    ("The Registry gave the Tax Office its address file last year. Data sharing between agencies is not "
     "regulated.", "en"),
    ("Les agences ont échangé des fichiers avec l'état civil pendant le recensement. Aucun règlement sur l'échange "
     "de données n'a été pris.", "fr"),
    ("Las entidades intercambiaron registros con el Registro durante el censo. No se ha expedido un reglamento de "
     "intercambio de datos.", "es"),
])
def test_a_plain_statement_beside_a_denial_of_what_is_asked_is_flagged(text, lang):
    r = read_question(text, DATA_EXCHANGE, lang)
    assert r.flag is not None, r
    if r.answer == "yes":
        assert r.flag == FLAG_STATEMENT_WEIGHED and r.evidence.startswith("stated:"), r
    else:
        # "A data exchange regulation has not been issued": a new thing of what was asked denied after the statement
        # decides (round twenty-three HH, reading_new_thing_denied), flagged
        assert r.answer == "no", r


def test_a_statement_with_its_address_beside_a_new_regulation_denied_is_no_flagged():
    r = read_question("Agencies exchanged records with the Registry during the census (https://census.gov.example). "
                      "A data exchange regulation has not been issued.", DATA_EXCHANGE, "en")
    assert r.answer == "no" and r.flag is not None, r


@pytest.mark.parametrize("text,lang", [
    ("Q: Is there a CIO, or someone acting as one?", "en"),
    ("Is there a CIO? The Permanent Secretary acts as one.", "en"),
    ("Q : Y a-t-il un DSI ou un équivalent ?", "fr"),
    ("P: ¿Hay un CIO o alguien que cumpla esa función?", "es"),
])
def test_a_question_is_never_an_unflagged_yes(text, lang):
    r = read_question(text, CIO, lang)
    assert r.answer != "yes" or r.flag == FLAG_QUESTION_AFFIRMS, r


@pytest.mark.parametrize("text,lang,q", [
    # the denial is of something the question does not ask (its translation)
    ("The Digital Nation Plan 2020-2025 is our strategy. It is not published in English.", "en", STRATEGY),
    # stronger evidence than a plain statement decided
    ("The Data Exchange Regulation 2019 is in force. Its technical annex is not yet adopted.", "en", DATA_EXCHANGE),
    # a plain statement alone
    ("Ministries exchange payroll and civil registry records through the Government Service Bus.", "en",
     DATA_EXCHANGE),
])
def test_a_statement_without_a_denial_of_what_is_asked_is_not_flagged_by_the_weighing(text, lang, q):
    r = read_question(text, q, lang)
    assert r.answer == "yes" and r.flag not in (FLAG_STATEMENT_WEIGHED, FLAG_QUESTION_AFFIRMS), r


@pytest.mark.parametrize("text,lang", [
    ("The Data Exchange Act 2019 is in force. Its implementing regulation is still awaited.", "en"),
    ("La loi n° 2019-04 sur l'échange de données est en vigueur ; son décret d'application est en attente de "
     "signature.", "fr"),
    ("La Ley 4512 de intercambio de datos está vigente desde 2019; su reglamento se encuentra pendiente de "
     "aprobación.", "es"),
    ("Ley N° 4512, Ley de Intercambio de Datos, vigente desde 2019. Asimismo, mediante Decreto N° 12-2020 se aprobó "
     "el marco de interoperabilidad, que a la fecha se encuentra pendiente de reglamentación.", "es"),
])
def test_a_status_no_beside_something_in_force_is_never_unflagged(text, lang):
    r = read_question(text, DATA_EXCHANGE, lang)
    assert r.answer == "yes" or r.flag is not None, r


@pytest.mark.parametrize("text,lang", [
    ("A data exchange regulation is being drafted by the Ministry of ICT.", "en"),
    ("Un règlement sur l'échange de données est en cours d'élaboration.", "fr"),
    ("Un reglamento de intercambio de datos se encuentra en elaboración.", "es"),
])
def test_a_status_alone_is_a_clean_no(text, lang):
    r = read_question(text, DATA_EXCHANGE, lang)
    assert (r.answer, r.flag) == ("no", None), r
