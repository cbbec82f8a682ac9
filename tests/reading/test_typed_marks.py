"""Marks typed as answers in a document: a dash in a matrix cell, a check mark before the details. Samples
written for this file on the Denmark seed's layout."""
from __future__ import annotations

import re
from pathlib import Path

from loaders.formats.text import FLAG_DASH, parse_text

SEED = (Path(__file__).resolve().parents[2] / "data" / "responses" / "2022" / "msq_2022_denmark.txt").read_text(
    encoding="utf-8")


def _with_row(label: str, answer: str, until: str) -> dict:
    m = re.search(rf"(?s){re.escape(label)}.*?(?=\n\s*{re.escape(until)})", SEED)
    assert m, label
    doc = parse_text(SEED[:m.start()] + f"{label}  {answer}" + SEED[m.end():], source_name="x.txt")
    return {(a.question, a.item): a for a in doc.answers}


def test_a_dash_in_a_named_row_of_a_matrix_reads_as_nil_and_is_flagged():
    got = _with_row("Robotics; link/detail:", "—", "Blockchains")
    assert got[(29, "robotics")].answer == "no" and got[(29, "robotics")].flag == FLAG_DASH


def test_a_dash_in_the_others_row_is_nothing_to_add():
    got = _with_row("Others; link/detail:", "–", "30.")
    assert got[(29, "other")].answer == "unknown" and got[(29, "other")].basis == "none"


def test_a_check_mark_before_the_details_ticks_the_question():
    m = re.search(r"(?s)(31\. [^\n]*\n)(.*?)(?=\n32\.)", SEED)
    doc = parse_text(SEED[:m.start(2)] + "✓ – scenario workshops with the ministries, 2021.\n" + SEED[m.end(2):],
                     source_name="x.txt")
    q31 = next(a for a in doc.answers if (a.question, a.item) == (31, ""))
    assert q31.answer == "yes" and q31.basis == "marked" and q31.evidence == "tick: '✓'"
