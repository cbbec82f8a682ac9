"""The documented data contract names exactly the columns the code declares: answers, answers_current,
the corrections file and the download."""
from __future__ import annotations

import re
from pathlib import Path

import duckdb

from analysis import export
from loaders.reference_schema import DDL as REFERENCE_DDL
from loaders.schema import ANSWER_COLUMNS, CORRECTION_COLUMNS, DDL

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _table_after(text: str, marker: str) -> list[str]:
    """Column names (backticked, in the first cell) of the first markdown table after `marker`."""
    rest = text[text.index(marker):].splitlines()
    start = next(i for i, ln in enumerate(rest) if ln.strip().startswith("| column"))
    names = []
    for line in rest[start + 2:]:
        if not line.strip().startswith("|"):
            break
        names += re.findall(r"`([^`]+)`", line.strip().split("|")[1])
    return names


def _view_columns(view: str) -> list[str]:
    con = duckdb.connect()
    con.execute(DDL)
    con.execute(REFERENCE_DDL)
    return list(con.execute(f"SELECT * FROM {view} LIMIT 0").df().columns)


def test_the_answers_table_is_documented_column_by_column():
    text = (DOCS / "data-contract.md").read_text(encoding="utf-8")
    assert _table_after(text, "**`answers`**") == ANSWER_COLUMNS
    assert "evidence" in ANSWER_COLUMNS


def test_answers_current_adds_exactly_the_documented_review_columns():
    text = (DOCS / "data-contract.md").read_text(encoding="utf-8")
    documented = _table_after(text, "**`answers_current`**")
    assert _view_columns("answers_current") == ANSWER_COLUMNS + documented


def test_the_corrections_file_is_documented_column_by_column():
    text = (DOCS / "review.md").read_text(encoding="utf-8")
    assert _table_after(text, "## The corrections file") == CORRECTION_COLUMNS


def test_the_download_columns_are_listed_in_order():
    text = (DOCS / "downloads.md").read_text(encoding="utf-8")
    listed = re.search(r"`(country_iso3, country_name,[^`]+)`", text).group(1)
    assert [c.strip() for c in listed.split(",")] == export.EXPORT_COLUMNS
