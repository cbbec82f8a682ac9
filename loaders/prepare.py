"""Reading files before the writer lock is taken: each file detected, parsed and checked, bounded in time."""
from __future__ import annotations

import errno
import os
import re
import traceback
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pandas as pd
import pandera.errors

from . import catalogue, countries, parse_pool, reference
from .formats import detect
from .paths import LOG_FILE, REFERENCE_DIR, ROOT, SHIPPED_DIR
from .records import ParsedDocument, ParseError
from .reference_schema import TableWriteError
from .schema import ANSWER_COLUMNS, bounded_evidence

PARALLEL_FROM = 12   # files: below this (in the main thread), starting worker processes costs more than it saves
BATCH = 256          # files whose rows get one schema check together (it costs the same for 65 or 12,000 rows)
Progress = Callable[[int, int, str], None]
# Control characters (C0, DEL, C1) and Unicode line/paragraph separators and bidi controls: a name or
# message holding one could forge or hide a line of the report.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def escaped(text: str) -> str:
    """Text on one line: control characters shown as \\n, \\t or \\xNN / \\uNNNN (the rest as it is)."""
    def one(m: re.Match) -> str:
        c = m.group()
        named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(c)
        return named or (f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}")
    return _UNPRINTABLE.sub(one, text)


@dataclass
class FileReport:
    """What happened to one file: ok, warn, unchanged, kept, rejected or skipped, with a message a user can act on."""

    path: str
    status: str               # one of vocab.REPORT_STATUSES
    message: str = ""
    format: str = ""
    countries: tuple[str, ...] = ()
    rows: int = 0
    layout: str = ""
    documents: tuple[str, ...] = ()  # a file of several responses: one "OK TUR Türkiye: 65 rows" each

    def lines(self) -> list[str]:
        """The file's line, then one line per response when the file holds several (a form export)."""
        return [self.line()] + [escaped(f"{'':<9}   {d}") for d in self.documents]

    def line(self) -> str:
        """One line, whatever the file's name or the message holds (control characters are escaped)."""
        where = f" [{', '.join(self.countries)}]" if self.countries else ""
        if self.status in ("ok", "warn"):
            what = f"{self.rows} rows" + (f"; {self.message}" if self.message else "")
        else:
            what = self.message
        kind = (self.format or "?") + (f", {self.layout}" if self.layout else "")
        return escaped(f"{self.status.upper():<9} {self.path}{where} ({kind}): {what}")


def shown_path(path: Path) -> str:
    """The path as stored and shown: relative to the project when inside it, so a moved checkout still works."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except (ValueError, OSError, RuntimeError):
        return str(path)


# ------------------------------------------------------------------ what is the file's fault

# The file's fault: the message says what is wrong with it and what to do.
FILE_ERRORS = (ParseError, countries.UnknownCountry, reference.ReferenceFileError, TableWriteError,
               pandera.errors.SchemaErrors, UnicodeError, parse_pool.WorkerDied, RecursionError,
               ElementTree.ParseError)
# Raised by the XML and PDF libraries on a damaged or hostile file (an entity, a loop in a page tree).
_LIBRARY_FILE_ERRORS = ("XMLSyntaxError", "PdfiumError", "BadZipFile", "XMLSchemaError", "DefusedXmlException",
                        "EntitiesForbidden", "ExternalReferenceForbidden", "DTDForbidden")


def file_fault(exc: BaseException) -> bool:
    """True when `exc` says the file is bad (damaged, hostile, over a limit), not that the tool failed."""
    if isinstance(exc, FILE_ERRORS):
        return True
    return any(type(e).__name__ in _LIBRARY_FILE_ERRORS for e in _chain(exc))


def _chain(exc: BaseException):
    seen = 0
    while exc is not None and seen < 10:
        yield exc
        exc, seen = exc.__cause__ or exc.__context__, seen + 1


def disk_full(exc: BaseException) -> bool:
    """True when `exc` (or what caused it) is a full disk: never a file's fault, the whole change stops."""
    return any((isinstance(e, OSError) and e.errno == errno.ENOSPC) or "No space left on device" in str(e)
               for e in _chain(exc))


def explain(exc: BaseException, path: Path) -> str:
    """A one-line message that names the file and the problem, instead of a traceback."""
    if isinstance(exc, pandera.errors.SchemaErrors):
        cases = exc.failure_cases.head(5).to_dict("records")
        return f"{path.name}: rows break the answers schema ({cases}); fix the file, or report it if the file is right"
    if isinstance(exc, RecursionError):
        return f"{path.name}: its structure nests too deeply to read (a loop in a PDF page tree?); save a fresh copy"
    if file_fault(exc):
        text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if type(exc).__name__ in _LIBRARY_FILE_ERRORS:
            text = f"damaged or unsafe content ({type(exc).__name__}: {text}); save a fresh copy"
        return text if text.startswith(path.name) else f"{path.name}: {text}"
    _log_fault(exc, path)
    return (f"{path.name}: the tool failed while reading it ({type(exc).__name__}: {exc}); this is a fault of "
            f"the tool, not necessarily of the file; the traceback is in {LOG_FILE}")


def _log_fault(exc: BaseException, path: Path) -> None:
    try:
        LOG_FILE.parent.mkdir(parents=True, exist_ok=True)
        with LOG_FILE.open("a", encoding="utf-8") as f:
            f.write(f"--- {pd.Timestamp.now('UTC'):%Y-%m-%d %H:%M:%S} UTC, reading {path!r}\n")
            f.write("".join(traceback.format_exception(exc)))
    except OSError:  # a read-only checkout: the message still names the error
        pass


# ------------------------------------------------------------------ reading one file (in a worker)


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
        row = {
            "country_iso3": iso3, "country_name": name, "edition": doc.edition, "section": e.section,
            "question": a.question, "item": a.item, "themes": list(e.themes), "answer": a.answer,
            "basis": a.basis, "detail": a.detail, "links": list(a.links), "document_sha256": sha,
            "is_synthetic": doc.is_synthetic, "flag": a.flag,
        }
        row["evidence"] = bounded_evidence(a.evidence)
        rows.append(row)
    return pd.DataFrame(rows, columns=ANSWER_COLUMNS)


@dataclass
class Parsed:
    """A file read before the lock: a response's rows, an official file's frames, or the reason it cannot be."""

    path: Path
    fmt: str
    docs: list[ParsedDocument]
    frames: list[pd.DataFrame]
    error: str = ""
    reference: object | None = None   # loaders.reference.Parsed for an official file
    skipped: str = ""                 # why the file is not read (not an official file in a reference folder)
    seconds: float = 0.0
    validated: bool = False

    @property
    def layout(self) -> str:
        return next((str(getattr(d, "layout", "") or "") for d in self.docs if getattr(d, "layout", "")), "")


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


def reference_area(path: Path) -> bool:
    """Files under data/reference/ and data/shipped/ are read as official files only, never as responses."""
    where = path.resolve()
    return any(where.is_relative_to(d.resolve()) for d in (REFERENCE_DIR, SHIPPED_DIR))


def _reference_kind(path: Path) -> str | None:
    try:
        return reference.sniff(path)
    except Exception:  # noqa: BLE001 - a sniffer's failure only means "not an official file"; the reader says why
        return None


def read_one(job: tuple[str, str, int | None, bool]) -> Parsed:
    """Read one file as an official file or a response, within parse_seconds; never raises for a bad file."""
    path, sha, edition, reference_only = Path(job[0]), job[1], job[2], job[3]
    started = pd.Timestamp.now()
    try:
        with parse_pool.bounded(path.name):
            out = _read_one(path, sha, edition, reference_only)
    except Exception as exc:  # noqa: BLE001 - the time limit, or a failure outside parse_file
        out = Parsed(path, "", [], [], explain(exc, path))
    out.seconds = (pd.Timestamp.now() - started).total_seconds()
    return out


def _read_one(path: Path, sha: str, edition: int | None, reference_only: bool) -> Parsed:
    kind = _reference_kind(path)
    if kind:
        try:
            return Parsed(path, kind, [], [], reference=reference.read(path))
        except Exception as exc:  # noqa: BLE001 - one bad file never stops the others
            return Parsed(path, kind, [], [], explain(exc, path))
    if reference_only or reference_area(path):
        return Parsed(path, "", [], [], skipped="not an official EGDI, GTMI or UNCTAD file (the reference "
                                                "folders hold official files only)")
    return parse_file(path, sha, edition)


# ------------------------------------------------------------------ reading many files


def read_files(jobs: list[tuple[str, str, int | None, bool]], workers: int | None,
               progress: Callable[[Parsed], None] | None = None, *, isolated: bool = False) -> list[Parsed]:
    """Read every job (path, sha256, edition, reference_only) outside the lock; results in the order given.

    Few files are read in this process, each bounded by parse_seconds (parse_pool.bounded); many files,
    or files from strangers (`isolated`: uploads), in worker processes, where a file over parse_seconds
    has its worker killed and a hostile file cannot swell this process's memory. Then the rows are checked
    against the answers schema, a batch at a time.
    """
    done = progress or (lambda parsed: None)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    in_process = not isolated and (workers <= 1 or len(jobs) < PARALLEL_FROM)
    if not jobs:
        return []
    if in_process:
        out = []
        for job in jobs:
            out.append(read_one(job))
            done(out[-1])
    else:
        names = [Path(j[0]).name for j in jobs]

        def failed(i: int, exc: Exception) -> Parsed:
            return Parsed(Path(jobs[i][0]), "", [], [], explain(exc, Path(jobs[i][0])))

        out = parse_pool.run(jobs, read_one, max(1, workers), names, lambda i, p: done(p), failed, local=not isolated)
    for start in range(0, len(out), BATCH):
        _validate_batch(out[start:start + BATCH])
    return out


def _validate_batch(batch: list[Parsed]) -> None:
    """One schema check for the batch; on failure each file is checked alone, to name the file at fault."""
    from .store import validate_answers

    readable = [x for x in batch if not x.error and x.frames]
    if not readable:
        return
    try:
        validate_answers(pd.concat([f for x in readable for f in x.frames], ignore_index=True))
        for x in readable:
            x.validated = True
        return
    except pandera.errors.SchemaErrors:
        pass
    for x in readable:
        try:
            validate_answers(pd.concat(x.frames, ignore_index=True))
            x.validated = True
        except pandera.errors.SchemaErrors as exc:
            x.error = explain(exc, x.path)
