"""The ingest pipeline: expand paths, detect and parse files (in parallel), validate rows, hand them to the store."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
import traceback
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd
import pandera.errors

from . import catalogue, corrections, countries, reference, uploads
from .formats import detect
from .hashing import sha256_of
from .paths import DEMO_DIR, LOG_FILE, REFERENCE_DIR, RESPONSES_DIR, ROOT, SHIPPED_DIR
from .records import ParsedDocument, ParseError
from .reference_schema import TableWriteError
from .schema import ANSWER_COLUMNS, bounded_evidence
from .store import DocumentRows, Writer, validate_answers, writing

log = logging.getLogger(__name__)

# Files in a folder that are never responses: sidecars, notes, code, licences, the store's own files.
SKIP_SUFFIXES = {".json", ".md", ".py", ".duckdb", ".wal", ".tmp", ".lock", ".log"}
SKIP_PREFIXES = ("readme", "license", "licence", "attribution", "source")
PARALLEL_FROM = 12   # files: below this, starting worker processes costs more than it saves
CHUNK = 4            # files a worker parses per task (fewer round trips; still balanced at the end)
CHUNK_TIMEOUT = 600   # seconds a worker may take for one chunk before the ingest gives up (never hangs)
BATCH = 256          # files whose rows get one schema check together (it costs the same for 65 or 12,000 rows)
Progress = Callable[[int, int, str], None]


@dataclass
class FileReport:
    """What happened to one file: ok, warn, unchanged, rejected or skipped, with a message a user can act on."""

    path: str
    status: str               # one of vocab.REPORT_STATUSES
    message: str = ""
    format: str = ""
    countries: tuple[str, ...] = ()
    rows: int = 0
    layout: str = ""          # the layout the reader recognised, e.g. "form export, 2 header rows, 3 respondents"
    documents: tuple[str, ...] = ()  # a file of several responses: one "TUR: 65 rows" line each

    def line(self) -> str:
        where = f" [{', '.join(self.countries)}]" if self.countries else ""
        if self.status in ("ok", "warn"):
            what = f"{self.rows} rows" + (f"; {self.message}" if self.message else "")
        else:
            what = self.message
        kind = self.layout or self.format or "?"  # the layout says the format too ("form export, …")
        head = f"{self.status.upper():<9} {self.path}{where} ({kind}): {what}"
        return "\n".join([head] + [f"{'':<9}   {d}" for d in self.documents]) if len(self.documents) > 1 else head


# ------------------------------------------------------------------ paths


def shown_path(path: Path) -> str:
    """The path as stored and shown: relative to the project when inside it, so a moved checkout still works."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _skipped(f: Path) -> bool:
    name = f.name.lower()
    return (name.startswith(".") or f.suffix.lower() in SKIP_SUFFIXES or name.startswith(SKIP_PREFIXES)
            or (name.endswith("document_links.json")))


def expand(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Files named, and the files under folders named, skipping sidecars, notes and hidden files.

    Files under a folder are taken in the order of their modification time (then name): within one run
    that is the order in which versions of a response were submitted, never their alphabetical order.
    """
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = [f for f in p.rglob("*") if f.is_file() and not _skipped(f)
                     and not any(part.startswith(".") for part in f.relative_to(p).parts)]
            out += sorted(found, key=lambda f: (f.stat().st_mtime_ns, str(f)))
        else:
            out.append(p)
    return out


# ------------------------------------------------------------------ reading one file (runs in workers)


def answers_frame(doc: ParsedDocument, sha: str) -> pd.DataFrame:
    """One document's answers as rows of the `answers` table (not yet validated)."""
    iso3 = countries.to_iso3(doc.country_name)
    name = countries.name(iso3)
    entries = {e.key: e for e in catalogue.load(doc.edition)}
    rows = []
    for a in doc.answers:
        e = entries.get((a.question, a.item))
        if e is None:
            raise ParseError(f"question {a.question} item {a.item!r} is not in the MSQ {doc.edition} catalogue")
        rows.append({
            "country_iso3": iso3, "country_name": name, "edition": doc.edition, "section": e.section,
            "question": a.question, "item": a.item, "themes": list(e.themes), "answer": a.answer,
            "basis": a.basis, "detail": a.detail, "links": list(a.links), "document_sha256": sha,
            "is_synthetic": doc.is_synthetic, "flag": a.flag, "evidence": bounded_evidence(a.evidence),
        })
    return pd.DataFrame(rows, columns=ANSWER_COLUMNS)


# The file's fault: the message says what is wrong with it and what to do.
FILE_ERRORS = (ParseError, countries.UnknownCountry, reference.ReferenceFileError, TableWriteError,
               pandera.errors.SchemaErrors, UnicodeDecodeError)


def explain(exc: BaseException, path: Path) -> str:
    """A one-line message that names the file and the problem, instead of a traceback."""
    if isinstance(exc, pandera.errors.SchemaErrors):
        cases = exc.failure_cases.head(5).to_dict("records")
        return f"{path.name}: rows break the answers schema ({cases}); fix the file, or report it if the file is right"
    if isinstance(exc, FILE_ERRORS):
        text = str(exc)
        return text if text.startswith(path.name) else f"{path.name}: {text}"
    _log_fault(exc, path)
    return (f"{path.name}: the tool failed while reading it ({type(exc).__name__}: {exc}); this is a fault of "
            f"the tool, not necessarily of the file; the traceback is in {LOG_FILE}")


def _log_fault(exc: BaseException, path: Path) -> None:
    try:
        LOG_FILE.parent.mkdir(parents=True, exist_ok=True)
        with LOG_FILE.open("a", encoding="utf-8") as f:
            f.write(f"--- {pd.Timestamp.now('UTC'):%Y-%m-%d %H:%M:%S} UTC, reading {path}\n")
            f.write("".join(traceback.format_exception(exc)))
    except OSError:  # a read-only checkout: the message still names the error
        pass


@dataclass
class Parsed:
    """A response file read and turned into rows, not yet written (or the reason it cannot be)."""

    path: Path
    fmt: str
    docs: list[ParsedDocument]
    frames: list[pd.DataFrame]
    error: str = ""


def parse_file(path: Path, sha: str, edition: int | None) -> Parsed:
    """Detect, read and turn one response file into answer rows; never raises for a bad file."""
    fmt = ""
    try:
        fmt = detect.sniff(path)
        docs = detect.load_document(path, edition=edition, kind=fmt)
        if not docs:
            raise ParseError(f"{path.name}: no responses found in the file")
        return Parsed(path, docs[0].format or fmt, docs, [answers_frame(d, sha) for d in docs])
    except Exception as exc:  # noqa: BLE001 - one bad file never stops the others
        return Parsed(path, fmt, [], [], explain(exc, path))


def _parse_job(job: tuple[str, str, int | None]) -> Parsed:
    path, sha, edition = job
    return parse_file(Path(path), sha, edition)


def _parse_all(jobs: list[tuple[str, str, int | None]], workers: int | None,
               done: Callable[[Parsed], None]) -> list[Parsed]:
    """Parse files, in worker processes when there are many; results in the order of `jobs`.

    This process is one of the `workers`: it parses chunks from the end of the list while the pool
    (workers - 1 processes) takes them from the start, each chunk parsed where it is taken first. A
    worker costs about a second of CPU to start (imports), so one worker fewer is a second saved, and
    this process would otherwise only wait.
    """
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(jobs) < PARALLEL_FROM:
        out = []
        for job in jobs:
            out.append(_parse_job(job))
            done(out[-1])
        return out
    chunks = [jobs[k:k + CHUNK] for k in range(0, len(jobs), CHUNK)]
    results: list[list[Parsed] | None] = [None] * len(chunks)
    # spawn, not fork: the app's server process has threads, and a forked child could inherit a held lock.
    pool = ProcessPoolExecutor(max_workers=min(workers - 1, len(chunks)), mp_context=get_context("spawn"))
    try:
        futures = [pool.submit(_parse_chunk, chunk) for chunk in chunks]
        for k in range(len(chunks) - 1, -1, -1):
            if not futures[k].cancel():
                break  # the pool has started this one: it has taken every chunk before it too
            results[k] = _parse_chunk(chunks[k])
            for parsed in results[k]:
                done(parsed)
        for k, fut in enumerate(futures):
            if results[k] is None:
                try:
                    results[k] = fut.result(timeout=CHUNK_TIMEOUT)
                except FuturesTimeout:
                    raise RuntimeError(f"a parse worker gave no answer in {CHUNK_TIMEOUT} s for "
                                       f"{', '.join(Path(j[0]).name for j in chunks[k])}; nothing was published. "
                                       "Run again with --workers 1 to read the files in one process") from None
                for parsed in results[k]:
                    done(parsed)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # idle workers exit by themselves; writing goes on
    return [parsed for chunk in results for parsed in chunk]


def _parse_chunk(chunk: list[tuple[str, str, int | None]]) -> list[Parsed]:
    return [_parse_job(job) for job in chunk]


# ------------------------------------------------------------------ writing


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


def _write_parsed(w: Writer, parsed: Parsed, sha: str, validated: bool, order: int | None = None) -> FileReport:
    path = shown_path(parsed.path)
    if parsed.error:
        w.reject(path, sha, parsed.fmt, parsed.error)
        return FileReport(path, "rejected", parsed.error, format=parsed.fmt)
    try:
        rows = _document_rows(parsed, sha)
        if not validated:
            rows.answers = validate_answers(rows.answers)
        w.put_document(rows, order)
    except Exception as exc:  # noqa: BLE001 - one bad file never stops the others
        message = explain(exc, parsed.path)
        w.reject(path, sha, parsed.fmt, message)
        return FileReport(path, "rejected", message, format=parsed.fmt)
    warnings = list(dict.fromkeys(x for d in parsed.docs for x in d.warnings))  # once per file, not per country
    isos = tuple(sorted({f["country_iso3"].iat[0] for f in parsed.frames if len(f)}))
    layout = "; ".join(dict.fromkeys(d.layout for d in parsed.docs if d.layout))
    return FileReport(path, "warn" if warnings else "ok", "; ".join(warnings), format=parsed.fmt,
                      countries=isos, rows=len(rows.answers), layout=layout, documents=_document_lines(parsed))


def _document_lines(parsed: Parsed) -> tuple[str, ...]:
    """One line per response of a file that holds several: its country, rows and the warnings only it has."""
    shared = set.intersection(*(set(d.warnings) for d in parsed.docs)) if parsed.docs else set()
    out = []
    for d, f in zip(parsed.docs, parsed.frames):
        own = [w for w in d.warnings if w not in shared]
        iso3 = f["country_iso3"].iat[0] if len(f) else "?"
        out.append(f"{'WARN' if d.warnings else 'OK'} {iso3} {d.country_name}: {len(f)} rows"
                   + (f"; {'; '.join(own)}" if own else ""))
    return tuple(out)


def reference_file(w: Writer, path: str | os.PathLike, *, force: bool = False) -> dict:
    """Load one official file into its table(s) in one transaction; returns a detailed report.

    Re-loading a file replaces that file's rows; a file for a year (GTMI: year and question) already
    loaded from another file replaces those rows too. An unchanged file already in the store is skipped
    (status 'unchanged') unless `force`. Raises ReferenceFileError naming the file and the problem.
    """
    path = Path(path)
    if not path.is_file():
        raise reference.ReferenceFileError(f"{path}: no such file")
    started = pd.Timestamp.now()
    digest = sha256_of(path)
    if not force and w.reference_unchanged(path.name, digest):
        return {"path": str(path), "source_file": path.name, "kind": reference.sniff(path), "sha256": digest,
                "status": "unchanged", "rows": 0, "tables": {}}
    parsed = reference.read(path)
    log_row = {"source_file": path.name, "kind": parsed.kind, "layout": parsed.layout, "path": shown_path(path),
               "sha256": digest, "years": parsed.years}
    try:
        written = w.put_reference(parsed.frames, log_row)
    except TableWriteError as exc:
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


def _reference_file(w: Writer, path: Path, kind: str) -> FileReport:
    shown = shown_path(path)
    try:
        report = reference_file(w, path)
    except Exception as exc:  # noqa: BLE001 - one bad file never stops the others
        return FileReport(shown, "rejected", explain(exc, path), format=kind)
    if report["status"] == "unchanged":
        return FileReport(shown, "unchanged", "unchanged", format=kind)
    from analysis.sentences import plural, years  # 'year 2022', 'no year recorded': never 'years ;'

    parts = [f"{plural(report['countries'], 'economy', 'economies')}, {years(report['years'])}",
             *report["notes"][:3]]
    if report["superseded_files"]:
        parts.append(f"replaces rows of {', '.join(report['superseded_files'])}")
    return FileReport(shown, "ok", "; ".join(parts), format=kind, rows=report["rows"])


def _reference_area(path: Path) -> bool:
    """Files under data/reference/ and data/shipped/ are read as official files only, never as responses."""
    where = path.resolve()
    return any(where.is_relative_to(d.resolve()) for d in (REFERENCE_DIR, SHIPPED_DIR))


def ingest_into(w: Writer, files: list[Path], *, edition: int | None = None, workers: int | None = None,
                progress: Progress | None = None, reference_only: bool = False) -> list[FileReport]:
    """Ingest files through an open writer; one report per file, in the order given.

    With `reference_only` (and always for files under data/reference/ or data/shipped/), a file that is
    not an official EGDI, GTMI or UNCTAD file is reported as skipped instead of being read as a response.
    """
    reports: dict[int, FileReport] = {}
    jobs: list[tuple[int, Path, str, int]] = []
    total = len(files)
    count = 0

    def tick(path: Path | str) -> None:
        nonlocal count
        count += 1
        if progress:
            progress(count, total, str(path))

    stored = w.stored()           # one query for the run, not one per file
    resubmitted: dict[str, int] = {}
    for i, path in enumerate(files):
        shown = shown_path(path)
        if not path.is_file():
            reports[i] = FileReport(shown, "rejected", f"{path}: no such file")
            tick(path)
            continue
        sha = sha256_of(path)
        if sha in stored:  # the hash decides first: an unchanged file is never opened again
            resubmitted.setdefault(sha, w.next_order())
            same = shown if shown in stored[sha] else stored[sha][0]
            reports[i] = FileReport(shown, "unchanged",
                                    "unchanged" if same == shown else f"same content as {same}, already ingested")
            tick(path)
            continue
        known_kind = w.reference_unchanged(path.name, sha)
        if known_kind:
            reports[i] = FileReport(shown, "unchanged", "unchanged", format=known_kind)
            tick(path)
            continue
        kind = reference.sniff(path)
        if kind:
            reports[i] = _reference_file(w, path, kind)
            tick(path)
            continue
        if reference_only or _reference_area(path):
            reports[i] = FileReport(shown, "skipped", "not an official EGDI, GTMI or UNCTAD file (the reference "
                                    "folders hold official files only)")
            tick(path)
            continue
        jobs.append((i, path, sha, w.next_order()))
    w.resubmit(resubmitted)

    for start in range(0, len(jobs), BATCH):
        batch = jobs[start:start + BATCH]
        parsed = _parse_all([(str(p), sha, edition) for _, p, sha, _ in batch], workers, lambda x: tick(x.path))
        frames = [f for x in parsed if not x.error for f in x.frames]
        validated = False
        if frames:
            try:  # one check for the batch; on failure each file is checked alone, to name the file at fault
                validate_answers(pd.concat(frames, ignore_index=True))
                validated = True
            except pandera.errors.SchemaErrors:
                validated = False
        for (i, _, sha, order), x in zip(batch, parsed):
            reports[i] = _write_parsed(w, x, sha, validated, order)
    return [reports[i] for i in range(len(files))]


def apply_corrections_into(w: Writer, corrections_file: Path | None = None) -> int:
    """Load the corrections file into the store (the file is the source of truth)."""
    return w.replace_corrections(corrections.load(corrections_file or corrections.corrections_file()))


def ingest_paths(paths: Iterable[str | os.PathLike], db_path: str | os.PathLike, *, edition: int | None = None,
                 wait: float | None = None, workers: int | None = None, progress: Progress | None = None,
                 corrections_file: Path | None = None) -> list[FileReport]:
    """Ingest files and folders into the database as one published change; one report per file.

    Each file is still written in its own transaction (a bad file leaves no rows); the corrections file
    is applied and the evidence rebuilt before the change is published.
    """
    files = expand(paths)
    with writing(db_path, purpose="ingest", wait=wait) as w:
        reports = ingest_into(w, files, edition=edition, workers=workers, progress=progress)
        apply_corrections_into(w, corrections_file)
    return reports


def ingest_uploads(staged: list[uploads.Staged], db_path: str | os.PathLike, *, edition: int | None = None,
                   wait: float | None = None, progress: Progress | None = None) -> list[FileReport]:
    """Ingest files uploaded in the browser; keep the accepted ones, delete the rest, as one change.

    Each staged file is read from its private staging folder. Only when the store has accepted it is it
    moved into data/responses/uploads/ (an atomic rename) and its stored path updated, before the change
    is published; a rejected file is deleted at once. If anything fails, nothing is published and every
    staged file is deleted, so no upload ever leaves a file or a row behind without the other.
    """
    ready = [s for s in staged if s.path is not None]
    try:
        with writing(db_path, purpose="upload", wait=wait) as w:
            reports = ingest_into(w, [s.path for s in ready], edition=edition, progress=progress, workers=1)
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
                      wait: float | None = None) -> int:
    """Apply the corrections file to the database (after `python -m loaders correct` or the Review page)."""
    with writing(db_path, purpose="corrections", wait=wait) as w:
        return apply_corrections_into(w, corrections_file)


# ------------------------------------------------------------------ the default database


def default_inputs(demo: bool = True, demo_dir: Path | None = None) -> list[Path]:
    """What the default database holds: real responses, shipped and placed reference files, the demo corpus."""
    wanted = [RESPONSES_DIR, SHIPPED_DIR, REFERENCE_DIR] + ([demo_dir or DEMO_DIR] if demo else [])
    return [p for p in wanted if p.exists()]


def ensure_demo_corpus(demo_dir: Path | None = None) -> None:
    """Write the synthetic demo corpus when it is missing (it is generated, never committed)."""
    demo_dir = demo_dir or DEMO_DIR
    if any(demo_dir.glob("*/*.txt")):
        return
    from .synthetic.cli import write_corpus  # the generator writes documents; the pipeline reads them

    write_corpus(demo_dir / "2022")


def build_database(db_path: str | os.PathLike, *, demo: bool = True, wait: float | None = None,
                   workers: int | None = None, progress: Progress | None = None) -> list[FileReport]:
    """Rebuild the database from scratch from the default inputs, published in one atomic step."""
    if demo:
        ensure_demo_corpus()
    files = expand(default_inputs(demo))
    with writing(db_path, purpose="build", wait=wait, fresh=True) as w:
        reports = ingest_into(w, files, workers=workers, progress=progress)
        apply_corrections_into(w)
    return reports


# What the writer lock says while the demo corpus is added after a first start (the app shows it).
DEMO_PURPOSE = "adding the synthetic demo corpus"
DEMO_LOG = LOG_FILE.parent / "demo-corpus.log"


def ensure_database(db_path: str | os.PathLike, *, demo: bool = True, wait: float | None = None) -> bool:
    """First start: build the real part of a missing database now, the demo corpus later; True if this built it.

    Only the real inputs (data/responses, data/shipped, data/reference: seconds) are read here, so the
    first page shows real data at once; with `demo`, the synthetic demo corpus (a minute or more) is then
    generated and ingested by a detached process (start_demo_corpus), published as a change of its own.
    Two app sessions may start at once: the writer lock makes the second wait, then find the file.
    """
    db = Path(db_path)
    if db.exists():
        return False
    try:
        with writing(db, purpose="first start: real responses and reference files", wait=wait, fresh=True) as w:
            if db.exists():
                raise _AlreadyBuilt
            ingest_into(w, expand(default_inputs(False)))
            apply_corrections_into(w)
    except _AlreadyBuilt:
        return False
    if demo:
        start_demo_corpus(db)
    return True


def add_demo_corpus(db_path: str | os.PathLike, demo_dir: Path | None = None, *,
                    wait: float | None = None) -> list[FileReport]:
    """Generate the demo corpus if missing and ingest it into the database, as one published change.

    The writer lock is held from the start, generation included, so its holder (store.holder) says what
    is happening for the whole time; an unchanged demo file already stored is skipped.
    """
    demo_dir = demo_dir or DEMO_DIR
    with writing(db_path, purpose=DEMO_PURPOSE, wait=wait) as w:
        ensure_demo_corpus(demo_dir)
        reports = ingest_into(w, expand([demo_dir]))
        apply_corrections_into(w)
    return reports


def start_demo_corpus(db_path: str | os.PathLike, demo_dir: Path | None = None,
                      log: Path | None = None) -> subprocess.Popen:
    """Run add_demo_corpus in a detached, low-priority process: outside any request, surviving the app.

    Its output goes to data/logs/demo-corpus.log; a failure there leaves the real data as published. The
    lowest CPU priority (nice 19, inherited by its parse workers) keeps it from slowing the first pages.
    """
    log = log or DEMO_LOG
    log.parent.mkdir(parents=True, exist_ok=True)
    code = ("import os, sys; os.nice(19); from pathlib import Path; from loaders.ingest import add_demo_corpus; "
            "reports = add_demo_corpus(sys.argv[1], Path(sys.argv[2])); "
            "print('\\n'.join(r.line() for r in reports))")
    global _demo_process
    with log.open("ab") as out:
        _demo_process = subprocess.Popen([sys.executable, "-c", code, str(Path(db_path).resolve()),
                                          str((demo_dir or DEMO_DIR).resolve())], cwd=ROOT,
                                         stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                         start_new_session=True)
    return _demo_process


_demo_process: subprocess.Popen | None = None


def demo_running() -> bool:
    """True while a demo corpus process started by this process runs (before it holds the writer lock too)."""
    return _demo_process is not None and _demo_process.poll() is None


class _AlreadyBuilt(Exception):
    """Another process built the database while this one waited for the lock (nothing to publish)."""
