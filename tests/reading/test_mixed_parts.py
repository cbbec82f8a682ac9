"""Parts of one answer read apart: a field's status short of in force does not undo another field that
affirms (mixed: yes, flagged), a status in brackets after one item of a list does not decide the list, and a
plain denial or a text no longer in force still decides."""
from __future__ import annotations

import pytest

from loaders import catalogue
from loaders.formats import reading_polarity as polarity
from loaders.formats.reading_clauses import FLAG_MIXED, Reading

SOCIAL_Q = catalogue.entry(2022, 39).text     # "Does the Government use social media platform(s)?"
REFERENCE_Q = catalogue.entry(2022, 25).text  # "… make specific reference to a national data governance framework …"
PARTNERS_Q = catalogue.entry(2022, 43).text   # "… ongoing global/regional partnership …"
LAW_Q = catalogue.entry(2022, 10).text        # "… legislation … on data privacy and/or protection?"


def read(text: str, question: str, lang: str = "en") -> Reading:
    return polarity.read_answer(text, lang, 2022, question)


@pytest.mark.parametrize(("text", "lang"), [
    ("Accounts: Facebook, Instagram, X (Prime Minister's Office)\nGuidance: social media policy – draft awaiting "
     "Cabinet approval", "en"),
    ("Accounts: Twitter and Facebook (Government Information Office)\nGuidelines: being drafted", "en"),
    ("Accounts: Facebook, Instagram (Presidencia)\nLineamientos: borrador en revisión", "es"),
    ("Comptes : Facebook, LinkedIn (ministères)\nCharte : projet en cours d'examen", "fr"),
])
def test_a_draft_in_a_field_of_its_own_does_not_undo_the_field_that_affirms(text, lang):
    r = read(text, SOCIAL_Q, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_MIXED), r


@pytest.mark.parametrize("text", [
    "Reference: Chapter 4 commits the Government to a data governance framework\nCurrent position: framework "
    "still to be drafted",
    "Mention: the Strategy sets out principles for a data framework Current position: framework yet to be written",
    "Reference: Section 2.3 provides for a national data policy\nStatus: policy under preparation",
])
def test_a_status_field_beside_a_field_that_affirms_in_words_of_its_own_is_a_flagged_yes(text):
    r = read(text, REFERENCE_Q)
    assert r.answer == "yes" and r.flag, r


@pytest.mark.parametrize("text", [
    "Instrument: Data Protection Bill, 2021\nCurrent position: awaiting Cabinet approval",
    "Name: Personal Information Bill (the draft of 2020)\nStatus: with the drafters",
    "No data protection act in force.\nBill: under consultation",
    "Status: discontinued in 2021. Remarks: pages moved to the Ministry's site.",
])
def test_a_status_of_what_the_other_field_only_names_still_decides(text):
    r = read(text, LAW_Q)
    assert (r.answer, r.flag) == ("no", None), r


@pytest.mark.parametrize(("text", "lang"), [
    ("UNDP (draft digital strategy); the Asian Development Bank funds the e-ID project", "en"),
    ("World Bank connectivity project; ITU (roadmap under preparation); bilateral support from Japan", "en"),
    ("PNUD (projet de stratégie) ; la Banque mondiale finance le réseau national", "fr"),
    ("BID (borrador de estrategia); el Banco Mundial financia la red nacional", "es"),
])
def test_a_status_in_brackets_after_one_item_does_not_decide_the_list(text, lang):
    r = read(text, PARTNERS_Q, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_MIXED), r


@pytest.mark.parametrize(("text", "lang"), [
    ("UNDP (draft digital strategy); Asian Development Bank; Smart Africa Alliance", "en"),
    ("PNUD (projet de stratégie) ; Banque mondiale ; Union africaine", "fr"),
])
def test_a_list_of_names_with_one_item_in_draft_is_not_a_confident_no(text, lang):
    r = read(text, PARTNERS_Q, lang)
    assert r.answer != "no" and r.flag, r


@pytest.mark.parametrize("text", [
    "Data Protection Bill (draft of 2021); Cybercrime Bill (with the drafters)",
    "Cybersecurity strategy (draft)",
])
def test_brackets_that_hold_the_status_of_every_item_still_decide(text):
    assert read(text, LAW_Q).answer == "no"
