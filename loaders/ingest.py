"""The ingest pipeline: expand paths, read files outside the writer lock, then write and publish under it."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pandas as pd

from . import corrections, reference, uploads
from .hashing import sha256_of
from .paths import DEMO_DIR, REFERENCE_DIR, RESPONSES_DIR, ROOT, SHIPPED_DIR
from .prepare import (  # noqa: F401 - re-exported
    BATCH,
    FILE_ERRORS,
    PARALLEL_FROM,
    FileReport,
    Parsed,
    Progress,
    answers_frame,
    disk_full,
    escaped,
    explain,
    parse_file,
    read_files,
    read_one,
    reference_area,
    shown_path,
)
from .reference_schema import TableWriteError
from .store import DocumentRows, Writer, open_reader, validate_answers, writing
from .words import plural, years  # 'year 2022', 'no year recorded': never 'years ;'

log = logging.getLogger(__name__)

# Files in a folder that are never responses: sidecars, notes, code, licences, the store's own files.
SKIP_SUFFIXES = {".json", ".md", ".py", ".duckdb", ".wal", ".tmp", ".lock", ".log"}
SKIP_PREFIXES = ("readme", "license", "licence", "attribution", "source")


# ------------------------------------------------------------------ paths


def _skipped(f: Path) -> bool:
    name = f.name.lower()
    return (name.startswith(".") or f.suffix.lower() in SKIP_SUFFIXES or name.startswith(SKIP_PREFIXES)
            or (name.endswith("document_links.json")))


def expand_with_skips(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[FileReport]]:
    """Files named, and the files under folders named (see expand); plus a line for each link skipped.

    A symbolic link under a folder that leads outside that folder is not followed: it is skipped with a
    line saying where it leads (copy the file into the folder, or name it on the command line, to read it).
    """
    out: list[Path] = []
    skipped: list[FileReport] = []
    for p in map(Path, paths):
        if not p.is_dir():
            out.append(p)
            continue
        inside = p.resolve()
        found = []
        for f in p.rglob("*"):
            if _skipped(f) or any(part.startswith(".") for part in f.relative_to(p).parts):
                continue
            if f.is_symlink() and not _leads_inside(f, inside):
                skipped.append(FileReport(shown_path(f.parent) + os.sep + f.name, "skipped",
                                          f"a link to {os.readlink(f)}, outside {p}; not followed (copy the file "
                                          "into the folder, or name it on the command line, to read it)"))
                continue
            if f.is_file():
                found.append(f)
        out += sorted(found, key=lambda f: (f.stat().st_mtime_ns, str(f)))
    return out, skipped


def _leads_inside(link: Path, folder: Path) -> bool:
    try:
        return link.resolve(strict=True).is_relative_to(folder)
    except (OSError, RuntimeError):  # a dangling or looping link leads nowhere readable
        return False


def expand(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Files named, and the files under folders named, skipping sidecars, notes, hidden files and outside links.

    Files under a folder are taken in the order of their modification time (then name): within one run
    that is the order in which versions of a response were submitted, never their alphabetical order.
    """
    return expand_with_skips(paths)[0]


# ------------------------------------------------------------------ before the lock: hash and read


@dataclass
class Planned:
    """One file of a run: where it is, its content's hash, and what reading it gave (None: not read yet)."""

    path: Path
    sha: str = ""
    report: FileReport | None = None   # decided without the store: no such file, unreadable, a skipped link
    parsed: Parsed | None = None
    key: tuple = ()                   # where it goes among the versions of a run (see build_database)


@dataclass
class Known:
    """What the published database holds, read without the lock: contents by hash, official files by name."""

    stored: dict[str, list[str]]
    reference: dict[str, str]
    corrections_file: str | None = None


def known_in(db: Path) -> Known:
    """A snapshot of the published database (empty when there is none); the writer checks again under the lock."""
    if not db.exists():
        return Known({}, {})
    try:
        con = open_reader(db)
    except Exception:  # noqa: BLE001 - unreadable here: the writer reports it under the lock
        return Known({}, {})
    try:
        stored: dict[str, list[str]] = {}
        for sha, path in con.execute("SELECT sha256, path FROM documents WHERE status = 'ok' ORDER BY path").fetchall():
            stored.setdefault(sha, []).append(path)
        ref = dict(con.execute("SELECT source_file, sha256 FROM reference_files").fetchall())
        return Known(stored, ref, _setting(con, "corrections_file"))
    except Exception:  # noqa: BLE001 - an older database without a table: nothing known, all is read
        return Known({}, {})
    finally:
        con.close()


def _setting(con, name: str) -> str | None:
    try:
        row = con.execute("SELECT value FROM store_settings WHERE name = ?", [name]).fetchone()
    except Exception:  # noqa: BLE001 - a database from before settings were recorded
        return None
    return row[0] if row else None


def plan(files: list[Path], known: Known, *, edition: int | None = None, workers: int | None = None,
         progress: Progress | None = None, reference_only: bool = False, isolated: bool = False) -> list[Planned]:
    """Hash every file and read those the database does not hold yet, all before the writer lock."""
    planned: list[Planned] = []
    jobs: list[tuple[str, str, int | None, bool]] = []
    readers: list[Planned] = []
    for path in files:
        item = Planned(path)
        planned.append(item)
        if not path.is_file():
            item.report = FileReport(shown_path(path), "rejected", f"{path}: no such file")
            continue
        try:
            item.sha = sha256_of(path)
        except OSError as exc:
            item.report = FileReport(shown_path(path), "rejected", f"{path.name}: cannot be read ({exc.strerror})")
            continue
        if item.sha in known.stored or known.reference.get(path.name) == item.sha:
            continue  # the hash decides first: an unchanged file is never opened again
        jobs.append((str(path), item.sha, edition, reference_only))
        readers.append(item)
    total, count = len(planned), len(planned) - len(jobs)

    def tick(parsed: Parsed) -> None:
        nonlocal count
        count += 1
        if progress:
            progress(count, total, str(parsed.path))

    for item, parsed in zip(readers, read_files(jobs, workers, tick, isolated=isolated)):
        item.parsed = parsed
    if progress and not jobs and total:
        progress(total, total, "")
    return planned


# ------------------------------------------------------------------ under the lock: write


@dataclass
class Kept:
    """A stored response whose file a build did not read: its rows are copied from the published database."""

    path: str
    sha: str
    key: tuple
    rows: int
    why: str


def write_planned(w: Writer, planned: list[Planned | Kept], *, edition: int | None = None,
                  kept_from: Path | None = None) -> list[FileReport]:
    """Write every planned file (and copy every Kept response) in the order given; one report each."""
    stored = w.stored()           # one query for the run, not one per file
    resubmitted: dict[str, int] = {}
    reports: list[FileReport] = []
    for item in planned:
        if isinstance(item, Kept):
            reports.append(_keep(w, item, kept_from))
            continue
        if item.report is not None:
            reports.append(item.report)
            continue
        shown = shown_path(item.path)
        if item.sha in stored:
            resubmitted.setdefault(item.sha, w.next_order())
            same = shown if shown in stored[item.sha] else stored[item.sha][0]
            reports.append(FileReport(shown, "unchanged", "unchanged" if same == shown
                                      else f"same content as {same}, already ingested"))
            continue
        known_kind = w.reference_unchanged(item.path.name, item.sha)
        if known_kind:
            reports.append(FileReport(shown, "unchanged", "unchanged", format=known_kind))
            continue
        if item.parsed is None:  # the store changed since the snapshot (another writer): read it now
            item.parsed = read_files([(str(item.path), item.sha, edition, False)], 1)[0]
        reports.append(_write_parsed(w, item.parsed, item.sha, w.next_order()))
        if reports[-1].status in ("ok", "warn"):
            stored.setdefault(item.sha, []).append(shown)
    w.resubmit(resubmitted)
    return reports


def _keep(w: Writer, item: Kept, old: Path | None) -> FileReport:
    if old is None:
        return FileReport(item.path, "dropped", item.why)
    w.keep_document(old, item.sha, item.path, w.next_order())
    return FileReport(item.path, "kept", item.why, rows=item.rows)


def _document_rows(parsed: Parsed, sha: str) -> DocumentRows:
    docs, frames = parsed.docs, parsed.frames
    isos = sorted({f["country_iso3"].iat[0] for f in frames if len(f)})
    eds = sorted({d.edition for d in docs})
    dates = [d.submitted_at for d in docs if d.submitted_at is not None]
    return DocumentRows(
        path=shown_path(parsed.path), sha256=sha, format=parsed.fmt, loader=docs[0].loader,
        country_iso3=isos[0] if len(isos) == 1 else None, edition=eds[0] if len(eds) == 1 else None,
        is_synthetic=all(d.is_synthetic for d in docs), submitted_at=max(dates) if dates else None,
        answers=pd.concat(frames, ignore_index=True),
        contacts=[(c.role, c.name, c.title, c.organization, c.email) for d in docs for c in d.contacts],
        notes=[n for d in docs for n in d.notes])


def _write_parsed(w: Writer, parsed: Parsed, sha: str, order: int | None = None) -> FileReport:
    """Write one read file in its own transaction; a bad file leaves a rejected row, a full disk stops all."""
    path = shown_path(parsed.path)
    if parsed.skipped:
        return FileReport(path, "skipped", parsed.skipped)
    if parsed.error:
        w.reject(path, sha, parsed.fmt, parsed.error)
        return FileReport(path, "rejected", parsed.error, format=parsed.fmt)
    try:
        if parsed.reference is not None:
            return _reference_report(path, parsed.fmt, write_reference(w, parsed.path, sha, parsed.reference))
        rows = _document_rows(parsed, sha)
        if not parsed.validated:
            rows.answers = validate_answers(rows.answers)
        w.put_document(rows, order)
    except Exception as exc:  # noqa: BLE001 - one bad file never stops the others; a full disk does
        if disk_full(exc):
            raise
        message = explain(exc, parsed.path)
        w.reject(path, sha, parsed.fmt, message)
        return FileReport(path, "rejected", message, format=parsed.fmt)
    warnings = list(dict.fromkeys(x for d in parsed.docs for x in d.warnings))  # once per file, not per country
    isos = tuple(sorted({f["country_iso3"].iat[0] for f in parsed.frames if len(f)}))
    return FileReport(path, "warn" if warnings else "ok", "; ".join(warnings), format=parsed.fmt,
                      countries=isos, rows=len(rows.answers), layout=parsed.layout, documents=_document_lines(parsed))


def _document_lines(parsed: Parsed) -> tuple[str, ...]:
    """One line per response of a file that holds several: its country, rows and the warnings only it has."""
    shared = set.intersection(*(set(d.warnings) for d in parsed.docs)) if parsed.docs else set()
    out = []
    for d, f in zip(parsed.docs, parsed.frames):
        own = [w for w in d.warnings if w not in shared]
        iso3 = f["country_iso3"].iat[0] if len(f) else "?"
        out.append(f"{'WARN' if d.warnings else 'OK'} {iso3} {d.country_name}: {len(f)} rows"
                   + (f"; {'; '.join(own)}" if own else ""))
    return tuple(out) if len(out) > 1 else ()


def write_reference(w: Writer, path: Path, digest: str, parsed) -> dict:
    """Write one official file's frames (read before the lock) in one transaction; returns a detailed report."""
    started = pd.Timestamp.now()
    log_row = {"source_file": path.name, "kind": parsed.kind, "layout": parsed.layout, "path": shown_path(path),
               "sha256": digest, "years": parsed.years}
    try:
        written = w.put_reference(parsed.frames, log_row)
    except TableWriteError as exc:
        if disk_full(exc):
            raise
        raise reference.ReferenceFileError(f"{path.name}: {exc}") from exc
    isos = set()
    for frame in parsed.frames.values():
        isos |= set(frame["country_iso3"])
    return {"path": str(path), "source_file": path.name, "kind": parsed.kind, "sha256": digest, "status": "ok",
            "layout": parsed.layout, "sheet": parsed.sheet,
            "rows": sum(v["inserted"] for v in written.values()),
            "tables": {t: v["inserted"] for t, v in written.items()},
            "replaced": {t: v["deleted"] for t, v in written.items()},
            "superseded_files": sorted({f for v in written.values() for f in v["superseded_files"]}),
            "countries": len(isos), "years": parsed.years, "notes": parsed.notes,
            "seconds": round((pd.Timestamp.now() - started).total_seconds(), 3)}


def reference_file(w: Writer, path: str | os.PathLike, *, force: bool = False) -> dict:
    """Load one official file into its table(s) in one transaction; returns a detailed report.

    Re-loading a file replaces that file's rows; a file for a year (GTMI: year and question) already
    loaded from another file replaces those rows too. An unchanged file already in the store is skipped
    (status 'unchanged') unless `force`. Raises ReferenceFileError naming the file and the problem.
    """
    path = Path(path)
    if not path.is_file():
        raise reference.ReferenceFileError(f"{path}: no such file")
    digest = sha256_of(path)
    if not force and w.reference_unchanged(path.name, digest):
        return {"path": str(path), "source_file": path.name, "kind": reference.sniff(path), "sha256": digest,
                "status": "unchanged", "rows": 0, "tables": {}}
    return write_reference(w, path, digest, reference.read(path))


def _reference_report(shown: str, kind: str, report: dict) -> FileReport:
    parts = [f"{plural(report['countries'], 'economy', 'economies')}, {years(report['years'])}",
             *report["notes"][:3]]
    if report["superseded_files"]:
        parts.append(f"replaces rows of {', '.join(report['superseded_files'])}")
    return FileReport(shown, "ok", "; ".join(parts), format=kind, rows=report["rows"])


def ingest_into(w: Writer, files: list[Path], *, edition: int | None = None, workers: int | None = None,
                progress: Progress | None = None, reference_only: bool = False) -> list[FileReport]:
    """Read and write files through an open writer (its lock is held while reading: for tests and tools).

    With `reference_only` (and always for files under data/reference/ or data/shipped/), a file that is
    not an official EGDI, GTMI or UNCTAD file is reported as skipped instead of being read as a response.
    """
    known = Known(w.stored(), {})
    planned = plan(files, known, edition=edition, workers=workers, progress=progress, reference_only=reference_only)
    return write_planned(w, planned, edition=edition)


# ------------------------------------------------------------------ corrections: one file per database


def _corrections_source(corrections_file: Path | None, switch: bool) -> tuple[Path, str]:
    """The corrections file a writer would apply, and where that choice came from (for the message)."""
    file = Path(corrections_file) if corrections_file is not None else corrections.corrections_file()
    env = os.environ.get(corrections.ENV)
    if switch:
        return file, "--corrections-file"
    if env and Path(env).resolve() == file.resolve():
        return file, f"${corrections.ENV}"
    if file.resolve() == corrections.DEFAULT_FILE.resolve():
        return file, f"the default, ${corrections.ENV} unset"
    return file, "--corrections"


def check_corrections(db: Path, recorded: str | None, corrections_file: Path | None = None,
                      switch: bool = False) -> None:
    """Raise CorrectionsMismatch when the database records another corrections file than this writer's."""
    file, source = _corrections_source(corrections_file, switch)
    ident = corrections.identity(file)
    if recorded and recorded != ident and not switch:
        raise corrections.CorrectionsMismatch(
            f"{db} takes its corrections from {recorded} (recorded in the database), but this writer would apply "
            f"{ident} ({source}); nothing was written. Use the recorded file (set {corrections.ENV}={recorded}), "
            f"or make {ident} this database's corrections file with --corrections-file {ident}")


def apply_corrections_into(w: Writer, corrections_file: Path | None = None, *, switch: bool = False,
                           recorded: str | None = None) -> int:
    """Load the corrections file into the store (the file is the source of truth) and record which file it is.

    A database applies one corrections file: a writer with another is refused (CorrectionsMismatch)
    unless `switch`, which records the new file. `recorded` overrides the database's record (a fresh
    build carries the record of the database it replaces).
    """
    file, _ = _corrections_source(corrections_file, switch)
    recorded = w.setting("corrections_file") if recorded is None else recorded
    check_corrections(w.db or Path("the database"), recorded, corrections_file, switch)
    w.set_setting("corrections_file", corrections.identity(file))
    return w.replace_corrections(corrections.load(file))


# ------------------------------------------------------------------ entry points


def _published(db: Path, switch: bool, corrections_file: Path | None) -> Known:
    known = known_in(db)
    check_corrections(db, known.corrections_file, corrections_file, switch)  # fail before reading anything
    return known


def ingest_paths(paths: Iterable[str | os.PathLike], db_path: str | os.PathLike, *, edition: int | None = None,
                 wait: float | None = None, workers: int | None = None, progress: Progress | None = None,
                 corrections_file: Path | None = None, switch_corrections: bool = False,
                 purpose: str = "ingest") -> list[FileReport]:
    """Ingest files and folders into the database as one published change; one report per file.

    Files are read before the writer lock is taken; under it, each file is written in its own transaction
    (a bad file leaves no rows), the corrections file is applied and the evidence rebuilt, then the change
    is published.
    """
    db = Path(db_path)
    files, skipped = expand_with_skips(paths)
    known = _published(db, switch_corrections, corrections_file)
    planned = plan(files, known, edition=edition, workers=workers, progress=progress)
    with writing(db, purpose=purpose, wait=wait) as w:
        reports = write_planned(w, planned, edition=edition)
        apply_corrections_into(w, corrections_file, switch=switch_corrections)
    return skipped + reports


def ingest_uploads(staged: list[uploads.Staged], db_path: str | os.PathLike, *, edition: int | None = None,
                   wait: float | None = None, progress: Progress | None = None) -> list[FileReport]:
    """Ingest files uploaded in the browser; keep the accepted ones, delete the rest, as one change.

    Each staged file is read from its private staging folder, before the writer lock. Only when the store
    has accepted it is it moved into data/responses/uploads/ (an atomic rename) and its stored path
    updated, before the change is published; a rejected file is deleted at once. If anything fails,
    nothing is published and every staged file is deleted, so no upload ever leaves a file or a row
    behind without the other.
    """
    ready = [s for s in staged if s.path is not None]
    db = Path(db_path)
    try:
        known = _published(db, False, None)
        # Strangers' files: read in a worker process of their own, killed if over parse_seconds.
        planned = plan([s.path for s in ready], known, edition=edition, progress=progress, workers=1, isolated=True)
        with writing(db, purpose="upload", wait=wait) as w:
            reports = write_planned(w, planned, edition=edition)
            for s, r in zip(ready, reports):
                if r.status in ("ok", "warn"):
                    staged_at = r.path
                    target = uploads.keep(s)
                    r.path = shown_path(target)
                    w.move_document(s.sha256, staged_at, r.path)
                else:  # rejected, or the same bytes are stored already (the stored copy stays)
                    uploads.discard(s)
            apply_corrections_into(w)
    finally:
        for s in ready:
            uploads.discard(s)  # no-op for kept files; removes what a failure left staged
    return reports


def apply_corrections(db_path: str | os.PathLike, corrections_file: Path | None = None, *,
                      wait: float | None = None, switch: bool = False) -> int:
    """Apply the corrections file to the database (after `python -m loaders correct` or the Review page)."""
    with writing(db_path, purpose="corrections", wait=wait) as w:
        return apply_corrections_into(w, corrections_file, switch=switch)


# ------------------------------------------------------------------ the default database


def default_inputs(demo: bool = True, demo_dir: Path | None = None) -> list[Path]:
    """What the default database holds: real responses, shipped and placed reference files, the demo corpus."""
    wanted = [RESPONSES_DIR, SHIPPED_DIR, REFERENCE_DIR] + ([demo_dir or DEMO_DIR] if demo else [])
    return [p for p in wanted if p.exists()]


@dataclass
class StoredDocument:
    path: str
    sha: str
    run: int
    order: int
    rows: int
    is_synthetic: bool


def stored_documents(db: Path) -> list[StoredDocument]:
    """Every stored response (status ok) of the published database, oldest version first."""
    if not db.exists():
        return []
    con = open_reader(db)
    try:
        found = con.execute(
            "SELECT d.path, d.sha256, d.ingest_run, d.ingest_order, "
            "(SELECT count(*) FROM answers a WHERE a.document_sha256 = d.sha256), d.is_synthetic "
            "FROM documents d WHERE d.status = 'ok' ORDER BY d.ingest_run, d.ingest_order, d.path").fetchall()
    finally:
        con.close()
    return [StoredDocument(*row) for row in found]


def _on_disk(stored_path: str) -> Path | None:
    path = Path(stored_path)
    path = path if path.is_absolute() else ROOT / path
    return path if path.is_file() else None


def build_plan(db: Path, files: list[Path], demo: bool) -> tuple[list[Path], list[StoredDocument], list[FileReport]]:
    """What a build reads: the default inputs, then stored responses and official files found elsewhere.

    Also the stored responses it may not find (their rows are kept, or dropped with --drop-missing), and a
    line for each official file loaded from elsewhere that is gone (its rows cannot be kept apart from it).
    """
    stored = [d for d in stored_documents(db) if demo or not _under(d.path, DEMO_DIR)]  # --no-demo: left out
    reading = {p.resolve() for p in files}
    extra: list[Path] = []
    for where in [_on_disk(d.path) for d in stored] + [_on_disk(p) for p in _reference_paths(db)]:
        if where is not None and where.resolve() not in reading and not _skipped(where):
            reading.add(where.resolve())
            extra.append(where)
    gone = [FileReport(p, "dropped", "an official file loaded from here is not found; its rows are not in the "
                                     "rebuilt database (ingest the file again to add them)")
            for p in _reference_paths(db) if _on_disk(p) is None]
    return files + extra, stored, gone


def _reference_paths(db: Path) -> list[str]:
    if not db.exists():
        return []
    con = open_reader(db)
    try:
        found = con.execute("SELECT path FROM reference_files WHERE path IS NOT NULL ORDER BY 1").fetchall()
        return [r[0] for r in found]
    finally:
        con.close()


def _under(stored_path: str, folder: Path) -> bool:
    path = Path(stored_path)
    path = path if path.is_absolute() else ROOT / path
    return path.resolve().is_relative_to(folder.resolve())


def _ordered_build(planned: list[Planned], unread: list[StoredDocument], drop_missing: bool) -> list[Planned | Kept]:
    """Files and kept responses in the order their versions were stored before (new files last, by time).

    A response is kept when no file read now holds its content; its stored rows are copied unchanged.
    """
    position = {d.sha: (0, d.run, d.order) for d in unread}
    written = {p.sha for p in planned if p.parsed is not None and not p.parsed.error and p.parsed.reference is None
               and not p.parsed.skipped}
    items: list[Planned | Kept] = []
    for n, p in enumerate(planned):
        p.key = position.get(p.sha, (1, n, 0))
        items.append(p)
    seen: set[str] = set()
    for d in unread:
        if d.sha in written or d.sha in seen:
            continue
        seen.add(d.sha)
        gone = _on_disk(d.path) is None
        why = ((f"not found at this path; its {d.rows} stored rows " if gone else
                f"the file there now holds other content; the stored version's {d.rows} rows ")
               + ("are dropped (--drop-missing)" if drop_missing else
                  "are kept (build --drop-missing drops them)"))
        items.append(Kept(d.path, d.sha, (0, d.run, d.order), d.rows, why))
    return sorted(items, key=lambda x: x.key)


def build_database(db_path: str | os.PathLike, *, demo: bool = True, wait: float | None = None,
                   workers: int | None = None, progress: Progress | None = None, drop_missing: bool = False,
                   corrections_file: Path | None = None, switch_corrections: bool = False) -> list[FileReport]:
    """Rebuild the database from the default inputs, published in one atomic step.

    Every response the database holds stays: a file found at its stored path (inside the project or
    elsewhere) is read again; one not found keeps its stored rows, with a `kept` line (or, with
    `drop_missing`, a `dropped` line). Versions keep the order in which they were stored. With `demo`, the
    demo corpus folder is read as it is: the `build` command generates it first when missing
    (synthetic.demo_corpus; the pipeline reads documents, it never writes them).
    """
    db = Path(db_path)
    files, skipped = expand_with_skips(default_inputs(demo))
    known = _published(db, switch_corrections, corrections_file)
    files, unread, gone = build_plan(db, files, demo)
    planned = plan(files, Known({}, {}), workers=workers, progress=progress)
    items = _ordered_build(planned, unread, drop_missing)
    with writing(db, purpose="build", wait=wait, fresh=True) as w:
        reports = write_planned(w, items, kept_from=None if drop_missing else db)
        apply_corrections_into(w, corrections_file, switch=switch_corrections, recorded=known.corrections_file)
    return skipped + reports + gone


# What the writer lock says while the demo corpus is added after a first start (the app shows it).
DEMO_PURPOSE = "adding the synthetic demo corpus"


def ensure_database(db_path: str | os.PathLike, *, wait: float | None = None) -> bool:
    """First start: build the real part of a missing database now; True if this call built it.

    Only the real inputs (data/responses, data/shipped, data/reference: seconds) are read here, before the
    writer lock, so the first page shows real data at once; a file that cannot be read is a rejected row,
    never a failed start. The demo corpus is added afterwards by the caller (synthetic.demo_corpus). Two app
    sessions may start at once: the writer lock makes the second wait, then find the file.
    """
    db = Path(db_path)
    if db.exists():
        return False
    files, _ = expand_with_skips(default_inputs(False))
    planned = plan(files, Known({}, {}))
    try:
        with writing(db, purpose="first start: real responses and reference files", wait=wait, fresh=True) as w:
            if db.exists():
                raise _AlreadyBuilt
            write_planned(w, planned)
            apply_corrections_into(w)
    except _AlreadyBuilt:
        return False
    return True


class _AlreadyBuilt(Exception):
    """Another process built the database while this one waited for the lock (nothing to publish)."""
