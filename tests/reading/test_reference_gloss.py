"""A pointer followed by a gloss in brackets ("Same as Q11 (the bill, at drafting stage).") is a reference: the
gloss restates the referenced answer. Wordings written for this file."""
from __future__ import annotations

import pytest

from loaders.formats import reading_references as references


@pytest.mark.parametrize("text, question", [
    ("Same position as Q11 (the bill is still with the drafters).", 11),
    ("As for question 8 (strategy under preparation by the Ministry).", 8),
    ("See Q3 (the portal described there).", 3),
])
def test_a_pointer_with_a_gloss_in_brackets_is_a_reference(text, question):
    ref = references.find(text)
    assert ref is not None and ref.question == question


@pytest.mark.parametrize("text", [
    "The Data Act (see Q12) regulates this.",
    "See Q12 (Act No. 4 of 2019), which also covers municipalities and the Cyber Security Agency.",
])
def test_words_of_its_own_outside_or_with_numbers_are_not_a_gloss(text):
    assert references.find(text) is None
