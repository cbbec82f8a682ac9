"""`python -m loaders ingest PATH...`: read files or folders and store them, one report line per file."""
from __future__ import annotations

import sys
from pathlib import Path

from loaders.paths import db_path

from .options import Bar, corrections_file_option, db_option, summary, wait_option


def register(commands) -> None:
    p = commands.add_parser("ingest", help="ingest files or folders into the DuckDB store",
                            description="Ingest MSQ responses and official reference files (files or folders).")
    p.add_argument("paths", nargs="+", help="files or folders; folders are read recursively")
    db_option(p)
    p.add_argument("--edition", type=int, help="survey edition, when the documents do not say it")
    p.add_argument("--workers", type=int, help="parallel readers (default: one per core)")
    wait_option(p)
    corrections_file_option(p)
    p.set_defaults(func=run)


def run(args) -> int:
    """0 when every file was stored or unchanged; 1 when any was rejected, or nothing to ingest; 2 on a bad path."""
    from loaders.ingest import escaped, expand_with_skips, ingest_paths

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
                           progress=Bar("reading"), corrections_file=chosen, switch_corrections=chosen is not None)
    for r in reports:
        print("\n".join(r.lines()))  # a form export of several countries: a line for each
    print(summary(reports, db), file=sys.stderr)
    return 1 if any(r.status == "rejected" for r in reports) else 0
