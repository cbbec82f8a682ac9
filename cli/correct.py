"""`python -m loaders correct | confirm`: record an analyst's correction or confirmations, then apply them."""
from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

import pandas as pd

from loaders import catalogue, corrections, store
from loaders.paths import db_path
from loaders.vocab import ANSWERS

from .options import corrections_options, db_option, wait_option
from .review import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Stop, UsageError, check_known, current_documents, iso3s, read_db


def register(commands) -> None:
    _register_correct(commands)
    _register_confirm(commands)


def _register_correct(commands) -> None:
    p = commands.add_parser(
        "correct", help="record an analyst's correction of one answer and apply it",
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
    _writer_options(p)
    p.set_defaults(func=run_correct)


def _writer_options(p) -> None:
    """The options correct and confirm share: where the database and the corrections file are, how long to wait."""
    db_option(p)
    corrections_options(p)
    wait_option(p)


def _target(args, current: pd.DataFrame) -> tuple[str, str, str]:
    """(iso3, document sha256, document path) of the answer to correct, or a UsageError listing valid values."""
    iso3 = iso3s([args.country])[0]
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


def _answer_to_correct(args, con) -> tuple[str, str, str, tuple]:
    """(iso3, document sha256, path, the stored (answer, basis)) of the answer to correct, or a UsageError."""
    from analysis import queries

    iso3, sha, path = _target(args, current_documents(con))
    before = queries.stored_answer(con, sha, iso3, args.edition, args.question, args.item)
    if before is None:
        raise UsageError(f"the current response of {iso3} {args.edition} ({path}) has no answer to question "
                         f"{args.question}{' item ' + args.item if args.item else ''}")
    return iso3, sha, path, before


def _corrections_file(args, db) -> tuple[Path, bool]:
    """(the corrections file to write into, whether it becomes the database's), checked against the database's
    record before the file is touched: a decision recorded in a file the database never applies is lost."""
    from loaders import ingest

    switch = bool(args.corrections_file)
    file = corrections.corrections_file(args.corrections_file or args.corrections)
    try:
        ingest.check_corrections(db, ingest.known_in(db).corrections_file, file, switch)
    except corrections.CorrectionsMismatch as err:
        raise Stop(f"error: {err}", EXIT_USAGE) from err
    return file, switch


def _apply(args, db, file: Path, switch: bool, kept: str) -> None:
    """Apply the corrections file to the database, or Stop (exit code 1) saying the decisions are kept in it."""
    from loaders import ingest

    try:
        ingest.apply_corrections(db, file, wait=args.wait, switch=switch)
    except (store.StoreBusy, corrections.CorrectionsError) as err:
        raise Stop(f"error: not applied to {db} yet: {str(err).splitlines()[0]}. {kept} kept in {file} and "
                   "applied at the next `python -m loaders correct`, confirm, ingest or build.", EXIT_FAILED) from err


def run_correct(args: argparse.Namespace) -> int:
    """Record and apply one correction; 0 on success, 1 when the file or database fails, 2 on a bad option."""
    try:
        return _correct(args)
    except Stop as stop:
        return stop.exit()


def _correct(args: argparse.Namespace) -> int:
    db = db_path(args.db)
    iso3, sha, path, before = read_db(db, lambda con: _answer_to_correct(args, con))
    file, switch = _corrections_file(args, db)
    row = {"edition": args.edition, "country_iso3": iso3, "question": args.question, "item": args.item,
           "answer": args.answer, "reason": args.reason.strip(), "reviewed_by": args.by or _login(),
           "reviewed_at": corrections.now(), "document_sha256": sha}
    try:
        corrections.record(file, row)
    except (corrections.CorrectionsError, OSError) as err:
        raise Stop(f"error: the correction was not saved: {err}", EXIT_FAILED) from err
    what = f"{iso3} {args.edition} Q{args.question}{' ' + args.item if args.item else ''}"
    if args.answer == before[0]:
        print(f"saved in {file}: {what} {before[0]} ({before[1]}) confirmed: the reading is kept, marked reviewed")
    else:
        print(f"saved in {file}: {what} {before[0]} ({before[1]}) -> {args.answer}")
    _apply(args, db, file, switch, "The correction is")
    if args.answer == before[0]:
        print(f"applied to {db}: answers_current keeps {args.answer} ({before[1]}) with reviewed_by/reviewed_at")
    else:
        print(f"applied to {db}: answers_current now shows {args.answer} (basis corrected); answers keeps "
              f"the document's reading")
    return EXIT_OK


def _register_confirm(commands) -> None:
    p = commands.add_parser(
        "confirm", help="confirm readings (one, a section, every inferred one) in one act",
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
    _writer_options(p)
    p.set_defaults(func=run_confirm)


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


def _queue_to_confirm(args, con) -> tuple[str, pd.DataFrame, pd.DataFrame]:
    """(iso3, the response's review queue, the open rows the options pick), or a UsageError."""
    from analysis import queries

    iso3 = iso3s([args.country])[0]
    check_known((iso3,), args.edition, current_documents(con))
    if not args.reason.strip():
        raise UsageError("--reason must say why the readings are right")
    queue = queries.review_queue(con, (iso3,), args.edition)
    return iso3, queue, _open_rows(args, queue)


def run_confirm(args: argparse.Namespace) -> int:
    """Confirm the picked open readings; 0 on success (also when none is left), 1 on a failed write, 2 on usage."""
    try:
        return _confirm(args)
    except Stop as stop:
        return stop.exit()


def _confirm(args: argparse.Namespace) -> int:
    from analysis import review

    db = db_path(args.db)
    iso3, queue, rows = read_db(db, lambda con: _queue_to_confirm(args, con))
    if rows.empty:
        print(f"Nothing to confirm: no open answer of {iso3} {args.edition} matches ({review.progress_text(queue)}).")
        return EXIT_OK
    by, stamp = args.by or _login(), corrections.now()
    decisions = [{"edition": int(r["edition"]), "country_iso3": iso3, "question": int(r["question"]),
                  "item": r["item"], "answer": r["original_answer"], "reason": args.reason.strip(),
                  "reviewed_by": by, "reviewed_at": stamp, "document_sha256": r["document_sha256"]}
                 for _, r in rows.iterrows()]
    file, switch = _corrections_file(args, db)
    try:
        corrections.record_many(file, decisions)
    except (corrections.CorrectionsError, OSError) as err:
        raise Stop(f"error: nothing was saved: {err}", EXIT_FAILED) from err
    print(f"saved in {file}: {len(decisions)} reading(s) of {iso3} {args.edition} confirmed by {by}")
    _apply(args, db, file, switch, "The confirmations are")
    left = len(queue[queue["status"] == "open"]) - len(decisions)
    print(f"applied to {db}: {len(decisions)} confirmed, {left} left open in this response")
    return EXIT_OK


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in a container: say so rather than invent one
        return os.environ.get("USER", "") or "unknown"

