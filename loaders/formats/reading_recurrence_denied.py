"""A denial that bears only on how often a thing recurs ("There is no regular measurement at present")."""
from __future__ import annotations

from .reading_clauses import mask_idioms
from .reading_words import cues, has_cue

RECURRENCE_REACH = 4   # "No existe una medición periódica": the recurrence word within four words of the negation
HALVES_REACH = 3       # "n'existe pas": two negators this close are one negation


def recurrence_only(toks: list[str]) -> bool:
    """"There is no regular measurement at present", "Il n'y a pas de mesure régulière", "No existe una medición
    periódica": after a negation, a word of recurrence (cue kind `recurrence`: regular, periodic, systematic) in the
    same clause. Told after a past event ("A survey was conducted in 2019"), such a denial says it is not repeated on
    a schedule, not that it was never done: the event, then a status, yes flagged, not a denial of the time since
    (round nineteen Y)."""
    negators = cues().words["negator"]
    masked = mask_idioms(toks)
    at = [i for i, t in enumerate(masked) if t in negators]
    # every negation of the clause bears on the recurrence ("has not been repeated, and … not used systematically"
    # denies the time since, whatever the second half says)
    # "ne … pas": the two halves of one negation are read from the second
    ends = [i for n, i in enumerate(at) if n + 1 == len(at) or at[n + 1] - i > HALVES_REACH]
    return bool(ends) and all(has_cue(masked[i + 1:i + 1 + RECURRENCE_REACH], "recurrence") for i in ends)
