"""The declared schema of every MSQ table: pandera models checked before any row is written."""
from __future__ import annotations

import pandera.pandas as pa

from .catalogue import THEMES
from .records import ANSWERS, BASES


def _all_in(allowed):
    allowed = set(allowed)
    return pa.Check(lambda s: s.map(lambda v: set(v) <= allowed), element_wise=False,
                    error=f"values outside {sorted(allowed)}")


def _is_text_list():
    return pa.Check(lambda s: s.map(lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v)),
                    error="must be a list of text")


ANSWERS_SCHEMA = pa.DataFrameSchema(
    {
        "country_iso3": pa.Column(str, pa.Check.str_matches(r"^[A-Z]{3}$")),
        "country_name": pa.Column(str, pa.Check.str_length(min_value=1)),
        "edition": pa.Column(int, pa.Check.in_range(2001, 2100)),
        "section": pa.Column(str, pa.Check.str_matches(r"^[A-Z]$")),
        "question": pa.Column(int, pa.Check.ge(0)),
        "item": pa.Column(str),
        "themes": pa.Column(object, [_is_text_list(), _all_in(THEMES)]),
        "answer": pa.Column(str, pa.Check.isin(ANSWERS)),
        "basis": pa.Column(str, pa.Check.isin(BASES)),
        "detail": pa.Column(str),
        "links": pa.Column(object, _is_text_list()),
        "document_sha256": pa.Column(str, pa.Check.str_matches(r"^[0-9a-f]{64}$")),
        "is_synthetic": pa.Column(bool),
    },
    unique=["country_iso3", "edition", "question", "item", "document_sha256"],
    strict=True,
    ordered=True,
    checks=[pa.Check(lambda df: ~((df["answer"] == "unknown") & (df["basis"] == "marked")),
                     error="an unknown answer cannot have basis 'marked'")],
)

ANSWER_COLUMNS = list(ANSWERS_SCHEMA.columns)

DDL = """
CREATE TABLE IF NOT EXISTS documents (
    path          VARCHAR NOT NULL,
    sha256        VARCHAR NOT NULL,
    format        VARCHAR,
    loader        VARCHAR,
    country_iso3  VARCHAR,
    edition       INTEGER,
    status        VARCHAR NOT NULL CHECK (status IN ('ok', 'rejected')),
    error         VARCHAR,
    ingested_at   TIMESTAMP NOT NULL,
    is_synthetic  BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (sha256, path)
);
CREATE TABLE IF NOT EXISTS answers (
    country_iso3     VARCHAR NOT NULL CHECK (length(country_iso3) = 3),
    country_name     VARCHAR NOT NULL,
    edition          INTEGER NOT NULL,
    section          VARCHAR NOT NULL,
    question         INTEGER NOT NULL,
    item             VARCHAR NOT NULL,
    themes           VARCHAR[] NOT NULL,
    answer           VARCHAR NOT NULL CHECK (answer IN ('yes', 'no', 'unknown')),
    basis            VARCHAR NOT NULL CHECK (basis IN ('marked', 'inferred', 'none')),
    detail           VARCHAR NOT NULL,
    links            VARCHAR[] NOT NULL,
    document_sha256  VARCHAR NOT NULL,
    is_synthetic     BOOLEAN NOT NULL,
    CHECK (NOT (answer = 'unknown' AND basis = 'marked')),
    PRIMARY KEY (country_iso3, edition, question, item, document_sha256)
);
CREATE TABLE IF NOT EXISTS contacts (
    document_sha256 VARCHAR NOT NULL,
    role            VARCHAR NOT NULL CHECK (role IN ('respondent', 'cio')),
    name            VARCHAR, title VARCHAR, organization VARCHAR, email VARCHAR
);
CREATE TABLE IF NOT EXISTS notes (
    document_sha256 VARCHAR NOT NULL,
    note            VARCHAR NOT NULL
);
-- The one response per country and edition that the dashboard shows: a real response beats a
-- synthetic one, and among equals the most recently ingested file wins. Built from answers, because
-- one online-form export file holds the responses of several countries.
CREATE OR REPLACE VIEW current_documents AS
SELECT country_iso3, edition, document_sha256 AS sha256, path, format, loader, is_synthetic, ingested_at
FROM (
    SELECT k.*, row_number() OVER (
        PARTITION BY k.country_iso3, k.edition
        ORDER BY k.is_synthetic ASC, k.ingested_at DESC, k.document_sha256) AS rn
    FROM (
        SELECT a.country_iso3, a.edition, a.document_sha256, min(d.path) AS path, any_value(d.format) AS format,
               any_value(d.loader) AS loader, bool_and(d.is_synthetic) AS is_synthetic,
               max(d.ingested_at) AS ingested_at
        FROM (SELECT DISTINCT country_iso3, edition, document_sha256 FROM answers) a
        JOIN documents d ON d.sha256 = a.document_sha256 AND d.status = 'ok'
        GROUP BY ALL
    ) k
) WHERE rn = 1;
CREATE OR REPLACE VIEW answers_current AS
SELECT a.* FROM answers a
JOIN current_documents d ON a.document_sha256 = d.sha256
    AND a.country_iso3 = d.country_iso3 AND a.edition = d.edition;
"""
