"""Every inferred answer names its evidence, in a kind the data file lists (data/reading/evidence_kinds.csv)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from loaders import catalogue
from loaders.formats import reading_evidence as evidence
from loaders.formats.text import parse_text
from loaders.paths import DATA

SEED = Path(__file__).resolve().parents[2] / "data" / "responses" / "2022" / "msq_2022_denmark.txt"
HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "heldout"


def test_code_and_data_name_the_same_evidence_kinds():
    assert evidence.used_kinds() == set(evidence.kinds())


def test_every_status_class_the_code_reads_is_a_class_of_the_english_table():
    with (DATA / "reading" / "status_cues.csv").open(encoding="utf-8", newline="") as f:
        in_data = {r["class"] for r in csv.DictReader(f)}
    assert in_data == evidence.CLASSES


def _kind(ev: str) -> str:
    return ev.split(":", 1)[0]


@pytest.mark.parametrize("path", [SEED] + sorted(HELDOUT.glob("*.txt")), ids=lambda p: p.stem)
def test_every_inferred_or_marked_answer_names_its_evidence_and_a_blank_names_none(path):
    doc = parse_text(path.read_text(encoding="utf-8"), source_name=path.name)
    for a in doc.answers:
        tag = f"Q{a.question} {a.item}"
        if a.basis in {"inferred", "marked"}:
            assert a.evidence and _kind(a.evidence) in evidence.kinds(), tag
            assert len(a.evidence) <= 200, tag   # a short span, not the whole answer
        rollup = not a.item and catalogue.entry(2022, a.question).answer_type == "items"
        if not a.detail and a.basis == "none" and not rollup:
            assert a.evidence is None, tag


def test_a_reference_names_the_pointer_and_the_evidence_it_inherits():
    doc = parse_text(SEED.read_text(encoding="utf-8"), source_name=SEED.name)
    q13 = next(a for a in doc.answers if (a.question, a.item) == (13, ""))
    assert q13.evidence.startswith("reference: 'Same answer as q12.' -> ")
    assert "Legislation on the national eID scheme" in q13.evidence


def test_the_kind_an_evidence_names_gives_the_answer_it_is_listed_with():
    for path in [SEED] + sorted(HELDOUT.glob("*.txt")):
        for a in parse_text(path.read_text(encoding="utf-8"), source_name=path.name).answers:
            if a.evidence and not a.evidence.startswith("reference"):
                gives = evidence.kinds()[_kind(a.evidence)]
                assert gives in {"any", a.answer} or a.flag, (path.stem, a.question, a.item, a.evidence)


def test_the_reading_page_lists_every_evidence_kind():
    text = (Path(__file__).resolve().parents[2] / "docs" / "reading.md").read_text(encoding="utf-8")
    assert [k for k in evidence.kinds() if f"`{k}`" not in text and f"`{k.split()[0]} {k.split()[-1]}`" not in text] \
        == []


@pytest.mark.parametrize("path", [SEED] + sorted(HELDOUT.glob("*.txt")), ids=lambda p: p.stem)
def test_the_evidence_span_is_found_again_inside_the_written_answer(path):
    """The Review page highlights the evidence inside the answer (ui.highlight): the span is the answer's own words
    (an answer not read names its language code instead, nothing to highlight)."""
    from ui import highlight
    doc = parse_text(path.read_text(encoding="utf-8"), source_name=path.name)
    lost = [(a.question, a.item, a.evidence) for a in doc.answers
            if a.basis == "inferred" and a.detail and a.evidence
            and _kind(a.evidence) not in {"reference", "items", "option", "nothing", "language not read"}
            and not highlight.spans(a.detail, a.evidence)]
    assert lost == []
