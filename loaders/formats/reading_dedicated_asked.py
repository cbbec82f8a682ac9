"""The dedicated text the question asks for, told pending after a general text ("The Recovery Plan adopted in 2020 supports businesses. A dedicated digital strategy is at an advanced stage."): the dedicated one answers, no."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer
from .reading_clauses import FLAG_MIXED, Clause, Reading, asks_specific, negated
from .reading_words import has_cue, subject, tokens


def asked_text_pending(a: Answer, later: tuple[Clause, str] | None) -> Reading | None:
    """The question asks for a specific or dedicated text ("Is there a specific post-COVID-19 digital strategy?")
    and a later clause gives a status short of in force to a text its subject calls dedicated, specific or separate
    ("A dedicated National Digital Transformation Strategy … is at an advanced stage of development", "Une
    stratégie dédiée est en cours d'élaboration"): what was affirmed first is another, general text; the one asked
    for is not in place: no, flagged (whether the general text counts is the reviewer's call). On what a text
    addresses ("make specific reference to …") the general text's mention answers (reading_dedicated)."""
    if later is None or not asks_specific(a.topic) or evidence.COVERAGE.get():
        return None
    status, said = later
    if negated(status.toks):
        return None
    head = subject(status.toks)
    if not has_cue(head, "specific"):
        # "A dedicated National Digital Transformation Strategy 2022/23-2026/27, which …, is at an advanced stage":
        # a relative clause cut the subject off its status; the subject is what comes before it
        head = _before(a, status.toks)
    if not has_cue(subject(head), "specific") or evidence.find(head, "instrument") is None:
        return None
    return Reading("no", FLAG_MIXED, "the dedicated text asked for is pending", said)


def _before(a: Answer, toks: list[str]) -> list[str]:
    """The words of the answer's sentence before a clause that holds no subject of its own."""
    n = min(len(toks), 5)
    for sentence in a.sents:
        whole = tokens(sentence)
        start = next((i for i in range(len(whole)) if whole[i:i + n] == toks[:n]), None)
        if start:
            return whole[:start]
    return toks
