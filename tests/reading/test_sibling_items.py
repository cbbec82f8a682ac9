"""An item's answer that points to another item of the same question by its name ("As 5G", "Same as
Blockchains above", "Idem IoT") takes that item's answer. Wordings written for this file."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from loaders.formats import reading_references as references
from loaders.formats.text import parse_text

ITEMS = {"ai": references.label_names("Artificial intelligence (AI)", "Artificial intelligence (AI); link/detail:"),
         "blockchain": references.label_names("Blockchains", "Blockchains; link/detail:"),
         "5g": references.label_names("5G", "5G; link/detail:"),
         "planning": references.label_names("Planning/development", "Planning/development")}


@pytest.mark.parametrize("text, item", [
    ("as 5G", "5g"), ("Same as blockchain above.", "blockchain"), ("Idem AI.", "ai"),
    ("As for Artificial Intelligence above", "ai"), ("See planning above.", "planning"),
    ("Same as for Blockchains.", "blockchain"),
])
def test_an_answer_naming_only_a_sibling_item_points_to_it(text, item):
    assert references.sibling(text, ITEMS) == item


@pytest.mark.parametrize("text", [
    "Blockchain pilots at the Central Bank since 2020.",
    "5G spectrum auction held in 2021 by the regulator.",
    "AI",
])
def test_an_answer_with_words_of_its_own_is_not_a_sibling_pointer(text):
    assert references.sibling(text, ITEMS) is None


def test_in_a_document_the_sibling_answer_is_taken_with_its_evidence():
    seed = (Path(__file__).resolve().parents[2] / "data" / "responses" / "2022" / "msq_2022_denmark.txt"
            ).read_text(encoding="utf-8")
    m = re.search(r"(?s)Internet of Things \(IoT\); link/detail:.*?(?=\n\s*Others)", seed)
    assert m, "the seed has the IoT row"
    doc = parse_text(seed[:m.start()] + "Internet of Things (IoT); link/detail:  Same as 5G above."
                     + seed[m.end():], source_name="x.txt")
    got = {(a.question, a.item): a for a in doc.answers}
    assert got[(29, "iot")].answer == got[(29, "5g")].answer
    assert got[(29, "iot")].evidence.startswith("reference: 'Same as 5G above.'")
