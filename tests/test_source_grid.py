"""Every country by source and the agreement rows of the answers shown, on tiny inline frames."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis import source_grid
from analysis.filters import Filters
from ui import source_tables

INDICATORS = pd.DataFrame({
    "indicator": ["data_protection_law", "right_to_information"], "label": ["Data protection", "RTI"],
    "msq_edition": [2022, 2022], "msq_question": [10, 9], "msq_item": ["", ""],
    "gtmi_code": ["I-38", "I-37"], "unctad_area": ["Privacy and Data Protection", ""],
    "question": ["Q10", "Q9"], "column": ["Q10 Data protection", "Q9 RTI"],
})
EVIDENCE = pd.DataFrame({
    "country_iso3": ["AAA", "AAA", "BBB", "BBB", "CCC", "AAA"],
    "year": [2022, 2026, 2022, 2022, 2026, 2020],
    "source": ["gtmi", "unctad", "gtmi", "gtmi", "unctad", "gtmi"],
    "indicator": ["data_protection_law", "data_protection_law", "data_protection_law", "right_to_information",
                  "data_protection_law", "data_protection_law"],
    "answer": ["yes", "partial", "unknown", "no", "yes", "no"],
    "raw_value": ["2", "Draft Legislation", "New", "0", "Legislation", "0"],
    "detail": ["I-38 = 2", "draft", "", "", "law", "old"], "link": ["https://a.example/", "", "", "", "", ""],
    "is_synthetic": [False] * 6,
})
MSQ = pd.DataFrame({
    "country_iso3": ["AAA", "DDD"], "country_name": ["Aland", "Dland"], "region": ["Europe", "Africa"],
    "is_synthetic": [False, True], "edition": [2022, 2022], "question": [10, 10], "item": ["", ""],
    "answer": ["no", "unknown"], "basis": ["inferred", "none"], "detail": ["=SUM(1)", ""],
    "links": [["javascript:x", "https://aland.example/"], []],
})
INFO = pd.DataFrame({"country_iso3": ["AAA", "BBB", "CCC", "DDD"], "country_name": ["A", "Bland", "Cland", "D"],
                     "region": ["Europe", "Asia", "Africa", "Africa"], "sub_region": [""] * 4})
YEARS = {"gtmi": 2022, "unctad": 2026}


def _long(f: Filters = Filters(edition=2022), sources=source_grid.SOURCES) -> pd.DataFrame:
    world = source_grid.universe(EVIDENCE, MSQ, INFO, f, YEARS)
    return source_grid.every_country(MSQ, EVIDENCE, INDICATORS, world, 2022, YEARS, sources)


def _cell(long, iso3, indicator, source) -> pd.Series:
    hit = long[(long["country_iso3"] == iso3) & (long["indicator"] == indicator) & (long["source"] == source)]
    assert len(hit) == 1, hit
    return hit.iloc[0]


def test_every_country_lists_respondents_and_source_only_countries():
    long = _long()
    assert set(long["country_iso3"]) == {"AAA", "BBB", "CCC", "DDD"}
    assert _cell(long, "CCC", "data_protection_law", "msq")["answer"] == "missing"  # sent no questionnaire
    assert _cell(long, "CCC", "data_protection_law", "unctad")["answer"] == "yes"


@pytest.mark.parametrize("iso3, source, answer", [
    pytest.param("AAA", "gtmi", "yes", id="year-2022-not-2020"),
    pytest.param("AAA", "unctad", "partial", id="draft-law-is-partial"),
    pytest.param("BBB", "gtmi", "unknown", id="unknown-never-no"),
    pytest.param("DDD", "msq", "unknown", id="msq-unknown-stays-unknown"),
    pytest.param("DDD", "gtmi", "missing", id="no-row-is-not-covered"),
])
def test_every_country_keeps_each_sources_answer(iso3, source, answer):
    assert _cell(_long(), iso3, "data_protection_law", source)["answer"] == answer


def test_a_source_that_does_not_map_an_indicator_has_no_cells_for_it():
    long = _long()
    assert long[(long["indicator"] == "right_to_information") & (long["source"] == "unctad")].empty


def test_msq_cells_keep_basis_first_http_link_and_synthetic_mark():
    long = _long()
    a = _cell(long, "AAA", "data_protection_law", "msq")
    assert (a["basis"], a["link"]) == ("inferred", "https://aland.example/")  # the first http(s) link
    assert a["source_label"] == "MSQ 2022 (self-report)"
    assert source_tables.cell(a["answer"], a["basis"]) == "✗* no"
    assert bool(_cell(long, "DDD", "data_protection_law", "msq")["is_synthetic"])
    assert not _cell(long, "DDD", "data_protection_law", "unctad")["is_synthetic"]  # only the self-report is demo


def test_universe_follows_region_and_country_filters_not_basis():
    assert set(_long(Filters(edition=2022, regions=("Africa",)))["country_iso3"]) == {"CCC", "DDD"}
    assert set(_long(Filters(edition=2022, countries=("BBB",)))["country_iso3"]) == {"BBB"}


def test_source_choice_limits_the_rows():
    assert set(_long(sources=["gtmi"])["source"]) == {"gtmi"}


def test_wide_names_source_in_every_header_and_marks_synthetic_countries():
    table = source_tables.wide(_long())
    headers = [c for c in table.columns if " — " in c]
    assert "Q10 Data protection — MSQ 2022 (self-report)" in headers
    assert "Q10 Data protection — GTMI 2022 (World Bank)" in headers
    assert "Q10 Data protection — UNCTAD Cyberlaw Tracker" in headers
    row = table.set_index("iso3")
    assert row.loc["DDD", "country"] == "Dland †"  # the response's own name, marked synthetic
    assert row.loc["CCC", "self-report shown"] == "—" and row.loc["AAA", "self-report shown"] == "yes"


def test_agreement_rows_follow_the_answers_shown():
    agreement = pd.DataFrame({"country_iso3": ["AAA", "AAA", "BBB"],
                              "indicator": ["data_protection_law", "right_to_information", "data_protection_law"],
                              "status": ["agree", "disagree", "msq_missing"]})
    rows = source_grid.agreement_rows(agreement, MSQ, INDICATORS)
    assert list(zip(rows["country_iso3"], rows["indicator"])) == [("AAA", "data_protection_law")]
    assert list(rows["msq_question"]) == [10]
    assert source_grid.agreement_rows(agreement, MSQ.iloc[0:0], INDICATORS).empty


@pytest.mark.parametrize("raw, basis", [("yes (inferred)", "inferred"), ("no (marked)", "marked"), ("", ""),
                                        (None, "")])
def test_basis_is_read_back_from_the_msq_raw_value(raw, basis):
    assert source_tables.basis_of(raw) == basis
