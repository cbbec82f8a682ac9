"""Options several commands share (--db, --wait, --corrections, --corrections-file) and ingest's and build's report lines."""
from __future__ import annotations

import argparse
import sys

from loaders.corrections import ENV as CORRECTIONS_ENV
from loaders.store import DEFAULT_WAIT

DB_HELP = "database file (default: $MSQ_DB, else data/msq.duckdb)"


def db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help=DB_HELP)


def wait_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--wait", type=float, metavar="SECONDS",
                   help="how long to wait while another writer holds the database (default: $MSQ_LOCK_WAIT, else "
                        f"{DEFAULT_WAIT:g})")


def corrections_file_option(p: argparse.ArgumentParser) -> None:
    """--corrections-file: the one way to make a database apply another corrections file than it records."""
    p.add_argument("--corrections-file", metavar="FILE",
                   help="apply FILE and record it as the database's corrections file (a database applies one "
                        "corrections file, recorded in it; a writer with another one is refused unless this is given)")


def corrections_options(p: argparse.ArgumentParser) -> None:
    """--corrections (the file to write into, refused when the database records another) and --corrections-file."""
    p.add_argument("--corrections", metavar="FILE",
                   help=f"the corrections file to write into (default: ${CORRECTIONS_ENV}, else "
                        "data/corrections.csv); it must be the one the database records, else nothing is written "
                        "(exit code 2): to make FILE the database's corrections file use --corrections-file FILE")
    corrections_file_option(p)


class Bar:
    """A one-line progress bar on stderr, drawn only on a terminal (logs and CI get the report alone)."""

    def __init__(self, label: str):
        self.label = label
        self.on = sys.stderr.isatty()

    def __call__(self, done: int, total: int, path: str) -> None:
        if not self.on or not total:
            return
        width = 30
        filled = width * done // total
        sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def summary(reports, db) -> str:
    """'3 ingested, 0 with warnings, 1 unchanged, 1 rejected -> data/msq.duckdb' (and skipped/kept/dropped)."""
    counts = {s: sum(r.status == s for r in reports) for s in ("ok", "warn", "unchanged", "rejected", "skipped",
                                                               "kept", "dropped")}
    extra = "".join(f", {counts[s]} {s}" for s in ("skipped", "kept", "dropped") if counts[s])
    return (f"{counts['ok']} ingested, {counts['warn']} with warnings, {counts['unchanged']} unchanged, "
            f"{counts['rejected']} rejected{extra} -> {db}")
