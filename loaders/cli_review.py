"""`python -m loaders review | correct | confirm`: list the answers to review; record analysts' decisions."""
from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
import textwrap

import duckdb
import pandas as pd

from . import catalogue, corrections, store
from .paths import db_path
from .vocab import ANSWERS

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DETAIL_CHARS = 120
EVIDENCE_CHARS = 80


class UsageError(ValueError):
    """An option value that names nothing the data knows; the message lists the valid ones."""


def _parse(parser: argparse.ArgumentParser, argv) -> argparse.Namespace | int:
    try:
        return parser.parse_args(argv)
    except SystemExit as stop:  # argparse exits on --help (0) and on usage errors (2)
        return int(stop.code or 0)


def _open(db) -> duckdb.DuckDBPyConnection | None:
    """A short-lived read-only connection, or None after saying (one line) how to get a database."""
    if not db.is_file():
        print(f"error: no database at {db}; run `python -m loaders build` (or point --db / MSQ_DB at one)",
              file=sys.stderr)
        return None
    try:
        return store.open_reader(db)
    except store.NotADatabase as err:
        print(f"error: {str(err).splitlines()[0]}", file=sys.stderr)
        return None


def _iso3s(values: list[str]) -> tuple[str, ...]:
    bad = [v for v in values if not re.fullmatch(r"[A-Za-z]{3}", v)]
    if bad:
        raise UsageError(f"--country takes ISO3 codes such as DNK; not {', '.join(bad)}")
    return tuple(v.upper() for v in values)


def _current(con) -> pd.DataFrame:
    from analysis import queries

    return queries.current_documents(con)


# ---------------------------------------------------------------- review

def _review_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m loaders review",
        description="Print the answers of the current documents that an analyst should check: every flagged "
                    "answer and every answer read from the written text (basis inferred), then corrections "
                    "made for an earlier version of a response (stale: review them again).")
    p.add_argument("--db", help="database file (default: $MSQ_DB, else data/msq.duckdb)")
    p.add_argument("--country", nargs="+", action="extend", default=[], metavar="ISO3",
                   help="only these countries, e.g. DNK KEN")
    p.add_argument("--edition", type=int, help="only this survey edition, e.g. 2022")
    p.add_argument("--open", action="store_true", help="only answers nobody has confirmed or corrected yet")
    return p


def _short(text: object, n: int = DETAIL_CHARS) -> str:
    flat = " ".join(str(text or "").split())
    return flat if len(flat) <= n else flat[: n - 1] + "…"


def main_review(argv: list[str] | None = None) -> int:
    """Print the review queue; 0 on success, 1 without a readable database, 2 on a bad option."""
    from analysis import queries

    args = _parse(_review_parser(), argv)
    if isinstance(args, int):
        return args
    db = db_path(args.db)
    con = _open(db)
    if con is None:
        return EXIT_FAILED
    try:
        current = _current(con)
        try:
            wanted = _iso3s(args.country)
            _check_known(wanted, args.edition, current)
        except UsageError as err:
            print(f"error: {err}", file=sys.stderr)
            return EXIT_USAGE
        queue = queries.review_queue(con, wanted, args.edition)
        stale = queries.stale_corrections(con)
    finally:
        con.close()
    if args.open:
        queue = queue[queue["status"] == "open"]
    if wanted:
        stale = stale[stale["country_iso3"].isin(wanted)]
    if args.edition is not None:
        stale = stale[stale["edition"] == args.edition]
    _print_queue(queue)
    _print_stale(stale)
    return EXIT_OK


def _check_known(wanted: tuple[str, ...], edition: int | None, current: pd.DataFrame) -> None:
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
            "evidence": rows["evidence"].map(lambda v: _short(v, EVIDENCE_CHARS) if v else ""),
            "detail": rows["detail"].map(_short),
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
              f"({_short(r['reason'], 60)}; {r['reviewed_by']}, {r['reviewed_at']}; made for "
              f"{r['document_sha256'][:12]}…) — {r['why']}")


# ---------------------------------------------------------------- correct

def _correct_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m loaders correct",
        description="Record an analyst's correction of one answer of the CURRENT response of a country and "
                    "edition in the corrections file, then apply the file to the database. The answers table "
                    "keeps the document's reading; answers_current shows the correction (basis corrected).")
    p.add_argument("--country", required=True, metavar="ISO3", help="ISO3 code, e.g. DNK")
    p.add_argument("--edition", required=True, type=int, help="survey edition, e.g. 2022")
    p.add_argument("--question", required=True, type=int, metavar="N", help="question number, e.g. 10")
    p.add_argument("--item", default="", metavar="SLUG", help="sub-item slug, e.g. ai (for questions with items)")
    p.add_argument("--answer", required=True, type=str.lower, choices=ANSWERS, help="the right answer")
    p.add_argument("--reason", required=True, help="why (kept with the correction, shown on the profile)")
    p.add_argument("--by", help="who reviewed (default: your login name)")
    p.add_argument("--db", help="database file (default: $MSQ_DB, else data/msq.duckdb)")
    p.add_argument("--corrections", metavar="FILE",
                   help=f"corrections file (default: ${corrections.ENV}, else data/corrections.csv); it must be "
                        "the one the database records")
    from .cli import _wait_option, corrections_file_option

    _wait_option(p)
    corrections_file_option(p)
    return p


def _target(args, current: pd.DataFrame) -> tuple[str, str, str]:
    """(iso3, document sha256, document path) of the answer to correct, or a UsageError listing valid values."""
    iso3 = _iso3s([args.country])[0]
    editions = sorted(set(catalogue.editions()))
    if args.edition not in editions:
        raise UsageError(f"unknown edition {args.edition}; valid: {', '.join(map(str, editions))}")
    entries = catalogue.load(args.edition)
    numbers = sorted({e.question for e in entries})
    if args.question not in numbers:
        raise UsageError(f"edition {args.edition} has no question {args.question}; valid: "
                         f"{', '.join(map(str, numbers))}")
    items = [e.item for e in entries if e.question == args.question and e.item]
    if args.item and args.item not in items:
        raise UsageError(f"question {args.question} has no item {args.item!r}; valid: "
                         f"{', '.join(items) if items else '(none: leave out --item)'}")
    if not args.reason.strip():
        raise UsageError("--reason must say why the answer is corrected")
    here = current[(current["country_iso3"] == iso3) & (current["edition"] == args.edition)]
    if here.empty:
        have = sorted(set(current.loc[current["edition"] == args.edition, "country_iso3"]))
        raise UsageError(f"no current response for {iso3} in {args.edition}; valid: "
                         f"{', '.join(have) or '(none loaded for this edition)'}")
    return iso3, str(here["sha256"].iat[0]), str(here["path"].iat[0])


def main_correct(argv: list[str] | None = None) -> int:
    """Record and apply one correction; 0 on success, 1 when the file or database fails, 2 on a bad option."""
    from analysis import queries

    from . import ingest

    args = _parse(_correct_parser(), argv)
    if isinstance(args, int):
        return args
    db = db_path(args.db)
    con = _open(db)
    if con is None:
        return EXIT_FAILED
    try:
        current = _current(con)
        try:
            iso3, sha, path = _target(args, current)
        except UsageError as err:
            print(f"error: {err}", file=sys.stderr)
            return EXIT_USAGE
        before = queries.stored_answer(con, sha, iso3, args.edition, args.question, args.item)
    finally:
        con.close()
    if before is None:
        print(f"error: the current response of {iso3} {args.edition} ({path}) has no answer to question "
              f"{args.question}{' item ' + args.item if args.item else ''}", file=sys.stderr)
        return EXIT_USAGE
    switch = bool(args.corrections_file)
    file = corrections.corrections_file(args.corrections_file or args.corrections)
    try:  # before the file is touched: a correction recorded in a file the database never applies is lost
        ingest.check_corrections(db, ingest.known_in(db).corrections_file, file, switch)
    except corrections.CorrectionsMismatch as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    row = {"edition": args.edition, "country_iso3": iso3, "question": args.question, "item": args.item,
           "answer": args.answer, "reason": args.reason.strip(), "reviewed_by": args.by or _login(),
           "reviewed_at": corrections.now(), "document_sha256": sha}
    try:
        corrections.record(file, row)
    except (corrections.CorrectionsError, OSError) as err:
        print(f"error: the correction was not saved: {err}", file=sys.stderr)
        return EXIT_FAILED
    what = f"{iso3} {args.edition} Q{args.question}{' ' + args.item if args.item else ''}"
    if args.answer == before[0]:
        print(f"saved in {file}: {what} {before[0]} ({before[1]}) confirmed: the reading is kept, marked reviewed")
    else:
        print(f"saved in {file}: {what} {before[0]} ({before[1]}) -> {args.answer}")
    try:
        ingest.apply_corrections(db, file, wait=args.wait, switch=switch)
    except (store.StoreBusy, corrections.CorrectionsError) as err:
        first = str(err).splitlines()[0]
        print(f"error: not applied to {db} yet: {first}. The correction is kept in {file} and is applied at "
              "the next `python -m loaders correct`, ingest or build.", file=sys.stderr)
        return EXIT_FAILED
    if args.answer == before[0]:
        print(f"applied to {db}: answers_current keeps {args.answer} ({before[1]}) with reviewed_by/reviewed_at")
    else:
        print(f"applied to {db}: answers_current now shows {args.answer} (basis corrected); answers keeps "
              f"the document's reading")
    return EXIT_OK


# ---------------------------------------------------------------- confirm

def _confirm_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m loaders confirm",
        description="Confirm readings of the CURRENT response of a country and edition in one act with one "
                    "reason: every answer still open in its review queue (flagged or inferred), or only those "
                    "of one question, one section, or every inferred one. A confirmation keeps the answer and "
                    "its basis and marks it reviewed (reviewed_by, reviewed_at); answers already confirmed or "
                    "corrected are left as they are.")
    p.add_argument("--country", required=True, metavar="ISO3", help="ISO3 code, e.g. DNK")
    p.add_argument("--edition", required=True, type=int, help="survey edition, e.g. 2022")
    p.add_argument("--question", type=int, metavar="N", help="only this question")
    p.add_argument("--item", default=None, metavar="SLUG", help="only this sub-item (with --question)")
    p.add_argument("--section", type=str.upper, metavar="X", help="only this section letter, e.g. C")
    p.add_argument("--inferred", action="store_true", help="only answers read from the written text")
    p.add_argument("--reason", required=True, help="why the readings are right (kept with each confirmation)")
    p.add_argument("--by", help="who reviewed (default: your login name)")
    p.add_argument("--db", help="database file (default: $MSQ_DB, else data/msq.duckdb)")
    p.add_argument("--corrections", metavar="FILE",
                   help=f"corrections file (default: ${corrections.ENV}, else data/corrections.csv)")
    return p


def _open_rows(args, queue: pd.DataFrame) -> pd.DataFrame:
    """The open queue rows the options pick, or a UsageError naming what the queue holds."""
    rows = queue[queue["status"] == "open"]
    if args.section:
        have = sorted(set(queue["section"]))
        if args.section not in have:
            raise UsageError(f"no answer to review in section {args.section}; sections with some: "
                             f"{', '.join(have) or '(none)'}")
        rows = rows[rows["section"] == args.section]
    if args.question is not None:
        rows = rows[rows["question"] == args.question]
        if args.item is not None:
            rows = rows[rows["item"] == args.item]
    elif args.item is not None:
        raise UsageError("--item needs --question")
    if args.inferred:
        rows = rows[rows["original_basis"] == "inferred"]
    return rows


def main_confirm(argv: list[str] | None = None) -> int:
    """Confirm the picked open readings; 0 on success (also when none is left), 1 on a failed write, 2 on usage."""
    from analysis import queries, review

    from . import ingest

    args = _parse(_confirm_parser(), argv)
    if isinstance(args, int):
        return args
    db = db_path(args.db)
    con = _open(db)
    if con is None:
        return EXIT_FAILED
    try:
        try:
            iso3 = _iso3s([args.country])[0]
            _check_known((iso3,), args.edition, _current(con))
            if not args.reason.strip():
                raise UsageError("--reason must say why the readings are right")
            queue = queries.review_queue(con, (iso3,), args.edition)
            rows = _open_rows(args, queue)
        except UsageError as err:
            print(f"error: {err}", file=sys.stderr)
            return EXIT_USAGE
    finally:
        con.close()
    if rows.empty:
        print(f"Nothing to confirm: no open answer of {iso3} {args.edition} matches ({review.progress_text(queue)}).")
        return EXIT_OK
    by, stamp = args.by or _login(), corrections.now()
    decisions = [{"edition": int(r["edition"]), "country_iso3": iso3, "question": int(r["question"]),
                  "item": r["item"], "answer": r["original_answer"], "reason": args.reason.strip(),
                  "reviewed_by": by, "reviewed_at": stamp, "document_sha256": r["document_sha256"]}
                 for _, r in rows.iterrows()]
    file = corrections.corrections_file(args.corrections)
    try:  # before the file is touched: a decision recorded in a file the database never applies is lost
        ingest.check_corrections(db, ingest.known_in(db).corrections_file, file)
    except corrections.CorrectionsMismatch as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    try:
        corrections.record_many(file, decisions)
    except (corrections.CorrectionsError, OSError) as err:
        print(f"error: nothing was saved: {err}", file=sys.stderr)
        return EXIT_FAILED
    print(f"saved in {file}: {len(decisions)} reading(s) of {iso3} {args.edition} confirmed by {by}")
    try:
        ingest.apply_corrections(db, file)
    except (store.StoreBusy, corrections.CorrectionsError) as err:
        print(f"error: not applied to {db} yet: {str(err).splitlines()[0]}. The confirmations are kept in {file} "
              "and applied at the next `python -m loaders correct`, confirm, ingest or build.", file=sys.stderr)
        return EXIT_FAILED
    left = len(queue[queue["status"] == "open"]) - len(decisions)
    print(f"applied to {db}: {len(decisions)} confirmed, {left} left open in this response")
    return EXIT_OK


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in a container: say so rather than invent one
        return os.environ.get("USER", "") or "unknown"


main = main_review
