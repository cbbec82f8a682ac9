"""Coverage per country x section and theme, checked against numbers worked out by hand."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.coverage import coverage


def row(iso3, q, item, answer, section, themes):
    return {"country_iso3": iso3, "country_name": iso3, "edition": 2022, "section": section, "question": q,
            "item": item, "themes": themes, "answer": answer, "basis": "inferred", "detail": "", "links": [],
            "document_sha256": "0" * 64, "is_synthetic": False}


ANSWERS = pd.DataFrame([
    # AAA: legal framework 2 yes, 1 no, 1 unknown; Q18 counts for emerging_tech too.
    row("AAA", 9, "", "yes", "C", ["legal_framework"]),
    row("AAA", 10, "", "yes", "C", ["legal_framework"]),
    row("AAA", 11, "", "no", "C", ["legal_framework"]),
    row("AAA", 18, "", "unknown", "C", ["legal_framework", "emerging_tech"]),
    # Q29: the roll-up row does not count, its items do.
    row("AAA", 29, "", "yes", "D", ["strategy"]),
    row("AAA", 29, "ai", "yes", "D", ["strategy", "emerging_tech"]),
    row("AAA", 29, "robotics", "unknown", "D", ["strategy", "emerging_tech"]),
    # BBB: nothing answered in section C.
    row("BBB", 9, "", "unknown", "C", ["legal_framework"]),
    row("BBB", 10, "", "unknown", "C", ["legal_framework"]),
])


def pick(frame, iso3, group):
    return frame[(frame.country_iso3 == iso3) & (frame.group == group)].iloc[0]


def test_section_coverage_counts_and_shares():
    cov = coverage(ANSWERS, by="section")
    c = pick(cov, "AAA", "C")
    assert (c.yes, c.no, c.unknown, c.total, c.answered) == (2, 1, 1, 4, 3)
    assert c.yes_share_answered == pytest.approx(2 / 3) and c.yes_share_all == pytest.approx(2 / 4)
    d = pick(cov, "AAA", "D")
    assert (d.yes, d.unknown, d.total) == (1, 1, 2)  # ai + robotics, not the Q29 roll-up


def test_unknown_is_not_counted_as_no():
    b = pick(coverage(ANSWERS, by="section"), "BBB", "C")
    assert (b.yes, b.no, b.unknown) == (0, 0, 2)
    assert math.isnan(b.yes_share_answered) and b.yes_share_all == 0


def test_theme_coverage_counts_a_question_in_each_of_its_themes():
    cov = coverage(ANSWERS, by="theme")
    e = pick(cov, "AAA", "emerging_tech")
    assert (e.yes, e.no, e.unknown, e.total) == (1, 0, 2, 3)  # Q18 unknown, ai yes, robotics unknown
    lf = pick(cov, "AAA", "legal_framework")
    assert (lf.yes, lf.no, lf.unknown) == (2, 1, 1)


def test_denmark_section_c_is_fully_answered(tmp_path, seed_path):
    from loaders import ingest, store

    db = tmp_path / "c.duckdb"
    ingest.ingest_paths([seed_path], db)
    con = store.open_reader(db)
    cov = coverage(con.execute("SELECT * FROM answers_current").df())
    con.close()
    c = pick(cov, "DNK", "C")
    assert (c.yes, c.no, c.unknown, c.yes_share_all) == (10, 0, 0, 1.0)


def test_empty_input_gives_an_empty_frame_with_the_columns():
    assert list(coverage(ANSWERS.iloc[0:0]).columns)[:4] == ["country_iso3", "country_name", "edition", "group"]


def test_unknown_grouping_fails_loudly():
    with pytest.raises(ValueError):
        coverage(ANSWERS, by="region")
