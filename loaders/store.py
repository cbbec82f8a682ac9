"""The DuckDB store: schema, per-file transactional ingest with content hashes, and the default build."""
from __future__ import annotations

import fcntl
import hashlib
import importlib
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd
import pandera.errors

from . import catalogue, countries
from .paths import DEMO_DIR, REFERENCE_DIR, RESPONSES_DIR
from .records import ParsedDocument, ParseError
from .schema import ANSWER_COLUMNS, ANSWERS_SCHEMA, DDL

log = logging.getLogger(__name__)
SKIP_SUFFIXES = {".json", ".md", ".duckdb", ".wal", ".tmp", ".lock"}


@dataclass
class FileReport:
    """What happened to one file: ok, unchanged or rejected, with a message a user can act on."""

    path: str
    status: str               # ok | unchanged | rejected
    message: str = ""
    format: str = ""
    countries: tuple[str, ...] = ()
    rows: int = 0

    def line(self) -> str:
        where = f" [{', '.join(self.countries)}]" if self.countries else ""
        what = f"{self.rows} rows" if self.status == "ok" else self.message
        return f"{self.status.upper():<9} {self.path}{where} ({self.format or '?'}): {what}"


def connect(db_path: str | os.PathLike, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store; creates the schema (and the reference tables, when that module is present)."""
    if read_only:
        return duckdb.connect(str(db_path), read_only=True)
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(db_path))
    con.execute(DDL)
    ref = _reference()
    if ref is not None and hasattr(ref, "create_tables"):
        ref.create_tables(con)
    return con


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _reference():
    try:
        return importlib.import_module("loaders.reference")
    except ModuleNotFoundError:
        return None


def _detect():
    try:
        return importlib.import_module("loaders.formats.detect")
    except ModuleNotFoundError:
        return None


def expand(paths: list[str | os.PathLike]) -> list[Path]:
    """Files named, and files under folders named (sorted), skipping sidecars and hidden files."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")
                          and f.suffix.lower() not in SKIP_SUFFIXES)
        else:
            out.append(p)
    return out


def read_documents(path: Path, edition: int | None) -> tuple[str, list[ParsedDocument]]:
    """(format name, parsed documents) for one MSQ file, through content detection."""
    detect = _detect()
    if detect is not None:
        docs = detect.load_document(path, edition=edition)
        return (docs[0].format if docs else "unknown"), docs
    from .msq_text import parse_text  # before loaders.formats.detect exists: text only

    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise ParseError(f"{path.name}: not UTF-8 text; supported here: MSQ text extracted from the PDF") from e
    return "text", [parse_text(text, source_name=path.name, edition=edition)]


def answers_frame(doc: ParsedDocument, sha: str, *, validate: bool = True) -> pd.DataFrame:
    """One document's answers as rows of the `answers` table, validated against the declared schema."""
    iso3 = countries.to_iso3(doc.country_name)
    name = countries.info(iso3)["country_name"]
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
            "is_synthetic": doc.is_synthetic,
        })
    frame = pd.DataFrame(rows, columns=ANSWER_COLUMNS)
    return ANSWERS_SCHEMA.validate(frame, lazy=True) if validate else frame


def _write(con: duckdb.DuckDBPyConnection, path: Path, sha: str, fmt: str, loader: str,
           docs: list[ParsedDocument], frames: list[pd.DataFrame]) -> None:
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    isos = sorted({f["country_iso3"].iat[0] for f in frames if len(f)})
    editions = sorted({d.edition for d in docs})
    con.execute("DELETE FROM documents WHERE sha256 = ? AND path = ?", [sha, str(path)])
    con.execute(
        "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, 'ok', NULL, ?, ?)",
        [str(path), sha, fmt, loader, isos[0] if len(isos) == 1 else None,
         editions[0] if len(editions) == 1 else None, now, all(d.is_synthetic for d in docs)],
    )
    for table in ("answers", "contacts", "notes"):
        con.execute(f"DELETE FROM {table} WHERE document_sha256 = ?", [sha])
    rows = pd.concat(frames, ignore_index=True)
    con.register("incoming", rows)
    con.execute("""INSERT INTO answers SELECT country_iso3, country_name, edition, section, question, item,
                   CAST(themes AS VARCHAR[]), answer, basis, detail, CAST(links AS VARCHAR[]),
                   document_sha256, is_synthetic FROM incoming""")
    con.unregister("incoming")
    for d in docs:
        for c in d.contacts:
            con.execute("INSERT INTO contacts VALUES (?, ?, ?, ?, ?, ?)",
                        [sha, c.role, c.name, c.title, c.organization, c.email])
        for n in d.notes:
            con.execute("INSERT INTO notes VALUES (?, ?)", [sha, n])


def _reject(con, path: Path, sha: str, fmt: str, message: str) -> None:
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    con.execute("DELETE FROM documents WHERE sha256 = ? AND path = ?", [sha, str(path)])
    con.execute("INSERT INTO documents VALUES (?, ?, ?, NULL, NULL, NULL, 'rejected', ?, ?, FALSE)",
                [str(path), sha, fmt or None, message, now])


def _explain(exc: Exception, path: Path) -> str:
    """A message that names the problem and what to do, instead of a traceback."""
    if isinstance(exc, pandera.errors.SchemaErrors):
        cases = exc.failure_cases.head(5).to_dict("records")
        return f"{path.name}: rows break the answers schema ({cases}); fix the loader or the file"
    if isinstance(exc, (ParseError, countries.UnknownCountry)):
        text = str(exc)
        return text if text.startswith(path.name) else f"{path.name}: {text}"
    return f"{path.name}: could not be read ({type(exc).__name__}: {exc}); check that it is a complete file"


@dataclass
class Prepared:
    """A file read and turned into rows, not yet written."""

    path: Path
    sha: str
    fmt: str
    docs: list[ParsedDocument]
    frames: list[pd.DataFrame]


def _prepare(con: duckdb.DuckDBPyConnection, path: Path, edition: int | None) -> Prepared | FileReport:
    """Read one file: a Prepared set of rows, or the final report (unchanged, reference file, rejected)."""
    if not path.exists():
        return FileReport(str(path), "rejected", f"{path}: no such file")
    sha = sha256_of(path)
    seen = con.execute("SELECT path, status FROM documents WHERE sha256 = ? ORDER BY path = ? DESC",
                       [sha, str(path)]).fetchall()
    if any(status == "ok" for _, status in seen):
        same = next(p for p, s in seen if s == "ok")
        msg = "unchanged" if same == str(path) else f"same content as {same}, already ingested"
        return FileReport(str(path), "unchanged", msg)
    ref = _reference()
    kind = ref.sniff(path) if ref is not None else None
    if kind:
        try:
            report = ref.ingest_file(con, path)
            status = "unchanged" if report.get("status") == "unchanged" else "ok"
            return FileReport(str(path), status, "unchanged" if status == "unchanged" else "",
                              format=kind, countries=(), rows=int(report.get("rows", 0)))
        except Exception as exc:  # noqa: BLE001 — one bad file never stops the others
            return FileReport(str(path), "rejected", _explain(exc, path), format=kind)
    fmt = ""
    try:
        detect = _detect()
        fmt = detect.sniff(path) if detect is not None else ""
        fmt, docs = read_documents(path, edition)
        if not docs:
            raise ParseError(f"{path.name}: no responses found in the file")
        return Prepared(path, sha, fmt, docs, [answers_frame(d, sha, validate=False) for d in docs])
    except Exception as exc:  # noqa: BLE001 — one bad file never stops the others
        message = _explain(exc, path)
        _reject(con, path, sha, fmt, message)
        return FileReport(str(path), "rejected", message, format=fmt)


def _commit(con: duckdb.DuckDBPyConnection, prep: Prepared, *, validated: bool) -> FileReport:
    """Write one prepared file in its own transaction: all of its rows, or none and a 'rejected' record."""
    try:
        frames = prep.frames if validated else [ANSWERS_SCHEMA.validate(f, lazy=True) for f in prep.frames]
        con.execute("BEGIN TRANSACTION")
        try:
            _write(con, prep.path, prep.sha, prep.fmt, prep.docs[0].loader, prep.docs, frames)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    except Exception as exc:  # noqa: BLE001 — one bad file never stops the others
        message = _explain(exc, prep.path)
        _reject(con, prep.path, prep.sha, prep.fmt, message)
        return FileReport(str(prep.path), "rejected", message, format=prep.fmt)
    isos = tuple(sorted({f["country_iso3"].iat[0] for f in prep.frames}))
    return FileReport(str(prep.path), "ok", format=prep.fmt, countries=isos,
                      rows=sum(len(f) for f in prep.frames))


def ingest_file(con: duckdb.DuckDBPyConnection, path: Path, *, edition: int | None = None) -> FileReport:
    """Ingest one file in its own transaction: all of its rows, or none and a 'rejected' record."""
    prep = _prepare(con, path, edition)
    return prep if isinstance(prep, FileReport) else _commit(con, prep, validated=False)


BATCH = 256  # files read before their rows are validated together (one schema check, not one per file)


def ingest_paths(paths: list[str | os.PathLike], db_path: str | os.PathLike, *,
                 edition: int | None = None) -> list[FileReport]:
    """Ingest files and folders into the database; returns one report per file.

    Every file is still written in its own transaction; the schema check runs once over a batch of
    files (it costs about as much for 12,000 rows as for 65) and, if the batch fails, again file by
    file so that the report names the file at fault.
    """
    con = connect(db_path)
    try:
        files = expand(paths)
        reports: list[FileReport] = []
        for start in range(0, len(files), BATCH):
            preps = [_prepare(con, p, edition) for p in files[start:start + BATCH]]
            frames = [f for p in preps if isinstance(p, Prepared) for f in p.frames]
            validated = False
            if frames:
                try:
                    ANSWERS_SCHEMA.validate(pd.concat(frames, ignore_index=True), lazy=True)
                    validated = True
                except pandera.errors.SchemaErrors:
                    validated = False
            reports += [p if isinstance(p, FileReport) else _commit(con, p, validated=validated) for p in preps]
        if any(r.status == "ok" for r in reports):
            rebuild_derived(con)
        return reports
    finally:
        con.close()


def rebuild_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Tables computed from others (the evidence table), refreshed after every change."""
    try:
        evidence = importlib.import_module("loaders.reference.evidence")
    except ModuleNotFoundError:
        return
    evidence.rebuild(con)


def default_inputs(demo_dir: Path = DEMO_DIR) -> list[Path]:
    """What the default database holds: real responses, the demo corpus, official reference files."""
    return [p for p in (RESPONSES_DIR, demo_dir, REFERENCE_DIR) if p.exists()]


def ensure_demo_corpus(demo_dir: Path = DEMO_DIR) -> None:
    """Write the synthetic demo corpus when it is missing (it is generated, never committed)."""
    if any(demo_dir.glob("*/*.txt")):
        return
    try:
        synthetic = importlib.import_module("loaders.synthetic.cli")
    except ModuleNotFoundError:
        log.warning("no demo generator available; building without the demo corpus")
        return
    synthetic.write_corpus(demo_dir / "2022")


def _build_locked(db_path: Path, demo: bool) -> list[FileReport]:
    if demo:
        ensure_demo_corpus()
    tmp = db_path.with_suffix(".building.duckdb")
    tmp.unlink(missing_ok=True)
    reports = ingest_paths([p for p in default_inputs() if demo or p != DEMO_DIR], tmp)
    os.replace(tmp, db_path)
    Path(str(tmp) + ".wal").unlink(missing_ok=True)
    return reports


def build_database(db_path: str | os.PathLike, *, demo: bool = True) -> list[FileReport]:
    """Build the default database from scratch into a temporary file, then move it into place.

    A lock file keeps two app sessions (or the app and the command line) from building at once.
    """
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with open(db_path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _build_locked(db_path, demo)


def ensure_database(db_path: str | os.PathLike) -> bool:
    """Build the default database if it does not exist yet; True when a build happened."""
    db_path = Path(db_path)
    if db_path.exists():
        return False
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with open(db_path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if db_path.exists():  # another session built it while we waited
            return False
        _build_locked(db_path, demo=True)
        return True
