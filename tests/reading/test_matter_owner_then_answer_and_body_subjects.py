"""Whose the matter is, then a later sentence answering with a text in force or a service at work: that sentence
decides (not a referral), unless a later sentence denies or declines. A denial of one form of the thing, then a body
"for"/"of" a field said to be responsible: the body is not the thing in another form, and the denial stands."""
from __future__ import annotations

import pytest

from .harness import read_question

PORTALS = 2          # item: e_services
E_SIGNATURE = 13
E_PROCUREMENT = 14
SDG = 22


# --- whose the matter is, then an answer ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,q", [
    ("The issue is within the competence of the Ministry of Justice. The Electronic Signature Act of 2014 is in "
     "force and qualified certificates are issued by the Post Office.", E_SIGNATURE),
    ("This topic is within the competence of the Public Procurement Agency. The Procurement Act of 2016, in force "
     "since 2017, requires all tenders to be published on the national e-procurement portal.", E_PROCUREMENT),
])
def test_matter_owner_then_a_text_in_force_reads_the_answer(text, q):
    r = read_question(text, q, "en")
    assert r.answer == "yes", r


@pytest.mark.parametrize("text,q", [
    # nothing but whose the matter is: a referral
    ("The issue falls within the competence of the Ministry of Justice.", E_SIGNATURE),
    # an answer, then the speaker declines: the referral stands
    ("This topic is within the competence of the Public Procurement Agency. The Procurement Act of 2016 is in force. "
     "The Ministry has no information on electronic tendering.", E_PROCUREMENT),
])
def test_matter_owner_alone_or_then_declined_stays_a_referral(text, q):
    r = read_question(text, q, "en")
    assert r.answer == "unknown" and r.flag is not None, r


# --- a form denied, then a body responsible -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The plan does not have a specific reference to the Sustainable Development Goals. The Office for Sustainable "
    "Development is in charge of the topic.",
    "The strategy has no specific reference to the SDGs. The Ministry of Sustainable Development is responsible for "
    "the subject.",
])
def test_a_body_for_a_field_is_not_the_denied_thing_in_another_form(text):
    r = read_question(text, SDG, "en")
    assert r.answer == "no", r


def test_the_thing_itself_in_another_form_still_turns_the_denial():
    r = read_question("There is no single portal of online services. Some services are offered by individual ministries.", PORTALS, "en",
                      item="e_services")
    assert r.answer == "yes" and r.flag is not None, r
