"""A plan's horizon ("la politique économique et sociale à l'horizon 2035", "a vision … by 2035"): the plan's time span, not a date something takes effect."""
from __future__ import annotations

from typing import Callable

from .reading_time_words import phrase_at

# How far back from the horizon word a plan noun may head its noun phrase ("référentiel de la politique économique et
# sociale à l'horizon 2035": four words).
SPAN_REACH = 6
CLAUSE_MARKS = {",", ";", ":", "–", "—", "-"}


def plan_horizon(toks: list[str], year: int, predicate: Callable[[list[str], int], bool]) -> bool:
    """Is the year at toks[year] a plan's horizon? A horizon word right before it ("à l'horizon", "horizon", "al
    horizonte"; kind `horizon_word`), with a plan noun (kind `span_noun`: plan, strategy, politique, référentiel,
    estrategia …) heading the noun phrase it closes; or a date word of a vision ("by", "d'ici", "hacia"; kind
    `date_horizon_word`) after a vision (kind `vision_noun`). The noun phrase holds no predicate (`predicate`: a verb,
    a copula, an affirming or status word) and no clause mark: "serait opérationnelle à l'horizon 2024", "will be
    adopted by 2024" stay dates after the edition."""
    for kind, head in (("horizon_word", "span_noun"), ("date_horizon_word", "vision_noun")):
        start = _ending_at(toks, year, kind)
        if start is not None and _headed_by(toks, start, head, predicate):
            return True
    return False


def _ending_at(toks: list[str], end: int, kind: str) -> int | None:
    """Where a cue of the kind that ends right before toks[end] starts, or None."""
    for start in range(max(0, end - 4), end):
        cue = phrase_at(toks, start, kind)
        if cue is not None and start + len(cue) == end:
            return start
    return None


def _headed_by(toks: list[str], start: int, head: str, predicate: Callable[[list[str], int], bool]) -> bool:
    """Does a noun of the kind head the noun phrase that ends at toks[start]?"""
    for k in range(start - 1, max(-1, start - 1 - SPAN_REACH), -1):
        if phrase_at(toks, k, head) is not None:
            return True   # before the predicate test: "desarrollo" heads "Plan Nacional de Desarrollo", no verb
        if toks[k] in CLAUSE_MARKS or predicate(toks, k):
            return False
    return False
