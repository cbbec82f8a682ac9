"""The single writer of the DuckDB store: a lock, a private copy, per-file transactions, an atomic publish.

Every write to the database goes through `writing()`: it takes the writer lock (waiting a bounded time),
copies the database to a private file, lets the caller write there, rebuilds the derived tables, and
moves the copy over the database with one atomic rename. Readers (the app, `coverage`, `export`, scripts
with `read_only=True`) are never blocked and never see half of a change: a connection opened before the
rename keeps reading the old file, one opened after reads the new one. A crash or a kill at any moment
leaves the published database as it was. This module imports no reader of documents: rows arrive as
frames from the ingest pipeline (loaders.ingest).
"""
from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import duckdb
import pandas as pd

from . import reference_schema, source_agreement
from .reference_schema import PARTITIONS, Replacement, TableWriteError
from .schema import ANSWERS_SCHEMA, CORRECTION_COLUMNS, CORRECTIONS_SCHEMA, DDL

# How long a writer waits for another writer before giving up (seconds); --wait or $MSQ_LOCK_WAIT.
DEFAULT_WAIT = 300.0
DUCKDB_MAGIC = b"DUCK"  # bytes 8..12 of every DuckDB database file


class StoreBusy(RuntimeError):
    """Another writer held the database for longer than this writer could wait (one-line message)."""


class NotADatabase(RuntimeError):
    """The file named as the database is not a DuckDB database (one-line message)."""


class DiskFull(OSError):
    """The private copy or the change did not fit on the disk; nothing was published, no copy is left."""

    def __init__(self, needed_mb: float, where: Path):
        super().__init__(errno.ENOSPC, f"no space left on device (needed about {max(1, round(needed_mb)):,} MB "
                                       f"at {where}); nothing was written. Free some space and run this again")

    def __str__(self) -> str:
        return self.strerror


def _is_disk_full(exc: BaseException) -> bool:
    seen = 0
    while exc is not None and seen < 10:
        if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "No space left on device" in str(exc):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


# Settings of a database, recorded in it: which corrections file it applies (loaders.corrections.identity).
SETTINGS_DDL = """
CREATE TABLE IF NOT EXISTS store_settings (
    name    VARCHAR PRIMARY KEY,
    value   VARCHAR NOT NULL,
    set_at  TIMESTAMP NOT NULL
);
"""
# How long the last writer of this process held the lock, and for what (bench and tests read it).
last_hold: dict = {}


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def lock_file(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def _scratch(db: Path) -> Path:
    return db.with_name(f".{db.name}.writing-{os.getpid()}")


def version(db_path: str | os.PathLike) -> tuple[str, int, int]:
    """(path, inode, mtime): changes whenever a writer publishes; the readers' cache key."""
    st = Path(db_path).stat()
    return (str(db_path), st.st_ino, st.st_mtime_ns)


def check_database(db: Path) -> None:
    """Raise NotADatabase when `db` exists but is not a DuckDB file (e.g. --db pointing at a CSV)."""
    if not db.exists():
        return
    with db.open("rb") as f:
        head = f.read(16)
    if db.stat().st_size and head[8:12] != DUCKDB_MAGIC:
        raise NotADatabase(f"{db} is not a DuckDB database (it starts with {head[:8]!r}); "
                           "name a new file or an existing database with --db")


def open_reader(db_path: str | os.PathLike) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the database as published now; close it when done.

    The file is attached to a fresh in-memory instance: `duckdb.connect(path, read_only=True)` would hand
    back a cached instance of the same path in this process, which may still show a replaced file.
    """
    db = Path(db_path)
    if not db.exists():
        raise FileNotFoundError(f"no database at {db}; run `python -m loaders build`")
    check_database(db)
    con = duckdb.connect(":memory:", config={"threads": 2})
    try:
        escaped = str(db).replace("'", "''")
        con.execute(f"ATTACH '{escaped}' AS msq (READ_ONLY)")
        con.execute("USE msq")
    except duckdb.Error as exc:
        con.close()
        raise NotADatabase(f"{db} cannot be opened as a DuckDB database ({exc})") from exc
    return con


# ------------------------------------------------------------------ the writer lock


def _holder(lock: Path) -> str:
    try:
        info = json.loads(lock.read_text() or "{}")
    except (OSError, ValueError):
        return "another process"
    if not info:
        return "another process"
    return f"pid {info.get('pid')} ({info.get('purpose')}, since {info.get('since')} UTC)"


def holder(db_path: str | os.PathLike) -> dict | None:
    """Who is writing the database now: {"pid", "purpose", "since"} of the lock's holder, or None.

    Tested with a shared lock that is released at once: a writer asking at that instant retries 0.1 s later.
    """
    path = lock_file(Path(db_path))
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            try:
                info = json.loads(os.pread(fd, 4096, 0) or b"{}")
            except ValueError:
                info = {}
            return {"pid": info.get("pid"), "purpose": info.get("purpose") or "write", "since": info.get("since")}
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


@contextmanager
def _locked(db: Path, purpose: str, wait: float | None) -> Iterator[None]:
    wait = float(os.environ.get("MSQ_LOCK_WAIT", DEFAULT_WAIT)) if wait is None else wait
    path = lock_file(db)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise StoreBusy(
                        f"{db} is being written by {_holder(path)}; waited {wait:g} s. Let it finish and run "
                        f"this again, or wait longer with --wait SECONDS (or MSQ_LOCK_WAIT)") from None
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps({"pid": os.getpid(), "purpose": purpose,
                                  "since": _now().strftime("%Y-%m-%d %H:%M:%S")}).encode(), 0)
        taken = time.monotonic()
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
            last_hold.update(purpose=purpose, seconds=time.monotonic() - taken, db=str(db))
    finally:
        os.close(fd)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def writing(db_path: str | os.PathLike, *, purpose: str = "write", wait: float | None = None,
            fresh: bool = False) -> Iterator["Writer"]:
    """Write to the database through a private copy, published atomically when the block ends.

    `fresh` starts from an empty database instead of a copy (a full rebuild). If the block raises, or the
    process dies, nothing is published and the database stays as it was.
    """
    db = Path(db_path)
    db.parent.mkdir(parents=True, exist_ok=True)
    check_database(db)
    with _locked(db, purpose, wait):
        for leftover in db.parent.glob(f".{db.name}.writing-*"):  # from a writer that died: we hold the lock
            leftover.unlink(missing_ok=True)
        scratch = _scratch(db)
        try:
            if db.exists() and not fresh:
                _copy(db, scratch)
        except OSError as exc:
            _remove(scratch)
            if _is_disk_full(exc):
                raise DiskFull(_needed_mb(db), db.parent) from None
            raise
        try:
            con = duckdb.connect(str(scratch))
        except duckdb.Error as exc:
            _remove(scratch)
            if _is_disk_full(exc):
                raise DiskFull(_needed_mb(db), db.parent) from None
            raise NotADatabase(f"{db} cannot be opened as a DuckDB database ({exc})") from exc
        published = False
        try:
            con.execute(DDL)
            con.execute(reference_schema.DDL)
            con.execute(SETTINGS_DDL)
            writer = Writer(con, db)
            yield writer
            writer.finish()
            con.execute("CHECKPOINT")
            con.close()
            _fsync(scratch)
            os.replace(scratch, db)
            published = True
            Path(str(db) + ".wal").unlink(missing_ok=True)
            _fsync(db.parent)
        except Exception as exc:
            if _is_disk_full(exc) and not isinstance(exc, DiskFull):
                raise DiskFull(_needed_mb(db, scratch), db.parent) from None
            raise
        finally:
            if not published:
                try:
                    con.close()
                except duckdb.Error:
                    pass
                _remove(scratch)


def _copy(db: Path, scratch: Path) -> None:
    shutil.copyfile(db, scratch)
    wal = Path(str(db) + ".wal")
    if wal.exists():  # left by a process that wrote to the file directly and did not close it
        shutil.copyfile(wal, Path(str(scratch) + ".wal"))


def _remove(scratch: Path) -> None:
    """Remove a private copy and its log (a partial copy must never keep the disk full)."""
    scratch.unlink(missing_ok=True)
    Path(str(scratch) + ".wal").unlink(missing_ok=True)


def _needed_mb(db: Path, scratch: Path | None = None) -> float:
    """About what a writer needs free: a copy of the database and its log, plus a fifth for the change."""
    size = sum(p.stat().st_size for p in (db, Path(str(db) + ".wal")) if p.exists())
    if scratch is not None and scratch.exists():
        size = max(size, scratch.stat().st_size)
    return size * 1.2 / (1024 * 1024) + 1


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back if a transaction is still open (a failed COMMIT, e.g. a full disk, has already ended it)."""
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass


# ------------------------------------------------------------------ the writer


@dataclass
class DocumentRows:
    """One response file ready to write: its documents row and the rows of answers, contacts and notes."""

    path: str
    sha256: str
    format: str
    loader: str
    country_iso3: str | None
    edition: int | None
    is_synthetic: bool
    submitted_at: datetime | None
    answers: pd.DataFrame          # columns of schema.ANSWER_COLUMNS
    contacts: list[tuple]          # (role, name, title, organization, email)
    notes: list[str]


class Writer:
    """The write operations of the store, on one read-write connection (see `writing`)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, db: Path | None = None):
        self.con = con
        self.db = db                # the published database this writer will replace (None: in memory)
        con.execute(DDL)
        con.execute(reference_schema.DDL)
        con.execute(SETTINGS_DDL)
        self.run = int(con.execute("SELECT coalesce(max(ingest_run), 0) + 1 FROM documents").fetchone()[0])
        self.order = 0
        self.dirty = False          # answers, corrections or reference rows changed: evidence is stale
        self.evidence_report: dict | None = None

    # -- reads the pipeline needs while writing
    def seen(self, sha: str, path: str) -> list[tuple[str, str]]:
        """(path, status) of every earlier ingest of this content, this path first."""
        return self.con.execute("SELECT path, status FROM documents WHERE sha256 = ? ORDER BY path = ? DESC",
                                [sha, path]).fetchall()

    def _next_order(self) -> int:
        self.order += 1
        return self.order

    # -- documents
    def put_document(self, doc: DocumentRows, order: int | None = None) -> None:
        """Write one file's rows in one transaction: all of them, or none (the exception propagates)."""
        order = self._next_order() if order is None else order
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._insert_document(doc, order)
            self.con.execute("COMMIT")
        except Exception:
            _rollback(self.con)
            raise
        self.dirty = True

    def _insert_document(self, doc: DocumentRows, order: int) -> None:
        # Rows of a content are only ever written with a documents row of that content, and that row is
        # only ever replaced, never removed: content not in `documents` has nothing to delete (one query
        # instead of four DELETEs, each a scan of its table).
        stored = self.con.execute("SELECT 1 FROM documents WHERE sha256 = ? LIMIT 1", [doc.sha256]).fetchone()
        if stored:
            self.con.execute("DELETE FROM documents WHERE sha256 = ? AND path = ?", [doc.sha256, doc.path])
        self.con.execute(
            "INSERT INTO documents (path, sha256, format, loader, country_iso3, edition, status, error, "
            "ingested_at, is_synthetic, submitted_at, ingest_run, ingest_order) "
            "VALUES (?, ?, ?, ?, ?, ?, 'ok', NULL, ?, ?, ?, ?, ?)",
            [doc.path, doc.sha256, doc.format, doc.loader, doc.country_iso3, doc.edition, _now(),
             doc.is_synthetic, doc.submitted_at, self.run, order])
        if stored:
            for table in ("answers", "contacts", "notes"):
                self.con.execute(f"DELETE FROM {table} WHERE document_sha256 = ?", [doc.sha256])
        self.con.register("incoming", doc.answers)
        try:
            self.con.execute(
                "INSERT INTO answers SELECT country_iso3, country_name, edition, section, question, item, "
                "CAST(themes AS VARCHAR[]), answer, basis, detail, CAST(links AS VARCHAR[]), "
                "document_sha256, is_synthetic, flag, evidence FROM incoming")
        finally:
            self.con.unregister("incoming")
        if doc.contacts:  # one statement for all of them (executemany runs one per row)
            marks = ", ".join(["(?, ?, ?, ?, ?, ?)"] * len(doc.contacts))
            self.con.execute(f"INSERT INTO contacts VALUES {marks}",
                             [v for c in doc.contacts for v in (doc.sha256, *c)])
        if doc.notes:
            self.con.executemany("INSERT INTO notes VALUES (?, ?)", [[doc.sha256, n] for n in doc.notes])

    def stored(self) -> dict[str, list[str]]:
        """Paths of every stored (status ok) content, by SHA-256: one query for a whole ingest run."""
        out: dict[str, list[str]] = {}
        for sha, path in self.con.execute("SELECT sha256, path FROM documents WHERE status = 'ok' ORDER BY path").fetchall():
            out.setdefault(sha, []).append(path)
        return out

    def next_order(self) -> int:
        """The place of the next file in this run (files of one run are versions in this order)."""
        return self._next_order()

    def resubmit(self, orders: dict[str, int]) -> None:
        """Unchanged files given again become the newest versions of their responses, in one UPDATE.

        `orders` maps each content's SHA-256 to its place in this run. The derived tables are marked stale
        only when this changes which version of some response is current.
        """
        if not orders:
            return
        before = self.con.execute("SELECT country_iso3, edition, sha256 FROM current_documents ORDER BY ALL").fetchall()
        frame = pd.DataFrame({"sha256": list(orders), "ingest_order": list(orders.values())})
        self.con.register("resubmitted", frame)
        try:
            self.con.execute("UPDATE documents SET ingest_run = ?, ingest_order = r.ingest_order FROM resubmitted r "
                             "WHERE documents.sha256 = r.sha256 AND documents.status = 'ok'", [self.run])
        finally:
            self.con.unregister("resubmitted")
        after = self.con.execute("SELECT country_iso3, edition, sha256 FROM current_documents ORDER BY ALL").fetchall()
        if after != before:
            self.dirty = True

    def move_document(self, sha: str, old_path: str, new_path: str) -> None:
        """Record that a stored file now lives at `new_path` (an upload moved from staging to its folder)."""
        self.con.execute("UPDATE documents SET path = ? WHERE sha256 = ? AND path = ?", [new_path, sha, old_path])

    def reject(self, path: str, sha: str, fmt: str, message: str) -> None:
        """Record a file that could not be read (it leaves no rows)."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM documents WHERE sha256 = ? AND path = ?", [sha, path])
            self.con.execute(
                "INSERT INTO documents (path, sha256, format, status, error, ingested_at, is_synthetic, "
                "ingest_run, ingest_order) VALUES (?, ?, ?, 'rejected', ?, ?, FALSE, ?, ?)",
                [path, sha, fmt or None, message, _now(), self.run, self._next_order()])
            self.con.execute("COMMIT")
        except Exception:
            _rollback(self.con)
            raise

    # -- what the database records about itself
    def setting(self, name: str) -> str | None:
        row = self.con.execute("SELECT value FROM store_settings WHERE name = ?", [name]).fetchone()
        return row[0] if row else None

    def set_setting(self, name: str, value: str) -> None:
        if self.setting(name) == value:
            return
        self.con.execute("INSERT OR REPLACE INTO store_settings VALUES (?, ?, ?)", [name, value, _now()])

    def keep_document(self, old_db: Path, sha: str, path: str, order: int) -> None:
        """Copy one stored response (its documents row and all its rows) from the published database."""
        escaped = str(old_db).replace("'", "''")
        self.con.execute(f"ATTACH '{escaped}' AS kept_from (READ_ONLY)")
        try:
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute("INSERT INTO documents BY NAME SELECT * REPLACE (? AS ingest_run, ? AS ingest_order) "
                                 "FROM kept_from.documents WHERE sha256 = ? AND path = ?", [self.run, order, sha, path])
                for table in ("answers", "contacts", "notes"):
                    self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM kept_from.{table} "
                                     "WHERE document_sha256 = ?", [sha])
                self.con.execute("COMMIT")
            except Exception:
                _rollback(self.con)
                raise
        finally:
            self.con.execute("DETACH kept_from")
        self.dirty = True

    # -- official reference files
    def reference_unchanged(self, source_file: str, sha256: str) -> str | None:
        """The file's kind when this exact file is loaded and none of its rows has been superseded since."""
        row = self.con.execute("SELECT kind, sha256, n_rows FROM reference_files WHERE source_file = ?",
                               [source_file]).fetchone()
        if row and row[1] == sha256 and self._rows_from(row[0], source_file) == row[2]:
            return row[0]
        return None

    def put_reference(self, frames: dict[str, pd.DataFrame], log: dict | None) -> dict[str, dict]:
        """Validate every frame, then replace rows in one transaction; all or nothing.

        Each frame replaces the same source file's rows and the rows of its partition (PARTITIONS).
        `log` (source_file, kind, layout, path, sha256, years) adds or refreshes the reference_files row.
        Returns per table: rows inserted, rows deleted, other source files whose rows were superseded.
        """
        source = log["source_file"] if log else None
        checked = []
        for table, frame in frames.items():
            missing = [c for c in reference_schema.COLUMNS[table] if c not in frame.columns]
            if missing:
                raise TableWriteError(f"table {table}: the rows lack columns {missing}")
            checked.append(Replacement(table, reference_schema.validate(table, frame[reference_schema.COLUMNS[table]]),
                                       source if table != "evidence" else None))
        out: dict[str, dict] = {}
        self.con.execute("BEGIN TRANSACTION")
        try:
            for rep in checked:
                self.con.register("_reference_new", rep.frame)
                try:
                    deleted, others = self._delete(rep)
                    self.con.execute(f"INSERT INTO {rep.table} BY NAME SELECT * FROM _reference_new")
                finally:
                    self.con.unregister("_reference_new")
                out[rep.table] = {"inserted": len(rep.frame), "deleted": deleted, "superseded_files": others}
            if log is not None:
                self._log_file(log, sum(v["inserted"] for v in out.values()),
                               {f for v in out.values() for f in v["superseded_files"]})
            self.con.execute("COMMIT")
        except Exception as exc:
            _rollback(self.con)
            if isinstance(exc, TableWriteError) or _is_disk_full(exc):
                raise
            raise TableWriteError(f"the database refused the rows ({type(exc).__name__}: {exc}); "
                                  "nothing was written") from exc
        self.dirty = True
        return out

    def _delete(self, rep: Replacement) -> tuple[int, list[str]]:
        keys = PARTITIONS[rep.table]
        match = (f"({', '.join(keys)}) IN (SELECT DISTINCT {', '.join(keys)} FROM _reference_new)"
                 if keys else "TRUE")
        if rep.source_file is not None:
            others = [r[0] for r in self.con.execute(
                f"SELECT DISTINCT source_file FROM {rep.table} WHERE ({match}) AND source_file <> ?",
                [rep.source_file]).fetchall()]
            where, params = f"source_file = ? OR ({match})", [rep.source_file]
        else:
            others, where, params = [], match, []
        n = self.con.execute(f"SELECT count(*) FROM {rep.table} WHERE {where}", params).fetchone()[0]
        self.con.execute(f"DELETE FROM {rep.table} WHERE {where}", params)
        return int(n), others

    def _rows_from(self, kind: str, source_file: str) -> int:
        return sum(self.con.execute(f"SELECT count(*) FROM {t} WHERE source_file = ?", [source_file]).fetchone()[0]
                   for t in reference_schema.KIND_TABLES[kind])

    def _log_file(self, log: dict, n_rows: int, superseded: set[str]) -> None:
        self.con.execute("DELETE FROM reference_files WHERE source_file = ?", [log["source_file"]])
        self.con.execute("INSERT INTO reference_files VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
            log["source_file"], log["kind"], log["layout"], log["path"], log["sha256"], n_rows,
            list(log["years"]), _now()])
        # A file whose rows were all superseded by this one is no longer in the store. n_rows of a file
        # that lost only some rows stays as loaded, so reference_unchanged() sees the loss.
        for other in superseded:
            kind = self.con.execute("SELECT kind FROM reference_files WHERE source_file = ?", [other]).fetchone()
            if kind and self._rows_from(kind[0], other) == 0:
                self.con.execute("DELETE FROM reference_files WHERE source_file = ?", [other])

    # -- analysts' corrections
    def replace_corrections(self, frame: pd.DataFrame) -> int:
        """Make the corrections table equal to `frame` (the corrections file), validated first."""
        frame = frame[CORRECTION_COLUMNS].copy()
        if len(frame):
            frame = CORRECTIONS_SCHEMA.validate(frame, lazy=True)
        same = self.con.execute("SELECT * FROM corrections ORDER BY ALL").df()
        ordered = frame.sort_values(CORRECTION_COLUMNS).reset_index(drop=True)
        if len(same) == len(ordered) and (len(same) == 0 or same.astype(str).equals(ordered.astype(str))):
            return 0  # nothing changed: the evidence need not be rebuilt for it
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM corrections")
            if len(frame):
                self.con.register("incoming_corrections", frame)
                try:
                    self.con.execute("INSERT INTO corrections BY NAME SELECT * FROM incoming_corrections")
                finally:
                    self.con.unregister("incoming_corrections")
            self.con.execute("COMMIT")
        except Exception:
            _rollback(self.con)
            raise
        self.dirty = True
        return len(frame)

    # -- derived tables
    def rebuild_evidence(self) -> dict:
        """Recompute the `evidence` table from the answers and the reference tables; returns its report."""
        frame, report = source_agreement.derive(self.con)
        self.put_reference({"evidence": frame}, None)
        self.evidence_report = report
        self.dirty = False
        return report

    def finish(self) -> None:
        """Bring derived tables up to date before the copy is published (same change, same file)."""
        if self.dirty:
            self.rebuild_evidence()
            self.dirty = False


def validate_answers(frame: pd.DataFrame) -> pd.DataFrame:
    """The answers rows checked against the declared schema (pandera), before any write."""
    return ANSWERS_SCHEMA.validate(frame, lazy=True)
