"""The filtered answers as a download: one row layout, citation and formula-safe cells for page and CLI."""
from __future__ import annotations

import csv
import io
import shlex
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timezone
from pathlib import PurePosixPath

import pandas as pd

from analysis import sentences
from analysis.filters import Filters, apply
from loaders import catalogue, countries, paths
from loaders.spreadsheet import FORMULA_TRIGGERS, neutralise  # noqa: F401 - re-exported for callers

# Column order of every download (CSV, XLSX, Data page table). Contacts come last and only on request.
# `answer`/`basis` are what the dashboard shows (an analyst's correction applied, basis 'corrected');
# `original_answer`/`original_basis` are the document's own reading; `flag` says why a reading is doubtful;
# `evidence` the words that decided an inferred reading. reviewed_by/reviewed_at: who settled the answer
# (confirmed or corrected) and when; corrected_by/corrected_at only when that decision changed the answer.
EXPORT_COLUMNS = [
    "country_iso3", "country_name", "region", "sub_region", "edition", "section", "question", "item",
    "label", "themes", "answer", "basis", "original_answer", "original_basis", "correction_reason", "flag",
    "evidence", "reviewed_by", "reviewed_at", "corrected_by", "corrected_at",
    "detail", "links", "is_synthetic", "document_path", "document_sha256",
]
# With superseded versions included, `version` (current | superseded) follows document_sha256.
VERSIONS = ("current", "superseded")
CONTACT_ROLES = ("respondent", "cio")
CONTACT_FIELDS = ("name", "title", "organization", "email")
CONTACT_COLUMNS = [f"{role}_{fld}" for role in CONTACT_ROLES for fld in CONTACT_FIELDS]

# Free text a country or a document supplied: the only columns a spreadsheet could be tricked into running.
# Codes (ISO3, section, item slug, answer, basis, sha256), numbers and booleans are never touched.
TEXT_COLUMNS = ["country_name", "region", "sub_region", "label", "correction_reason", "flag", "evidence",
                "reviewed_by", "reviewed_at", "corrected_by", "corrected_at", "detail", "links",
                "document_path", *CONTACT_COLUMNS]
# The same for the evidence downloads (every country by source; self-report against the sources):
# details, links and raw values come from the countries and the official files.
TEXT_COLUMNS += ["country", "indicator", "link", "raw_value", "self-report detail", "self-report link",
                 "source value", "source detail", "source link"]


# Columns the input frame must have: the answers_current view plus what read_answers() joins on.
INPUT_COLUMNS = ["country_iso3", "country_name", "edition", "section", "question", "item", "themes",
                 "answer", "basis", "original_answer", "original_basis", "correction_reason", "flag",
                 "evidence", "reviewed_by", "reviewed_at", "review_reason", "review", "corrected_by",
                 "corrected_at", "detail", "links", "document_sha256", "is_synthetic",
                 "region", "sub_region", "label", "document_path", "version"]
# Text columns of answers_current that are empty ('') rather than missing in every frame read here.
_EMPTY_AS_TEXT = ("flag", "correction_reason", "evidence", "reviewed_by", "reviewed_at", "review_reason",
                  "review", "corrected_by", "corrected_at")

TOOL_NAME = "the MSQ dashboard"
SOURCES = {
    "msq": "UN DESA Member States Questionnaire (MSQ) {editions} responses — government self-reports, "
           "not part of the EGDI/OSI index scores",
}
SYNTHETIC_NOTE = "SYNTHETIC DEMO DATA included — not real government responses"


# ---------------------------------------------------------------- reading the store

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


def read_answers(con, *, include_superseded: bool = False) -> pd.DataFrame:
    """answers_current + document path + catalogue label + UN M49 region, in questionnaire order.

    `con` is a DuckDB connection or cursor (open it read-only). The dashboard and the export command
    both call this, so a page and a scripted export see identical rows. `include_superseded` adds the
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


def read_contacts(con, *, include_superseded: bool = False) -> pd.DataFrame:
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


# ---------------------------------------------------------------- the export frame

def export_frame(answers: pd.DataFrame, filters: Filters, *, contacts: pd.DataFrame | None = None,
                 include_contacts: bool = False, include_superseded: bool = False) -> pd.DataFrame:
    """Exactly the rows that pass `filters`, in the download's column order, with formula-safe text.

    Superseded versions are left out unless `include_superseded` (read the answers with
    read_answers(con, include_superseded=True)); then the column `version` follows document_sha256.
    """
    missing = [c for c in INPUT_COLUMNS if c not in answers.columns]
    if missing:
        raise KeyError(f"answers frame lacks columns {missing}; read it with analysis.export.read_answers")
    columns = EXPORT_COLUMNS + (["version"] if include_superseded else [])
    rows = apply(answers if include_superseded else answers[answers["version"] == "current"], filters)
    out = pd.DataFrame({
        **{c: rows[c] for c in columns if c not in ("themes", "links")},
        "themes": rows["themes"].map(lambda v: "; ".join(v)),
        "links": rows["links"].map(lambda v: " ".join(v)),
    })[columns].reset_index(drop=True)
    out["is_synthetic"] = out["is_synthetic"].astype(bool)
    if include_contacts:
        if contacts is None:
            raise ValueError("include_contacts=True needs the contacts frame (analysis.export.read_contacts)")
        out = out.merge(_contacts_wide(contacts), on="document_sha256", how="left")
        out[CONTACT_COLUMNS] = out[CONTACT_COLUMNS].fillna("")
    for col in TEXT_COLUMNS:
        if col in out.columns:
            out[col] = out[col].map(neutralise)
    return out


def _contacts_wide(contacts: pd.DataFrame) -> pd.DataFrame:
    """One row per document: respondent_* and cio_* columns; several people in one role joined by '; '."""
    wide = pd.DataFrame({"document_sha256": pd.Series(contacts["document_sha256"].unique(), dtype=object)})
    for role in CONTACT_ROLES:
        people = contacts[contacts["role"] == role]
        for fld in CONTACT_FIELDS:
            joined = (people.assign(v=people[fld].fillna("").astype(str))
                      .groupby("document_sha256")["v"].agg(lambda s: "; ".join(x for x in s if x)))
            wide[f"{role}_{fld}"] = wide["document_sha256"].map(joined).fillna("")
    return wide


# ---------------------------------------------------------------- citation

def _reference_citations() -> dict[str, dict[str, str]]:
    from loaders.reference import sources as read_sources  # data/sources.csv: citation and licence per source

    return read_sources()


def citation(filters: Filters, sources: Sequence[str] = ("msq",), *, synthetic: bool = False,
             editions: Iterable[int] = (), downloaded: date | None = None, conditions: Sequence[str] = (),
             dates: dict[str, str] | None = None) -> str:
    """The citation line(s) every download carries; a second line flags synthetic demo data.

    Each independent source in `sources` ('egdi', 'gtmi', 'unctad') is named once in the first line and adds
    a line with its full citation and licence from data/sources.csv (GTMI: CC BY 4.0). `conditions` (a
    finder's conditions, its region and words) follow the filters; `dates` ({'gtmi': '2022', 'unctad': 'as of
    2026-03-05'}) adds the 'Data as of' line of the figures, so a download is dated as its figure is.
    """
    sources = tuple(dict.fromkeys(sources))  # each source once, however many conditions use it
    years = sorted({int(e) for e in editions} | ({filters.edition} if filters.edition else set()))
    named = " and ".join(str(y) for y in years) if years else "(all editions)"
    refs = _reference_citations() if any(s not in SOURCES for s in sources) else {}
    cited = "; ".join(SOURCES[s].format(editions=named) if s in SOURCES
                      else refs.get(s, {}).get("title", s) for s in sources)
    when = (downloaded or date.today()).isoformat()
    chosen = "; ".join(c for c in conditions if c)
    text = (f"Source: {cited}, compiled with {TOOL_NAME}; filters: {filters.describe()}"
            + (f"; {chosen}" if chosen else "") + f"; downloaded {when}.")
    if dates is not None:
        text += f"\nData as of: {sentences.vintage(sources, years, dates)}."
    text += ("\n" + SYNTHETIC_NOTE if synthetic else "")
    for s in sources:
        if s in refs and s not in SOURCES:
            text += f"\nCite {refs[s]['title']} as: {refs[s]['citation']} Licence: {refs[s]['licence']}"
    return text


def citation_for(frame: pd.DataFrame, filters: Filters, sources: Sequence[str] = ("msq",), *,
                 downloaded: date | None = None) -> str:
    """citation() for the rows actually exported: their editions and whether any is synthetic."""
    return citation(filters, sources, synthetic=bool(frame["is_synthetic"].any()) if len(frame) else False,
                    editions=frame["edition"].unique() if len(frame) else (), downloaded=downloaded)


def suggested_filename(filters: Filters, extension: str) -> str:
    """A file name that says what the download holds, e.g. msq_2022_answers_DNK-KEN_sectionC.csv."""
    parts = ["msq", str(filters.edition) if filters.edition else "all", "answers"]
    if filters.countries:
        parts.append("-".join(filters.countries[:4]) + ("-etc" if len(filters.countries) > 4 else ""))
    parts += [f"section{filters.section}"] if filters.section else []
    parts += [filters.theme] if filters.theme else []
    parts += ["-".join(r.replace(" ", "") for r in filters.regions)] if filters.regions else []
    parts += ["incl-synthetic"] if filters.include_synthetic else []
    return "_".join(parts) + "." + extension.lstrip(".")


def export_command(filters: Filters, out: str = "answers.csv", *, include_contacts: bool = False,
                   include_superseded: bool = False) -> str:
    """The `python -m loaders export` command line that writes the same rows as these filters."""
    args = ["python", "-m", "loaders", "export", "--out", out]
    if filters.edition is not None:
        args += ["--edition", str(filters.edition)]
    for flag, values in (("--country", filters.countries), ("--region", filters.regions),
                         ("--sub-region", filters.sub_regions), ("--basis", filters.bases)):
        if values:
            args += [flag, *values]
    args += ["--section", filters.section] if filters.section else []
    args += ["--theme", filters.theme] if filters.theme else []
    args += ["--include-synthetic"] if filters.include_synthetic else []
    args += ["--include-contacts"] if include_contacts else []
    args += ["--include-superseded"] if include_superseded else []
    return shlex.join(args)


# ---------------------------------------------------------------- file formats

def _safe_cells(frame: pd.DataFrame) -> pd.DataFrame:
    """Neutralise again right before writing (idempotent), in case a caller built its own frame."""
    out = frame.copy()
    for col in TEXT_COLUMNS:
        if col in out.columns:
            out[col] = out[col].map(neutralise)
    return out


def csv_comment_lines(citation_text: str) -> list[str]:
    """The citation as '# ' lines without commas or double quotes, so Excel keeps each line in one cell."""
    lines = [ln.strip() for ln in citation_text.splitlines() if ln.strip()]
    return ["# " + ln.replace(",", ";").replace('"', "'") for ln in lines]


def to_csv_bytes(frame: pd.DataFrame, citation_text: str) -> bytes:
    """UTF-8 CSV with BOM: '# ' citation lines, then a header row and quoted fields.

    Read it back with ``pd.read_csv(path, comment="#")`` (every text field is quoted, so a '#' inside
    a URL is data, not a comment) or ``pd.read_csv(path, skiprows=n_citation_lines)``.
    """
    buf = io.StringIO()
    for line in csv_comment_lines(citation_text):
        buf.write(line + "\r\n")
    _safe_cells(frame).to_csv(buf, index=False, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    return buf.getvalue().encode("utf-8-sig")


def to_xlsx_bytes(frame: pd.DataFrame, citation_text: str, *, filters: Filters | None = None,
                  generated: datetime | None = None) -> bytes:
    """An XLSX workbook: sheet 'data' (the rows) and sheet 'about' (citation, filters, date, synthetic flag)."""
    generated = generated or datetime.now(timezone.utc)
    synthetic = bool(frame["is_synthetic"].any()) if "is_synthetic" in frame and len(frame) else False
    about = [
        ("Citation", citation_text),
        ("Filters", filters.describe() if filters else ""),
        ("Generated", generated.strftime("%Y-%m-%d %H:%M UTC")),
        ("Rows", str(len(frame))),
        ("Synthetic demo data included", "YES — not real government responses" if synthetic else "no"),
        ("What the answers are", "Each government's self-report in the MSQ; never part of the EGDI/OSI "
                                 "index scores. basis: marked = tick in the document, inferred = read from "
                                 "the written answer, none = not shown (answer unknown), corrected = set by "
                                 "an analyst (original_answer/original_basis keep the document's reading, "
                                 "correction_reason says why). flag: why a reading is doubtful. evidence: "
                                 "the words that decided an inferred reading. reviewed_by/reviewed_at: who "
                                 "confirmed or corrected the answer, and when; corrected_by/corrected_at: only "
                                 "when that changed the answer."),
        ("Cells starting with a quote", "A single quote was added before text that a spreadsheet would run "
                                   "as a formula (= + - @ tab, line break)."),
    ]
    buf = io.BytesIO()
    # No string may become a formula, URL or number: the free text is the countries', not ours.
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    with pd.ExcelWriter(buf, engine="xlsxwriter", engine_kwargs={"options": options}) as xl:
        data = _safe_cells(frame)
        data.to_excel(xl, sheet_name="data", index=False)
        sheet = xl.sheets["data"]
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(len(data), 1), max(len(data.columns) - 1, 0))
        for i, col in enumerate(data.columns):
            sheet.set_column(i, i, 40 if col in ("label", "detail", "links", "correction_reason", "evidence") else 14)
        pd.DataFrame(about, columns=["field", "value"]).to_excel(xl, sheet_name="about", index=False)
        xl.sheets["about"].set_column(0, 0, 30)
        xl.sheets["about"].set_column(1, 1, 110)
    return buf.getvalue()
