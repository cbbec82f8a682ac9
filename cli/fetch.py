"""`python -m loaders fetch [SOURCE ...]`: download the independent sources' files and ingest them."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from loaders import fetch
from loaders.paths import REFERENCE_DIR, db_path

from .options import db_option, wait_option

EXIT_ERROR = 1
EXIT_MANUAL = 3  # nothing failed, but a source needs a file the user must download by hand


def register(commands) -> None:
    p = commands.add_parser(
        "fetch", help="download the UNCTAD and World Bank files from the publishers and load them",
        description="Download the official files of the independent sources from their publishers, check them, "
                    "save them under data/reference/<source>/ and load them into the database. Sources without "
                    "a stable file address (egdi) print the page to download from and where to put the file.")
    p.add_argument("sources", nargs="*", metavar="SOURCE",
                   help=f"one or more of {', '.join(fetch.SOURCES)} (default: all)")
    db_option(p)
    p.add_argument("--dest", default=str(REFERENCE_DIR), help="folder to save into (default: data/reference)")
    p.add_argument("--mirror", default=os.environ.get(fetch.MIRROR_ENV),
                   help=f"download from <MIRROR>/<source>/<file name> instead of the publishers "
                        f"(default: ${fetch.MIRROR_ENV})")
    p.add_argument("--no-ingest", action="store_true", help="download and check only; do not touch the database")
    wait_option(p)
    p.set_defaults(func=run)


def run(args) -> int:
    """0 when every source was fetched (and loaded); 1 when any failed; 3 when one needs a manual download."""
    unknown = [s for s in args.sources if s not in fetch.SOURCES]
    if unknown:
        print(f"fetch: unknown source {unknown[0]!r}; choose from {', '.join(fetch.SOURCES)}", file=sys.stderr)
        return 2
    wanted = list(dict.fromkeys(args.sources)) or list(fetch.SOURCES)
    plans = fetch.plans()
    dest = Path(args.dest)
    failed = manual = False
    to_ingest = []
    for name in wanted:
        try:
            result = fetch.fetch_source(plans[name], dest, mirror=args.mirror)
        except fetch.FetchError as exc:
            print(f"ERROR     fetch {name}: {exc}", file=sys.stderr)
            failed = True
            continue
        if result.status == "manual":
            print(f"MANUAL    fetch {name}: {result.message}")
            manual = True
            continue
        print(f"{result.status.upper():<9} fetch {name}: {result.message}")
        to_ingest += result.to_ingest
    if to_ingest and not args.no_ingest:
        failed |= _ingest(to_ingest, db_path(args.db), args.wait)
    return EXIT_ERROR if failed else EXIT_MANUAL if manual else 0


def _ingest(paths, db, wait: float | None = None) -> bool:
    """Load the saved files; True when any was rejected or the store could not be written."""
    from loaders import ingest, store  # imported late: `fetch --no-ingest` works without the store's dependencies

    try:
        reports = ingest.ingest_paths(paths, db, wait=wait)
    except store.StoreBusy as exc:
        print(f"ERROR     ingest: {str(exc).splitlines()[0]}", file=sys.stderr)
        return True
    for r in reports:
        print(r.line())
    return any(r.status == "rejected" for r in reports)
