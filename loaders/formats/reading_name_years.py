"""A year that repeats the horizon year of a plan's name just before it ("Plan Sénégal Horizon 2035 (PSH 2035)"): the name's short form, not a date."""
from __future__ import annotations

from typing import Callable

from .reading_horizon import plan_horizon

# How far back the plan's name may stand: its short form follows it in brackets ("Horizon 2035 (PSH 2035)").
NAME_REACH = 6


def repeats_plan_horizon(toks: list[str], year: int, predicate: Callable[[list[str], int], bool]) -> bool:
    """Is toks[year] the same year as a plan's horizon a few words before it, with no predicate between? "dans le Plan
    Sénégal Horizon 2035 (PSH 2035)", "the National Plan Horizon 2040 (NPH 2040)", "el Plan Horizonte 2040 (PH
    2040)": the short form in brackets repeats the name's year, so it is the plan's span like the name's own
    (round fifteen fr_senegal_narratif 21). "… Horizon 2035, which will be adopted in 2035" has a predicate between:
    a date still."""
    for j in range(year - 1, max(-1, year - 1 - NAME_REACH), -1):
        if predicate(toks, j):
            return False
        if toks[j] == toks[year]:
            return plan_horizon(toks, j, predicate)
    return False
