"""The filtered answers as a download: one row layout, citation and formula-safe cells for page and CLI."""
from __future__ import annotations

import csv
import io
import shlex
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timezone

import pandas as pd

from analysis import sentences
from analysis.filters import Filters, apply
from analysis.queries import INPUT_COLUMNS
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
# With superseded versions included, `version` (current | superseded, queries.VERSIONS) follows document_sha256.
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


TOOL_NAME = "the MSQ dashboard"
SOURCES = {
    "msq": "UN DESA Member States Questionnaire (MSQ) {editions} responses — government self-reports, "
           "not part of the EGDI/OSI index scores",
}
SYNTHETIC_NOTE = "SYNTHETIC DEMO DATA included — not real government responses"


# ---------------------------------------------------------------- the export frame

def export_frame(answers: pd.DataFrame, filters: Filters, *, contacts: pd.DataFrame | None = None,
                 include_contacts: bool = False, include_superseded: bool = False) -> pd.DataFrame:
    """Exactly the rows that pass `filters`, in the download's column order, with formula-safe text.

    Superseded versions are left out unless `include_superseded` (read the answers with
    queries.answers(con, include_superseded=True)); then the column `version` follows document_sha256.
    """
    missing = [c for c in INPUT_COLUMNS if c not in answers.columns]
    if missing:
        raise KeyError(f"answers frame lacks columns {missing}; read it with analysis.queries.answers")
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
            raise ValueError("include_contacts=True needs the contacts frame (analysis.queries.contacts)")
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
