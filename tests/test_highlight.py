"""The evidence of a reading found in its written answer and highlighted, the answer's text kept inert."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ui import highlight

DETAIL = "The Data Protection Act is in force since 2018. A draft bill on AI isn't tabled yet."


@pytest.mark.parametrize(("evidence", "kind", "span"), [
    ("in force: 'the Act is in force'", "in force", "the Act is in force"),
    ("reference: 'See Q35' -> nothing", "reference", "See Q35"),
    ("reference: 'Same answer as q12.' -> stated: 'Legislation on the eID (The Danish legislation is'",
     "reference", "Same answer as q12."),
    ("denial: 'isn't tabled yet'", "denial", "isn't tabled yet"),
    ("no usual shape", "", "no usual shape"),
])
def test_an_evidence_value_splits_into_kind_and_span(evidence, kind, span):
    assert highlight.split(evidence) == (kind, span)


MARK = re.compile(r":orange-background\[((?:\\.|[^\]])*)\]")


def unmark(markdown: str) -> str:
    return MARK.sub(r"\1", markdown)


@pytest.mark.parametrize(("evidence", "marked"), [
    ("in force: 'act is  in force'", ["Act is in force"]),
    ("status: 'draft bill ... tabled yet'", ["draft bill", "tabled yet"]),
    ("denial: 'isn't tabled yet'", ["isn't tabled yet"]),
])
def test_the_span_is_highlighted_inside_the_whole_answer(evidence, marked):
    out = highlight.marked_detail(DETAIL, evidence)
    assert [m.replace("\\", "") for m in MARK.findall(out)] == marked
    assert unmark(out) == highlight.safe_md(DETAIL)  # the whole answer, not a word lost or added


def test_a_span_not_in_the_answer_leaves_it_as_written():
    assert highlight.marked_detail(DETAIL, "items: 'ai yes, 5g yes'") == highlight.safe_md(DETAIL)


@given(detail=st.text(max_size=200), span=st.text(max_size=40))
def test_highlighting_never_loses_or_adds_a_word_of_the_answer(detail, span):
    assert unmark(highlight.marked_detail(detail, f"kind: '{span}'")) == highlight.safe_md(detail)
