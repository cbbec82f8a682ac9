"""Fixtures for the reference-file tests: a fresh store, the tiny official-layout files, MSQ rows."""
from __future__ import annotations

import csv
import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from loaders import catalogue
from loaders.reference_schema import DDL as REFERENCE_DDL
from loaders.schema import DDL

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reference"
GTMI_CSV = FIXTURES / "gtmi_data.csv"
# The World Bank workbook names these three columns differently from the derived CSV.
WORKBOOK_HEADERS = {"year": "Year", "country_code": "Code", "country": "Economy"}


@pytest.fixture
def con(tmp_path):
    """A DuckDB file with the MSQ schema and the reference tables, closed after the test."""
    c = duckdb.connect(str(tmp_path / "store.duckdb"))
    c.execute(DDL)
    c.execute(REFERENCE_DDL)
    yield c
    c.close()


@pytest.fixture
def fixtures(tmp_path) -> Path:
    """A writable copy of tests/fixtures/reference (tests may touch or add files)."""
    dest = tmp_path / "reference"
    shutil.copytree(FIXTURES, dest)
    return dest


def _number(text: str):
    # The workbook stores numbers as numbers; the CSV copy has them as text.
    try:
        f = float(text)
    except ValueError:
        return text or None
    return int(f) if f.is_integer() and "." not in text else f


def write_gtmi_workbook(path: Path, csv_path: Path = GTMI_CSV, sheet: str = "CG_GTMI_Data") -> Path:
    """The GTMI fixture in the World Bank workbook layout: a cover sheet, then the data sheet with
    Year/Code/Economy headers, numbers as numbers, and summary rows under the data."""
    import openpyxl

    with csv_path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    wb = openpyxl.Workbook()
    wb.active.title = "Read me"
    wb.active.append(["GovTech Dataset (test fixture)"])
    ws = wb.create_sheet(sheet)
    ws.append([WORKBOOK_HEADERS.get(h, h) for h in rows[0]])
    for row in rows[1:]:
        ws.append([_number(v) for v in row])
    ws.append([None, None, "Average", *([None] * (len(rows[0]) - 3))])
    ws.append(["Note: 0 = No"])
    wb.save(path)
    return path


def add_msq(con, iso3: str, answers: dict[tuple[int, str], tuple[str, str, str, list[str]]], *,
            edition: int = 2022, synthetic: bool = False) -> None:
    """Insert one current MSQ document: {(question, item): (answer, basis, detail, links)}."""
    sha = (iso3.lower() * 22)[:64].ljust(64, "0")
    con.execute("INSERT INTO documents (path, sha256, format, loader, country_iso3, edition, status, error, "
                "ingested_at, is_synthetic) VALUES (?, ?, 'text', 'test', ?, ?, 'ok', NULL, ?, ?)",
                [f"{iso3}.txt", sha, iso3, edition, datetime(2026, 1, 1), synthetic])
    for (q, item), (answer, basis, detail, links) in answers.items():
        e = catalogue.entry(edition, q, item)
        con.execute("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
                    [iso3, iso3, edition, e.section, q, item, list(e.themes), answer, basis, detail, links,
                     sha, synthetic])
