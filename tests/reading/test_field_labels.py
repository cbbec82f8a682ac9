"""A short field label before an answer ("Status: …") is dropped; the words after it decide."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.formats import reading_polarity as polarity
from loaders.formats.reading_clauses import strip_label


@pytest.mark.parametrize("detail, rest", [
    ("Status: not addressed.", "not addressed."),
    ("Current status: in force since 2019.", "in force since 2019."),
    ("State of play: bill before the Senate.", "bill before the Senate."),
    ("Remarks: discontinued in 2021.", "discontinued in 2021."),
    ("Answer: No", "No"),
    ("Situation : n.a.", "n.a."),
])
def test_a_field_label_is_dropped_before_reading(detail, rest):
    assert strip_label(detail) == rest


@pytest.mark.parametrize("detail", [
    "Draft: the bill was tabled in March.",
    "Not yet: a sandbox is being designed.",
    "No: the register is kept on paper.",
    "Yes: the Cyber Act of 2020.",
    "N/A: no towns in the country.",
    "Pending: approval by parliament.",
    "There is no single code: two acts apply.",   # more than three words: a sentence, not a label
    "Portal 2: https://x.example",               # a digit: not a label
])
def test_words_that_answer_are_not_taken_for_a_label(detail):
    assert strip_label(detail) == detail


LABELS = ["Status", "Current status", "Situation", "Response", "Reply", "Remarks", "State of play", "Stage"]
VALUES = ["not addressed.", "not in use.", "discontinued in 2020.", "draft.", "in force.", "operational.",
          "adopted in 2021.", "n.a.", "N/A", "none at national level.", "information not collected centrally.",
          "yes.", "no."]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(LABELS), st.sampled_from(VALUES), st.sampled_from([":", " :", ": "]))
def test_a_labelled_answer_reads_as_the_value_alone(label, value, colon):
    assert polarity.read(f"{label}{colon} {value}").answer == polarity.read(value).answer


@pytest.mark.parametrize("value", ["n.a.", "N/A", "n/a", "information not collected centrally."])
def test_not_applicable_or_not_held_after_a_label_is_unknown(value):
    assert polarity.read(f"Status: {value}").answer == "unknown"
