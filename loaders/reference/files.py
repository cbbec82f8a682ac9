"""Reading official cross-country files: bytes to a header and text cells, and the layouts in data/.

Decoding, CSV parsing and the size, row and zip limits are those of loaders.formats.sheets (one reader of
CSV/XLSX for responses and official files). What is particular here: every sheet of a workbook is searched
(the World Bank's data sheet is not the first) for a header in its first rows, and cells keep the text the
publisher typed (cell_text).
"""
from __future__ import annotations

import csv
import io
import math
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .. import limits
from ..formats import sheets
from ..paths import DATA
from ..records import ParseError

LAYOUTS = DATA / "reference_layouts.csv"
SOURCES = DATA / "sources.csv"  # citation, licence and publisher's dates per source
KINDS = ("egdi", "gtmi", "cyberlaw")
# Spreadsheets that a user may have saved the official CSV as.
XLSX_MAGIC = b"PK\x03\x04"
# How far down a sheet a header row may sit (some World Bank sheets have a title row first).
HEADER_SEARCH_ROWS = 5


class ReferenceFileError(ValueError):
    """An official file that cannot be loaded; the message names the file and what is wrong."""


@dataclass(frozen=True)
class Layout:
    """One known column layout of an official file (a row group of data/reference_layouts.csv)."""

    kind: str
    name: str
    columns: tuple[tuple[str, tuple[str, ...], bool], ...]  # (column, accepted headers, required)

    def match(self, header: list[str]) -> dict[str, str] | None:
        """Source header -> column for this layout, or None when a required column is missing."""
        index = {_norm(h): h for h in header if h is not None}
        out: dict[str, str] = {}
        for column, headers, required in self.columns:
            hit = next((index[_norm(h)] for h in headers if _norm(h) in index), None)
            if hit is None:
                if required:
                    return None
                continue
            out[hit] = column
        return out


@dataclass
class Parsed:
    """What one reader made of one file: a frame per table, and remarks for the report."""

    kind: str
    layout: str
    frames: dict[str, pd.DataFrame]
    notes: list[str] = field(default_factory=list)
    sheet: str = ""

    @property
    def years(self) -> list[int]:
        ys: set[int] = set()
        for df in self.frames.values():
            if "year" in df and len(df):
                ys |= {int(y) for y in df["year"].unique()}
        return sorted(ys)


def _norm(header: str) -> str:
    # Case and spacing differ between the workbook and the CSV copies ("Year" / "year").
    return " ".join(str(header).replace("\ufeff", "").split()).casefold()


@lru_cache(maxsize=1)
def layouts() -> tuple[Layout, ...]:
    """Every known layout, read from data/reference_layouts.csv."""
    groups: dict[tuple[str, str], list] = {}
    with LAYOUTS.open(encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f), start=2):
            if row["kind"] not in KINDS or row["required"] not in {"0", "1"}:
                raise ValueError(f"{LAYOUTS}:{n}: bad kind {row['kind']!r} or required {row['required']!r}")
            headers = tuple(h.strip() for h in row["headers"].split("|") if h.strip())
            groups.setdefault((row["kind"], row["layout"]), []).append(
                (row["column"], headers, row["required"] == "1"))
    return tuple(Layout(kind, name, tuple(cols)) for (kind, name), cols in groups.items())


def layouts_for(kind: str) -> tuple[Layout, ...]:
    return tuple(lay for lay in layouts() if lay.kind == kind)


def is_xlsx(path: Path) -> bool:
    """A zip package holding a workbook (a .docx is a zip too: it must not be opened as a workbook)."""
    with path.open("rb") as f:
        if f.read(4) != XLSX_MAGIC:
            return False
    try:
        with zipfile.ZipFile(path) as z:
            return "xl/workbook.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def cell_text(value) -> str:
    """A spreadsheet cell as the text the publisher typed: 2 -> '2', 0.5867 -> '0.5867', None -> ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _csv_rows(path: Path, limit: int | None = None) -> list[list[str]]:
    """Rows of a CSV file (header first), or of its first `limit` bytes when sniffing."""
    try:
        if limit is None:
            text, _ = sheets.read_text(path)  # size limit, encodings, NUL characters
        else:
            with path.open("rb") as f:
                raw = f.read(limit)
            if len(raw) == limit:
                raw = raw[:raw.rfind(b"\n") + 1] or raw  # drop a line cut in half by the byte limit
            text = sheets.decode(raw, path.name)
        sheet = sheets.read_csv_text(text, path.name)  # delimiter, row limit, malformed-CSV errors
    except ParseError as exc:
        raise ReferenceFileError(str(exc)) from exc
    return [sheet.header, *sheet.rows] if sheet.header else []


def _sheet_rows(path: Path, prefer: tuple[str, ...] = (), limit: int | None = None):
    """(sheet name, rows of cell text) for each sheet, the `prefer` sheets first; opens the workbook once."""
    import openpyxl

    try:
        limits.check_package(path)  # the zip limits every workbook passes before openpyxl inflates anything
    except ParseError as exc:
        raise ReferenceFileError(str(exc)) from exc
    try:
        # From bytes, not the path: openpyxl refuses a workbook whose name does not end in .xlsx.
        wb = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise ReferenceFileError(f"{path.name}: not a readable .xlsx workbook ({type(exc).__name__}: {exc})") from exc
    try:
        names = sorted(wb.sheetnames, key=lambda n: prefer.index(n) if n in prefer else len(prefer))
        for name in names:
            rows = []
            for row in wb[name].iter_rows(values_only=True, max_row=limit):
                cells = [cell_text(v) for v in row]
                if any(cells):
                    rows.append(cells)
            yield name, rows
    finally:
        wb.close()


def header_candidates(path: Path) -> list[tuple[str, list[str]]]:
    """(sheet or '', header row) pairs a layout may match, read from the first rows only."""
    if is_xlsx(path):
        out = []
        for title, rows in _sheet_rows(path, limit=HEADER_SEARCH_ROWS):
            out += [(title, row) for row in rows]
        return out
    try:
        rows = _csv_rows(path, limit=256 * 1024)
    except OSError as exc:
        raise ReferenceFileError(f"{path.name}: cannot be read ({exc})") from exc
    # A CSV's header is its first non-empty row (every publisher's CSV); only workbooks put titles above it.
    return [("", rows[0])] if rows else []


def read_table(path: Path, kind: str, accept=None, prefer_sheets: tuple[str, ...] = ()) -> tuple[
        Layout, str, dict[str, str], pd.DataFrame]:
    """The first table in `path` whose header matches a `kind` layout (and `accept(header)`).

    Returns (layout, sheet, header -> column map, all cells as text with the source headers).
    """
    tables = _sheet_rows(path, prefer=prefer_sheets) if is_xlsx(path) else [("", _csv_rows(path))]
    for title, rows in tables:
        for pos, header in enumerate(rows[:HEADER_SEARCH_ROWS]):
            for layout in layouts_for(kind):
                mapping = layout.match(header)
                if mapping is None or (accept is not None and not accept(header)):
                    continue
                body = [r + [""] * (len(header) - len(r)) for r in rows[pos + 1:]]
                names = _unique_headers(header)
                frame = pd.DataFrame([r[:len(header)] for r in body], columns=names, dtype=str)
                return layout, title, mapping, frame
    raise ReferenceFileError(f"{path.name}: no table with the {kind} column headers was found")


def _unique_headers(header: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for h in header:
        h = str(h).replace("\ufeff", "").strip()
        n = seen.get(h, 0)
        seen[h] = n + 1
        out.append(h if n == 0 else f"{h}.{n}")
    return out


@lru_cache(maxsize=1)
def sources() -> dict[str, dict[str, str]]:
    """Citation and licence of each source ('msq', 'egdi', 'gtmi', 'unctad'), from data/sources.csv."""
    with SOURCES.open(encoding="utf-8", newline="") as f:
        return {r["source"]: dict(r) for r in csv.DictReader(f)}
