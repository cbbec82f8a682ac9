"""Every hand-written reading case (tests/reading/cases.yml) is read right by the text reader."""
from __future__ import annotations

import pytest

from .harness import check, load_cases

CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[f"{c['kind']}:{c['name']}" for c in CASES])
def test_reading_case(case):
    problems = check(case)
    assert not problems, "\n".join(problems)


def test_every_kind_has_several_variants():
    kinds = {}
    for c in CASES:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    assert set(kinds) == {"negation_scope", "negative_other_words", "cross_references", "layout_noise",
                          "wrapped_urls", "truncated", "flags", "ticks", "field_labels"}
    assert min(kinds.values()) >= 3
