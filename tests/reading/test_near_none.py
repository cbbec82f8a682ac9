"""'Hardly', 'scarcely', 'barely any': next to none is a denial, read no with its words as evidence; 'barely a year
ago' is a date, no denial."""
from __future__ import annotations

import pytest

from loaders.formats import reading_polarity as polarity

OPEN_DATA_Q = "Does the Government publish open government data?"


def read(text: str):
    return polarity.read_answer(text, "en", 2022, OPEN_DATA_Q)


@pytest.mark.parametrize("text", [
    "Hardly any datasets are published by line ministries.",
    "We hardly have any open data on the portal yet.",
    "Scarcely any agency releases its data in machine-readable form.",
    "Barely any datasets have been released so far.",
])
def test_next_to_none_is_a_denial(text):
    r = read(text)
    assert r.answer == "no" and r.evidence.startswith("negation:"), r


def test_barely_before_a_time_span_is_no_denial():
    r = read("The open data portal went live barely a year ago and holds 300 datasets.")
    assert r.answer == "yes", r
