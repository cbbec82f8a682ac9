"""Figures never turn a handful of countries into a percentage, and never report unknown as 0 %."""
from __future__ import annotations

from datetime import date

import duckdb
import pytest

from analysis import queries
from analysis.filters import Filters, apply, theme_rows
from analysis.page_config import PAGE_THEMES
from figures import charts, textwidth
from tests.app import fixture_db

AS_OF = date(2026, 11, 20)
ONE = Filters(edition=2022, countries=("DNK",), include_synthetic=False, members_only=True)
MANY = Filters(edition=2022, include_synthetic=True, members_only=True)


@pytest.fixture(scope="module")
def answers(tmp_path_factory):
    db = fixture_db.build(tmp_path_factory.mktemp("counts") / "msq.duckdb")
    con = duckdb.connect(str(db), read_only=True)
    try:
        return queries.answers(con)
    finally:
        con.close()


def _source(chart) -> str:
    return " ".join(textwidth.lines(next(a.text for a in chart.figure.layout.annotations if a.name == "source")))


def test_one_country_by_region_is_a_count_not_europe_100_percent(answers):
    rows = theme_rows(apply(answers, ONE), PAGE_THEMES["legal"])
    chart = charts.share_by_region(rows, ONE, title="Laws reported, by region: share answering yes",
                                   name="legal-by-region", by="region")
    shown = [t for trace in chart.figure.data for row in trace.text for t in row if t]
    assert shown and not any("%" in t for t in shown)
    assert all(" of 1" in t and "n < 5" in t for t in shown)
    assert all(v != v for v in chart.figure.data[0].z.flatten())  # no colour on the % scale
    assert "fewer than 5 countries" in _source(chart)
    assert "%" not in chart.summary and "counts, not shares" in chart.summary


def test_shares_of_one_country_are_drawn_as_counts_with_n(answers):
    rows = theme_rows(apply(answers, ONE), PAGE_THEMES["legal"])
    chart = charts.answer_shares(rows, ONE, title="Laws", name="legal-shares")
    axis = chart.figure.layout.xaxis
    assert "counts, not shares" in axis.title.text and axis.range[1] == 1
    assert "(%{x" not in "".join(t.hovertemplate for t in chart.figure.data)  # no share in the hover
    assert "Counts, not shares: 1 country (n = 1)" in _source(chart)


def test_shares_of_many_countries_stay_shares(answers):
    rows = theme_rows(apply(answers, MANY), PAGE_THEMES["legal"])
    assert rows["country_iso3"].nunique() >= 5
    chart = charts.answer_shares(rows, MANY, title="Laws", name="legal-shares")
    assert chart.figure.layout.xaxis.title.text.startswith("share of responding countries (%)")


def test_a_section_with_only_unknown_answers_is_never_zero_percent(answers):
    rows = apply(answers, ONE)
    section = rows["section"].iloc[0]
    rows = rows.copy()
    rows.loc[rows["section"] == section, "answer"] = "unknown"
    chart = charts.coverage_by_section(rows, ONE, as_of=AS_OF)
    assert f"0% in section {section}" not in chart.summary
    assert f"section {section} has no known answer" in chart.summary


def test_a_country_whose_answers_are_all_unknown_is_not_shaded_as_zero_percent(answers):
    rows = apply(answers, MANY).copy()
    blind = rows["country_iso3"].iloc[0]
    rows.loc[rows["country_iso3"] == blind, "answer"] = "unknown"
    chart = charts.coverage_map(rows, MANY, as_of=AS_OF)
    shaded = chart.figure.data[0]
    assert blind not in list(shaded.locations)
    assert list(chart.figure.data[1].locations) == [blind]
    assert "no known answer (all unknown)" in chart.figure.data[1].text[0]
    assert chart.table.set_index("country_iso3")["yes_pct"].isna()[blind]
    assert "1 country has no known answer" in chart.summary and "not 0%" in _source(chart)
