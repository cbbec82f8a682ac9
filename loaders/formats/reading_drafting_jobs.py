"""Who drafts, not a text being drafted: "the drafting agencies publish …" names a body by its standing job.

"Drafting" is a status in preparation ("the drafting stage", "drafting instructions"), but right before a body
noun (status class `drafter`: agency, body, ministry, authority, organ, entity) it names who drafts: "In accordance
with the Law on …, the drafting agencies publicise the reports" says what those bodies do, no text is in
preparation. French and Spanish name the drafter after the body ("les organismes rédacteurs", "los organismos
redactores"), words that are no status cue there, so the shape is English only. Not a working group or a committee
set up to draft ("a drafting committee has been formed"): that is a text being written.
"""
from __future__ import annotations

DRAFTING = {"drafting"}


def names_drafter(toks: list[str], at: int, drafters: frozenset[str]) -> bool:
    """Is the status word at `at` "drafting" used as the modifier of a body noun that follows it ("the drafting
    agencies", "the drafting body")?"""
    return (toks[at] in DRAFTING and at + 1 < len(toks) and toks[at + 1] in drafters)
