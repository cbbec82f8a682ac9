"""A text drafted in one sentence and adopted in the next, whose subject is a pronoun standing for it ("The policy was drafted in 2020. It was approved in 2021."): the draft is its history, yes."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, Weighed, cite
from .reading_clauses import Reading, clauses, negated, pending, strip_label
from .reading_words import cues, subject

RULE_ADOPTED_NEXT = "drafted, then adopted in the next sentence"


def adopted_next(w: Weighed, a: Answer, k: int) -> Reading | None:
    """Sentence k's deciding clause says only that the text was drafted (a past participle of drafting, kind
    `drafted_participle`, with no word after it that keeps an adoption ahead, kind `adoption_ahead`), and the next
    sentence's first main clause, its subject a pronoun standing for the text (status class `anaphor`: it, elle,
    esta; or no subject at all, Spanish "Fue aprobada en 2021"), says it was adopted (status class `in_force`),
    neither denied, nor pending, nor dated after the edition year: "The policy was drafted in 2020. It was approved in
    2021.", "La politique a été rédigée en 2019. Elle a été adoptée en 2020.". The draft is the text's history: yes.
    "… drafted in 2020; approval is pending." (one sentence) and "… It is expected to be adopted in 2023." stay no."""
    toks, w_ = w.decider.toks, cues().words
    at = next((i for i, t in enumerate(toks) if t in w_["drafted_participle"]), None)
    if at is None or k + 1 >= len(a.sents) or negated(toks) or any(t in w_["adoption_ahead"] for t in toks[at + 1:]):
        return None
    sentence = strip_label(a.sents[k + 1])
    first = next((cl for cl in clauses(sentence) if cl.main), None)
    if first is None or negated(first.toks) or pending(first.toks, first.names) or not _stands_for_it(first.toks):
        return None
    hit = evidence.find(first.toks, "in_force")
    if hit is None or any(t in w_["adoption_ahead"] for t in first.toks[:hit[0]]) \
            or evidence.denial(first.toks, a.edition) is not None:   # "It was adopted in 2023": after the edition
        return None
    return Reading("yes", None, RULE_ADOPTED_NEXT, cite("in force", hit[1], a.sents[k + 1]))


def _stands_for_it(toks: list[str]) -> bool:
    """Is the clause's subject a pronoun (status class `anaphor`), or left out before its auxiliary ("Fue aprobada")?"""
    head = [t for t in subject(toks) if t.isalpha()]
    if head:
        return head[0] in evidence.classes().words["anaphor"]
    return bool(toks) and toks[0] in cues().words["auxiliary"]
