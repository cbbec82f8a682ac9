"""`python -m loaders build`: rebuild the default database, generating the demo corpus first when it is missing."""
from __future__ import annotations

from pathlib import Path

from loaders.paths import db_path

from .options import Bar, corrections_file_option, db_option, summary, wait_option


def register(commands) -> None:
    p = commands.add_parser("build", help="(re)build the default database: responses, reference files, demo corpus",
                            description="Rebuild the default database: data/responses, the shipped GTMI "
                                        "extract, official files in data/reference and the demo corpus "
                                        "(generated if missing).")
    db_option(p)
    p.add_argument("--no-demo", action="store_true", help="leave the synthetic demo corpus out")
    p.add_argument("--drop-missing", action="store_true",
                   help="drop stored responses whose file is not found (by default their stored rows are kept, "
                        "one `KEPT` line each)")
    p.add_argument("--workers", type=int, help="parallel readers (default: one per core)")
    wait_option(p)
    corrections_file_option(p)
    p.set_defaults(func=run)


def run(args) -> int:
    """0 when every file was stored, unchanged or kept; 1 when any was rejected."""
    from loaders.ingest import build_database
    from synthetic.demo_corpus import ensure_demo_corpus

    db = db_path(args.db)
    chosen = Path(args.corrections_file) if args.corrections_file else None
    if not args.no_demo:
        ensure_demo_corpus()  # the generator writes the documents; the pipeline only reads them
    reports = build_database(db, demo=not args.no_demo, wait=args.wait, workers=args.workers,
                             progress=Bar("building"), drop_missing=args.drop_missing,
                             corrections_file=chosen, switch_corrections=chosen is not None)
    for r in reports:
        if r.status not in ("ok", "unchanged"):
            print(r.line())
    print(summary(reports, db))
    return 1 if any(r.status == "rejected" for r in reports) else 0
