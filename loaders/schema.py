"""The declared schema of every MSQ table: pandera models checked before any row is written."""
from __future__ import annotations

import pandera.pandas as pa

from .catalogue import THEMES
from .vocab import ANSWERS, BASES, CONTACT_ROLES, DOCUMENT_STATUSES, sql_in


def _all_in(allowed):
    allowed = set(allowed)
    return pa.Check(lambda s: s.map(lambda v: set(v) <= allowed), element_wise=False,
                    error=f"values outside {sorted(allowed)}")


def _is_text_list():
    return pa.Check(lambda s: s.map(lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v)),
                    error="must be a list of text")


# The longest `answers.evidence` kept: the words that decided a reading are a short span; a longer one
# (a reader quoting a whole paragraph) is shortened by bounded_evidence(), never refused.
EVIDENCE_MAX = 300


def bounded_evidence(value: str | None) -> str | None:
    """`value` cut to EVIDENCE_MAX characters with an ellipsis (its closing quote kept); empty -> None."""
    if value is None or (isinstance(value, float) and value != value):  # None or NaN: no evidence
        return None
    text = " ".join(str(value).split())
    if not text:
        return None
    if len(text) <= EVIDENCE_MAX:
        return text
    close = "'" if text.endswith("'") else ""
    return text[: EVIDENCE_MAX - 1 - len(close)].rstrip() + "…" + close


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
        "flag": pa.Column(str, pa.Check.str_length(min_value=1, max_value=200), nullable=True),
        "evidence": pa.Column(str, pa.Check.str_length(min_value=1, max_value=EVIDENCE_MAX), nullable=True),
    },
    unique=["country_iso3", "edition", "question", "item", "document_sha256"],
    strict=True,
    ordered=True,
    checks=[pa.Check(lambda df: ~((df["answer"] == "unknown") & (df["basis"] == "marked")),
                     error="an unknown answer cannot have basis 'marked'")],
)

ANSWER_COLUMNS = list(ANSWERS_SCHEMA.columns)

CORRECTIONS_SCHEMA = pa.DataFrameSchema(
    {
        "edition": pa.Column(int, pa.Check.in_range(2001, 2100)),
        "country_iso3": pa.Column(str, pa.Check.str_matches(r"^[A-Z]{3}$")),
        "question": pa.Column(int, pa.Check.ge(0)),
        "item": pa.Column(str),
        "answer": pa.Column(str, pa.Check.isin(ANSWERS)),
        "reason": pa.Column(str, pa.Check.str_length(min_value=1)),
        "reviewed_by": pa.Column(str),
        "reviewed_at": pa.Column(str),
        "document_sha256": pa.Column(str, pa.Check.str_matches(r"^[0-9a-f]{64}$")),
    },
    unique=["edition", "country_iso3", "question", "item", "document_sha256"],
    strict=True,
    ordered=True,
)
CORRECTION_COLUMNS = list(CORRECTIONS_SCHEMA.columns)

_ANSWERS_IN = sql_in(ANSWERS)
DDL = f"""
CREATE TABLE IF NOT EXISTS documents (
    path          VARCHAR NOT NULL,
    sha256        VARCHAR NOT NULL,
    format        VARCHAR,
    loader        VARCHAR,
    country_iso3  VARCHAR,
    edition       INTEGER,
    status        VARCHAR NOT NULL CHECK (status IN {sql_in(DOCUMENT_STATUSES)}),
    error         VARCHAR,
    ingested_at   TIMESTAMP NOT NULL,
    is_synthetic  BOOLEAN NOT NULL DEFAULT FALSE,
    -- Versions: the document's own date (form completion time, a date on the form) when it has one,
    -- the ingest run that last submitted it, and its place in that run (files of one run are taken in
    -- the order of their modification time, never of their path).
    submitted_at  TIMESTAMP,
    ingest_run    BIGINT NOT NULL DEFAULT 0,
    ingest_order  BIGINT NOT NULL DEFAULT 0,
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
    answer           VARCHAR NOT NULL CHECK (answer IN {_ANSWERS_IN}),
    basis            VARCHAR NOT NULL CHECK (basis IN {sql_in(BASES)}),
    detail           VARCHAR NOT NULL,
    links            VARCHAR[] NOT NULL,
    document_sha256  VARCHAR NOT NULL,
    is_synthetic     BOOLEAN NOT NULL,
    flag             VARCHAR,
    evidence         VARCHAR,
    CHECK (NOT (answer = 'unknown' AND basis = 'marked')),
    PRIMARY KEY (country_iso3, edition, question, item, document_sha256)
);
-- Migration: a database made before answers carried their evidence gets the column (NULL for the rows it
-- holds) on its next write; the views below name it, so this must come before them.
ALTER TABLE answers ADD COLUMN IF NOT EXISTS evidence VARCHAR;
CREATE TABLE IF NOT EXISTS contacts (
    document_sha256 VARCHAR NOT NULL,
    role            VARCHAR NOT NULL CHECK (role IN {sql_in(CONTACT_ROLES)}),
    name            VARCHAR, title VARCHAR, organization VARCHAR, email VARCHAR
);
CREATE TABLE IF NOT EXISTS notes (
    document_sha256 VARCHAR NOT NULL,
    note            VARCHAR NOT NULL
);
-- Analysts' corrections, loaded from the corrections file (data/corrections.csv) at every ingest and
-- build: the file is the source of truth, this table its copy. A correction names the document it was
-- made for; it applies to that document only.
CREATE TABLE IF NOT EXISTS corrections (
    edition          INTEGER NOT NULL,
    country_iso3     VARCHAR NOT NULL CHECK (length(country_iso3) = 3),
    question         INTEGER NOT NULL,
    item             VARCHAR NOT NULL,
    answer           VARCHAR NOT NULL CHECK (answer IN {_ANSWERS_IN}),
    reason           VARCHAR NOT NULL CHECK (length(reason) > 0),
    reviewed_by      VARCHAR NOT NULL,
    reviewed_at      VARCHAR NOT NULL,
    document_sha256  VARCHAR NOT NULL,
    PRIMARY KEY (edition, country_iso3, question, item, document_sha256)
);
-- Every version of each country's response, newest first: a real response beats a synthetic one; then
-- the latest ingest run; within a run the document's own date, then the order of ingestion. Built from
-- answers, because one online-form export file holds the responses of several countries.
CREATE OR REPLACE VIEW response_versions AS
SELECT k.*, row_number() OVER (
        PARTITION BY k.country_iso3, k.edition
        ORDER BY k.is_synthetic ASC, k.ingest_run DESC, k.submitted_at DESC NULLS LAST, k.ingest_order DESC,
                 k.sha256) AS version_rank
FROM (
    SELECT a.country_iso3, a.edition, a.document_sha256 AS sha256, min(d.path) AS path,
           any_value(d.format) AS format, any_value(d.loader) AS loader, bool_and(d.is_synthetic) AS is_synthetic,
           max(d.ingested_at) AS ingested_at, max(d.submitted_at) AS submitted_at,
           max(d.ingest_run) AS ingest_run, max(d.ingest_order) AS ingest_order
    FROM (SELECT DISTINCT country_iso3, edition, document_sha256 FROM answers) a
    JOIN documents d ON d.sha256 = a.document_sha256 AND d.status = 'ok'
    GROUP BY ALL
) k;
-- The one response per country and edition that the dashboard shows (version_rank 1).
CREATE OR REPLACE VIEW current_documents AS
SELECT country_iso3, edition, sha256, path, format, loader, is_synthetic, ingested_at, submitted_at
FROM response_versions WHERE version_rank = 1;
-- The current answers, with analysts' decisions applied. A decision names the answer the analyst holds
-- right: when it equals the document's reading it CONFIRMS it (answer and basis kept, reviewed_by /
-- reviewed_at / review_reason set), otherwise it CORRECTS it (basis 'corrected', the reading kept in
-- original_answer / original_basis, corrected_by / corrected_at / correction_reason set too). When an item
-- of a question with sub-items is corrected, the question's roll-up row is recomputed by the reader's rule
-- (yes if any item is yes, no if every item is no, else unknown), and marked corrected only if that
-- changes it. The flag stays on the row: a reviewed flag is settled, not removed.
CREATE OR REPLACE VIEW answers_current AS
WITH cur AS (
    SELECT a.*, c.answer AS c_answer, c.reason AS c_reason, c.reviewed_by AS c_by, c.reviewed_at AS c_at,
           coalesce(c.answer <> a.answer, FALSE) AS c_changes
    FROM answers a
    JOIN current_documents d ON a.document_sha256 = d.sha256
        AND a.country_iso3 = d.country_iso3 AND a.edition = d.edition
    LEFT JOIN corrections c ON c.document_sha256 = a.document_sha256 AND c.country_iso3 = a.country_iso3
        AND c.edition = a.edition AND c.question = a.question AND c.item = a.item
), items AS (
    SELECT document_sha256, country_iso3, edition, question,
           bool_or(coalesce(c_answer, answer) = 'yes') AS any_yes,
           bool_and(coalesce(c_answer, answer) = 'no') AS all_no
    FROM cur WHERE item <> ''
    GROUP BY ALL
    HAVING bool_or(c_changes)
), rolled AS (
    SELECT cur.*, CASE WHEN i.question IS NULL THEN NULL WHEN i.any_yes THEN 'yes' WHEN i.all_no THEN 'no'
                       ELSE 'unknown' END AS rolled_answer
    FROM cur LEFT JOIN items i ON i.document_sha256 = cur.document_sha256 AND i.country_iso3 = cur.country_iso3
        AND i.edition = cur.edition AND i.question = cur.question
        AND cur.item = '' AND NOT cur.c_changes
), decided AS (
    SELECT *, (rolled_answer IS NOT NULL AND rolled_answer <> answer) AS re_rolled FROM rolled
)
SELECT country_iso3, country_name, edition, section, question, item, themes,
       CASE WHEN re_rolled THEN rolled_answer ELSE coalesce(c_answer, answer) END AS answer,
       CASE WHEN c_changes OR re_rolled THEN 'corrected' ELSE basis END AS basis,
       detail, links, document_sha256, is_synthetic, flag, evidence,
       answer AS original_answer, basis AS original_basis,
       CASE WHEN re_rolled THEN 'recomputed from its corrected sub-items' WHEN c_changes THEN c_reason END
           AS correction_reason,
       CASE WHEN c_changes THEN c_by END AS corrected_by, CASE WHEN c_changes THEN c_at END AS corrected_at,
       c_by AS reviewed_by, c_at AS reviewed_at, c_reason AS review_reason,
       CASE WHEN c_changes THEN 'corrected' WHEN c_answer IS NOT NULL THEN 'confirmed' END AS review
FROM decided;
-- Corrections made for a document that is no longer the current one (a newer version superseded it,
-- or it was never ingested here): shown for re-review, never applied to text they were not made for.
CREATE OR REPLACE VIEW corrections_stale AS
SELECT c.*, d.sha256 AS current_sha256,
       CASE WHEN d.sha256 IS NULL THEN 'no current response for this country and edition'
            ELSE 'made for an earlier version of the response' END AS why
FROM corrections c
LEFT JOIN current_documents d ON d.country_iso3 = c.country_iso3 AND d.edition = c.edition
WHERE d.sha256 IS NULL OR d.sha256 <> c.document_sha256;
"""
