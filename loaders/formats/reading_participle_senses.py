"""Participles that read as a step awaited but are not: a duty a text lays down, a topic mentioned beside another.

"The Public Finance Management Act 2002 says the budget estimates … have to be published", "La loi de finances dispose
que les comptes sont à publier chaque année": after an instrument and a verb saying what must be done (kind
`prescribing_verb`: says, provides, requires; dispose, prévoit; establece, dispone), "to be published" / "à publier" is
the duty the text lays down, an obligation in force, not a publication awaited. "The Internet of Things is referred to
together with artificial intelligence, as stated above": "referred to" followed by a companion (kind `companion`:
together with, alongside, as well as) is a mention beside another topic, not a text referred to a body.
"""
from __future__ import annotations

from collections.abc import Callable

from .reading_words import cues, starts_at


def prescribed(toks: list[str], at: int, instrument: Callable[[str], bool]) -> bool:
    """Is the step awaited at `at` a duty an instrument lays down: a prescribing verb before it in the clause, with
    an instrument before that verb ("The … Act 2002 says …", "La loi … dispose que …")?"""
    c = cues()
    for i in range(1, at):
        said = toks[i] in c.words["prescribing_verb"] or any(
            starts_at(toks, i, p) for p in c.by_first["prescribing_verb"].get(toks[i], ()))
        if said and any(instrument(t) for t in toks[:i]):
            return True
    return False


def mentioned_beside(toks: list[str], after: int) -> bool:
    """After "referred to", a companion ("together with", "alongside", "as well as"): the topic is mentioned beside
    another one; nothing is sent to a body together with something."""
    c = cues()
    return after < len(toks) and (toks[after] in c.words["companion"] or any(
        starts_at(toks, after, p) for p in c.by_first["companion"].get(toks[after], ())))
