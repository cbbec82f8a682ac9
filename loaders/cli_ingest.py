"""`python -m loaders ingest | coverage | build`: load files into the store and print coverage."""
from __future__ import annotations

import argparse
import sys

from .paths import db_path


def main_ingest(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m loaders ingest",
                                description="Ingest MSQ responses and official reference files (files or folders).")
    p.add_argument("paths", nargs="+", help="files or folders; folders are read recursively")
    p.add_argument("--db", help="database file (default: $MSQ_DB, else data/msq.duckdb)")
    p.add_argument("--edition", type=int, help="survey edition, when the documents do not say it")
    args = p.parse_args(argv)
    from .store import ingest_paths

    reports = ingest_paths(args.paths, db_path(args.db), edition=args.edition)
    for r in reports:
        print(r.line())
    rejected = sum(r.status == "rejected" for r in reports)
    ok = sum(r.status == "ok" for r in reports)
    print(f"{ok} ingested, {sum(r.status == 'unchanged' for r in reports)} unchanged, {rejected} rejected "
          f"-> {db_path(args.db)}", file=sys.stderr)
    return 1 if rejected or not reports else 0


def main_coverage(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m loaders coverage",
                                description="Print yes/no/unknown coverage per country and section (or theme).")
    p.add_argument("--db", help="database file (default: $MSQ_DB, else data/msq.duckdb)")
    p.add_argument("--by", choices=["section", "theme"], default="section")
    p.add_argument("--country", nargs="*", default=[], help="ISO3 codes to show")
    p.add_argument("--real-only", action="store_true", help="leave out synthetic demo responses")
    args = p.parse_args(argv)
    import pandas as pd

    from analysis.coverage import coverage
    from .store import connect

    path = db_path(args.db)
    if not path.exists():
        print(f"no database at {path}; run `python -m loaders ingest PATH --db {path}` first", file=sys.stderr)
        return 2
    con = connect(path, read_only=True)
    answers = con.execute("SELECT * FROM answers_current").df()
    con.close()
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
                                description="Rebuild the default database: data/responses, the demo corpus "
                                            "(generated if missing) and official files in data/reference.")
    p.add_argument("--db", help="database file (default: $MSQ_DB, else data/msq.duckdb)")
    p.add_argument("--no-demo", action="store_true", help="leave the synthetic demo corpus out")
    args = p.parse_args(argv)
    from .store import build_database

    reports = build_database(db_path(args.db), demo=not args.no_demo)
    for r in reports:
        if r.status != "ok":
            print(r.line())
    print(f"{sum(r.status == 'ok' for r in reports)} files ingested, "
          f"{sum(r.status == 'rejected' for r in reports)} rejected -> {db_path(args.db)}")
    return 1 if any(r.status == "rejected" for r in reports) else 0
