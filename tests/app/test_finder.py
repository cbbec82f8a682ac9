"""The finder across sources on the Legal framework, Emerging technologies and Inclusion pages.

The analyst's three questions, each answered in three interactions or fewer on real data (the fixture's
real responses are Denmark and France; the other countries come from GTMI and UNCTAD rows).
"""
from __future__ import annotations

import re

import pandas as pd
import pytest

from .conftest import DEMO, open_page, read_download


def _found(at, key: str) -> pd.DataFrame:
    """The finder's list (an empty frame when no country matches and no table is drawn)."""
    return next((d.value for d in at.main.dataframe if d.key == f"{key}_found"), pd.DataFrame(columns=["country"]))


def _count_line(at) -> str:
    return next(m.value for m in at.main.markdown if " countr" in m.value and m.value.startswith("**"))


def test_african_countries_with_a_data_protection_law_but_no_cybercrime_law():
    # Interactions: open Legal framework (1), click the 'Africa' region pill (2).
    at = open_page("legal")
    assert not at.exception
    at.pills(key="legal_regions").set_value(["Africa"]).run()
    table = _found(at, "legal")
    assert list(table["country"]) == ["Kenya", "United Republic of Tanzania"]  # UN names
    assert table.columns[2].startswith("UNCTAD Privacy and Data Protection legislation")
    assert table.columns[3].startswith("UNCTAD Cybercrime legislation")
    # cybercrime stands in for cybersecurity: a related item, not what the question asks
    assert "mapping confidence: low for Q11 (a related item, not what the question asks)" in table.columns[3]
    assert list(table.iloc[:, 3]) == ["◐ draft or planned", "✗ no"]
    assert _count_line(at).startswith("**2 of 54 countries** (Africa)")


def test_finder_download_holds_exactly_the_list_with_each_cells_source(downloads):
    at = open_page("legal", {"legal_regions": "Africa"})
    comments, rows = read_download(downloads, "legal_finder.csv")
    assert list(rows["country_iso3"]) == ["KEN", "TZA"]
    assert set(rows["source_a"]) == {"UNCTAD Cyberlaw Tracker"} and set(rows["source_b"]) == {"UNCTAD Cyberlaw Tracker"}
    assert list(rows["answer_b"]) == ["partial", "no"]
    assert set(rows["mapping_confidence_b"]) == {"low for Q11 (a related item, not what the question asks)"}
    assert any("UNCTAD" in c for c in comments)
    assert len(rows) == len(_found(at, "legal"))


def test_ai_strategy_from_the_world_bank_for_every_member_state():
    # Interactions: open Emerging technologies (1); the finder opens on GTMI I-17.
    at = open_page("emerging")
    table = _found(at, "tech")
    assert set(table["country"]) == {"Brazil", "Denmark", "Germany", "Ghana"}
    header = table.columns[2]
    assert header.startswith("GTMI I-17 National strategy on disruptive/innovative technologies")
    # named as the source names it; broader than 'AI in the strategy', so low confidence for Q29 too
    assert "low for Q29 ai (broader than the question)" in header and "low for Q18 (a related item" in header
    assert "law" not in header.split("·")[0].lower()


def test_ai_strategy_in_the_self_report_is_one_pick_away():
    at = open_page("emerging")
    at.selectbox(key="tech_a").set_value("msq:Q29.ai").run()
    table = _found(at, "tech")
    assert list(table["country"]) == ["Denmark", "France"]
    assert table.columns[2] == "Q29 Artificial intelligence (AI) — self-report (MSQ 2022)"
    assert list(table.iloc[:, 2]) == ["✓* yes", "✓ yes"]  # Denmark's answer was inferred


def test_measures_for_persons_with_disabilities_by_a_word_of_the_written_answer():
    # Interactions: open Inclusion (1), type the word (2).
    at = open_page("inclusion")
    at.text_input(key="incl_words").input("disabilit").run()
    table = _found(at, "incl")
    assert list(table["country"]) == ["Denmark"]
    assert "persons with disabilities" in table.iloc[0]["written answer or source detail (first)"]
    assert table.columns[2].startswith("Q35 Access measures for vulnerable groups")
    assert "written answer mentions disabilit" in _count_line(at)


def test_economies_that_are_not_member_states_appear_only_when_asked_and_labelled():
    at = open_page("emerging")
    assert "Taiwan" not in " ".join(_found(at, "tech")["country"])
    at = open_page("emerging", {"others": "true"})
    assert "Taiwan (not a UN Member State)" in set(_found(at, "tech")["country"])


@pytest.mark.parametrize("page, key", [("legal", "legal"), ("emerging", "tech"), ("inclusion", "incl")])
def test_finder_is_there_in_both_views(page, key):
    every = {"legal": "legal_all", "emerging": "tech_all", "inclusion": "incl_all"}[page]
    for mode in ("true", "false"):
        at = open_page(page, {every: mode})
        assert not at.exception
        assert at.toggle(key=every).value is (mode == "true")
        assert at.selectbox(key=f"{key}_a").value and _count_line(at)


def test_unknown_and_not_covered_are_never_read_as_no():
    at = open_page("legal", {"legal_a": "GTMI I-38 Data Protection / Privacy law — World Bank 2022",
                             "legal_b": "GTMI I-37 RTI Laws — World Bank 2022", "legal_b_states": "no"})
    assert list(_found(at, "legal")["country"]) == ["United Republic of Tanzania"]
    at = open_page("legal", {"legal_a": "UNCTAD Privacy and Data Protection legislation — Cyberlaw Tracker",
                             "legal_b": "GTMI I-38 Data Protection / Privacy law — World Bank 2022",
                             "legal_b_states": ["no", "unknown"]})
    assert "Japan" not in set(_found(at, "legal")["country"])  # Japan has no GTMI row: not covered, not 'no'
    at.pills(key="legal_b_states").set_value(["missing"]).run()
    assert list(_found(at, "legal")["country"]) == ["Japan"]


def test_synthetic_answers_join_the_finder_only_when_switched_on():
    at = open_page("emerging", {"tech_a": "Q29 Artificial intelligence (AI) — self-report (MSQ 2022)"})
    assert "Kenya" not in " ".join(_found(at, "tech")["country"])
    at = open_page("emerging", {**DEMO, "tech_a": "Q29 Artificial intelligence (AI) — self-report (MSQ 2022)"})
    assert "Kenya †" in set(_found(at, "tech")["country"])


def test_a_condition_no_source_covers_says_no_answer_yet_and_offers_the_source_that_would():
    # The self-report has no African response: 'Q11' over Africa is no answer, never '0 of 54 countries'.
    at = open_page("legal", {"legal_regions": "Africa"})
    at.selectbox(key="legal_b").set_value("msq:Q11").run()
    warning = "\n".join(w.value for w in at.main.warning)
    assert "**No answer yet**" in warning and "covers 0 of the 54 countries (Africa)" in warning
    assert not any(m.value.startswith("**0 of 54") for m in at.main.markdown)
    use = next(b for b in at.main.button if b.key == "legal_b_use_unctad:Cybercrime")
    assert "UNCTAD covers" in use.label
    use.click().run()
    assert at.selectbox(key="legal_b").value == "unctad:Cybercrime"
    line = _count_line(at)
    assert line.startswith("**2 of 54 countries** (Africa)") and "Of the 54, UNCTAD covers 4." in line  # the fixture tracker lists 4 African countries


def test_the_count_names_how_many_each_source_covers():
    at = open_page("legal")
    at.selectbox(key="legal_a").set_value("msq:Q10").run()
    line = _count_line(at)
    assert re.search(r"Of the \d+, the self-report covers 2, UNCTAD \d+\.$", line), line


def test_finder_download_citation_names_every_choice_and_each_source_once(downloads):
    open_page("legal", {"legal_regions": "Africa"})
    comments, _ = read_download(downloads, "legal_finder.csv")
    text = "\n".join(comments)
    first = comments[0]
    assert "region: Africa" in first
    assert "condition: UNCTAD Privacy and Data Protection legislation — Cyberlaw Tracker reports yes" in first
    assert "and condition: UNCTAD Cybercrime legislation — Cyberlaw Tracker reports no or draft or planned" in first
    assert text.count("Cite UN Trade and Development") + text.count("Cite UNCTAD") == 1  # the tracker cited once
    assert first.count("UNCTAD Global Cyberlaw Tracker") == 1
    assert any(c.startswith("# Data as of: UNCTAD tracker as of 2026-11-20") for c in comments)  # its own date


def test_without_the_tracker_the_finder_names_it_and_the_command_that_loads_it(tmp_path, monkeypatch, fixture_store):
    import shutil

    import duckdb

    from . import fixture_db

    db = tmp_path / "gtmi_only.duckdb"
    shutil.copy(fixture_store, db)
    con = duckdb.connect(str(db))
    try:
        con.execute("DELETE FROM cyberlaw")
        fixture_db.rebuild_evidence(con)
    finally:
        con.close()
    monkeypatch.setenv("MSQ_DB", str(db))
    at = open_page("legal", {"legal_regions": "Africa"})
    assert at.selectbox(key="legal_b").value == "msq:Q11"  # the self-report is all that is left for Q11
    assert any("**No answer yet**" in w.value for w in at.main.warning)
    captions = "\n".join(c.value for c in at.main.caption)
    assert "UNCTAD Cyberlaw Tracker would answer it (Cybercrime) but is not loaded" in captions
    assert "python -m loaders fetch unctad" in captions
