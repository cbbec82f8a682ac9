"""The app's one data-access module: short-lived read-only DuckDB readers and DataFrames cached per store version.

Pages call these functions (public ones only) and never open the database themselves; every query is one of
analysis.queries (the one read path of pages, figures and commands), run on a cursor of the store's reader.
The store's writer publishes every change by replacing the database file atomically (loaders.store), so the
app never blocks a writer: one read-only reader per published version is shared by all sessions (a cursor
per query, because a DuckDB connection is not thread-safe while cursors are), and every cached frame is
keyed by the version (path, inode, mtime). A new ingest, build or correction shows on the next rerun,
without a restart.
"""
from __future__ import annotations

import dataclasses
import sys
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from analysis import agreement as _agreement_rules
from analysis import filters, queries
from analysis import finder as _finder_rules
from analysis import reference as _reference
from analysis import source_grid as _grid
from analysis.coverage import coverage as _coverage
from analysis.filters import Filters, apply, places, theme_rows
from loaders import catalogue, paths, store
from loaders import countries as _countries

from .tables import question_columns

DbKey = tuple[str, int, int]


class DatabaseUnavailable(RuntimeError):
    """The database file is missing or cannot be opened; the message says what to do."""


def db_file() -> Path:
    """The database the app reads: $MSQ_DB, else data/msq.duckdb."""
    return paths.db_path()


def ensure_database() -> str | None:
    """First start: build the real data now and the demo corpus in the background; an error message or None.

    Only the real responses and reference files are read before the first page (seconds); the synthetic
    demo corpus is added by a detached process and shows on a later rerun (see background_writer).
    """
    path = db_file()
    if path.exists():
        return None
    from synthetic import demo_corpus  # real data now, the demo corpus by a detached process; first build only

    try:
        with st.spinner(f"First start: building the database {path.name} from the real responses and "
                        "reference files in data/ (a few seconds)…"):
            demo_corpus.ensure_database(path)
    except store.StoreBusy as exc:
        return str(exc)
    except Exception as exc:  # a failed build must not leave the user with a traceback only
        return (f"Building the database {path} failed ({type(exc).__name__}). Run `python -m loaders build` "
                "in a terminal to see the full report.")
    return None


def background_writer() -> dict | None:
    """The process writing the database now ({"pid", "purpose", "since"}), e.g. the demo corpus after a first
    start, or None. Its change shows on the first rerun after it publishes (every cache is keyed by db_key)."""
    held = store.holder(db_file())
    demo = sys.modules.get("synthetic.demo_corpus")  # loaded only in a server that built the database
    if held is None and demo is not None and demo.demo_running():  # started, not yet holding the lock
        return {"pid": None, "purpose": demo.DEMO_PURPOSE, "since": None}
    return held


def db_key() -> DbKey:
    """The published version of the database file: the cache key of every query below."""
    path = db_file()
    try:
        return store.version(path)
    except FileNotFoundError:
        raise DatabaseUnavailable(
            f"No database at {path}. Run `python -m loaders build` (or set MSQ_DB to an existing file)."
        ) from None


def _close(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.close()
    except duckdb.Error:
        pass


@st.cache_resource(max_entries=2, on_release=_close, show_spinner=False)
def _connection(path: str, inode: int, mtime_ns: int) -> duckdb.DuckDBPyConnection:
    """One read-only reader per published version, shared by all sessions (cursor per query).

    Two versions are kept so that a query still running on the previous one is not cut off.
    """
    try:
        return store.open_reader(path)
    except (store.NotADatabase, FileNotFoundError, duckdb.Error) as exc:
        raise DatabaseUnavailable(f"Cannot open {path} read-only: {exc}") from exc


def _cursor(key: DbKey) -> duckdb.DuckDBPyConnection:
    cur = _connection(*key).cursor()
    cur.execute("USE msq")  # a cursor starts in the in-memory catalog, not in the attached database
    return cur


def _read_with(key: DbKey, reader, *args):
    """reader(cursor, *args): one of analysis.queries' reads, on a cursor of this version's shared reader."""
    cur = _cursor(key)
    try:
        return reader(cur, *args)
    finally:
        cur.close()


# ------------------------------------------------------------------ cached frames
# Frames are cached with st.cache_resource: st.cache_data would hand every call a fresh copy (a pickle
# round trip, tens of ms for the answers of 193 countries). Callers must not mutate what they get.

@st.cache_resource(max_entries=4, show_spinner=False)
def _answers(key: DbKey) -> pd.DataFrame:
    df = _read_with(key, queries.answers)  # the same rows the export and figures commands read
    cat = _catalogue_columns(tuple(sorted(int(e) for e in df["edition"].unique())))
    df = df.merge(cat, on=["edition", "question", "item"], how="left")
    for col in ("section_title", "printed_number", "answer_type", "question_label", "question_text"):
        df[col] = df[col].fillna("")
    df["region"] = df["region"].fillna("")
    df["sub_region"] = df["sub_region"].fillna("")
    return _with_review_columns(key, df)


REVIEW_COLUMNS = ("flag", "original_answer", "correction_reason")
# How many filter states (and per-state views) the shared caches keep: one entry each, shared by every session.
FILTER_STATES = 16


def _with_review_columns(key: DbKey, df: pd.DataFrame) -> pd.DataFrame:
    """The doubt flag and the correction of each answer (answers_current), for labels on every page."""
    missing = [c for c in REVIEW_COLUMNS if c not in df.columns]
    if missing:
        extra = _read_with(key, queries.review_columns, missing)
        extra["edition"] = extra["edition"].astype("int64")
        extra["question"] = extra["question"].astype("int64")
        df = df.merge(extra, on=["country_iso3", "edition", "question", "item"], how="left")
    for col in REVIEW_COLUMNS:
        df[col] = df[col].fillna("")
    return df


def _catalogue_columns(editions: tuple[int, ...]) -> pd.DataFrame:
    frames = []
    for ed in editions:
        try:
            cat = catalogue.frame(ed)
        except FileNotFoundError:
            continue
        parents = cat[cat["item"] == ""].set_index("question")
        cat = cat.assign(question_label=cat["question"].map(parents["label"]),
                         question_text=cat["question"].map(parents["text"]))
        frames.append(cat[["edition", "question", "item", "section_title", "printed_number", "answer_type",
                           "question_label", "question_text"]])
    if not frames:
        return pd.DataFrame(columns=["edition", "question", "item", "section_title", "printed_number",
                                     "answer_type", "question_label", "question_text"]).astype(
            {"edition": "int64", "question": "int64"})
    return pd.concat(frames, ignore_index=True).astype({"edition": "int64", "question": "int64"})


def answers() -> pd.DataFrame:
    """Every current answer (one document per country and edition, real beats synthetic), with catalogue
    labels and UN M49 region/sub-region. Do not mutate the result."""
    return _answers(db_key())


# One entry per filter state in use, shared by every session (st.cache_resource: no copy per rerun, so the
# frames below are read-only for callers). FILTER_STATES states bound this cache; a state that fell out costs one
# filter pass.
@st.cache_resource(max_entries=FILTER_STATES, show_spinner=False)
def _filtered(key: DbKey, fkey: tuple) -> pd.DataFrame:
    return apply(_answers(key), filters.from_key(fkey)).reset_index(drop=True)


def filtered(f: Filters) -> pd.DataFrame:
    """The answers that pass the filters (analysis.filters.apply: the one definition of filtering)."""
    return _filtered(db_key(), filters.key(f))


@st.cache_resource(max_entries=64, show_spinner=False)
def _coverage_cached(key: DbKey, fkey: tuple, by: str) -> pd.DataFrame:
    return _coverage(_filtered(key, fkey), by=by)


def coverage(f: Filters, by: str = "section") -> pd.DataFrame:
    """Per-country yes/no/unknown counts by section or theme for the filtered answers."""
    return _coverage_cached(db_key(), filters.key(f), by)


@st.cache_resource(max_entries=4, show_spinner=False)
def _documents(key: DbKey) -> pd.DataFrame:
    return _read_with(key, queries.documents)


def documents() -> pd.DataFrame:
    """Every ingested file, ok or rejected, with its error message."""
    return _documents(db_key())


@st.cache_data(max_entries=FILTER_STATES, show_spinner=False)
def _contacts(key: DbKey, shas: tuple[str, ...]) -> pd.DataFrame:
    return _read_with(key, queries.contacts_of, shas)


def contacts(document_sha256s) -> pd.DataFrame:
    """Named officials of the given documents. Personal data: call only after the user asked for it."""
    return _contacts(db_key(), tuple(sorted(set(document_sha256s))))


@st.cache_resource(max_entries=4, show_spinner=False)
def _all_contacts(key: DbKey) -> pd.DataFrame:
    return _read_with(key, queries.contacts)


def all_contacts() -> pd.DataFrame:
    """Contacts of every current document (for the Data page download, only when the user ticks the box)."""
    return _all_contacts(db_key())


@st.cache_resource(max_entries=8, show_spinner=False)
def catalogue_frame(edition: int) -> pd.DataFrame:
    """The question catalogue of one edition."""
    return catalogue.frame(int(edition))


@st.cache_resource(max_entries=4, show_spinner=False)
def _editions(key: DbKey) -> tuple[int, ...]:
    return tuple(sorted({int(e) for e in _answers(key)["edition"].unique()}, reverse=True))


def editions() -> list[int]:
    """Editions with answers loaded, newest first."""
    return list(_editions(db_key()))


@st.cache_resource(max_entries=FILTER_STATES, show_spinner=False)
def _countries_of(key: DbKey, edition: int | None) -> pd.DataFrame:
    df = _answers(key)
    if edition is not None:
        df = df[df["edition"] == edition]
    cols = ["country_iso3", "country_name", "region", "sub_region", "is_synthetic"]
    return df.drop_duplicates("country_iso3")[cols].sort_values("country_name").reset_index(drop=True)


def countries(edition: int | None = None) -> pd.DataFrame:
    """One row per country with a current response: iso3, name, region, sub_region, is_synthetic.
    Do not mutate the result (shared by every session)."""
    return _countries_of(db_key(), None if edition is None else int(edition))


def real_country_count(edition: int | None = None) -> int:
    """Countries whose current response is real (not synthetic demo data)."""
    c = countries(edition)
    return int((~c["is_synthetic"].astype(bool)).sum())


@st.cache_resource(max_entries=4, show_spinner=False)
def _as_of(key: DbKey) -> date | None:
    docs = _documents(key)
    ok = docs[docs["status"] == "ok"]
    if ok.empty:
        return None
    return pd.Timestamp(ok["ingested_at"].max()).date()


def as_of() -> date | None:
    """The date of the newest ingested document: the 'data as of' date on every figure."""
    return _as_of(db_key())


# ------------------------------------------------------------------ real data first, UN membership, versions

@st.cache_data(max_entries=4, show_spinner=False)
def _real_evidence(key: DbKey) -> bool:
    return _read_with(key, queries.has_real_evidence)


def has_real_evidence() -> bool:
    """True once an official source (GTMI, UNCTAD, EGDI) has rows or a real response is loaded: the pages
    then open on real data only, and synthetic demo responses wait until switched on."""
    return _real_evidence(db_key())


@st.cache_resource(max_entries=8, show_spinner=False)
def _world(key: DbKey, others: bool) -> pd.DataFrame:
    ids = set(_countries.un_members())
    if others:  # economies a source covers that are not UN Member States (Taiwan, Hong Kong, Kosovo…)
        ev = _evidence_rows(key)
        ids |= set(ev.loc[ev["source"] != "msq", "country_iso3"]) | set(_egdi(key)["country_iso3"])
        ids |= set(_answers(key)["country_iso3"])
    out = country_info(tuple(sorted(ids)))
    return out.assign(country_name=out["country_name"].where(out["un_member"], out["country_name"] + _grid.NOT_MEMBER))


def world(f: Filters) -> pd.DataFrame:
    """The countries a view lists: the 193 UN Member States (plus other economies a source covers when the
    sidebar asks for them), narrowed by the sidebar's region, sub-region and country choices.
    Columns country_iso3, country_name, region, sub_region, un_member."""
    out = _world(db_key(), not f.members_only)
    return places(out, f).reset_index(drop=True)


@st.cache_resource(max_entries=FILTER_STATES, show_spinner=False)
def _finder(key: DbKey, fkey: tuple, themes: tuple[str, ...]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    f = filters.from_key(fkey)
    rows = theme_rows(_filtered(key, fkey), themes)
    cw = crosswalk()
    edition = f.edition or int(cw["msq_edition"].max())
    ev = _evidence_rows(key)
    years = _grid.source_years(ev, edition)
    indicators = _grid.page_indicators(cw, catalogue_frame(edition), themes, edition)
    shown = rows.drop_duplicates("country_iso3")
    place = world(f)
    place = place.assign(is_synthetic=place["country_iso3"].isin(
        set(shown.loc[shown["is_synthetic"].astype(bool), "country_iso3"])))
    questions = question_columns(rows) if len(rows) else pd.DataFrame(columns=["question", "item", "column"])
    conds = _finder_rules.conditions(questions, indicators, years, edition)
    return conds, _finder_rules.cells(rows, ev, conds, place, years), place


def finder_frames(f: Filters, themes) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(conditions, cells, countries) of the finder across sources for a page's themes (analysis.finder)."""
    return _finder(db_key(), filters.key(f), tuple(themes))


@st.cache_resource(max_entries=FILTER_STATES, show_spinner=False)
def _source_coverage(key: DbKey, fkey: tuple) -> pd.DataFrame:
    f = filters.from_key(fkey)
    place = set(world(f)["country_iso3"])
    ev = _evidence_rows(key)
    edition = f.edition or (max(editions()) if editions() else None)
    years = _grid.source_years(ev, edition) if edition else {"gtmi": None, "unctad": None}
    eg = _egdi(key)
    egdi_year = _agreement_rules.pick_year(eg["year"], edition) if edition and len(eg) else None
    shown = _filtered(key, fkey)
    real = shown.loc[~shown["is_synthetic"].astype(bool), "country_iso3"]
    demo = shown.loc[shown["is_synthetic"].astype(bool), "country_iso3"]
    covered = {
        "msq": (f"MSQ {edition}" if edition else "MSQ", set(real)),
        "gtmi": (f"GTMI {years['gtmi']}" if years["gtmi"] else "GTMI",
                 set(ev.loc[(ev["source"] == "gtmi") & (ev["year"] == years["gtmi"]), "country_iso3"])),
        "unctad": ("UNCTAD Cyberlaw Tracker" + (f", as of {_unctad_as_of(key).isoformat()}" if _unctad_as_of(key)
                                               else ", date not recorded" if years["unctad"] else ""),
                   set(ev.loc[(ev["source"] == "unctad") & (ev["year"] == years["unctad"]), "country_iso3"])),
        "egdi": (f"EGDI {egdi_year}" if egdi_year else "EGDI", set(eg.loc[eg["year"] == egdi_year, "country_iso3"])),
    }
    what = {"msq": "the government's own questionnaire response (self-report)",
            "gtmi": "World Bank GovTech dataset: laws, strategies, platforms (independent)",
            "unctad": "UNCTAD Global Cyberlaw Tracker: e-commerce, data protection, cybercrime laws (independent)",
            "egdi": "UN DESA index scores (EGDI and components)"}
    out = pd.DataFrame([{"source": label, "what it is": what[k], "countries": len(ids & place), "of": len(place),
                         "key": k} for k, (label, ids) in covered.items()])
    if f.include_synthetic:
        extra = pd.DataFrame([{"source": "Synthetic demo responses", "what it is": "generated, not real (†)",
                               "countries": len(set(demo) & place), "of": len(place), "key": "demo"}])
        out = pd.concat([out, extra], ignore_index=True)
    return out


def source_coverage(f: Filters) -> pd.DataFrame:
    """How many of the countries listed (member states in the sidebar's regions) each source covers:
    source, what it is, countries, of, key. The first thing the Overview shows."""
    return _source_coverage(db_key(), filters.key(f))


@st.cache_resource(max_entries=4, show_spinner=False)
def _versions(key: DbKey) -> pd.DataFrame:
    return _read_with(key, queries.response_versions)


def _versions_of(iso3: str, edition: int) -> tuple[pd.DataFrame, bool | None]:
    """Every loaded document of one country's response, and whether the one shown (rank 1) is synthetic."""
    v = _versions(db_key())
    v = v[(v["country_iso3"] == iso3) & (v["edition"] == int(edition))]
    current = v[v["version_rank"] == 1]
    return v, (bool(current["is_synthetic"].iloc[0]) if len(current) else None)


def superseded_versions(iso3: str, edition: int) -> pd.DataFrame:
    """Earlier versions of the response shown, newest first: documents of the same kind only.

    response_versions ranks a real response above every synthetic one, so a demo document gets a rank > 1
    beside a real response; it is not an earlier version of it (real with real, synthetic with synthetic).
    """
    v, synthetic = _versions_of(iso3, edition)
    return v[(v["version_rank"] > 1) & (v["is_synthetic"] == synthetic)].reset_index(drop=True)


def other_kind_versions(iso3: str, edition: int) -> pd.DataFrame:
    """Documents of the other kind loaded for the response shown: the synthetic demo documents beside a
    real response (never its versions; shown apart)."""
    v, synthetic = _versions_of(iso3, edition)
    return v[v["is_synthetic"] != synthetic].reset_index(drop=True) if synthetic is not None else v.iloc[0:0]


# ------------------------------------------------------------------ independent evidence (EGDI, GTMI, UNCTAD)
# A database without the reference tables (built before they existed, or with no official file loaded)
# gives empty frames here: pages then show their empty state instead of failing.

@st.cache_resource(max_entries=4, show_spinner=False)
def _egdi(key: DbKey) -> pd.DataFrame:
    return _read_with(key, queries.egdi)


def egdi() -> pd.DataFrame:
    """UN E-Government Development Index rows: country × survey year, rank, EGDI, OSI, HCI, TII, EPI."""
    return _egdi(db_key())


@st.cache_resource(max_entries=4, show_spinner=False)
def _evidence_rows(key: DbKey) -> pd.DataFrame:
    return _read_with(key, queries.evidence)


def evidence() -> pd.DataFrame:
    """The evidence table: one row per country × year × source (msq, gtmi, unctad) × crosswalk indicator."""
    return _evidence_rows(db_key())


@st.cache_resource(max_entries=4, show_spinner=False)
def _files(key: DbKey) -> pd.DataFrame:
    return _read_with(key, queries.reference_files)


def reference_files() -> pd.DataFrame:
    """The official files loaded into the database (name, kind, rows, load time)."""
    return _files(db_key())


@st.cache_resource(max_entries=4, show_spinner=False)
def _has_reference(key: DbKey) -> bool:
    return _reference.has_independent(_evidence_rows(key))


def has_reference() -> bool:
    """True when GTMI or UNCTAD evidence is loaded (not only the questionnaire's own rows)."""
    return _has_reference(db_key())


@st.cache_resource(max_entries=4, show_spinner=False)
def _reference_as_of(key: DbKey) -> date | None:
    files = _files(key)
    if files.empty:
        return None
    return pd.Timestamp(files["ingested_at"].max()).date()


@st.cache_resource(max_entries=4, show_spinner=False)
def _unctad_as_of(key: DbKey) -> date | None:
    return _read_with(key, queries.unctad_as_of)


def _dates_shown(key: DbKey, years: dict) -> dict[str, str]:
    """Each independent source's own date (analysis.reference.dates_shown), the same in figures and downloads."""
    return _reference.dates_shown(years, _unctad_as_of(key))


def dates_shown(edition: int | None) -> dict[str, str]:
    """{'gtmi': '2022', 'unctad': 'as of 2026-03-05'} for the sources set beside an edition; a source without a
    recorded date is left out (printed 'date not recorded')."""
    years = _grid.source_years(_evidence_rows(db_key()), edition) if edition else {}
    return _dates_shown(db_key(), years)


def reference_as_of() -> date | None:
    """The day the newest official file was loaded (kept in a figure's meta as its load date; never printed as
    the data's date, which is each source's own: see dates_shown)."""
    return _reference_as_of(db_key())


@st.cache_resource(max_entries=2, show_spinner=False)
def crosswalk() -> pd.DataFrame:
    """data/evidence_crosswalk.csv: each indicator's MSQ question, GTMI code, UNCTAD area and confidences."""
    from loaders.source_agreement import crosswalk_frame  # a data file reader, not parsing code

    return crosswalk_frame()


@st.cache_resource(max_entries=8, show_spinner=False)
def _agreement(key: DbKey, edition: int) -> pd.DataFrame:
    return _agreement_rules.agreement(_evidence_rows(key), crosswalk(), edition)


def agreement(edition: int) -> pd.DataFrame:
    """analysis.agreement.agreement for one edition: self-report beside GTMI and UNCTAD, per country × indicator."""
    return _agreement(db_key(), int(edition))


@st.cache_resource(max_entries=32, show_spinner=False)
def _source_year(key: DbKey, source: str, edition: int) -> int | None:
    if source == "egdi":
        return _agreement_rules.pick_year(_egdi(key)["year"], edition)
    ev = _evidence_rows(key)
    return _agreement_rules.pick_year(ev.loc[ev["source"] == source, "year"], edition)


def source_year(source: str, edition: int) -> int | None:
    """The year of `source` set beside an edition (analysis.agreement.pick_year), or None when not loaded."""
    return _source_year(db_key(), source, None if edition is None else int(edition))


@st.cache_resource(max_entries=2, show_spinner=False)
def sources() -> dict[str, dict[str, str]]:
    """Citation, licence and address of each source (data/sources.csv): msq, egdi, gtmi, unctad."""
    from loaders.reference import sources as read_sources

    return read_sources()


@st.cache_resource(max_entries=8, show_spinner=False)
def country_info(iso3s: tuple[str, ...]) -> pd.DataFrame:
    """Name, UN M49 region and sub-region of any ISO3 codes (responding or not), and UN membership."""
    out = pd.DataFrame([_countries.info(c) for c in iso3s],
                       columns=["country_iso3", "country_name", "region", "sub_region"])
    return out.assign(un_member=out["country_iso3"].isin(set(_countries.un_members())))


# ---- review and corrections
# The Review page's data: the review queue (analysis.review, the same rows `python -m loaders review`
# prints), cached per store version like everything above, and the one write the app makes for it.

REVIEW_WAIT = 20.0  # seconds a save waits for another writer (an ingest, a build) before saying so


@st.cache_resource(max_entries=4, show_spinner=False)
def _review_queue(key: DbKey) -> pd.DataFrame:
    queue = _read_with(key, queries.review_queue)
    places = pd.DataFrame([_countries.info(c) for c in sorted(queue["country_iso3"].unique())],
                          columns=["country_iso3", "country_name", "region", "sub_region"])
    return queue.merge(places.drop(columns="country_name"), on="country_iso3", how="left").fillna(
        {"region": "", "sub_region": ""})


def review_queue(f: Filters | None = None) -> pd.DataFrame:
    """Flagged and inferred answers of the current documents (with their review status), in questionnaire
    order; with `f`, only the countries, editions and synthetic choice the sidebar allows."""
    queue = _review_queue(db_key())
    if f is None:
        return queue
    # Basis, section and theme pick answers, not documents: a review covers the whole document.
    return apply(queue, dataclasses.replace(f, bases=(), section=None, theme=None)).reset_index(drop=True)


def review_documents(queue: pd.DataFrame) -> pd.DataFrame:
    """One row per document in `queue`: flagged, inferred and open counts; most flags first."""
    from analysis import review as _review

    return _review.documents(queue)


@st.cache_resource(max_entries=4, show_spinner=False)
def _stale(key: DbKey) -> pd.DataFrame:
    return _read_with(key, queries.stale_corrections)


def stale_corrections() -> pd.DataFrame:
    """Corrections made for a document that is no longer the current one: listed for re-review, not applied."""
    return _stale(db_key())


def save_decisions(rows: list[dict]) -> int:
    """Record several decisions (confirmations and corrections) in one write of the corrections file, then
    apply the file once. Raises loaders.corrections.CorrectionsError (a bad row or file: nothing saved,
    one bad row saves none) or loaders.store.StoreBusy (saved in the file, not yet in the database)."""
    from loaders import corrections, ingest

    file = corrections.corrections_file()
    ingest.check_corrections(db_file(), ingest.known_in(db_file()).corrections_file, file)  # before the file
    corrections.record_many(file, rows)
    return ingest.apply_corrections(db_file(), file, wait=REVIEW_WAIT)


@st.cache_resource(max_entries=2, show_spinner=False)
def _answers_all_versions(key: DbKey) -> pd.DataFrame:
    return _read_with(key, lambda cur: queries.answers(cur, include_superseded=True))


def answers_all_versions() -> pd.DataFrame:
    """Every version's answers (column `version`: current | superseded), for a download that asks for them:
    pass to export.export_frame(..., include_superseded=True)."""
    return _answers_all_versions(db_key())
