"""Readable answers: full text one click away, clickable links, blank empty cells, labelled corrections and
flags, superseded versions on the profile, ISO3 links, and no traceback in the browser."""
from __future__ import annotations

import json
import re
import tomllib

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from ui import components

from .conftest import APP, DEMO, ROOT, TIMEOUT, fingerprint, open_page


def _select(at, key: str, row: int) -> None:
    """What a click on a table row does: the dataframe's selection state, then a rerun."""
    at.session_state[key] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    assert not at.exception, [e.value for e in at.exception]


def _table(at, key: str, column: str | None = None) -> pd.DataFrame:
    """A table by its key (selectable tables) or by one of its columns (AppTest shows no key for the rest)."""
    return next(d.value for d in at.main.dataframe if d.key == key or (column and column in d.value.columns))


def test_selecting_a_row_opens_the_whole_written_answer_with_every_link():
    at = open_page("legal", {"legal_all": "false", "legal_q": "Q10 Data protection law"})
    table = _table(at, "legal_details")
    assert table.columns.tolist()[:3] == ["country", "answer", "written answer"]
    _select(at, "legal_details", 0)  # Denmark
    text = "\n".join(m.value for m in at.main.markdown)
    assert "Data Protection Act \\(Act No\\. 502\\)" in text
    assert "[https\\://www\\.datatilsynet\\.dk/](https://www.datatilsynet.dk/)" in text


def test_finder_row_opens_both_cells_in_full_with_their_source():
    at = open_page("legal", {"legal_regions": "Africa"})
    _select(at, "legal_found", 1)  # Tanzania
    text = "\n".join(m.value for m in at.main.markdown)
    assert "**United Republic of Tanzania**" in text
    assert "*UNCTAD Cybercrime legislation — Cyberlaw Tracker*: ✗ no" in text
    assert "Personal Data Protection Act 2022" in text
    assert "](https://www.example.org/tza-pdpa)" in text


@pytest.mark.parametrize("params, column", [
    pytest.param({"legal_regions": "Africa"}, "link (first)", id="finder"),
    pytest.param({}, "detail", id="every-country-details"),
    pytest.param({"legal_all": "false"}, "more links", id="written-answers"),
])
def test_links_in_tables_are_clickable_link_columns(params, column):
    at = open_page("legal", params)
    element = next(d for d in at.main.dataframe if column in d.value.columns)
    configs = json.loads(element.proto.columns)
    links = [name for name, c in configs.items() if c.get("type_config", {}).get("type") == "link"]
    assert links, configs


def test_empty_cells_are_blank_never_none():
    shown = components.display_frame(pd.DataFrame({"detail": ["text", None, float("nan")], "n": [1, 2, 3]}))
    assert list(shown["detail"]) == ["text", "", ""]
    at = open_page("legal", {"legal_regions": "Africa"})
    for frame in at.main.dataframe:
        for col in frame.value.columns:
            if frame.value[col].dtype == object:
                assert not frame.value[col].isin(["None", "nan", "NaN"]).any(), (frame.key, col)
                assert not frame.value[col].isna().any(), (frame.key, col)


def test_search_results_name_the_question_they_answer():
    at = open_page("inclusion", {"incl_all": "false", "q": "disabilit"})
    table = _table(at, "search_details")
    assert list(table["question"]) == ["Q35 Access measures for vulnerable groups"]
    assert list(table["country"]) == ["Denmark"]


def test_corrected_and_flagged_answers_are_labelled_in_tables_and_profile():
    at = open_page("legal", {"legal_all": "false", "legal_q": "Q18 Emerging technologies law"})
    answer = _table(at, "legal_details").set_index("country").loc["Denmark", "answer"]
    assert answer == "✗ no (corrected); corrected from unknown: The written answer says no such law exists yet"
    at = open_page("legal", {"legal_all": "false", "legal_q": "Q12 Digital identity law"})
    answer = _table(at, "legal_details").set_index("country").loc["Denmark", "answer"]
    assert answer.endswith("⚑ flagged: tick and written answer disagree")
    at = open_page("profile", {"profile": "DNK"})
    captions = " ".join(c.value for c in at.main.caption)
    assert "✎ corrected from unknown: The written answer says no such law exists yet" in captions
    assert "⚑ flagged as doubtful: tick and written answer disagree" in captions
    assert "basis: corrected" in fingerprint(at)


def test_profile_lists_the_superseded_versions_with_path_and_dates():
    at = open_page("profile", {"profile": "DNK"})
    versions = _table(at, "profile_versions", "submitted")
    # Real with real: the synthetic demo document of Denmark is no earlier version of its real response.
    assert list(versions["document"]) == ["data/responses/2022/msq_2022_denmark_draft.txt"]
    assert list(versions["submitted"]) == ["2022-03-01 09:00"]
    assert versions["loaded"].str.match(r"\d{4}-\d\d-\d\d \d\d:\d\d").all()
    assert list(versions["synthetic"]) == [""]
    captions = " ".join(c.value for c in at.main.caption).replace("\\", "")  # as shown: markdown escapes off
    assert "1 synthetic demo document (data/demo/2022/msq_2022_denmark_synthetic.txt)" in captions
    assert "never a version of a real response" in captions
    at = open_page("profile", {"profile": "FRA"})
    assert "No earlier version is loaded" in " ".join(c.value for c in at.main.caption)


@pytest.mark.parametrize("params, key, expected", [
    pytest.param({"country": "DNK"}, "country", ["DNK"], id="sidebar-country"),
    pytest.param({"country": ["dnk", "FRA"]}, "country", ["DNK", "FRA"], id="lower-case-and-several"),
    pytest.param({"profile": "FRA"}, "profile", "FRA", id="profile"),
    pytest.param({"compare": ["DNK", "KEN"], **DEMO}, "compare", ["DNK", "KEN"], id="compare"),
    pytest.param({"compare": ["Denmark (DNK)", "France (FRA)"]}, "compare", ["DNK", "FRA"], id="widget-labels"),
])
def test_shared_links_accept_iso3_codes(params, key, expected):
    page = {"profile": "profile", "compare": "compare"}.get(key, "overview")
    at = open_page(page, params)
    widgets = [w for kind in ("multiselect", "selectbox") for w in getattr(at, kind) if w.key == key]
    assert widgets and widgets[0].value == expected


def test_unknown_codes_in_a_link_are_ignored():
    at = open_page("profile", {"profile": "XXX"})
    assert not at.exception
    assert at.selectbox(key="profile").value == "DNK"


def test_browser_never_gets_a_python_traceback(monkeypatch):
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["client"]["showErrorDetails"] == "none"
    from ui import data

    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail /home/someone/db")

    monkeypatch.setattr(data, "source_coverage", broken)
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    shown = " ".join(e.value for e in at.exception)
    assert "secret internal detail" not in shown and "redacted" in shown
    assert not any(e.stack_trace for e in at.exception)
    assert not re.search(r"Traceback|File \"", shown)


def test_compare_marks_corrected_and_flagged_answers():
    at = open_page("compare", {"compare": ["DNK", "FRA"], "cmp_section": "C · Legal Framework"})
    table = next(d.value for d in at.main.dataframe if "differs" in d.value.columns).set_index("question")
    assert table.loc["Q12 Digital identity law", "Denmark"] == "✓ yes ⚑"
    assert table.loc["Q18 Emerging technologies law", "Denmark"] == "✗✎ no"


def test_evidence_country_link_accepts_an_iso3_code():
    at = open_page("evidence", {"ev_country": "FRA"})
    assert at.selectbox(key="ev_country").value == "FRA"
