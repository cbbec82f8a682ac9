"""A pilot at work since a past date ("paid by mobile money since June 2021, on a pilot basis"): no, but flagged."""
from __future__ import annotations

import re

from . import reading_evidence as evidence
from .reading_words import cues

FLAG_PILOT_SINCE = "a pilot at work since a past date: in place in part (yes), or a trial only (no)?"
YEAR = re.compile(r"(?:19|20)\d\d")
SINCE_REACH = 4   # "since 2021", "since June 2021", "depuis le 1er juin 2021", "desde junio de 2021"


def pilot_since(toks: list[str], edition: int | None) -> bool:
    """"Benefits are paid by mobile money since June 2021, on a pilot basis, in three districts", "… sont versés …
    depuis juin 2021, à titre pilote, dans trois quartiers", "… se pagan … desde junio de 2021, a modo de piloto": a
    trial (status classes `piloting`, `pilot`) in a clause dated from a year at or before the edition by a word of
    since (kind `since_word`) has been at work for a while: the reader's no (a pilot only) may be the writer's yes in
    part. Not a pilot planned or without a start ("will be piloted in 2023", "a pilot is under preparation")."""
    if edition is None or not any(evidence.find(toks, cls) is not None for cls in ("piloting", "pilot")):
        return False
    since = cues().words["since_word"]
    return any(t in since and any(YEAR.fullmatch(x) and int(x) <= edition for x in toks[k + 1:k + 1 + SINCE_REACH])
               for k, t in enumerate(toks))
