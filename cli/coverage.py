"""`python -m loaders coverage`: the yes/no/unknown coverage table per country and section (or theme)."""
from __future__ import annotations

import sys

from loaders.paths import db_path

from .options import db_option

BY = ("section", "theme")


def register(commands) -> None:
    p = commands.add_parser("coverage", help="print yes/no/unknown coverage per country and section",
                            description="Print yes/no/unknown coverage per country and section (or theme).")
    db_option(p)
    p.add_argument("--by", choices=BY, default=BY[0], help=f"one row per country and {' or '.join(BY)} "
                                                          f"(default: {BY[0]})")
    p.add_argument("--country", nargs="*", action="extend", default=[], metavar="ISO3",
                   help="only these countries, e.g. DNK KEN")
    p.add_argument("--real-only", action="store_true", help="leave out synthetic demo responses")
    p.set_defaults(func=run)


def run(args) -> int:
    """0 with the table printed; 1 without a database or when no answer matches; 2 for a --country that is no
    ISO3 code."""
    import pandas as pd

    from analysis import queries
    from analysis.coverage import coverage

    from .review import UsageError, iso3s

    try:
        wanted = iso3s(args.country)
    except UsageError as err:  # a name or a typo would otherwise end in "no answers match"
        print(f"error: {err}", file=sys.stderr)
        return 2
    path = db_path(args.db)
    if not path.exists():
        print(f"no database at {path}; run `python -m loaders build` (or `python -m loaders ingest PATH "
              f"--db {path}`) first", file=sys.stderr)
        return 1
    with queries.reading(path) as con:
        answers = queries.current_answers(con)
    if wanted:
        answers = answers[answers["country_iso3"].isin(wanted)]
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
