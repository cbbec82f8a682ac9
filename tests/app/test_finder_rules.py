"""analysis.finder on tiny hand-written frames: conditions named by their source, cells, matching."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import finder

WORLD = pd.DataFrame({
    "country_iso3": ["AAA", "BBB", "CCC", "DDD"], "country_name": ["Aland", "Bora", "Cato", "Dune"],
    "region": ["Africa", "Africa", "Europe", "Asia"], "sub_region": ["", "", "", ""],
    "un_member": [True] * 4, "is_synthetic": [False] * 4,
})
INDICATORS = pd.DataFrame({
    "indicator": ["dp", "cyber"], "msq_question": [10, 11], "msq_item": ["", ""],
    "gtmi_code": ["I-38", ""], "gtmi_label": ["Data Protection / Privacy law", ""],
    "gtmi_confidence": ["high", ""], "unctad_area": ["Privacy and Data Protection", "Cybercrime"],
    "unctad_confidence": ["high", "low"],
})
QUESTIONS = pd.DataFrame({"question": [10, 11], "item": ["", ""],
                          "column": ["Q10 Data protection law", "Q11 Cybersecurity law"]})
YEARS = {"gtmi": 2022, "unctad": 2024}
EVIDENCE = pd.DataFrame([
    # country, source, indicator, answer, detail
    ("AAA", "unctad", "dp", "yes", "Data Act"), ("AAA", "unctad", "cyber", "no", ""),
    ("BBB", "unctad", "dp", "yes", "Privacy Act"), ("BBB", "unctad", "cyber", "partial", "Draft bill"),
    ("CCC", "unctad", "dp", "yes", ""), ("CCC", "unctad", "cyber", "unknown", ""),
    ("AAA", "gtmi", "dp", "yes", "I-38 = 2"), ("CCC", "gtmi", "dp", "partial", "I-38 = 1"),
], columns=["country_iso3", "source", "indicator", "answer", "detail"]).assign(
    year=lambda d: d["source"].map(YEARS), link="", raw_value="", is_synthetic=False)
MSQ = pd.DataFrame({
    "country_iso3": ["AAA", "AAA"], "question": [10, 11], "item": ["", ""], "answer": ["yes", "unknown"],
    "basis": ["corrected", "none"], "detail": ["The Data Act 2019 for persons with disabilities", ""],
    "links": [["javascript:x", "https://a.example/act"], []], "flag": ["", "tick unclear"],
    "original_answer": ["unknown", "unknown"], "correction_reason": ["the act exists", ""],
})


def _cells():
    conds = finder.conditions(QUESTIONS, INDICATORS, YEARS, 2022)
    return conds, finder.cells(MSQ, EVIDENCE, conds, WORLD, YEARS)


CELLS = _cells()[1]


def test_conditions_name_each_source_s_own_indicator():
    conds, _ = _cells()
    labels = dict(zip(conds["key"], conds["label"]))
    assert labels["unctad:Cybercrime"] == "UNCTAD Cybercrime legislation — Cyberlaw Tracker"
    assert labels["gtmi:I-38"] == "GTMI I-38 Data Protection / Privacy law — World Bank 2022"
    assert labels["msq:Q11"] == "Q11 Cybersecurity law — self-report (MSQ 2022)"
    confidence = dict(zip(conds["key"], conds["confidence"]))
    assert confidence["unctad:Cybercrime"] == "low for Q11" and confidence["msq:Q10"] == ""
    assert list(conds["source"]) == ["msq", "msq", "gtmi", "unctad", "unctad"]


def test_a_source_not_loaded_offers_no_condition():
    conds = finder.conditions(QUESTIONS, INDICATORS, {"gtmi": None, "unctad": 2024}, 2022)
    assert not (conds["source"] == "gtmi").any()


def test_every_country_gets_a_cell_and_a_missing_row_is_not_covered():
    conds, cells = _cells()
    assert len(cells) == len(WORLD) * len(conds)
    by = cells.set_index(["country_iso3", "key"])["answer"]
    assert by["DDD", "unctad:Cybercrime"] == "missing" and by["BBB", "msq:Q10"] == "missing"
    assert by["CCC", "unctad:Cybercrime"] == "unknown"  # unknown stays unknown


def test_self_report_cells_keep_correction_flag_and_first_http_link():
    _, cells = _cells()
    a10 = cells[(cells["country_iso3"] == "AAA") & (cells["key"] == "msq:Q10")].iloc[0]
    assert a10["correction"] == "corrected from unknown: the act exists"
    assert a10["link"] == "https://a.example/act"
    a11 = cells[(cells["country_iso3"] == "AAA") & (cells["key"] == "msq:Q11")].iloc[0]
    assert a11["flag"] == "tick unclear"


@pytest.mark.parametrize("b_states, regions, expected", [
    pytest.param(("no",), (), ["AAA"], id="no"),
    pytest.param(("no", "partial"), (), ["AAA", "BBB"], id="draft-is-not-a-law"),
    pytest.param(("no", "partial", "unknown"), (), ["AAA", "BBB", "CCC"], id="unknown-only-when-asked"),
    pytest.param(("no", "partial"), ("Europe",), [], id="region"),
    pytest.param(("missing",), (), [], id="not-covered"),
])
def test_find_data_protection_without_cybercrime_law(b_states, regions, expected):
    _, cells = _cells()
    got = finder.find(cells, WORLD, "unctad:Privacy and Data Protection", ("yes",), "unctad:Cybercrime",
                      b_states, regions=regions)
    assert list(got["country_iso3"]) == expected


def test_find_by_words_of_the_written_answer():
    _, cells = _cells()
    got = finder.find(cells, WORLD, "msq:Q10", ("yes",), words="DISABILIT persons")
    assert list(got["country_iso3"]) == ["AAA"] and got["detail_b"].iloc[0] == ""
    assert finder.find(cells, WORLD, "msq:Q10", ("yes",), words="women").empty


@settings(deadline=None, max_examples=60)  # a shared 2-core machine: no timing in tests
@given(st.lists(st.sampled_from(finder.STATES), unique=True), st.lists(st.sampled_from(finder.STATES), unique=True))
def test_found_countries_are_exactly_those_whose_cells_match(a_states, b_states):
    cells = CELLS
    got = finder.find(cells, WORLD, "gtmi:I-38", a_states, "unctad:Cybercrime", b_states)
    by = cells.set_index(["country_iso3", "key"])["answer"]
    expected = [c for c in WORLD["country_iso3"]
                if by[c, "gtmi:I-38"] in a_states and by[c, "unctad:Cybercrime"] in b_states]
    assert sorted(got["country_iso3"]) == sorted(expected)
