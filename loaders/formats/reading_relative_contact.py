"""A body named, then a relative clause that only says to contact it ("…, which should be contacted"): whom to ask."""
from __future__ import annotations

from .reading_clauses import negated
from .reading_whom_to_ask import _about_the_question
from .reading_words import cue_at, cues


def contact_relative_at(toks: list[str]) -> int | None:
    """Where a relative clause starts (a word of kind `relative`: which, who, qui, lequel, cual, quien) that only says
    the body just named should or may be contacted about the question: a modal (kind `contact_modal`: should, may,
    doit, peut, debe, puede), a passive be (kind `passive_be`), a verb of contacting or referring (kinds
    `contact_verb`, `referral_verb`), then nothing but the question or an address ("…, which should be contacted", "…,
    qui peut être consultée à ce sujet", "…, la cual debe ser consultada"); or None. Not negated, and not "…, which
    should be consulted on draft laws" (what the consultation is about is named: no referral of the question)."""
    w = cues().words
    for i, t in enumerate(toks):
        if t not in w["relative"]:
            continue
        rest = toks[i + 1:]
        if negated(rest) or not rest or rest[0] not in w["contact_modal"]:
            continue
        rest = rest[1:]
        rest = rest[1:] if rest and rest[0] in w["passive_be"] else rest
        if rest and (rest[0] in w["contact_verb"] or cue_at(rest, 0, "referral_verb")) and _about_the_question(rest[1:]):
            return i
    return None
