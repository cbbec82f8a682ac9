"""Sentence builders for every count a page, figure, message or download puts into words.

Each builder is true for every count: 0, 1, 2 and many take the right plural and the right empty case,
unknown is never reported as 0 %, and a share of fewer than MIN_SHARE_N countries is a count with its n,
never a bare percentage (tests/test_sentences.py checks each over those counts).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from loaders.words import noun, plural, years  # noqa: F401 - one definition, shared with the ingest report

MIN_SHARE_N = 5  # fewer countries than this: a count with its n, never a percentage


def rows(n: int) -> str:
    """'1 row', '0 rows', '1,234 rows' (download buttons, tables)."""
    return plural(n, "row")


def all_of(n: int, one: str, many: str | None = None) -> str:
    """'no responses', 'the 1 response', 'both responses', 'all 5 responses' (never 'All 1 responses')."""
    n = int(n)
    if n == 0:
        return f"no {noun(0, one, many)}"
    if n == 1:
        return f"the 1 {one}"
    if n == 2:
        return f"both {noun(2, one, many)}"
    return f"all {n:,} {noun(n, one, many)}"


def verb(n: int, singular: str, plural_form: str) -> str:
    """The verb that agrees with a count as subject: verb(1, 'is', 'are') -> 'is'."""
    return singular if int(n) == 1 else plural_form


def n_of(n: int, total: int, one: str, many: str | None = None, where: str = "") -> str:
    """'2 of 54 countries in Africa', '1 of 1 country', '0 of 0 countries' (the noun agrees with the total)."""
    return f"{int(n):,} of {int(total):,} {noun(total, one, many)}{where}"


def share(part: int, whole: int, *, min_n: int = MIN_SHARE_N) -> str:
    """'3 of 4' below min_n countries (a count with its n), '60% (3 of 5)' from min_n on, 'none to count' at 0."""
    part, whole = int(part), int(whole)
    if whole == 0:
        return "none to count"
    if whole < min_n:
        return f"{part} of {whole}"
    return f"{100 * part / whole:.0f}% ({part} of {whole})"


def is_share(whole: int, *, min_n: int = MIN_SHARE_N) -> bool:
    """True when a share of `whole` countries may be shown as a percentage."""
    return int(whole) >= min_n


def join(names: Iterable[str], last: str = "and") -> str:
    """'A', 'A and B', 'A, B and C'; '' for none."""
    names = [str(n) for n in names]
    if not names:
        return ""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {last} " + names[-1]


def covers(covered: Mapping[str, int]) -> str:
    """'UNCTAD covers 54, the self-report 0': how many of the set each source has a row for."""
    parts = [f"{name} {n:,}" for name, n in covered.items()]
    if not parts:
        return ""
    first, *rest = parts
    head, _, count = first.rpartition(" ")
    return ", ".join([f"{head} covers {count}", *rest])


def coverage(found: int, total: int, one: str, many: str | None = None, where: str = "",
             covered: Mapping[str, int] | None = None) -> str:
    """'2 of 54 countries in Africa; UNCTAD covers 54, the self-report 0': a count and its sources' coverage."""
    text = n_of(found, total, one, many, where)
    said = covers(covered or {})
    return f"{text}; {said}" if said else text


def yes_range(groups: Mapping[str, tuple[int, int, int]], what: str = "section") -> str:
    """The spread of 'yes' over groups of answers, each (yes, no, unknown): unknown is never 0 % yes.

    'the share of 'yes' answers ranges from 12% in section B to 80% in section A; section H has no known
    answer (all 4 unknown)'. A group with only unknown answers is named apart, never as 0 %.
    """
    known = {g: (y, y + n + u) for g, (y, n, u) in groups.items() if y + n > 0}
    blind = {g: u for g, (y, n, u) in groups.items() if y + n == 0 and u > 0}
    parts = []
    if known:
        pct = {g: 100 * y / t for g, (y, t) in known.items()}
        low, high = min(pct, key=pct.get), max(pct, key=pct.get)
        if low == high or round(pct[low]) == round(pct[high]):
            parts.append(f"the share of 'yes' answers is {pct[high]:.0f}% in {_named(list(known), what)}")
        else:
            parts.append(f"the share of 'yes' answers ranges from {pct[low]:.0f}% in {what} {low} to "
                         f"{pct[high]:.0f}% in {what} {high}")
    if blind:
        names = list(blind)
        parts.append(f"{_named(names, what)} {verb(len(names), 'has', 'have')} no known answer "
                     f"(all {sum(blind.values()):,} unknown)" if sum(blind.values()) > 1 else
                     f"{_named(names, what)} {verb(len(names), 'has', 'have')} no known answer (1 unknown)")
    return "; ".join(parts) if parts else f"no {what} has an answer"


def _named(names: list[str], what: str) -> str:
    return f"{noun(len(names), what)} {join(names)}"

def vintage(sources: tuple[str, ...] | list[str], editions, source_years: dict[str, str] | None = None) -> str:
    """What the data's own date is, per source: 'MSQ 2022 edition; GTMI 2022; UNCTAD tracker as of 2026-03-15'.

    The questionnaire is dated by its survey edition, an independent source by its own vintage (`source_years`:
    the EGDI survey year, the GTMI edition, the UNCTAD tracker's as-of date); never by the day it was loaded.
    """
    source_years = source_years or {}
    edition_years = sorted({int(e) for e in editions})
    parts = []
    for s in sources:
        when = str(source_years.get(s, "")).strip()
        if s == "msq":
            parts.append(f"MSQ {', '.join(map(str, edition_years))} edition{'s' if len(edition_years) > 1 else ''}" if edition_years
                         else "MSQ (no edition)")
        elif s == "egdi":
            several = any(mark in when for mark in ("–", ",", "-"))
            parts.append(f"EGDI {when} survey{'s' if several else ''}" if when else "EGDI (survey year not recorded)")
        elif s == "gtmi":
            parts.append(f"GTMI {when}" if when else "GTMI (edition not recorded)")
        elif s == "unctad":
            parts.append(f"UNCTAD tracker {when}" if when else "UNCTAD tracker (date not recorded)")
        else:
            parts.append(f"{s} {when}".strip())
    return "; ".join(parts)
