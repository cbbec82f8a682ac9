"""A clause that only says where its matter is answered ("How we work together in practice is in Q4"): a pointer, no statement."""
from __future__ import annotations

import re

from .reading_references import filler

QUESTION_NUMBER_RE = re.compile(r"(?:q\.?)?\d{1,2}")


def located_in_answer(toks: list[str], copula: frozenset[str] | set[str]) -> bool:
    """Is the clause's predicate nothing but "is (described) in/under Q4": a copula (`copula`, the status_cues class), then only words a pure reference
    holds (data/reading/reference_words.csv), ending in a question number? "How we work together in practice is in
    Q4", "The arrangements are described under question 12", "Les modalités sont à la question 4": the subject is
    answered elsewhere, so the clause affirms nothing of its own (round twenty-four is_iceland_narrative 23, where
    the verb of the subject clause, "we work", was read as a statement: yes, unflagged). "The Act is in force" has
    no number; "The Act, see Q4, is in force" keeps words of its own after the copula."""
    if len(toks) < 3 or not QUESTION_NUMBER_RE.fullmatch(toks[-1]):
        return False
    copulas = [i for i, t in enumerate(toks[:-1]) if t in copula]
    if not copulas or copulas[-1] == 0:
        return False
    words = filler()
    tail = toks[copulas[-1] + 1:-1]
    return bool(tail) and all(t in words for t in tail)
