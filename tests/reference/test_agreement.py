"""analysis.agreement: agree / disagree / msq_missing / source_missing per country × indicator × source."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.agreement import AGREEMENT_COLUMNS, agreement, pick_year, status, summary
from loaders.source_agreement import crosswalk_frame


@pytest.mark.parametrize("msq, source, expected", [
    pytest.param("yes", "yes", "agree", id="yes-yes"),
    pytest.param("no", "no", "agree", id="no-no"),
    pytest.param("no", "partial", "agree", id="no-vs-draft"),
    pytest.param("yes", "partial", "disagree", id="yes-vs-draft"),
    pytest.param("yes", "no", "disagree", id="yes-no"),
    pytest.param("no", "yes", "disagree", id="no-yes"),
    pytest.param("unknown", "yes", "msq_missing", id="msq-unknown"),
    pytest.param(None, "no", "msq_missing", id="msq-absent"),
    pytest.param("yes", "unknown", "source_missing", id="source-unknown"),
    pytest.param("no", None, "source_missing", id="source-absent"),
    pytest.param(None, None, "msq_missing", id="both-absent"),
])
def test_status(msq, source, expected):
    assert status(msq, source) == expected


@pytest.mark.parametrize("years, edition, expected", [
    pytest.param([2020, 2022], 2022, 2022, id="same-year"),
    pytest.param([2020, 2022, 2025], 2024, 2022, id="latest-before"),
    pytest.param([2026], 2022, 2026, id="only-later"),
    pytest.param([], 2022, None, id="none"),
])
def test_pick_year(years, edition, expected):
    assert pick_year(years, edition) == expected


def _ev(rows):
    cols = ["country_iso3", "year", "source", "indicator", "answer", "raw_value", "detail", "link", "is_synthetic"]
    return pd.DataFrame([dict(zip(cols, r)) for r in rows], columns=cols)


EVIDENCE = _ev([
    ("DNK", 2022, "msq", "data_protection_law", "yes", "yes (marked)", "GDPR", "https://a", False),
    ("DNK", 2022, "gtmi", "data_protection_law", "yes", "2", "Act", "https://b", False),
    ("DNK", 2020, "gtmi", "data_protection_law", "no", "0", "", "", False),
    ("DNK", 2026, "unctad", "data_protection_law", "yes", "Legislation", "", "", False),
    ("KEN", 2022, "msq", "data_protection_law", "yes", "yes (inferred)", "", "", True),
    ("KEN", 2022, "gtmi", "data_protection_law", "partial", "1", "Draft", "", False),
    ("KEN", 2026, "unctad", "data_protection_law", "unknown", "No Data", "", "", False),
    ("BRA", 2022, "gtmi", "data_protection_law", "yes", "2", "", "", False),
    ("DNK", 2022, "msq", "cybersecurity_law", "no", "no (marked)", "", "", False),
    ("DNK", 2026, "unctad", "cybersecurity_law", "yes", "Legislation", "", "", False),
])


@pytest.fixture(scope="module")
def table():
    return agreement(EVIDENCE, crosswalk_frame(), edition=2022)


def _one(df, iso3, indicator, source):
    hit = df[(df["country_iso3"] == iso3) & (df["indicator"] == indicator) & (df["source"] == source)]
    assert len(hit) == 1
    return hit.iloc[0]


@pytest.mark.parametrize("iso3, indicator, source, expected", [
    pytest.param("DNK", "data_protection_law", "gtmi", "agree", id="agree-with-gtmi-2022-not-2020"),
    pytest.param("DNK", "data_protection_law", "unctad", "agree", id="agree-with-unctad"),
    pytest.param("KEN", "data_protection_law", "gtmi", "disagree", id="self-report-yes-gtmi-draft"),
    pytest.param("KEN", "data_protection_law", "unctad", "source_missing", id="unctad-no-data"),
    pytest.param("BRA", "data_protection_law", "gtmi", "msq_missing", id="no-response"),
    pytest.param("DNK", "cybersecurity_law", "unctad", "disagree", id="approximate-pair"),
    pytest.param("DNK", "right_to_information", "gtmi", "msq_missing", id="neither-source-has-it"),
])
def test_agreement_statuses(table, iso3, indicator, source, expected):
    assert _one(table, iso3, indicator, source)["status"] == expected


def test_agreement_keeps_both_sides_details_links_years_and_confidence(table):
    row = _one(table, "DNK", "data_protection_law", "gtmi")
    assert (row["msq_detail"], row["msq_link"], row["source_detail"], row["source_link"]) == (
        "GDPR", "https://a", "Act", "https://b")
    assert (row["msq_year"], row["source_year"], row["source_item"], row["confidence"]) == (2022, 2022, "I-38", "high")
    assert _one(table, "DNK", "data_protection_law", "unctad")["source_year"] == 2026
    assert _one(table, "DNK", "cybersecurity_law", "unctad")["confidence"] == "low"


def test_synthetic_self_reports_stay_marked(table):
    assert bool(_one(table, "KEN", "data_protection_law", "gtmi")["is_synthetic"])
    assert not _one(table, "DNK", "data_protection_law", "gtmi")["is_synthetic"]


def test_every_country_gets_every_mapped_indicator_once(table):
    assert list(table.columns) == AGREEMENT_COLUMNS
    cw = crosswalk_frame()
    per_country = (cw["gtmi_code"] != "").sum() + (cw["unctad_area"] != "").sum()
    assert (table.groupby("country_iso3").size() == per_country).all()
    assert set(table["status"]) <= {"agree", "disagree", "msq_missing", "source_missing"}


def test_edition_defaults_to_the_latest_questionnaire_year():
    assert agreement(EVIDENCE, crosswalk_frame())["msq_year"].eq(2022).all()


def test_summary_counts_statuses(table):
    s = summary(table).set_index(["indicator", "source"])
    assert s.loc[("data_protection_law", "gtmi"), ["agree", "disagree", "msq_missing", "source_missing"]].tolist() == [
        1, 1, 1, 0]


def test_empty_inputs_give_empty_tables():
    assert agreement(_ev([]), crosswalk_frame()).empty
    assert summary(agreement(_ev([]), crosswalk_frame())).empty
