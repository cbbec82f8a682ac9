"""Dates from the data: the tracker's 'as of' is its publisher's date (data/sources.csv for the very file),
else 'date not recorded' — never the day the file was copied."""
from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from figures import style
from loaders import hashing
from loaders.reference import cyberlaw, sources
from tests.reference.conftest import FIXTURES

TRACKER = FIXTURES / "unctad" / "data.csv"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "unctad-cyberlaw-tracker"


def _copy(tmp_path) -> Path:
    for f in TRACKER.parent.iterdir():
        shutil.copy(f, tmp_path / f.name)
    os.utime(tmp_path / "data.csv", (1_700_000_000, 1_700_000_000))  # a copy time that must never show
    return tmp_path / "data.csv"


def test_a_tracker_file_without_a_recorded_date_has_none(tmp_path):
    parsed = cyberlaw.read(_copy(tmp_path))
    assert parsed.frames["cyberlaw"]["as_of"].isna().all()
    assert any("date not recorded" in n for n in parsed.notes)
    assert style.vintage(("unctad",), [2022], {}) == "UNCTAD tracker (date not recorded)"


def test_the_publishers_date_comes_from_sources_csv_for_that_very_file(tmp_path, monkeypatch):
    path = _copy(tmp_path)
    row = {**sources()["unctad"], "as_of": "2026-03-05", "as_of_sha256": hashing.sha256_of(path)}
    monkeypatch.setattr("loaders.reference.files.sources", lambda: {"unctad": row})  # the one reader of sources.csv
    assert set(cyberlaw.read(path).frames["cyberlaw"]["as_of"]) == {date(2026, 3, 5)}
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # another file: no date
    assert cyberlaw.read(path).frames["cyberlaw"]["as_of"].isna().all()


def test_sources_csv_dates_the_2026_tracker_release():
    row = sources()["unctad"]
    assert row["as_of"] == "2026-03-05" and len(row["as_of_sha256"]) == 64 and "2026-03-05" in row["as_of_says"]
    if not (SHARED / "cyberlaw_tracker_data.csv").exists():
        pytest.skip(f"the UNCTAD tracker copy is not at {SHARED} (shared/datasets beside the checkout)")
    assert hashing.sha256_of(SHARED / "cyberlaw_tracker_data.csv") == row["as_of_sha256"]
    parsed = cyberlaw.read(SHARED / "cyberlaw_tracker_data.csv")
    assert set(parsed.frames["cyberlaw"]["as_of"]) == {date(2026, 3, 5)}
