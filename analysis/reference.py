"""Read the reference tables (EGDI, evidence, loaded files) for the dashboard and the figures command alike.

A database built before the reference loaders existed, or with no official file loaded, has no such
tables or empty ones: every reader then returns an empty frame with the same columns, never an error.
"""
from __future__ import annotations

import pandas as pd

EGDI_COLUMNS = {"country_iso3": str, "country_name": str, "year": "int64", "egdi_rank": "Int64",
                "egdi": float, "epi": float, "osi": float, "hci": float, "tii": float, "source_file": str}
EVIDENCE_COLUMNS = {"country_iso3": str, "year": "int64", "source": str, "indicator": str, "answer": str,
                    "raw_value": str, "detail": str, "link": str, "is_synthetic": bool}
FILES_COLUMNS = {"source_file": str, "kind": str, "layout": str, "n_rows": "int64", "ingested_at": "datetime64[ns]"}
# The independent sources of the evidence table (the MSQ is the self-report they are set beside).
INDEPENDENT = ("gtmi", "unctad")


def _empty(columns: dict) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})


def has_table(con, name: str) -> bool:
    """True when the database has a table or view of this name."""
    return con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                       [name]).fetchone()[0] > 0


def _read(con, table: str, columns: dict, order: str) -> pd.DataFrame:
    if not has_table(con, table):
        return _empty(columns)
    df = con.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}").df()
    if df.empty:
        return _empty(columns)
    return df.astype(columns)


def read_egdi(con) -> pd.DataFrame:
    """Every EGDI row: country × survey year with rank, index and components (empty indices stay NaN)."""
    return _read(con, "egdi", EGDI_COLUMNS, "country_iso3, year")


def read_evidence(con) -> pd.DataFrame:
    """The evidence table: MSQ, GTMI and UNCTAD rows side by side through the crosswalk."""
    df = _read(con, "evidence", EVIDENCE_COLUMNS, "country_iso3, indicator, source, year")
    for col in ("raw_value", "detail", "link"):
        df[col] = df[col].fillna("")
    return df


def read_files(con) -> pd.DataFrame:
    """The official files loaded (reference_files): name, kind, layout, rows, load time."""
    return _read(con, "reference_files", FILES_COLUMNS, "kind, source_file")


def has_independent(evidence: pd.DataFrame) -> bool:
    """True when the evidence holds GTMI or UNCTAD rows (an official file was loaded), not only MSQ rows."""
    return bool(len(evidence)) and bool(evidence["source"].isin(INDEPENDENT).any())


def unctad_as_of(con):
    """The UNCTAD tracker's publisher's date (data/sources.csv, stored in cyberlaw.as_of), or None when the
    tracker is not loaded or its date was not recorded."""
    if not has_table(con, "cyberlaw"):
        return None
    value = con.execute("SELECT max(as_of) FROM cyberlaw").fetchone()[0]
    return pd.Timestamp(value).date() if value is not None else None


def dates_shown(years: dict, unctad_date) -> dict[str, str]:
    """Each independent source's own date as figures, pages and downloads print it (figures.style.vintage):
    {'gtmi': '2022', 'unctad': 'as of 2026-03-05'}; a source left out is printed as 'date not recorded'."""
    out = {"gtmi": str(years["gtmi"])} if years.get("gtmi") is not None else {}
    if unctad_date is not None and years.get("unctad") is not None:
        out["unctad"] = f"as of {unctad_date.isoformat()}"
    return out
