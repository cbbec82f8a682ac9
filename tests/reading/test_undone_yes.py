"""An affirmation its own answer takes back is never a clean `yes`: a tick beside a status short of in force
is flagged, a label with nothing after it is blank, an instrument struck down has ended, a document "separate
from" the plan is not in it, a relative clause or a later "there is no …" denies what was asked."""
from __future__ import annotations

import pytest

from loaders.formats import reading_polarity as polarity
from loaders.formats.reading_clauses import FLAG_TICK_DISAGREES, FLAG_UNDONE
from loaders.formats.text import parse_text
from tests.reading.harness import document

EDITION = 2022


def read(text: str, question: str = ""):
    return polarity.read_answer(text, "en", EDITION, question)


@pytest.mark.parametrize("body", [
    ["☒ Yes ☐ No", "Title: Freedom of Information Bill 2020", "Stage: second reading; not yet passed"],
    ["☒ Yes ☐ No", "Instrument: Open Records Bill. Status: awaiting assent by the President."],
    ["☒ Yes ☐ No", "Document: draft Information Access Act; still under consultation"],
])
def test_a_ticked_yes_beside_a_status_short_of_in_force_is_flagged(body):
    doc = parse_text(document({"name": "tick", "bodies": {9: body}}), source_name="tick.txt")
    a = next(a for a in doc.answers if a.question == 9)
    assert (a.answer, a.flag) == ("yes", FLAG_TICK_DISAGREES), a


@pytest.mark.parametrize("body", [
    ["☒ Yes ☐ No", "Instrument: Right to Information Act 2016; in force since 1 July 2016"],
    ["☒ Yes ☐ No", "The Information Act 2018 applies to all public bodies."],
])
def test_a_ticked_yes_beside_an_instrument_in_force_is_not_flagged(body):
    doc = parse_text(document({"name": "tick", "bodies": {9: body}}), source_name="tick.txt")
    a = next(a for a in doc.answers if a.question == 9)
    assert (a.answer, a.flag) == ("yes", None), a


@pytest.mark.parametrize("text", ["Covered:", "Status:", "Current position :", "Link/detail:"])
def test_a_label_with_nothing_after_it_is_blank(text):
    assert read(text).answer == "unknown"
    assert read(text).rule == "blank"


@pytest.mark.parametrize("text", ["No:", "Yes:"])
def test_a_word_that_answers_keeps_its_colon(text):
    assert read(text).answer == text[:-1].lower()


@pytest.mark.parametrize("text", [
    "The Digital Identity Act 2015 was declared unconstitutional by the High Court in 2018.",
    "Our e-signature law was struck down by the Constitutional Court in 2020.",
    "The Cybercrime Decree of 2014 was annulled by the Council of State.",
    "The data retention regulation was invalidated in 2019 and nothing has replaced it.",
])
def test_an_instrument_struck_down_has_ended(text):
    r = read(text, "Is there any legislation on digital identity?")
    assert r.answer == "no", r


@pytest.mark.parametrize("text", [
    "The Broadband Plan (2019) is a sector document separate from the Strategy.",
    "The Regulator's blockchain guidance is an instrument distinct from the Digital Strategy.",
    "Artificial intelligence is outside the Master Plan.",
])
def test_a_document_separate_from_the_plan_is_not_in_it(text):
    r = read(text, "Does the national e-government strategy make specific reference to blockchain?")
    assert r.answer == "no", r


def test_a_service_for_people_outside_the_country_still_operates():
    r = read("The consular portal is a service for citizens outside the country.")
    assert r.answer == "yes", r


@pytest.mark.parametrize("text", [
    "Tendering is governed by the Procurement Act 2012, which is silent on electronic tendering.",
    "Purchases follow the Financial Regulations 2009, which make no provision for online bidding.",
    "The Stores Rules 2003 apply, which do not mention electronic procurement.",
])
def test_an_instrument_whose_own_clause_denies_the_asked_thing_is_no_flagged(text):
    r = read(text, "Is there any legislation, law or regulation on e-procurement?")
    assert (r.answer, r.flag) == ("no", FLAG_UNDONE), r


@pytest.mark.parametrize("text", [
    "The Statistics Office posts yearly tables on its site in spreadsheet form. There is no open data portal.",
    "Each island council keeps a computer for public use. There is nothing designed for persons with disabilities.",
    "Ministries publish reports on their own pages. No open data portal exists.",
])
def test_a_later_absence_of_the_asked_thing_undoes_a_general_affirmation(text):
    r = read(text, "Is there an open data portal? Specific measures for persons with disabilities")
    assert (r.answer, r.flag) == ("no", FLAG_UNDONE), r


@pytest.mark.parametrize("text", [
    "The tax portal is live. None of its services charge a fee.",
    "The Act, whose regulations have not yet been issued, is in force since 2019.",
])
def test_a_denial_about_something_else_leaves_the_yes(text):
    assert read(text, "Is there an online tax portal? legislation").answer == "yes"
