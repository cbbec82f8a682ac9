"""Round eighteen (U): a text forwarded to a deciding body, or "in the process of" a step, is short of in force, in
EN/FR/ES; an output word in the text's name ("Open Data Guidelines") does not make it results reported. Counter-cases:
results sent to an office stay a report, a text approved stays yes."""
from __future__ import annotations

import pytest

from .harness import read_question

OPEN_DATA_LAW = 17
SATISFACTION = 42


@pytest.mark.parametrize("text,lang", [
    ("The Statistics Data Sharing Policy has been forwarded to Cabinet.", "en"),
    ("The draft Open Data Rules were forwarded to the Prime Minister's Office last month.", "en"),
    ("The Data Access Guidelines are in the process of endorsement by the Cabinet.", "en"),
    ("Les directives sur les données ouvertes ont été transmises au Secrétariat général du Gouvernement.", "fr"),
    ("Las directrices de datos abiertos fueron remitidas al Consejo de Ministros.", "es"),
    ("El reglamento de datos abiertos ha sido remitido al Congreso.", "es"),
])
def test_a_text_forwarded_is_not_in_force(text, lang):
    assert read_question(text, OPEN_DATA_LAW, lang).answer == "no", text


@pytest.mark.parametrize("text,lang", [
    ("The Open Data Guidelines were approved by the Council of Ministers in 2021 and are in force.", "en"),
    ("Les directives sur les données ouvertes sont en vigueur depuis 2020.", "fr"),
])
def test_a_text_in_force_stays_yes(text, lang):
    assert read_question(text, OPEN_DATA_LAW, lang).answer == "yes", text


@pytest.mark.parametrize("text,lang", [
    ("A yearly user survey is run; its results are submitted to the Cabinet Office.", "en"),
    ("Une enquête annuelle auprès des usagers est menée ; les résultats sont transmis au ministère.", "fr"),
])
def test_results_sent_to_an_office_stay_a_report(text, lang):
    assert read_question(text, SATISFACTION, lang).answer == "yes", text
