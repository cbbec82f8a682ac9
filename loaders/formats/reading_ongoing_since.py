"""A progressive of carrying out dated from a year ("is being carried out … since 2021"): a practice, not a preparation."""
from __future__ import annotations

import re

from .reading_words import cues, has_cue

YEAR = re.compile(r"(?:19|20)\d\d")
SINCE_REACH = 3   # "since 2021", "since March 2021", "since 1 March 2021"


def ongoing_since(toks: list[str], at: int) -> tuple[str, ...] | None:
    """"The programme is being carried out by the Ministry since 2021", "is being undertaken since March 2020": a
    progressive at `at` ("being") of a light verb (kind `light_verb`: carrying out, not making) dated from a year by a
    word of since (kind `since_word`) has been going on from then: the thing is done, it is not being prepared.
    Returns the deciding words, or None. Not "is being negotiated since 2020" (no light verb: the work is not done
    yet), nor a light verb without a start ("is being carried out": read as before)."""
    c = cues()
    rest = toks[at + 1:]
    verb = rest[:3]   # "carried out", "undertaken", "conducted"
    if not verb or not has_cue(verb, "light_verb"):
        return None
    for k, t in enumerate(rest):
        if t in c.words["since_word"] and any(YEAR.fullmatch(x) for x in rest[k + 1:k + 1 + SINCE_REACH]):
            year = next(j for j in range(k + 1, k + 1 + SINCE_REACH) if YEAR.fullmatch(rest[j]))
            return tuple(toks[at - 1:at + 1]) + tuple(verb[:2]) + ("…",) + tuple(rest[k:year + 1])
    return None
