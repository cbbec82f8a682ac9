"""Every generated sentence reads right for every count: 0, 1, 2 and many (analysis.sentences)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import sentences as s

COUNTS = st.one_of(st.sampled_from([0, 1, 2]), st.integers(min_value=3, max_value=10_000))
ONE_WORD = re.compile(r"(?<![\d,])1 (countries|rows|responses|years|answers)\b")
PLURAL_AFTER_MANY = re.compile(r"\b([02-9]|\d{2,}) (country|row|response|answer)\b")


def _reads_right(text: str) -> None:
    assert not ONE_WORD.search(text), text
    assert not PLURAL_AFTER_MANY.search(text.replace(",", "")), text
    assert "  " not in text and not text.endswith(" ") and " ;" not in text, text


@given(COUNTS)
def test_plural_and_rows(n):
    _reads_right(s.plural(n, "country", "countries"))
    _reads_right(s.rows(n))
    assert s.rows(n).startswith(f"{n:,} ")


@given(COUNTS)
def test_all_of_never_says_all_1(n):
    text = s.all_of(n, "response")
    _reads_right(text)
    assert not re.match(r"all [012] ", text, re.I)
    assert {0: "no responses", 1: "the 1 response", 2: "both responses"}.get(n, f"all {n:,} responses") == text


@given(COUNTS, COUNTS)
def test_n_of_agrees_with_the_total(n, total):
    text = s.n_of(n, total, "country", "countries", " in Africa")
    assert text.endswith(("country in Africa" if total == 1 else "countries in Africa"))
    assert text.startswith(f"{n:,} of {total:,} ")


@given(COUNTS, COUNTS)
def test_a_share_of_fewer_than_five_countries_is_a_count_with_its_n(part, whole):
    part = min(part, whole)
    text = s.share(part, whole)
    if whole == 0:
        assert text == "none to count"
    elif whole < s.MIN_SHARE_N:
        assert "%" not in text and text == f"{part} of {whole}"
    else:
        assert text.endswith(f"({part} of {whole})") and "%" in text


@given(COUNTS, COUNTS, COUNTS)
def test_coverage_names_each_sources_count(found, unctad, msq):
    text = s.coverage(found, 54, "country", "countries", " in Africa", {"UNCTAD": unctad, "the self-report": msq})
    assert text == f"{found:,} of 54 countries in Africa; UNCTAD covers {unctad:,}, the self-report {msq:,}"


@pytest.mark.parametrize("years, text", [([], "no year recorded"), ([2022], "year 2022"),
                                         ([2022, 2020, 2022], "years 2020, 2022")])
def test_years_never_leave_an_empty_list(years, text):
    assert s.years(years) == text


@given(st.lists(st.tuples(COUNTS, COUNTS, COUNTS), min_size=1, max_size=6))
def test_unknown_is_never_reported_as_zero_percent(groups):
    named = {chr(ord("A") + i): g for i, g in enumerate(groups)}
    text = s.yes_range(named, "section")
    for sec, (y, n, u) in named.items():
        if y + n == 0:  # every answer of the section is unknown (or there is none): never '0% in section X'
            assert f"0% in section {sec}" not in text
            if u:
                assert sec in text and "no known answer" in text
    _reads_right(text)


@pytest.mark.parametrize("covered, text", [({}, ""), ({"GTMI": 1}, "GTMI covers 1"),
                                           ({"UNCTAD": 54, "the self-report": 0},
                                            "UNCTAD covers 54, the self-report 0")])
def test_covers(covered, text):
    assert s.covers(covered) == text
