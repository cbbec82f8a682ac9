"""The analysts' corrections file (CSV, kept under version control): read, validate, record atomically."""
from __future__ import annotations

import csv
import fcntl
import os
import tempfile
from collections.abc import Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import pandera.errors

from . import catalogue
from .paths import DATA
from .schema import CORRECTION_COLUMNS, CORRECTIONS_SCHEMA
from .spreadsheet import neutralise
from .vocab import ANSWERS

DEFAULT_FILE = DATA / "corrections.csv"
ENV = "MSQ_CORRECTIONS"
# One correction per answer of one document: recording the same key again replaces it.
KEY = ["edition", "country_iso3", "question", "item", "document_sha256"]
_INT_COLUMNS = ("edition", "question")
# Free text a person typed: stored formula-safe (a leading quote before = + - @), like every download.
TEXT_FIELDS = ("reason", "reviewed_by", "reviewed_at")
# What each column must hold, in words, for the error message of a bad line.
_RULES = {
    "edition": "must be a survey year (2001-2100)",
    "country_iso3": "must be an ISO3 code in capitals, e.g. DNK",
    "question": "must be a question number (0 or more)",
    "answer": f"must be one of {', '.join(ANSWERS)}",
    "reason": "must say why (it is empty)",
    "document_sha256": "must be the 64-character SHA-256 of the document the correction was made for",
}


class CorrectionsError(ValueError):
    """The corrections file (or a new correction) is malformed; the message names the file and line."""


class CorrectionsMismatch(CorrectionsError):
    """A writer would apply another corrections file than the one the database records (one-line message)."""


def identity(path: str | os.PathLike) -> str:
    """How a database records its corrections file: project-relative inside the project (a moved checkout
    keeps it), else the absolute path."""
    from .paths import ROOT

    where = Path(path).resolve()
    try:
        return str(where.relative_to(ROOT))
    except ValueError:
        return str(where)


def corrections_file(cli_value: str | os.PathLike | None = None) -> Path:
    """The corrections file: --corrections if given, else $MSQ_CORRECTIONS, else data/corrections.csv."""
    if cli_value:
        return Path(cli_value)
    env = os.environ.get(ENV)
    return Path(env) if env else DEFAULT_FILE


def empty() -> pd.DataFrame:
    """A frame with the corrections columns and no rows."""
    return _typed(pd.DataFrame({c: pd.Series(dtype=object) for c in CORRECTION_COLUMNS}))


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype({c: "int64" for c in _INT_COLUMNS} | {c: object for c in CORRECTION_COLUMNS
                                                              if c not in _INT_COLUMNS})


def load(path: str | os.PathLike) -> pd.DataFrame:
    """Every correction in the file, validated; a missing file is no corrections.

    Raises CorrectionsError naming the file and the line (1 = the header) of the first bad rows.
    """
    path = Path(path)
    if not path.exists():
        return empty()
    reader = csv.reader([])
    try:  # a file someone saved in another encoding, or with a huge field, is theirs to fix: say so
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            header = next(reader, None)
            if header is None:  # an empty file: treat as no corrections, the next record() writes the header
                return empty()
            if header != CORRECTION_COLUMNS:
                raise CorrectionsError(f"{path}: the header must be {','.join(CORRECTION_COLUMNS)}; "
                                       f"found {','.join(header)}")
            rows, lines = [], []
            for row in reader:
                if not row or all(not c.strip() for c in row):
                    continue  # a blank line (e.g. added by hand at the end) carries no correction
                if len(row) != len(header):
                    raise CorrectionsError(f"{path}, line {reader.line_num}: {len(row)} fields, "
                                           f"expected {len(header)} ({','.join(header)})")
                rows.append(row)
                lines.append(reader.line_num)
    except UnicodeDecodeError as e:
        raise CorrectionsError(f"{path}: not UTF-8 text (byte {e.start:,}: {e.reason}); save it again as UTF-8 "
                               "(in Excel: CSV UTF-8)") from None
    except csv.Error as e:
        raise CorrectionsError(f"{path}, line {reader.line_num}: cannot be read as CSV ({e}); fix or remove that "
                               "line (a field of over 131,072 characters, or a NUL byte, does this)") from None
    frame = pd.DataFrame(rows, columns=CORRECTION_COLUMNS, dtype=object)
    return _validate(frame, lines, where=str(path))


def _validate(frame: pd.DataFrame, lines: list[int], *, where: str) -> pd.DataFrame:
    """Types, closed value sets, unique keys, and a question/item the edition's catalogue knows."""
    frame = frame.reset_index(drop=True)
    for col in _INT_COLUMNS:
        for i, v in enumerate(frame[col]):
            try:
                frame.at[i, col] = int(str(v).strip())
            except ValueError:
                raise CorrectionsError(f"{where}, line {lines[i]}: {col} must be a whole number, not {v!r}") \
                    from None
    frame = _typed(frame)
    twice = frame.index[frame.duplicated(KEY, keep=False)]
    if len(twice):
        raise CorrectionsError(f"{where}, lines {', '.join(str(lines[i]) for i in twice)}: the same answer "
                               f"({', '.join(KEY)}) is corrected more than once; keep one line")
    try:
        frame = CORRECTIONS_SCHEMA.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as err:
        problems: dict[int, list[str]] = {}
        for _, case in err.failure_cases.iterrows():
            at = case.get("index")
            line = lines[int(at)] if at is not None and not pd.isna(at) else 0
            problems.setdefault(line, []).append(
                f"{case['column']} {_RULES.get(case['column'], case['check'])}, not {case['failure_case']!r}")
        said = [f"line {n}: " + "; ".join(sorted(set(p))) for n, p in sorted(problems.items())[:10]]
        raise CorrectionsError(f"{where}, " + " | ".join(said)) from None
    for i, r in frame.iterrows():
        try:
            known = {e.key for e in catalogue.load(int(r["edition"]))}
        except FileNotFoundError:
            raise CorrectionsError(f"{where}, line {lines[i]}: no question catalogue for edition "
                                   f"{r['edition']}") from None
        if (int(r["question"]), r["item"]) not in known:
            raise CorrectionsError(f"{where}, line {lines[i]}: edition {r['edition']} has no question "
                                   f"{r['question']} item {r['item']!r}")
    return frame


def now() -> str:
    """The reviewed_at stamp: UTC, to the second, ISO 8601."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def record(path: str | os.PathLike, row: Mapping) -> pd.DataFrame:
    """Add one decision (a correction, or a confirmation: an answer equal to the reading) to the file,
    replacing any for the same answer of the same document; see record_many."""
    return record_many(path, [row])


def record_many(path: str | os.PathLike, rows: list[Mapping]) -> pd.DataFrame:
    """Add decisions to the file in one write, each replacing any for the same answer of the same document.

    Each row holds the CORRECTION_COLUMNS (reviewed_at defaults to now). A decision whose answer equals the
    document's reading confirms it; any other answer corrects it (the store tells them apart). Text that a
    spreadsheet would run as a formula (= + - @ ...) is stored with a leading quote, as downloads do. The file
    is rewritten sorted by key (small diffs under version control) through a temporary file and os.replace,
    under a lock, so it is never half-written and two analysts saving at once both keep their decisions.
    All rows are checked before anything is written: one bad row saves none. Returns the new file's rows.
    """
    path = Path(path)
    if not rows:
        return load(path)
    stamp = now()
    new = [_new_row(row, stamp) for row in rows]
    checked = _validate(pd.DataFrame(new, columns=CORRECTION_COLUMNS, dtype=object), list(range(1, len(new) + 1)),
                        where="new decision" + ("s" if len(new) > 1 else ""))
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path):
        old = load(path)
        keys = set(map(tuple, checked[KEY].astype(str).values))
        keep = old[[tuple(k) not in keys for k in old[KEY].astype(str).values]] if len(old) else old
        frame = pd.concat([keep, checked], ignore_index=True) if len(keep) else checked
        frame = frame.sort_values(KEY, kind="stable").reset_index(drop=True)
        write(path, frame)
    return frame


def _new_row(row: Mapping, stamp: str) -> dict:
    unknown = set(row) - set(CORRECTION_COLUMNS)
    if unknown:
        raise CorrectionsError(f"a correction has no field(s) {sorted(unknown)}; fields: {CORRECTION_COLUMNS}")
    new = {c: _plain(row.get(c, "")) for c in CORRECTION_COLUMNS}
    new["reviewed_at"] = new["reviewed_at"] or stamp
    if not str(new["reason"]).strip():
        raise CorrectionsError("a correction needs a reason: say why the answer is right")
    return {c: neutralise(v) if c in TEXT_FIELDS else v for c, v in new.items()}


def _plain(value):
    """Text as one kind of line break and no NUL, so every CSV reader (and git) sees the same rows."""
    if not isinstance(value, str):
        return value
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "")


def write(path: str | os.PathLike, frame: pd.DataFrame) -> None:
    """Write the whole corrections file atomically (temporary file in the same folder, then os.replace)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); the corrections file keeps its mode, or is readable by all.
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            safe = frame[CORRECTION_COLUMNS].copy()
            for col in TEXT_FIELDS:  # idempotent: a value already quoted starts with ' and stays as it is
                safe[col] = safe[col].map(neutralise)
            safe.to_csv(f, index=False, lineterminator="\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def _locked(path: Path):
    """An exclusive lock on the file's folder for the read-modify-write of record(); leaves no lock file."""
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
