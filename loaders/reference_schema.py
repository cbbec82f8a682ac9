"""Declared schema of the reference tables (egdi, gtmi, gtmi_scores, cyberlaw, evidence): DuckDB DDL + pandera."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

from .vocab import CYBERLAW_STATUSES, EVIDENCE_ANSWERS, EVIDENCE_SOURCES, GTMI_CODINGS

# Which tables each kind of official file fills (reference_files bookkeeping counts rows over these).
KIND_TABLES = {"egdi": ("egdi",), "gtmi": ("gtmi", "gtmi_scores"), "cyberlaw": ("cyberlaw",)}
# Rows a new load supersedes besides the file's own earlier rows: same partition values.
# () = the whole table (the tracker is one current snapshot; evidence is rebuilt whole).
PARTITIONS: dict[str, tuple[str, ...]] = {
    "egdi": ("year",),
    "gtmi": ("year", "code"),
    "gtmi_scores": ("year",),
    "cyberlaw": (),
    "evidence": (),
}

DDL = """
CREATE TABLE IF NOT EXISTS reference_files (
    source_file  VARCHAR PRIMARY KEY,
    kind         VARCHAR NOT NULL CHECK (kind IN ('egdi', 'gtmi', 'cyberlaw')),
    layout       VARCHAR NOT NULL,
    path         VARCHAR NOT NULL,
    sha256       VARCHAR NOT NULL,
    n_rows       BIGINT NOT NULL,
    years        INTEGER[] NOT NULL,
    ingested_at  TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS egdi (
    country_iso3  VARCHAR NOT NULL CHECK (length(country_iso3) = 3),
    country_name  VARCHAR NOT NULL,
    year          INTEGER NOT NULL CHECK (year BETWEEN 2001 AND 2100),
    egdi_rank     INTEGER CHECK (egdi_rank >= 1),
    egdi          DOUBLE CHECK (egdi BETWEEN 0 AND 1),
    epi           DOUBLE CHECK (epi BETWEEN 0 AND 1),
    osi           DOUBLE CHECK (osi BETWEEN 0 AND 1),
    hci           DOUBLE CHECK (hci BETWEEN 0 AND 1.5),  -- the UN's 2003 file has 1.422 and 1.03
    tii           DOUBLE CHECK (tii BETWEEN 0 AND 1),
    source_file   VARCHAR NOT NULL,
    PRIMARY KEY (country_iso3, year)
);
CREATE TABLE IF NOT EXISTS gtmi (
    country_iso3  VARCHAR NOT NULL CHECK (length(country_iso3) = 3),
    year          INTEGER NOT NULL CHECK (year BETWEEN 2001 AND 2100),
    code          VARCHAR NOT NULL CHECK (regexp_full_match(code, 'I-[0-9]+(\\.[0-9]+)*')),
    value         VARCHAR NOT NULL,
    coding        VARCHAR NOT NULL CHECK (coding IN ('wb', 'pi_flagship_recoded')),
    source_file   VARCHAR NOT NULL,
    PRIMARY KEY (country_iso3, year, code)
);
CREATE TABLE IF NOT EXISTS gtmi_scores (
    country_iso3  VARCHAR NOT NULL CHECK (length(country_iso3) = 3),
    year          INTEGER NOT NULL CHECK (year BETWEEN 2001 AND 2100),
    country_name  VARCHAR NOT NULL,
    grp           VARCHAR CHECK (grp IN ('A', 'B', 'C', 'D')),
    gtmi          DOUBLE CHECK (gtmi BETWEEN 0 AND 1),
    cgsi          DOUBLE CHECK (cgsi BETWEEN 0 AND 1),
    psdi          DOUBLE CHECK (psdi BETWEEN 0 AND 1),
    dcei          DOUBLE CHECK (dcei BETWEEN 0 AND 1),
    gtei          DOUBLE CHECK (gtei BETWEEN 0 AND 1),
    collection    VARCHAR CHECK (collection IN ('survey', 'remote')),
    source_file   VARCHAR NOT NULL,
    PRIMARY KEY (country_iso3, year)
);
CREATE TABLE IF NOT EXISTS cyberlaw (
    country_iso3  VARCHAR NOT NULL CHECK (length(country_iso3) = 3),
    m49           VARCHAR NOT NULL CHECK (regexp_full_match(m49, '[0-9]{3}')),
    country_name  VARCHAR NOT NULL,
    area          VARCHAR NOT NULL,
    status        VARCHAR NOT NULL
                  CHECK (status IN ('Legislation', 'Draft Legislation', 'No Legislation', 'No Data')),
    law_titles    VARCHAR[] NOT NULL,
    law_urls      VARCHAR[] NOT NULL,
    as_of         DATE,  -- the publisher's date (data/sources.csv); NULL: date not recorded
    source_file   VARCHAR NOT NULL,
    PRIMARY KEY (country_iso3, area)
);
-- A store made when as_of held the file's copy date (NOT NULL): an undated tracker is stored as NULL now.
ALTER TABLE cyberlaw ALTER COLUMN as_of DROP NOT NULL;
CREATE TABLE IF NOT EXISTS evidence (
    country_iso3  VARCHAR NOT NULL CHECK (length(country_iso3) = 3),
    year          INTEGER NOT NULL CHECK (year BETWEEN 2001 AND 2100),
    source        VARCHAR NOT NULL CHECK (source IN ('msq', 'gtmi', 'unctad')),
    indicator     VARCHAR NOT NULL,
    answer        VARCHAR NOT NULL CHECK (answer IN ('yes', 'partial', 'no', 'unknown')),
    raw_value     VARCHAR NOT NULL,
    detail        VARCHAR NOT NULL,
    link          VARCHAR NOT NULL,
    is_synthetic  BOOLEAN NOT NULL DEFAULT FALSE,
    CHECK (source = 'msq' OR NOT is_synthetic),
    PRIMARY KEY (country_iso3, year, source, indicator)
);
"""

_ISO3 = pa.Check.str_matches(r"^[A-Z]{3}$")
_YEAR = pa.Check.in_range(2001, 2100)
_UNIT = pa.Check.in_range(0.0, 1.0)


def _text_lists():
    return pa.Check(lambda s: s.map(lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v)),
                    error="must be a list of text")


SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "egdi": pa.DataFrameSchema(
        {
            "country_iso3": pa.Column(str, _ISO3),
            "country_name": pa.Column(str, pa.Check.str_length(min_value=1)),
            "year": pa.Column(int, _YEAR),
            "egdi_rank": pa.Column("Int64", pa.Check.ge(1), nullable=True),
            **{c: pa.Column(float, _UNIT, nullable=True) for c in ("egdi", "epi", "osi", "tii")},
            # The UN's own 2003 file lists HCI 1.422 (Micronesia) and 1.03 (Tuvalu): kept as published.
            "hci": pa.Column(float, pa.Check.in_range(0.0, 1.5), nullable=True),
            "source_file": pa.Column(str, pa.Check.str_length(min_value=1)),
        },
        unique=["country_iso3", "year"], strict=True, ordered=True),
    "gtmi": pa.DataFrameSchema(
        {
            "country_iso3": pa.Column(str, _ISO3),
            "year": pa.Column(int, _YEAR),
            "code": pa.Column(str, pa.Check.str_matches(r"^I-\d+(\.\d+)*$")),
            "value": pa.Column(str),
            "coding": pa.Column(str, pa.Check.isin(GTMI_CODINGS)),
            "source_file": pa.Column(str, pa.Check.str_length(min_value=1)),
        },
        unique=["country_iso3", "year", "code"], strict=True, ordered=True),
    "gtmi_scores": pa.DataFrameSchema(
        {
            "country_iso3": pa.Column(str, _ISO3),
            "year": pa.Column(int, _YEAR),
            "country_name": pa.Column(str),
            "grp": pa.Column(object, pa.Check.isin(["A", "B", "C", "D"]), nullable=True),
            **{c: pa.Column(float, _UNIT, nullable=True) for c in ("gtmi", "cgsi", "psdi", "dcei", "gtei")},
            "collection": pa.Column(object, pa.Check.isin(["survey", "remote"]), nullable=True),
            "source_file": pa.Column(str, pa.Check.str_length(min_value=1)),
        },
        unique=["country_iso3", "year"], strict=True, ordered=True),
    "cyberlaw": pa.DataFrameSchema(
        {
            "country_iso3": pa.Column(str, _ISO3),
            "m49": pa.Column(str, pa.Check.str_matches(r"^\d{3}$")),
            "country_name": pa.Column(str, pa.Check.str_length(min_value=1)),
            "area": pa.Column(str, pa.Check.str_length(min_value=1)),
            "status": pa.Column(str, pa.Check.isin(CYBERLAW_STATUSES)),
            "law_titles": pa.Column(object, _text_lists()),
            "law_urls": pa.Column(object, _text_lists()),
            "as_of": pa.Column(object, nullable=True),
            "source_file": pa.Column(str, pa.Check.str_length(min_value=1)),
        },
        unique=["country_iso3", "area"], strict=True, ordered=True),
    "evidence": pa.DataFrameSchema(
        {
            "country_iso3": pa.Column(str, _ISO3),
            "year": pa.Column(int, _YEAR),
            "source": pa.Column(str, pa.Check.isin(EVIDENCE_SOURCES)),
            "indicator": pa.Column(str, pa.Check.str_matches(r"^[a-z][a-z0-9_]*$")),
            "answer": pa.Column(str, pa.Check.isin(EVIDENCE_ANSWERS)),
            "raw_value": pa.Column(str),
            "detail": pa.Column(str),
            "link": pa.Column(str, pa.Check(lambda s: (s == "") | s.str.match(r"^https?://"),
                                            error="a link is empty or starts with http(s)://")),
            "is_synthetic": pa.Column(bool),
        },
        unique=["country_iso3", "year", "source", "indicator"], strict=True, ordered=True,
        checks=[pa.Check(lambda df: (df["source"] == "msq") | ~df["is_synthetic"],
                         error="only questionnaire rows can be synthetic")]),
}
COLUMNS = {table: list(schema.columns) for table, schema in SCHEMAS.items()}


class TableWriteError(ValueError):
    """Rows that break a table's schema, or a write that the database refused (nothing was written)."""


@dataclass(frozen=True)
class Replacement:
    """New rows for one table; they replace the same source file's rows and the rows of their partition."""

    table: str
    frame: pd.DataFrame
    source_file: str | None = None  # None: the table has no source_file column (evidence)


def validate(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The frame checked against the table's pandera schema; raises TableWriteError naming the failures."""
    if frame.empty:
        # No rows, nothing to check but the columns (an empty frame's dtypes are whatever pandas guessed).
        if list(frame.columns) != COLUMNS[table]:
            raise TableWriteError(f"table {table}: columns {list(frame.columns)} != {COLUMNS[table]}")
        return frame
    try:
        return SCHEMAS[table].validate(frame, lazy=True)
    except (pa.errors.SchemaErrors, pa.errors.SchemaError) as exc:
        cases = getattr(exc, "failure_cases", None)
        summary = (cases[["column", "check", "failure_case"]].drop_duplicates().head(8).to_dict("records")
                   if cases is not None else str(exc))
        raise TableWriteError(f"table {table}: rows break the schema: {summary}") from exc
