"""Cue words about time and stage, per language (data/reading/time_words.csv, data/reading/<lang>/time_words.csv): update labels, a plan's horizon, work going on, approval in principle."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from .reading_words import current_language, supported_languages, table_path, tokens

TIME_KINDS = {"update_label", "earlier_label", "unchanged", "addition", "horizon_word", "date_horizon_word",
              "span_noun", "vision_noun", "progressive_aux", "study_stem", "preparing_stem", "consulting_stem",
              "principle_tail", "principle_verb", "until_opener", "month"}
# A year written in a cue ("YEAR update", "as in YEAR") stands for any year.
YEAR = "YEAR"
YEAR_PATTERN = r"(?:19|20)\d\d"


@dataclass(frozen=True)
class TimeWords:
    raw: dict[str, tuple[str, ...]]                  # kind -> cues as written (labels are matched on the text)
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # kind -> cues as token tuples, longest first


# data/reading/held_elsewhere.csv: who holds the information asked for (reading_held_elsewhere), read by the same loader
# held_by: a finite verb ("lies with", "obra en poder de", "relève du"); held_by_participle: a participle or a
# prepositional phrase ("held by", "en poder de", "détenue par") that says who holds the information only after a
# verb ("is held by"): without one it qualifies a noun ("the right to request information held by agencies").
HELD_KINDS = {"held_by", "held_by_participle"}
TABLES = {"time_words.csv": TIME_KINDS, "held_elsewhere.csv": HELD_KINDS}


def time_words(lang: str | None = None, name: str = "time_words.csv") -> TimeWords:
    """The cues of a table (default: the time cues) in a language (default: the language being read); English for a
    language without the table."""
    lang = lang or current_language()
    return _time_words(lang if _has_table(name, lang) else "en", name)


@lru_cache(maxsize=64)
def _has_table(name: str, lang: str) -> bool:
    """Does the language have its own table? Asked on every cue look-up: the answer is cached (the tables are data
    shipped with the code, not edited while reading)."""
    return table_path(name, lang).exists()


@lru_cache(maxsize=16)
def _time_words(lang: str, name: str = "time_words.csv") -> TimeWords:
    kinds = TABLES[name]
    raw: dict[str, list[str]] = {k: [] for k in kinds}
    with table_path(name, lang).open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            kind, cue = row["kind"], row["cue"].strip()
            if kind not in kinds or not cue:
                raise ValueError(f"{name}: bad kind {kind!r} or empty cue")
            raw[kind].append(cue)
    phrases = {k: tuple(sorted({tuple(tokens(c.replace(YEAR, "1999"), lang)) for c in v}, key=len, reverse=True))
               for k, v in raw.items()}
    return TimeWords({k: tuple(v) for k, v in raw.items()}, phrases)


def all_languages() -> tuple[str, ...]:
    """Every language with a time_words.csv: labels are layout, looked for whatever the answer's language."""
    return tuple(sorted(lang for lang in supported_languages() if table_path("time_words.csv", lang).exists()))


def cue_pattern(cue: str) -> str:
    """A cue as a regular expression on the text: a year for YEAR (in brackets or not), any space between words,
    either apostrophe."""
    parts = []
    for word in cue.split():
        if word == YEAR:
            parts.append(r"\(?" + YEAR_PATTERN + r"\)?")
        else:
            parts.append(re.escape(word).replace("'", "['’]").replace("’", "['’]"))
    return r"\s+".join(parts)


def phrase_at(toks: list[str], i: int, kind: str, name: str = "time_words.csv") -> tuple[str, ...] | None:
    """The longest cue of the kind that starts at toks[i] (a YEAR in it matches any year), or None."""
    for cue in time_words(name=name).phrases[kind]:
        if len(cue) <= len(toks) - i and all(c == t or (c == "1999" and re.fullmatch(YEAR_PATTERN, t))
                                             for c, t in zip(cue, toks[i:i + len(cue)])):
            return cue
    return None


def has_phrase(toks: list[str], kind: str) -> bool:
    return any(phrase_at(toks, i, kind) is not None for i in range(len(toks)))


def stem_of(token: str, kind: str) -> str | None:
    """The stem of the kind a word opens with ("evaluando" -> "evalu"), or None."""
    return next((s for s in time_words().raw[kind] if token.startswith(s.casefold())), None)
