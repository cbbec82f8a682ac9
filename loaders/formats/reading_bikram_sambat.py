"""Bikram Sambat (Nepal) years marked by 'B.S.', a B.S. month name or 'FY 2079/80', placed as the Gregorian year they fall in."""
from __future__ import annotations

import csv
from functools import lru_cache

from ..paths import DATA

# A B.S. year starts in mid-April: its first months fall 57 years earlier in the Gregorian calendar, those from
# Poush (the ninth month, mid-December) on 56 years earlier.
OFFSET = 57
LATE_MONTH = 9
# Words that mark a year as B.S. after it ("2064 B.S." is tokenized "2064 b s", "2079 BS" "2079 bs").
SUFFIXES = (("b", "s"), ("bs",))
FISCAL = {"fy"}
# "FY 2022/23" is a Gregorian fiscal year: only a FY year this far on is B.S. (2060 B.S. is 2003-04).
FISCAL_FROM = 2060


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Each B.S. month name (data/reading/bikram_sambat_months.csv) with its place in the year, 1 to 12."""
    with (DATA / "reading" / "bikram_sambat_months.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    table = {row["month"].strip().lower(): int(row["order"]) for row in rows}
    if any(not m or not 1 <= n <= 12 for m, n in table.items()):
        raise ValueError("bikram_sambat_months.csv: a month needs a name and an order 1 to 12")
    return table


def gregorian_year(toks: list[str], i: int) -> int | None:
    """The Gregorian year a B.S. year toks[i] falls in, or None when nothing marks it as B.S. "Shrawan 2079" is
    2022, "Falgun 2079" 2023, "2064 B.S." 2007, "FY 2079/80" (from mid-July) 2022. A year is only B.S. when marked
    so: 2079 read as a Gregorian year would be long after any edition (round eighteen np_bikram_sambat 38)."""
    year = int(toks[i])
    month = months().get(toks[i - 1]) if i else None
    if month is not None:
        return year - OFFSET + (1 if month >= LATE_MONTH else 0)
    if i and toks[i - 1] in FISCAL and year >= FISCAL_FROM:
        return year - OFFSET
    if any(tuple(toks[i + 1:i + 1 + len(s)]) == s for s in SUFFIXES):
        return year - OFFSET
    return None
