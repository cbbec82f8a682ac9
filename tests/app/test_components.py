"""Safe text and links for st.markdown, and the page tables, on tiny inline inputs."""
from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ui import components, tables

SPECIAL = set("\\`*_{}[]()#+-.!|~<>$:=")


@given(st.text())
def test_safe_md_escapes_every_markdown_trigger(text):
    out = components.safe_md(text)
    i = 0
    while i < len(out):  # every special character is preceded by its escaping backslash
        if out[i] == "\\":
            assert i + 1 < len(out) and out[i + 1] in SPECIAL
            i += 2
            continue
        assert out[i] not in SPECIAL, (text, out)
        i += 1


@pytest.mark.parametrize("url, expected", [
    pytest.param("https://example.org/a b", "https://example.org/a%20b", id="space"),
    pytest.param("https://example.org/x)(y", "https://example.org/x%29%28y", id="parentheses-cannot-close-link"),
    pytest.param("javascript:alert(1)", None, id="javascript"),
    pytest.param("data:text/html,<b>x</b>", None, id="data-url"),
    pytest.param("www.example.org", None, id="no-scheme"),
    pytest.param("HTTP://EXAMPLE.ORG", "HTTP://EXAMPLE.ORG", id="upper-case-scheme"),
])
def test_safe_url_keeps_only_http_links(url, expected):
    assert components.safe_url(url) == expected


def test_link_md_renders_unsafe_urls_as_plain_text():
    assert components.link_md("javascript:alert(1)") == r"javascript\:alert\(1\)"
    assert re.fullmatch(r"\[.*\]\(https://example\.org/\)", components.link_md("https://example.org/"))


COV = pd.DataFrame({
    "country_iso3": ["AAA", "AAA", "BBB"], "group": ["A", "C", "A"],
    "yes": [2, 1, 1], "no": [0, 0, 1], "unknown": [0, 1, 0], "total": [2, 2, 2], "answered": [2, 1, 2],
})
COUNTRIES = pd.DataFrame({"country_iso3": ["AAA", "BBB"], "country_name": ["Aland", "Bland"],
                          "region": ["Europe", "Africa"], "is_synthetic": [False, True]})


def test_ranking_counts_unknown_against_never_as_no():
    r = tables.ranking(COV, COUNTRIES)
    assert list(r["iso3"]) == ["AAA", "BBB"]
    aaa = r.iloc[0]
    assert (aaa["yes"], aaa["no"], aaa["unknown"]) == (3, 0, 1)
    assert aaa["yes_pct_all"] == 75.0 and aaa["yes_pct_answered"] == 100.0
    assert r.iloc[1]["country"] == "Bland †"


def test_compare_table_flags_only_rows_that_differ():
    rows = pd.DataFrame({
        "country_iso3": ["AAA", "BBB", "AAA", "BBB"], "country_name": ["Aland", "Bland"] * 2,
        "is_synthetic": [False, True] * 2, "question": [9, 9, 10, 10], "item": [""] * 4,
        "label": ["Law 9", "Law 9", "Law 10", "Law 10"], "section": ["C"] * 4,
        "answer": ["yes", "yes", "yes", "unknown"], "basis": ["marked", "inferred", "marked", "none"],
    })
    t = tables.compare_table(rows, ["AAA", "BBB"]).set_index("question")
    assert t.loc["Q9 Law 9", "differs"] == ""  # same answer; only the basis differs
    assert t.loc["Q10 Law 10", "differs"] == "≠ differs"
    assert t.loc["Q10 Law 10", "Bland †"] == "? unknown"
    assert t.loc["Q9 Law 9", "Bland †"] == "✓* yes"


@pytest.mark.parametrize("synthetic, verb", [(1, "1 of the 3 countries shown is a generated demo response"),
                                             (2, "2 of the 3 countries shown are generated demo responses")])
def test_synthetic_banner_agrees_with_its_count(synthetic, verb):
    from streamlit.testing.v1 import AppTest

    def page(n):
        import pandas as pd

        from ui import components

        components.synthetic_banner(pd.DataFrame({"country_iso3": ["A", "B", "C"],
                                                  "is_synthetic": [True] * n + [False] * (3 - n)}))

    at = AppTest.from_function(page, args=(synthetic,)).run()
    assert verb in at.warning[0].value


def test_ranking_leaves_a_country_with_only_unknown_answers_unranked_not_zero():
    cov = pd.concat([COV, pd.DataFrame([{"country_iso3": "CCC", "group": "A", "yes": 0, "no": 0, "unknown": 4,
                                         "total": 4, "answered": 0}])], ignore_index=True)
    countries = pd.concat([COUNTRIES, pd.DataFrame([{"country_iso3": "CCC", "country_name": "Cee", "region": "Asia",
                                                     "is_synthetic": False}])], ignore_index=True)
    r = tables.ranking(cov, countries).set_index("iso3")
    assert pd.isna(r.loc["CCC", "yes_pct_all"]) and pd.isna(r.loc["CCC", "rank"])
    assert list(r.index)[-1] == "CCC"
