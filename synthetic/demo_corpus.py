"""The demo corpus in the database: generated when missing, then ingested (at once, or by a detached process)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from loaders import ingest
from loaders.paths import DEMO_DIR, LOG_FILE, ROOT
from loaders.prepare import FileReport

from .corpus import write_corpus

DEMO_PURPOSE = ingest.DEMO_PURPOSE  # what the writer lock says while the corpus is added (the app shows it)
DEMO_LOG = LOG_FILE.parent / "demo-corpus.log"


def ensure_demo_corpus(demo_dir: Path | None = None) -> None:
    """Write the synthetic demo corpus when it is missing (it is generated, never committed)."""
    demo_dir = demo_dir or DEMO_DIR
    if any(demo_dir.glob("*/*.txt")):
        return
    write_corpus(demo_dir / "2022")


def ensure_database(db_path: str | os.PathLike, *, demo: bool = True, wait: float | None = None) -> bool:
    """First start: build the real part of a missing database now, the demo corpus later; True if this built it.

    The real part is loaders.ingest.ensure_database (seconds, before the first page). With `demo`, the
    synthetic demo corpus (a minute or more) is then generated and ingested by a detached process
    (start_demo_corpus), published as a change of its own; only the session that built the file starts it.
    """
    built = ingest.ensure_database(db_path, wait=wait)
    if built and demo:
        start_demo_corpus(Path(db_path))
    return built


def add_demo_corpus(db_path: str | os.PathLike, demo_dir: Path | None = None, *,
                    wait: float | None = None) -> list[FileReport]:
    """Generate the demo corpus if missing and ingest it into the database, as one published change.

    The corpus is generated and read before the writer lock; store.holder says what is happening only
    while it is written.
    """
    demo_dir = demo_dir or DEMO_DIR
    ensure_demo_corpus(demo_dir)
    return ingest.ingest_paths([demo_dir], db_path, wait=wait, purpose=DEMO_PURPOSE)


def start_demo_corpus(db_path: str | os.PathLike, demo_dir: Path | None = None,
                      log: Path | None = None) -> subprocess.Popen:
    """Run add_demo_corpus in a detached, low-priority process: outside any request, surviving the app.

    Its output goes to data/logs/demo-corpus.log; a failure there leaves the real data as published. The
    lowest CPU priority (nice 19, inherited by its parse workers) keeps it from slowing the first pages.
    """
    log = log or DEMO_LOG
    log.parent.mkdir(parents=True, exist_ok=True)
    code = ("import os, sys; os.nice(19); from pathlib import Path; from synthetic.demo_corpus import add_demo_corpus; "
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
