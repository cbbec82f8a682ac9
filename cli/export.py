"""`python -m loaders export`: the Data page's download (same rows, columns, citation) from the command line."""
from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from pathlib import Path

from loaders import catalogue, paths
from loaders.vocab import CURRENT_BASES

from .options import db_option

FORMATS = (".csv", ".xlsx")
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3  # as cli.main documents them


class UsageError(ValueError):
    """An option value that names nothing the data knows; the message lists the valid ones."""


def register(commands) -> None:
    p = commands.add_parser(
        "export", help="write the filtered answers as CSV or XLSX, as the Data page does",
        description="Write the filtered MSQ answers as CSV or XLSX: the same rows, columns, citation "
                    "and formula-safe cells as the dashboard's Data page download.",
    )
    p.add_argument("--out", required=True, help="output file, ending in .csv or .xlsx")
    db_option(p)
    p.add_argument("--edition", type=int, help="survey edition (year), e.g. 2022")
    p.add_argument("--country", nargs="+", action="extend", default=[], metavar="ISO3",
                   help="one or more ISO3 codes, e.g. DNK KEN")
    p.add_argument("--region", nargs="+", action="extend", default=[], metavar="R",
                   help="UN M49 region(s): Africa, Americas, Asia, Europe, Oceania")
    p.add_argument("--sub-region", nargs="+", action="extend", default=[], metavar="S",
                   help="UN M49 sub-region(s), e.g. 'Eastern Africa'")
    p.add_argument("--section", help="questionnaire section letter, e.g. C (legal framework)")
    p.add_argument("--theme", help=f"one theme: {', '.join(sorted(catalogue.THEMES))}")
    p.add_argument("--basis", nargs="+", action="extend", default=[], metavar="B",
                   help=f"answer basis: {', '.join(CURRENT_BASES)} (corrected = set by an analyst)")
    p.add_argument("--include-synthetic", action="store_true",
                   help="include synthetic demo responses (left out by default)")
    p.add_argument("--include-contacts", action="store_true",
                   help="add respondents' names, titles, organisations and e-mails (personal data)")
    p.add_argument("--include-superseded", action="store_true",
                   help="add the rows of earlier versions of each response (column version: current or "
                        "superseded); left out by default")
    p.set_defaults(func=run)


def _pick(value: str, valid, what: str) -> str:
    """The valid spelling of `value` (case-insensitive), or a UsageError listing every valid value."""
    valid = sorted(set(valid))
    for v in valid:
        if v.casefold() == value.strip().casefold():
            return v
    raise UsageError(f"unknown {what} {value!r}; valid: {', '.join(valid) or '(none in this database)'}")


def _filters(args: argparse.Namespace, answers):
    """The Filters the options ask for, or a UsageError listing the valid values of the first wrong one."""
    from analysis.filters import Filters

    editions = set(catalogue.editions()) | set(answers["edition"].unique().tolist())
    if args.edition is not None and args.edition not in editions:
        raise UsageError(f"unknown edition {args.edition}; valid: {', '.join(map(str, sorted(editions)))}")
    sections: set[str] = set()
    for ed in ([args.edition] if args.edition else sorted(catalogue.editions())):
        sections |= set(catalogue.sections(ed))
    bad_iso = [c for c in args.country if not re.fullmatch(r"[A-Za-z]{3}", c)]
    if bad_iso:
        raise UsageError(f"--country takes ISO3 codes such as DNK; not {', '.join(bad_iso)}")
    regions = set(answers["region"].dropna()) | {"Africa", "Americas", "Asia", "Europe", "Oceania"}
    return Filters(
        edition=args.edition,
        regions=tuple(_pick(r, regions, "region") for r in args.region),
        sub_regions=tuple(_pick(s, set(answers["sub_region"].dropna()), "sub-region") for s in args.sub_region),
        countries=tuple(c.upper() for c in args.country),
        bases=tuple(_pick(b, CURRENT_BASES, "basis") for b in args.basis),
        include_synthetic=args.include_synthetic,
        section=_pick(args.section, sections, "section") if args.section else None,
        theme=_pick(args.theme, catalogue.THEMES, "theme") if args.theme else None,
    )


def run(args: argparse.Namespace) -> int:
    """Write the export file; 0 on success, 1 when the database cannot be read, 2 on a bad option, 3 when
    the file is not a database."""
    import duckdb

    from analysis import export, queries
    from loaders import store

    out = Path(args.out)
    if out.suffix.lower() not in FORMATS:
        print(f"error: --out must end in .csv or .xlsx, not {out.name!r}", file=sys.stderr)
        return EXIT_USAGE
    db = paths.db_path(args.db)
    if not db.is_file():
        print(f"error: no database at {db}. Build it with `python -m loaders build`, "
              "or point --db / MSQ_DB at an existing file.", file=sys.stderr)
        return EXIT_FAILED
    try:
        with queries.reading(db) as con:
            answers = queries.answers(con, include_superseded=args.include_superseded)
            contacts = queries.contacts(con, include_superseded=args.include_superseded) \
                if args.include_contacts else None
    except store.NotADatabase as err:
        print(f"error: {str(err).splitlines()[0]}", file=sys.stderr)
        return EXIT_STORE
    except duckdb.Error as err:
        print(f"error: cannot read {db}: {str(err).splitlines()[0]}", file=sys.stderr)
        return EXIT_FAILED
    try:
        filters = _filters(args, answers)
    except UsageError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    absent = sorted(set(filters.countries) - set(answers["country_iso3"]))
    if absent:
        print(f"note: no answers loaded for {', '.join(absent)}", file=sys.stderr)
    frame = export.export_frame(answers, filters, contacts=contacts, include_contacts=args.include_contacts,
                                include_superseded=args.include_superseded)
    cite = export.citation_for(frame, filters)
    data = export.to_xlsx_bytes(frame, cite, filters=filters) if out.suffix.lower() == ".xlsx" \
        else export.to_csv_bytes(frame, cite)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"{len(frame)} rows written to {out}")
    if frame.empty:
        hidden = 0 if filters.include_synthetic else len(export.export_frame(
            answers, dataclasses.replace(filters, include_synthetic=True),
            include_superseded=args.include_superseded))
        hint = (f"{hidden} synthetic demo rows match: add --include-synthetic" if hidden
                else "loosen them (see --help)")
        print(f"note: no answers pass these filters; {hint}", file=sys.stderr)
    return EXIT_OK
