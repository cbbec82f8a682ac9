"""`python -m loaders ingest | coverage | build`: load files into the store and print coverage."""
from __future__ import annotations

import argparse
import sys

from .paths import db_path


def _wait_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--wait", type=float, metavar="SECONDS",
                   help="how long to wait while another writer holds the database (default: $MSQ_LOCK_WAIT, else 300)")


def corrections_file_option(p: argparse.ArgumentParser) -> None:
    """--corrections-file: the one way to make a database apply another corrections file than it records."""
    p.add_argument("--corrections-file", metavar="FILE",
                   help="apply FILE and record it as the database's corrections file (a database applies one "
                        "corrections file, recorded in it; a writer with another one is refused unless this is given)")


class _Bar:
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


def _summary(reports, db) -> str:
    counts = {s: sum(r.status == s for r in reports) for s in ("ok", "warn", "unchanged", "rejected", "skipped",
                                                               "kept", "dropped")}
    extra = "".join(f", {counts[s]} {s}" for s in ("skipped", "kept", "dropped") if counts[s])
    return (f"{counts['ok']} ingested, {counts['warn']} with warnings, {counts['unchanged']} unchanged, "
            f"{counts['rejected']} rejected{extra} -> {db}")


def main_ingest(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m loaders ingest",
                                description="Ingest MSQ responses and official reference files (files or folders).")
    p.add_argument("paths", nargs="+", help="files or folders; folders are read recursively")
    p.add_argument("--db", help="database file (default: $MSQ_DB, else data/msq.duckdb)")
    p.add_argument("--edition", type=int, help="survey edition, when the documents do not say it")
    p.add_argument("--workers", type=int, help="parallel readers (default: one per core)")
    _wait_option(p)
    corrections_file_option(p)
    args = p.parse_args(argv)
    from pathlib import Path

    from .ingest import escaped, expand_with_skips, ingest_paths

    missing = [x for x in args.paths if not Path(x).exists()]
    if missing:
        print(escaped(f"no such file or folder: {', '.join(missing)}"), file=sys.stderr)
        return 2
    files, skipped = expand_with_skips(args.paths)
    for r in skipped if not files else ():
        print(r.line())
    if not files:
        print(escaped(f"nothing to ingest: {', '.join(args.paths)} holds no response or reference files "
                      "(sidecars, notes, hidden files and links leading outside are skipped)"), file=sys.stderr)
        return 1
    db = db_path(args.db)
    chosen = Path(args.corrections_file) if args.corrections_file else None
    reports = ingest_paths(args.paths, db, edition=args.edition, wait=args.wait, workers=args.workers,
                           progress=_Bar("reading"), corrections_file=chosen, switch_corrections=chosen is not None)
    for r in reports:
        print("\n".join(r.lines()))  # a form export of several countries: a line for each
    print(_summary(reports, db), file=sys.stderr)
    return 1 if any(r.status == "rejected" for r in reports) else 0


def main_coverage(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m loaders coverage",
                                description="Print yes/no/unknown coverage per country and section (or theme).")
    p.add_argument("--db", help="database file (default: $MSQ_DB, else data/msq.duckdb)")
    p.add_argument("--by", choices=["section", "theme"], default="section")
    p.add_argument("--country", nargs="*", default=[], help="ISO3 codes to show")
    p.add_argument("--real-only", action="store_true", help="leave out synthetic demo responses")
    args = p.parse_args(argv)
    import pandas as pd

    from analysis import queries
    from analysis.coverage import coverage

    path = db_path(args.db)
    if not path.exists():
        print(f"no database at {path}; run `python -m loaders build` (or `python -m loaders ingest PATH "
              f"--db {path}`) first", file=sys.stderr)
        return 1
    with queries.reading(path) as con:
        answers = queries.current_answers(con)
    if args.country:
        answers = answers[answers["country_iso3"].isin([c.upper() for c in args.country])]
    if args.real_only:
        answers = answers[~answers["is_synthetic"]]
    table = coverage(answers, by=args.by)
    if table.empty:
        print("no answers match", file=sys.stderr)
        return 1
    with pd.option_context("display.max_rows", None, "display.width", 200):
        shown = table.assign(
            yes_share_answered=table["yes_share_answered"].round(3), yes_share_all=table["yes_share_all"].round(3))
        print(shown.to_string(index=False))
    return 0


def main_build(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m loaders build",
                                description="Rebuild the default database: data/responses, the shipped GTMI "
                                            "extract, official files in data/reference and the demo corpus "
                                            "(generated if missing).")
    p.add_argument("--db", help="database file (default: $MSQ_DB, else data/msq.duckdb)")
    p.add_argument("--no-demo", action="store_true", help="leave the synthetic demo corpus out")
    p.add_argument("--drop-missing", action="store_true",
                   help="drop stored responses whose file is not found (by default their stored rows are kept, "
                        "one `KEPT` line each)")
    p.add_argument("--workers", type=int, help="parallel readers (default: one per core)")
    _wait_option(p)
    corrections_file_option(p)
    args = p.parse_args(argv)
    from pathlib import Path

    from .ingest import build_database

    db = db_path(args.db)
    chosen = Path(args.corrections_file) if args.corrections_file else None
    reports = build_database(db, demo=not args.no_demo, wait=args.wait, workers=args.workers,
                             progress=_Bar("building"), drop_missing=args.drop_missing,
                             corrections_file=chosen, switch_corrections=chosen is not None)
    for r in reports:
        if r.status not in ("ok", "unchanged"):
            print(r.line())
    print(_summary(reports, db))
    return 1 if any(r.status == "rejected" for r in reports) else 0
