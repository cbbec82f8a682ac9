"""Every read of the store the pages, figures and commands make: the one module that holds their SQL.

Each function takes a reader: a connection from `reading(db)` (the store's read-only reader,
loaders.store.open_reader) or a cursor of one (the dashboard's cached layer, ui.data, shares one reader
per published version). The store's writer (loaders.store) keeps its own SQL: schema, migrations, the
writes and the reads it makes while writing; ingest-time reads of the writer stay in loaders.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import PurePosixPath

import duckdb
import pandas as pd

from analysis import review
from loaders import catalogue, countries, paths, store

VERSIONS = ("current", "superseded")  # the `version` of an answer row: the response shown, or an earlier one


@contextmanager
def reading(db: str | os.PathLike) -> Iterator[duckdb.DuckDBPyConnection]:
    """The store's read-only reader of the database as published now, closed on leaving the block.

    Raises FileNotFoundError (no database) or loaders.store.NotADatabase (not a DuckDB file).
    """
    con = store.open_reader(db)
    try:
        yield con
    finally:
        con.close()


def has_table(con, name: str) -> bool:
    """True when the database has a table or view of this name."""
    return con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                       [name]).fetchone()[0] > 0


# ---------------------------------------------------------------- answers and contacts

# Columns of every answers frame read here (answers()): the answers_current view plus what answers() joins on.
INPUT_COLUMNS = ["country_iso3", "country_name", "edition", "section", "question", "item", "themes",
                 "answer", "basis", "original_answer", "original_basis", "correction_reason", "flag",
                 "evidence", "reviewed_by", "reviewed_at", "review_reason", "review", "corrected_by",
                 "corrected_at", "detail", "links", "document_sha256", "is_synthetic",
                 "region", "sub_region", "label", "document_path", "version"]
# Text columns of answers_current that are empty ('') rather than missing in every frame read here.
_EMPTY_AS_TEXT = ("flag", "correction_reason", "evidence", "reviewed_by", "reviewed_at", "review_reason",
                  "review", "corrected_by", "corrected_at")


_CURRENT_SQL = """
    SELECT a.*, d.path AS document_path, 'current' AS version
    FROM answers_current a
    JOIN current_documents d ON a.document_sha256 = d.sha256
        AND a.country_iso3 = d.country_iso3 AND a.edition = d.edition
"""
# Earlier versions of a response (and synthetic ones a real response replaced), each with the corrections
# made for that very document: a correction is never carried over to a version it was not made for.
_SUPERSEDED_SQL = """
    SELECT a.country_iso3, a.country_name, a.edition, a.section, a.question, a.item, a.themes,
           coalesce(c.answer, a.answer) AS answer,
           CASE WHEN coalesce(c.answer <> a.answer, FALSE) THEN 'corrected' ELSE a.basis END AS basis,
           a.detail, a.links, a.document_sha256, a.is_synthetic, a.flag, a.evidence,
           a.answer AS original_answer, a.basis AS original_basis,
           CASE WHEN c.answer <> a.answer THEN c.reason END AS correction_reason,
           CASE WHEN c.answer <> a.answer THEN c.reviewed_by END AS corrected_by,
           CASE WHEN c.answer <> a.answer THEN c.reviewed_at END AS corrected_at,
           c.reviewed_by, c.reviewed_at, c.reason AS review_reason,
           CASE WHEN c.answer <> a.answer THEN 'corrected' WHEN c.answer IS NOT NULL THEN 'confirmed' END AS review,
           v.path AS document_path, 'superseded' AS version
    FROM answers a
    JOIN response_versions v ON v.sha256 = a.document_sha256
        AND v.country_iso3 = a.country_iso3 AND v.edition = a.edition AND v.version_rank > 1
    LEFT JOIN corrections c ON c.document_sha256 = a.document_sha256 AND c.country_iso3 = a.country_iso3
        AND c.edition = a.edition AND c.question = a.question AND c.item = a.item
"""


def answers(con, *, include_superseded: bool = False) -> pd.DataFrame:
    """answers_current + document path + catalogue label + UN M49 region, in questionnaire order.

    The dashboard, the export command and the figures command all call this, so a page, a scripted export
    and a chapter figure see identical rows. `include_superseded` adds the
    rows of every earlier version of each response (column `version`: current | superseded).
    """
    superseded = _SUPERSEDED_SQL
    if include_superseded and "evidence" not in con.execute("SELECT * FROM answers LIMIT 0").df().columns:
        superseded = superseded.replace("a.evidence,", "NULL AS evidence,")  # not migrated yet (next write)
    sql = _CURRENT_SQL + (f" UNION ALL BY NAME {superseded}" if include_superseded else "")
    df = con.execute(sql).df()
    for col in _EMPTY_AS_TEXT:  # a database not yet migrated lacks the newer columns until its next write
        if col not in df.columns:
            df[col] = None
    df["edition"] = df["edition"].astype("int64")
    df["question"] = df["question"].astype("int64")
    df["is_synthetic"] = df["is_synthetic"].astype(bool)
    # One path per document: work each out once, not once per answer row (about 0.5 s for 12,500 rows).
    df["document_path"] = df["document_path"].map({p: _project_relative(p) for p in df["document_path"].unique()})
    # DuckDB hands lists back as numpy arrays; plain lists compare and join predictably.
    for col in ("themes", "links"):
        df[col] = df[col].map(lambda v: [str(x) for x in v] if v is not None else [])
    df = df.merge(_catalogue_order(df["edition"].unique()), on=["edition", "question", "item"], how="left")
    df["label"] = df["label"].fillna("")
    regions = pd.DataFrame([countries.info(iso3) for iso3 in sorted(df["country_iso3"].unique())],
                           columns=["country_iso3", "country_name", "region", "sub_region"])
    df = df.merge(regions.drop(columns="country_name"), on="country_iso3", how="left")
    for col in _EMPTY_AS_TEXT:
        df[col] = df[col].astype(object).where(df[col].notna(), "")
    df["version_order"] = df["version"].map({v: i for i, v in enumerate(VERSIONS)})
    df = df.sort_values(["edition", "country_iso3", "version_order", "document_sha256", "position", "question",
                         "item"], na_position="last")
    return df.drop(columns=["position", "version_order"]).reset_index(drop=True)[INPUT_COLUMNS]


def _project_relative(path: str) -> str:
    """A stored path as the project sees it (data/responses/...), so no download shows a home folder."""
    try:
        return PurePosixPath(path).relative_to(PurePosixPath(paths.ROOT)).as_posix()
    except ValueError:  # outside the project (a test store, an upload folder): keep the file name only
        return PurePosixPath(path).name if PurePosixPath(path).is_absolute() else path


def contacts(con, *, include_superseded: bool = False) -> pd.DataFrame:
    """Named officials of the current documents (personal data: pass to export_frame only on request)."""
    versions = "response_versions" if include_superseded else "current_documents"
    return con.execute(
        f"""
        SELECT c.document_sha256, c.role, c.name, c.title, c.organization, c.email
        FROM contacts c WHERE c.document_sha256 IN (SELECT sha256 FROM {versions})
        """
    ).df()


def _catalogue_order(editions: Iterable) -> pd.DataFrame:
    frames = []
    for edition in editions:
        try:
            cat = catalogue.frame(int(edition))
        except FileNotFoundError:  # an edition without a catalogue still exports, just without labels
            continue
        frames.append(cat.assign(position=range(len(cat)))[["edition", "question", "item", "label", "position"]])
    if not frames:
        return pd.DataFrame({"edition": pd.Series(dtype="int64"), "question": pd.Series(dtype="int64"),
                             "item": pd.Series(dtype=str), "label": pd.Series(dtype=str),
                             "position": pd.Series(dtype="int64")})
    out = pd.concat(frames, ignore_index=True)
    return out.astype({"edition": "int64", "question": "int64"})


def contacts_of(con, document_sha256s: Iterable[str]) -> pd.DataFrame:
    """Named officials of the given documents, by role (personal data: read only when a user asked for it)."""
    shas = sorted(set(document_sha256s))
    if not shas:
        return pd.DataFrame(columns=["document_sha256", "role", "name", "title", "organization", "email"])
    marks = ", ".join("?" for _ in shas)
    return con.execute("SELECT document_sha256, role, name, title, organization, email FROM contacts "
                       f"WHERE document_sha256 IN ({marks}) ORDER BY role", shas).df()


def review_columns(con, columns: Iterable[str]) -> pd.DataFrame:
    """answers_current's keys with the given review columns (flag, original_answer, correction_reason)."""
    return con.execute("SELECT country_iso3, edition, question, item, " + ", ".join(columns)
                       + " FROM answers_current").df()


def current_answers(con) -> pd.DataFrame:
    """The answers_current view as stored (no labels or regions): what the coverage commands count."""
    return con.execute("SELECT * FROM answers_current").df()


def editions(con) -> list[int]:
    """Editions with current answers, newest first."""
    return [int(r[0]) for r in con.execute("SELECT DISTINCT edition FROM answers_current ORDER BY 1 DESC").fetchall()]


def stored_answer(con, sha256: str, iso3: str, edition: int, question: int, item: str) -> tuple | None:
    """(answer, basis) one document gives one question, as read (before any correction), or None."""
    return con.execute(
        "SELECT answer, basis FROM answers WHERE document_sha256 = ? AND country_iso3 = ? AND edition = ? "
        "AND question = ? AND item = ?", [sha256, iso3, edition, question, item]).fetchone()


# ---------------------------------------------------------------- documents and versions

def documents(con) -> pd.DataFrame:
    """Every ingested file, ok or rejected, with its error message, oldest first."""
    return con.execute("SELECT path, sha256, format, loader, country_iso3, edition, status, error, "
                       "ingested_at, is_synthetic FROM documents ORDER BY ingested_at").df()


def current_documents(con) -> pd.DataFrame:
    """The document shown for each country and edition: country_iso3, edition, sha256, path."""
    return con.execute("SELECT country_iso3, edition, sha256, path FROM current_documents "
                       "ORDER BY edition, country_iso3").df()


def response_versions(con) -> pd.DataFrame:
    """Every loaded document of every response, ranked (1 = the one shown), paths as the project sees them."""
    df = con.execute("SELECT country_iso3, edition, version_rank, path, format, is_synthetic, submitted_at, "
                     "ingested_at, sha256 FROM response_versions ORDER BY country_iso3, edition, version_rank").df()
    root = str(paths.ROOT).rstrip("/") + "/"
    df["path"] = df["path"].map(lambda p: p[len(root):] if isinstance(p, str) and p.startswith(root) else p)
    return df


def newest_ingest(con) -> pd.Timestamp | None:
    """When the newest document that was read was ingested: the 'data as of' of the figures command."""
    return con.execute("SELECT max(ingested_at) FROM documents WHERE status = 'ok'").fetchone()[0]


def has_synthetic(con) -> bool:
    """True once a synthetic demo document is stored."""
    return bool(con.execute("SELECT count(*) FROM documents WHERE is_synthetic").fetchone()[0])


def has_real_evidence(con) -> bool:
    """True once an official source (GTMI, UNCTAD, EGDI) has rows or a real response is loaded."""
    for table in ("gtmi", "cyberlaw", "egdi"):
        if has_table(con, table) and con.execute(f"SELECT count(*) > 0 FROM {table}").fetchone()[0]:
            return True
    return bool(con.execute("SELECT count(*) > 0 FROM documents WHERE status = 'ok' AND NOT is_synthetic "
                            "AND country_iso3 IS NOT NULL").fetchone()[0])


# ---------------------------------------------------------------- review and corrections

def review_queue(con, countries: tuple[str, ...] = (), edition: int | None = None) -> pd.DataFrame:
    """Answers of the current documents that an analyst should look at: every flagged answer and every
    answer read from the written text (original basis 'inferred'), in questionnaire order, with their
    review status (analysis.review.shape_queue)."""
    sql = """
        SELECT a.*, d.path AS document_path
        FROM answers_current a
        JOIN current_documents d ON d.sha256 = a.document_sha256
            AND d.country_iso3 = a.country_iso3 AND d.edition = a.edition
        WHERE (a.flag IS NOT NULL OR a.original_basis = 'inferred')
    """
    params: list = []
    if countries:
        sql += f" AND a.country_iso3 IN ({', '.join('?' for _ in countries)})"
        params += list(countries)
    if edition is not None:
        sql += " AND a.edition = ?"
        params.append(int(edition))
    return review.shape_queue(con.execute(sql, params).df())


def stale_corrections(con) -> pd.DataFrame:
    """Corrections made for a document that is not the current one: to review again, never applied."""
    df = con.execute(f"SELECT {', '.join(review.STALE_COLUMNS)} FROM corrections_stale "
                     "ORDER BY edition, country_iso3, question, item").df()
    return df.astype({"edition": "int64", "question": "int64"})


# ---------------------------------------------------------------- the reference tables (EGDI, evidence)
# A database built before the reference loaders existed, or with no official file loaded, has no such
# tables or empty ones: every reader then returns an empty frame with the same columns, never an error.

EGDI_COLUMNS = {"country_iso3": str, "country_name": str, "year": "int64", "egdi_rank": "Int64",
                "egdi": float, "epi": float, "osi": float, "hci": float, "tii": float, "source_file": str}
EVIDENCE_COLUMNS = {"country_iso3": str, "year": "int64", "source": str, "indicator": str, "answer": str,
                    "raw_value": str, "detail": str, "link": str, "is_synthetic": bool}
FILES_COLUMNS = {"source_file": str, "kind": str, "layout": str, "n_rows": "int64", "ingested_at": "datetime64[ns]"}


def _empty(columns: dict) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})


def _table(con, table: str, columns: dict, order: str) -> pd.DataFrame:
    if not has_table(con, table):
        return _empty(columns)
    df = con.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}").df()
    if df.empty:
        return _empty(columns)
    return df.astype(columns)


def egdi(con) -> pd.DataFrame:
    """Every EGDI row: country × survey year with rank, index and components (empty indices stay NaN)."""
    return _table(con, "egdi", EGDI_COLUMNS, "country_iso3, year")


def evidence(con) -> pd.DataFrame:
    """The evidence table: MSQ, GTMI and UNCTAD rows side by side through the crosswalk."""
    df = _table(con, "evidence", EVIDENCE_COLUMNS, "country_iso3, indicator, source, year")
    for col in ("raw_value", "detail", "link"):
        df[col] = df[col].fillna("")
    return df


def reference_files(con) -> pd.DataFrame:
    """The official files loaded (reference_files): name, kind, layout, rows, load time."""
    return _table(con, "reference_files", FILES_COLUMNS, "kind, source_file")


def unctad_as_of(con) -> date | None:
    """The UNCTAD tracker's publisher's date (data/sources.csv, stored in cyberlaw.as_of), or None when the
    tracker is not loaded or its date was not recorded."""
    if not has_table(con, "cyberlaw"):
        return None
    value = con.execute("SELECT max(as_of) FROM cyberlaw").fetchone()[0]
    return pd.Timestamp(value).date() if value is not None else None
