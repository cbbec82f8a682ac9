"""Official cross-country files (UN EGDI, World Bank GTMI, UNCTAD cyberlaw tracker) -> reference tables.

The store calls, for each file a user put in data/reference/ (loaders.paths.REFERENCE_DIR):
    ingest_file(con, path) or ingest_folder(con, folder), then evidence.rebuild(con).
Formats are recognised by their header row, never by the file name or extension.
"""
from __future__ import annotations

import csv
import time
from functools import lru_cache
from pathlib import Path

from ..paths import DATA
from . import cyberlaw, egdi, gtmi, tables
from .files import KINDS, ReferenceFileError, header_candidates, sha256

__all__ = ["KINDS", "ReferenceFileError", "create_tables", "sniff", "is_companion", "ingest_file",
           "ingest_folder", "sources"]

READERS = {"egdi": egdi, "gtmi": gtmi, "cyberlaw": cyberlaw}
SOURCES = DATA / "sources.csv"
EXPECTED = ("an EGDI export (Survey Year, Country Name, E-Government Rank, E-Government Index, …), "
            "the GTMI data sheet (Year/year, Code/country_code, I-1 … I-48.x) or the UNCTAD cyberlaw tracker "
            "(code, country, Electronic Transactions, Consumer Protection, Privacy and Data Protection, Cybercrime)")


def create_tables(con) -> None:
    """Create the reference tables (egdi, gtmi, gtmi_scores, cyberlaw, evidence, reference_files) if missing."""
    tables.ensure(con)


def is_companion(path: str | Path) -> bool:
    """True for a file that belongs beside an official file and is read with it (the tracker's law links)."""
    return Path(path).name.endswith("document_links.json")


def sniff(path: str | Path) -> str | None:
    """'egdi', 'gtmi' or 'cyberlaw' when the file's header row is one of their layouts, else None."""
    path = Path(path)
    try:
        if not path.is_file():
            return None
        candidates = header_candidates(path)
    except (ReferenceFileError, OSError):
        return None
    for _, header in candidates:
        for kind in KINDS:
            if READERS[kind].matches(header):
                return kind
    return None


def _first_header(path: Path) -> list[str]:
    try:
        rows = header_candidates(path)
    except (ReferenceFileError, OSError):
        return []
    return rows[0][1][:8] if rows else []


def ingest_file(con, path: str | Path, *, force: bool = False) -> dict:
    """Load one official file into its table(s) in one transaction; returns a report.

    Re-loading a file replaces that file's rows; a file for a year (GTMI: year and question) already
    loaded from another file replaces those rows too. An unchanged file already in the store is skipped
    (status 'unchanged') unless `force`. Raises ReferenceFileError naming the file and the problem.
    Runs its own transaction: do not call it inside an open one.
    """
    path = Path(path)
    if not path.is_file():
        raise ReferenceFileError(f"{path}: no such file")
    started = time.perf_counter()
    kind = sniff(path)
    if kind is None:
        raise ReferenceFileError(f"{path.name}: not an official reference file; expected {EXPECTED}; "
                                 f"the first row reads {_first_header(path)}")
    digest = sha256(path)
    report = {"path": str(path), "source_file": path.name, "kind": kind, "sha256": digest}
    if not force and tables.unchanged(con, path.name, digest):
        return {**report, "status": "unchanged", "rows": 0, "tables": {},
                "seconds": round(time.perf_counter() - started, 3)}
    try:
        parsed = READERS[kind].read(path)
    except ReferenceFileError:
        raise
    except Exception as exc:  # a reader bug or an odd file must still name the file
        raise ReferenceFileError(f"{path.name}: cannot be read as a {kind} file ({type(exc).__name__}: {exc})") from exc
    log = {"source_file": path.name, "kind": kind, "layout": parsed.layout, "path": str(path),
           "sha256": digest, "years": parsed.years}
    try:
        written = tables.write(con, [tables.Replacement(t, f, path.name) for t, f in parsed.frames.items()], log)
    except tables.TableWriteError as exc:
        raise ReferenceFileError(f"{path.name}: {exc}") from exc
    countries = set()
    for frame in parsed.frames.values():
        countries |= set(frame["country_iso3"])
    return {**report, "status": "ok", "layout": parsed.layout, "sheet": parsed.sheet,
            "rows": sum(w["inserted"] for w in written.values()),
            "tables": {t: w["inserted"] for t, w in written.items()},
            "replaced": {t: w["deleted"] for t, w in written.items()},
            "superseded_files": sorted({f for w in written.values() for f in w["superseded_files"]}),
            "countries": len(countries), "years": parsed.years, "notes": parsed.notes,
            "seconds": round(time.perf_counter() - started, 3)}


def ingest_folder(con, folder: str | Path, *, force: bool = False) -> list[dict]:
    """Load every official file under `folder` (sub-folders too); other files are reported as skipped.

    One bad file never stops the others: it is reported with status 'rejected' and its error.
    A missing folder yields no reports (the app runs without reference files).
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    reports = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if sniff(path) is None:
            why = ("read with the tracker's data file beside it" if is_companion(path)
                   else "not an official EGDI, GTMI or UNCTAD file")
            reports.append({"path": str(path), "source_file": path.name, "kind": None, "status": "skipped",
                            "error": why})
            continue
        try:
            reports.append(ingest_file(con, path, force=force))
        except ReferenceFileError as exc:
            reports.append({"path": str(path), "source_file": path.name, "kind": sniff(path),
                            "status": "rejected", "error": str(exc)})
    return reports


@lru_cache(maxsize=1)
def sources() -> dict[str, dict[str, str]]:
    """Citation and licence of each source ('msq', 'egdi', 'gtmi', 'unctad'), from data/sources.csv."""
    with SOURCES.open(encoding="utf-8", newline="") as f:
        return {r["source"]: dict(r) for r in csv.DictReader(f)}
