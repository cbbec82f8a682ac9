"""World Bank GovTech dataset (CG_GTMI_Data sheet, or its columns as CSV) -> tables `gtmi` and `gtmi_scores`."""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..countries import UnknownCountry, to_iso3
from ..paths import DATA
from .files import Parsed, ReferenceFileError, layouts_for, read_table

KIND = "gtmi"
RENAMED = DATA / "gtmi_renamed_columns.csv"
SHEETS = ("CG_GTMI_Data", "GTMI_Data")  # 2020/2022 workbooks, then the 2025 one
CODE_RE = re.compile(r"^I-\d+(\.\d+)*$")
SCORE_COLUMNS = ["gtmi", "cgsi", "psdi", "dcei", "gtei"]
GTMI_COLUMNS = ["country_iso3", "year", "code", "value", "coding", "source_file"]
SCORES_COLUMNS = ["country_iso3", "year", "country_name", "grp", *SCORE_COLUMNS, "collection", "source_file"]
COLLECTION = {"S": "survey", "R": "remote"}


@lru_cache(maxsize=1)
def renamed_columns() -> dict[str, tuple[str, str]]:
    """Columns a known derivative renamed: source column -> (World Bank code, coding)."""
    with RENAMED.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out = {}
    for n, r in enumerate(rows, start=2):
        if not CODE_RE.match(r["code"]) or r["coding"] not in {"wb", "pi_flagship_recoded"}:
            raise ValueError(f"{RENAMED}:{n}: bad code {r['code']!r} or coding {r['coding']!r}")
        out[r["source_column"]] = (r["code"], r["coding"])
    return out


def _score_headers() -> set[str]:
    return {h.casefold() for lay in layouts_for(KIND) for column, headers, _ in lay.columns
            if column in SCORE_COLUMNS for h in headers}


def _has_data(header: list[str]) -> bool:
    # Year + economy code alone is not enough: the IMS-adoption sheet has those too.
    cells = [str(h).strip() for h in header]
    return (any(CODE_RE.match(h) for h in cells) or any(h in renamed_columns() for h in cells)
            or any(h.casefold() in _score_headers() for h in cells))


def matches(header: list[str]) -> bool:
    """True when a header row is the GTMI data layout (year, economy code and I-… or score columns)."""
    return _has_data(header) and any(lay.match(header) is not None for lay in layouts_for(KIND))


def _indicator_columns(columns: list[str]) -> dict[str, tuple[str, str]]:
    out = {c: (c, "wb") for c in columns if CODE_RE.match(c)}
    for c in columns:
        code_coding = renamed_columns().get(c)
        if code_coding and code_coding[0] not in out:
            out[c] = code_coding
    return out


def _resolve_codes(codes: pd.Series, path: Path) -> dict[str, str]:
    out, unknown = {}, []
    for code in codes.unique():
        try:
            out[code] = to_iso3(code)
        except UnknownCountry:
            unknown.append(code)
    if unknown:
        raise ReferenceFileError(f"{path.name}: economy codes not recognised: {sorted(unknown)[:10]}; "
                                 "add them to data/countries_overrides.csv with their ISO3 codes")
    return out


def _scores(df: pd.DataFrame, mapping: dict[str, str]) -> pd.DataFrame:
    present = [c for c in ["grp", *SCORE_COLUMNS, "collection"] if c in mapping.values()]
    if not present:
        return pd.DataFrame(columns=SCORES_COLUMNS)
    by_column = {v: k for k, v in mapping.items()}
    out = df[["country_iso3", "year"]].copy()
    out["country_name"] = (df[by_column["country_name"]].str.strip() if "country_name" in by_column
                           else pd.Series("", index=df.index))
    for column in SCORE_COLUMNS:
        raw = df[by_column[column]] if column in by_column else pd.Series("", index=df.index)
        # ".." and "n/a" mark missing scores in some World Bank sheets: keep them empty, not zero.
        out[column] = pd.to_numeric(raw.str.strip(), errors="coerce")
    grp = df[by_column["grp"]].str.strip().str.upper() if "grp" in by_column else pd.Series("", index=df.index)
    out["grp"] = grp.where(grp.isin(["A", "B", "C", "D"]), None)
    out["collection"] = None
    if "collection" in by_column:
        src = df[by_column["collection"]].str.strip().str.upper()
        out["collection"] = src.map(COLLECTION).astype(object).where(src.isin(COLLECTION), None)
    keep = out[SCORE_COLUMNS].notna().any(axis=1) | out["grp"].notna()
    return out[keep]


def read(path: Path) -> Parsed:
    """Read the GTMI data sheet: every I-… cell kept as text (long), plus scores and groups if present."""
    layout, sheet, mapping, raw = read_table(path, KIND, accept=_has_data, prefer_sheets=SHEETS)
    by_column = {v: k for k, v in mapping.items()}
    year_text = raw[by_column["year"]].fillna("").str.strip().str.replace(r"\.0$", "", regex=True)
    code_text = raw[by_column["country_code"]].fillna("").str.strip().str.upper()
    # Summary, check and footnote rows sit under the data in the workbook; they have no year or code.
    ok = year_text.str.fullmatch(r"(19|20|21)\d\d") & code_text.str.fullmatch(r"[A-Z]{3}")
    notes = []
    if (~ok).sum():
        notes.append(f"{int((~ok).sum())} rows without a year and economy code skipped (summary or notes rows)")
    df = raw[ok].copy()
    if df.empty:
        raise ReferenceFileError(f"{path.name}: no rows with a year and a 3-letter economy code")
    df["year"] = year_text[ok].astype(int)
    iso = _resolve_codes(code_text[ok], path)
    df["country_iso3"] = code_text[ok].map(iso)
    dup = df[df.duplicated(["country_iso3", "year"], keep=False)]
    if len(dup):
        raise ReferenceFileError(f"{path.name}: economies listed twice in one year: "
                                 f"{sorted(set(zip(dup['country_iso3'], dup['year'])))[:5]}")

    indicators = _indicator_columns(list(raw.columns))
    long = df[["country_iso3", "year", *indicators]].melt(
        id_vars=["country_iso3", "year"], var_name="source_column", value_name="value")
    long["code"] = long["source_column"].map(lambda c: indicators[c][0])
    long["coding"] = long["source_column"].map(lambda c: indicators[c][1])
    long["value"] = [v.strip() if isinstance(v, str) else "" for v in long["value"]]
    long["source_file"] = path.name
    recoded = sorted({c for c, (_, coding) in indicators.items() if coding != "wb" or c != indicators[c][0]})
    if recoded:
        notes.append(f"derived columns mapped back to World Bank codes (see data/gtmi_renamed_columns.csv): {recoded}")
    unused = [c for c in raw.columns if c not in indicators and c not in mapping]
    if unused:
        # Includes the respondent's name, organisation and position: personal data, never stored.
        notes.append(f"{len(unused)} other columns not loaded (respondent names, attachments, derived fields)")
    scores = _scores(df, mapping)
    scores["source_file"] = path.name
    return Parsed(kind=KIND, layout=layout.name, sheet=sheet, notes=notes, frames={
        "gtmi": long[GTMI_COLUMNS].reset_index(drop=True),
        "gtmi_scores": scores[SCORES_COLUMNS].reset_index(drop=True),
    })
