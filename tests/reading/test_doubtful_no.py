"""A `no` the reader cannot be sure of reaches the reviewer: a respondent not aware of an instrument declines
(unknown, flagged), a plain denial followed by a sentence naming something in force, operating or online is
flagged, and a roll-up whose read items are all no beside blank ones is flagged."""
from __future__ import annotations

import pytest

from loaders.formats import reading_polarity as polarity
from loaders.formats import reading_references as references
from loaders.formats.reading_clauses import FLAG_LATER_AFFIRMS, FLAG_UNAWARE
from loaders.formats.text import parse_text
from tests.reading.harness import document

EDITION = 2022


def read(text: str, question: str = "Is there any legislation, law or regulation on this?"):
    return polarity.read_answer(text, "en", EDITION, question)


@pytest.mark.parametrize("text", [
    "The Attorney General's Chambers is not aware of a law of that kind.",
    "We are unaware of any such regulation.",
    "This Office is not aware of any instrument answering the description.",
])
def test_a_respondent_not_aware_of_an_instrument_declines(text):
    r = read(text)
    assert (r.answer, r.flag) == ("unknown", FLAG_UNAWARE), r


@pytest.mark.parametrize("text", [
    "Statements are posted online each quarter, but we are not aware of any rule requiring it.",
    "There is no such law, and we are not aware of any plan to make one.",
    "The public is not aware of the portal yet.",
])
def test_not_aware_after_a_statement_or_of_a_known_thing_does_not_decline(text):
    assert read(text).rule != "declined"


@pytest.mark.parametrize("text", [
    "We have no one-stop transactional portal. The main Government site, https://gov.example.org, lists news "
    "and downloadable forms.",
    "There is no statutory post of chief digital officer. A Digital Coordination Unit operates in the Prime "
    "Minister's Office.",
    "The Planning Act imposes no such obligation. Ministries publish consultation summaries at "
    "https://consult.example.gov when they choose to.",
])
def test_a_denial_then_a_sentence_naming_what_operates_is_flagged(text):
    r = read(text, "Is there a national portal, a chief information officer, published consultation results?")
    assert (r.answer, r.flag) == ("no", FLAG_LATER_AFFIRMS), r


@pytest.mark.parametrize("text", [
    "There is no data protection law. A bill is being prepared by the Ministry of Justice.",
    "There is no such measure at present. The Digital Agency is responsible for the topic.",
    "We do not have an open data portal.",
])
def test_a_denial_left_standing_is_not_flagged(text):
    r = read(text)
    assert (r.answer, r.flag) == ("no", None), r


Q29 = ["Artificial intelligence (AI); link/detail: {0}", "Robotics; link/detail: {1}", "Blockchains; link/detail: {2}",
       "5G; link/detail: {3}", "Internet of Things (IoT); link/detail: {4}", "Others; link/detail: {5}"]


@pytest.mark.parametrize("details", [
    ("not in the strategy", "", "not mentioned", "", "not covered", ""),
    ("No.", "______", "None.", "No.", "", "______"),
])
def test_a_roll_up_of_no_items_beside_blank_ones_is_flagged(details):
    body = [line.format(*details) for line in Q29]
    doc = parse_text(document({"name": "blanks", "bodies": {29: body}}), source_name="blanks.txt")
    row = next(a for a in doc.answers if a.question == 29 and not a.item)
    assert row.answer in ("unknown", "no")
    assert row.flag in (references.FLAG_ITEMS_NO_BLANK, references.FLAG_ITEMS_NO), row


@pytest.mark.parametrize("referral", [
    "Spectrum matters are the responsibility of the Telecommunications Regulator; please contact it directly.",
    "La asignación de frecuencias es competencia del ente regulador; favor consultar con dicha entidad.",
])
def test_a_roll_up_beside_an_item_left_to_another_body_names_that_item_not_a_blank(referral):
    # es_guatemala_acuerdos 29 said "every item read is no, the others blank" while its 5G item was a referral,
    # written and flagged: the reviewer was told of a blank that is not there.
    body = [line.format(*("No.", "No.", "No.", referral, "", "")) for line in Q29]
    doc = parse_text(document({"name": "referred", "bodies": {29: body}}), source_name="referred.txt")
    row = next(a for a in doc.answers if a.question == 29 and not a.item)
    item = next(a for a in doc.answers if a.question == 29 and a.item == "5g")
    assert item.answer == "unknown" and item.flag, item
    assert row.answer == "unknown" and row.flag.startswith(references.FLAG_ITEMS_FLAGGED), row
