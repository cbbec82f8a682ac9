"""A reference to an answer whose own reading is flagged carries a flag: the doubt goes with the answer pointed from,
so a reviewer who mends the one sees the other. A reference to a sure answer stays unflagged."""
from __future__ import annotations

import pytest

from loaders.formats import reading_references as references
from loaders.formats.reading_references import Node

ORDER = [(34, ""), (37, "")]


def resolved(target_flag: str | None) -> references.Resolved:
    nodes = {(34, ""): Node((34, ""), "yes", "inferred", [], evidence="in force: 'se rige por la Constitución'",
                           flag=target_flag),
             (37, ""): Node((37, ""), "unknown", "inferred", [], ref=(34, ""), pointer="Ver pregunta 34.")}
    return references.resolve(nodes, ORDER)[(37, "")]


@pytest.mark.parametrize("doubt", ["denied only 'as such': done elsewhere?", "mixed: in force in part"])
def test_a_reference_to_a_flagged_answer_is_flagged(doubt):
    got = resolved(doubt)
    assert got.answer == "yes"
    assert got.flag == references.FLAG_TARGET_FLAGGED


def test_a_reference_to_a_sure_answer_is_not_flagged():
    got = resolved(None)
    assert got.answer == "yes"
    assert got.flag is None
