"""Words of a text's entry into force and of conditions that do not hold now (data/reading/entry_words.csv, <lang>/): deferred or future entry into force, a text made by a draft, normal times, suspension."""
from __future__ import annotations

import csv
from functools import lru_cache

from . import reading_evidence as evidence
from .reading_words import current_language, table_path, tokens

KINDS = {"entry_noun", "deferral", "future_entry", "unmet_condition", "suspension", "resumption", "creating_verb",
         "draft_source", "application_noun"}
NAME = "entry_words.csv"
DEFERRAL_REACH = 3   # "entry into force deferred", "entrada en vigencia diferida", "postponed commencement"
SOURCE_REACH = 4     # "created under the proposed …", "prévu dans le projet …", "creada por el anteproyecto …"
CONDITION_REACH = 4  # "In peacetime, …", "Under normal circumstances, …": the condition opens the sentence


@lru_cache(maxsize=8)
def _table(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """kind -> cues as token tuples, longest first; English for a language without the table."""
    path = table_path(NAME, lang)
    if not path.exists():
        path, lang = table_path(NAME, "en"), "en"
    out: dict[str, set[tuple[str, ...]]] = {k: set() for k in KINDS}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            kind, cue = row["kind"], row["cue"].strip()
            if kind not in KINDS or not cue:
                raise ValueError(f"{NAME}: bad kind {kind!r} or empty cue")
            out[kind].add(tuple(tokens(cue, lang)))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def find_entry(toks: list[str], kind: str, start: int = 0, stop: int | None = None) -> tuple[int, tuple[str, ...]] | None:
    """The first cue of the kind in toks[start:stop] (the language being read): (position, cue tokens)."""
    cues = _table(current_language())[kind]
    end = len(toks) if stop is None else min(stop, len(toks))
    for i in range(max(0, start), end):
        for c in cues:
            if tuple(toks[i:i + len(c)]) == c:
                return i, c
    return None


def deferred_entry(toks: list[str]) -> tuple[str, ...] | None:
    """"entry into force deferred", "postponed commencement", "entrée en vigueur différée", "entrada en vigencia
    diferida": the text's start is put off, so it is not in force. The words of the entry and of its deferral."""
    at = 0
    while (hit := find_entry(toks, "entry_noun", at)) is not None:
        i, cue = hit
        near = find_entry(toks, "deferral", max(0, i - DEFERRAL_REACH), i + len(cue) + DEFERRAL_REACH)
        if near is not None:
            lo, hi = min(i, near[0]), max(i + len(cue), near[0] + len(near[1]))
            return tuple(toks[lo:hi])
        at = i + 1
    return None


def future_entry(toks: list[str]) -> tuple[str, ...] | None:
    """"It will enter into force after …", "entrera en vigueur", "entrará en vigor": a future start."""
    hit = find_entry(toks, "future_entry")
    return hit[1] if hit else None


def made_by_draft(toks: list[str]) -> tuple[str, ...] | None:
    """"The position is created under the proposed Act", "prévu dans le projet de loi", "creada por el
    anteproyecto": what the clause names exists only in a text not yet adopted."""
    at = 0
    while (hit := find_entry(toks, "creating_verb", at)) is not None:
        i, cue = hit
        src = find_entry(toks, "draft_source", i + len(cue), i + len(cue) + SOURCE_REACH)
        if src is not None:
            return tuple(toks[i:src[0] + len(src[1])])
        at = i + 1
    return None


def short_of_force(toks: list[str]) -> bool:
    """A clause whose text is not in force by the words of its entry: deferred, future, or made by a draft."""
    return any(f(toks) is not None for f in (deferred_entry, future_entry, made_by_draft))


def unmet_condition(toks: list[str]) -> tuple[str, ...] | None:
    """"In peacetime, …", "Under normal circumstances, …", "En temps normal, …", "En tiempos normales, …"
    opening the sentence: what follows holds only in times that are not now."""
    hit = find_entry(toks, "unmet_condition", 0, CONDITION_REACH)
    return hit[1] if hit else None


APPLICATION_REACH = 4   # "but its application has been suspended": the application noun opens the clause


def application_suspended(affirmed: list[str], toks: list[str]) -> bool:
    """"The Regulation … is in force, but its application has been suspended for the period of martial law": the text
    is in force and only its application is suspended (not the text repealed): yes, flagged as in force in part."""
    return (evidence.find(affirmed, "in_force") is not None
            and find_entry(toks, "application_noun", 0, APPLICATION_REACH) is not None
            and find_entry(toks, "suspension") is not None)
