"""Round eighteen (U): a Bikram Sambat year (Nepal) marked by 'B.S.', a B.S. month name or 'FY 2079/80' is placed as
the Gregorian year it falls in, never read as a year long after the edition; an unmarked year stays Gregorian."""
from __future__ import annotations

import pytest

from loaders.formats.reading_bikram_sambat import gregorian_year
from loaders.formats.reading_words import tokens

from .harness import read_question

SATISFACTION = 42
LITERACY = 38


@pytest.mark.parametrize("text,year", [
    ("launched in Bhadra 2079", 2022),
    ("to begin in Magh 2079", 2023),
    ("from Chaitra 2078", 2022),
    ("running since 2065 B.S.", 2008),
    ("set up in 2070 BS", 2013),
    ("within FY 2079/80", 2022),
    ("within FY 2022/23", None),
    ("approved in 2021", None),
])
def test_a_marked_year_is_placed(text, year):
    toks = tokens(text)
    i = next(k for k, t in enumerate(toks) if t.isdigit() and len(t) == 4)
    assert gregorian_year(toks, i) == year


@pytest.mark.parametrize("text,want", [
    # a B.S. month of the edition year: in place, not dated after the edition
    ("A yearly survey of e-service users has been conducted from Bhadra 2078 by the IT Department.", "yes"),
    ("An online feedback survey of service users has been carried out since Kartik 2078.", "yes"),
    ("A user survey has been conducted every year since 2074 B.S.", "yes"),
    # a B.S. month after the edition: still after it
    ("A survey of e-service users will be carried out from Jestha 2080.", "no"),
    ("A user satisfaction survey is planned to start from Falgun 2079.", "no"),
])
def test_bikram_sambat_dates_against_the_edition(text, want):
    assert read_question(text, SATISFACTION, "en").answer == want, text


@pytest.mark.parametrize("text", [
    "A yearly survey of e-service users will be conducted from March 2024.",
    "The first user satisfaction survey is to start in 2025.",
])
def test_an_unmarked_later_year_stays_after_the_edition(text):
    assert read_question(text, SATISFACTION, "en").answer == "no", text
