"""Counting words the loaders' own report lines need: '1 economy', '2 economies', 'year 2022', 'no year recorded'.

The lowest layer's share of analysis.sentences (which re-exports these for the pages, figures and downloads),
so an ingest line and a page say a count the same way.
"""
from __future__ import annotations

from collections.abc import Iterable


def noun(n: int, one: str, many: str | None = None) -> str:
    """'country' for 1, 'countries' otherwise (0 countries, 2 countries)."""
    return one if int(n) == 1 else (many or one + "s")


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 country', '2 countries', '0 countries', '1,234 rows'."""
    return f"{int(n):,} {noun(n, one, many)}"


def years(values: Iterable[int]) -> str:
    """'year 2022', 'years 2020, 2022', 'no year recorded' (never 'years ;')."""
    ys = sorted({int(y) for y in values})
    if not ys:
        return "no year recorded"
    return f"{noun(len(ys), 'year')} {', '.join(map(str, ys))}"
