"""`python -m loaders review`: the answers to review and the stale corrections; helpers `correct` and `confirm` share."""
from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections.abc import Callable
from typing import TypeVar

import duckdb
import pandas as pd

from loaders import store
from loaders.paths import db_path

from .options import db_option

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3  # as cli.main documents them
T = TypeVar("T")
DETAIL_CHARS = 120
EVIDENCE_CHARS = 80


class UsageError(ValueError):
    """An option value that names nothing the data knows; the message lists the valid ones."""


class Stop(Exception):
    """The command ends here: what to print on stderr (nothing when already said) and the exit code."""

    def __init__(self, message: str | None, code: int):
        super().__init__(message)
        self.message, self.code = message, code

    def exit(self) -> int:
        if self.message:
            print(self.message, file=sys.stderr)
        return self.code


def open_db(db) -> duckdb.DuckDBPyConnection:
    """A short-lived read-only connection, or Stop saying in one line how to get a database (exit code 1) or
    that the file is not one (3, as every command says it)."""
    if not db.is_file():
        raise Stop(f"error: no database at {db}; run `python -m loaders build` (or point --db / MSQ_DB at one)",
                   EXIT_FAILED)
    try:
        return store.open_reader(db)
    except store.NotADatabase as err:
        raise Stop(f"error: {str(err).splitlines()[0]}", EXIT_STORE) from err


def read_db(db, read: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
    """read(con) on a short-lived read-only connection, closed before any write; a UsageError it raises
    becomes Stop with exit code 2 (review, correct and confirm all read this way)."""
    con = open_db(db)
    try:
        return read(con)
    except UsageError as err:
        raise Stop(f"error: {err}", EXIT_USAGE) from err
    finally:
        con.close()


def iso3s(values: list[str]) -> tuple[str, ...]:
    bad = [v for v in values if not re.fullmatch(r"[A-Za-z]{3}", v)]
    if bad:
        raise UsageError(f"--country takes ISO3 codes such as DNK; not {', '.join(bad)}")
    return tuple(v.upper() for v in values)


def current_documents(con) -> pd.DataFrame:
    from analysis import queries

    return queries.current_documents(con)


# ---------------------------------------------------------------- review

def register(commands) -> None:
    p = commands.add_parser(
        "review", help="print the flagged and inferred answers to review, and stale corrections",
        description="Print the answers of the current documents that an analyst should check: every flagged "
                    "answer and every answer read from the written text (basis inferred), then corrections "
                    "made for an earlier version of a response (stale: review them again).")
    db_option(p)
    p.add_argument("--country", nargs="+", action="extend", default=[], metavar="ISO3",
                   help="only these countries, e.g. DNK KEN")
    p.add_argument("--edition", type=int, help="only this survey edition, e.g. 2022")
    p.add_argument("--open", action="store_true", help="only answers nobody has confirmed or corrected yet")
    p.set_defaults(func=run)


def short(text: object, n: int = DETAIL_CHARS) -> str:
    flat = " ".join(str(text or "").split())
    return flat if len(flat) <= n else flat[: n - 1] + "…"


def run(args: argparse.Namespace) -> int:
    """Print the review queue; 0 on success, 1 without a readable database, 2 on a bad option."""
    try:
        wanted, queue, stale = read_db(db_path(args.db), lambda con: _queue_and_stale(args, con))
    except Stop as stop:
        return stop.exit()
    if args.open:
        queue = queue[queue["status"] == "open"]
    if wanted:
        stale = stale[stale["country_iso3"].isin(wanted)]
    if args.edition is not None:
        stale = stale[stale["edition"] == args.edition]
    _print_queue(queue)
    _print_stale(stale)
    return EXIT_OK


def _queue_and_stale(args: argparse.Namespace, con) -> tuple[tuple[str, ...], pd.DataFrame, pd.DataFrame]:
    from analysis import queries

    wanted = iso3s(args.country)
    check_known(wanted, args.edition, current_documents(con))
    return wanted, queries.review_queue(con, wanted, args.edition), queries.stale_corrections(con)


def check_known(wanted: tuple[str, ...], edition: int | None, current: pd.DataFrame) -> None:
    if edition is not None and edition not in set(current["edition"]):
        raise UsageError(f"no response for edition {edition}; valid: "
                         f"{', '.join(map(str, sorted(set(current['edition'])))) or '(none loaded)'}")
    pool = current if edition is None else current[current["edition"] == edition]
    unknown = sorted(set(wanted) - set(pool["country_iso3"]))
    if unknown:
        raise UsageError(f"no current response for {', '.join(unknown)}"
                         f"{'' if edition is None else f' in {edition}'}; valid: "
                         f"{', '.join(sorted(set(pool['country_iso3']))) or '(none loaded)'}")


def _print_queue(queue: pd.DataFrame) -> None:
    if queue.empty:
        print("Nothing to review: no flagged or inferred answers match.")
    from analysis import review

    for (iso3, edition, sha), rows in queue.groupby(["country_iso3", "edition", "document_sha256"], sort=False):
        head = rows.iloc[0]
        n_flag = int(rows["flag"].notna().sum())
        print(f"\n{iso3} {head['country_name']} {edition} — {head['document_path']} (sha256 {sha[:12]}…): "
              f"{len(rows)} to review, {n_flag} flagged: {review.progress_text(rows)}"
              + (" [synthetic demo response]" if head["is_synthetic"] else ""))
        table = pd.DataFrame({
            "question": rows["printed_number"].astype(str),
            "item": rows["item"],
            "reading": rows["original_answer"],
            "basis": rows["original_basis"],
            "flag": [_flag_text(f, s, by, at) for f, s, by, at in
                     zip(rows["flag"], rows["status"], rows["reviewed_by"], rows["reviewed_at"])],
            "review": [s if s == "open" else f"{s}: {a}" for s, a in zip(rows["status"], rows["answer"])],
            "evidence": rows["evidence"].map(lambda v: short(v, EVIDENCE_CHARS) if v else ""),
            "detail": rows["detail"].map(short),
        })
        with pd.option_context("display.max_rows", None, "display.width", 250, "display.max_colwidth",
                               DETAIL_CHARS + 2):
            print(textwrap.indent(table.to_string(index=False), "  "))
    total = len(queue)
    if total:
        print(f"\n{total} answers to review ({int(queue['flag'].notna().sum())} flagged, "
              f"{int((queue['original_basis'] == 'inferred').sum())} inferred): {review.progress_text(queue)}. "
              "Correct one with `python -m loaders correct --country ISO3 --edition Y --question N "
              "[--item SLUG] --answer yes|no|unknown --reason TEXT`; confirm readings with `python -m loaders "
              "confirm --country ISO3 --edition Y [--question N | --section X | --inferred] --reason TEXT`.")


def _flag_text(flag, status: str, by, at) -> str:
    """The flag, and once an analyst decided the answer, who settled it and when (the flag is kept)."""
    if not isinstance(flag, str) or not flag:
        return ""
    if status == "open":
        return flag
    return f"{flag} [settled by {by or 'unnamed'} on {str(at or '')[:10]}]"


def _print_stale(stale: pd.DataFrame) -> None:
    if stale.empty:
        return
    print(f"\n{len(stale)} stale correction(s): made for a document that is no longer the current response, "
          "so NOT applied. Review them against the current document and correct again:")
    for _, r in stale.iterrows():
        item = f" {r['item']}" if r["item"] else ""
        print(f"  {r['country_iso3']} {r['edition']} Q{r['question']}{item}: {r['answer']} "
              f"({short(r['reason'], 60)}; {r['reviewed_by']}, {r['reviewed_at']}; made for "
              f"{r['document_sha256'][:12]}…) — {r['why']}")
