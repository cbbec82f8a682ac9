"""An update layered on an earlier response ("2020 text: … 2022 update: …"): the update decides, the earlier text is history."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable

from .reading_answer import cite
from .reading_clauses import FLAG_NOTHING, Reading
from .reading_time_words import all_languages, cue_pattern, has_phrase, time_words
from .reading_words import has_cue, language, tokens

FLAG_UPDATE_UNPLACED = "an update the reader cannot place: does the earlier answer stand?"
FLAG_UPDATE_STATUS = "an update gives a status short of in force to what the earlier answer affirmed: which decides?"
# An update's first words up to here say whether it changes anything ("no change; …", "Unchanged.", "Confirmed for
# 2022, with …", "The GCIO arrangement is unchanged; …").
LEAD_END_RE = re.compile(r"[.;:,]|\s[–—-]\s")
LEAD_WORDS = 8   # past this, the update's first clause says more than "unchanged"


@dataclass(frozen=True)
class Layers:
    earlier: str   # the earlier response, without its label ("2020 text:"); may be empty
    update: str    # the words after the last update label


@lru_cache(maxsize=1)
def _label_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The update labels of every language with a time table: with a year ("2022 update:", "[Updated 2022]",
    "Mise à jour 2022 :", "Actualización 2022:") anywhere after a space, without one ("Update:", "Mise à jour :")
    only capitalised; and the earlier label opening the earlier text ("2020 text:", "Texte 2020 :", "2020:")."""
    dated, bare, earlier = set(), set(), set()
    for lang in all_languages():
        words = time_words(lang).raw
        for cue in words["update_label"]:
            (dated if "YEAR" in cue else bare).add(cue)
        earlier |= set(words["earlier_label"])

    def alternation(cues: set[str]) -> str:
        return "|".join(cue_pattern(c) for c in sorted(cues, key=len, reverse=True))

    # a bracketed label ("[Updated 2022]") may close without a colon; a plain one needs its colon
    dated_re = re.compile(rf"(?:(?<=\s)|^)(?:\[\s*(?:{alternation(dated)})\s*\]\s*:?|(?:{alternation(dated)})\s*:)",
                          re.IGNORECASE)
    bare_alt = "|".join(_capitalised(c) for c in sorted(bare, key=len, reverse=True))
    bare_re = re.compile(rf"(?:(?<=\s)|^)(?:\[\s*(?:{bare_alt})\s*\]\s*:?|(?:{bare_alt})\s*:)")
    earlier_re = re.compile(rf"^\s*(?:{alternation(earlier)})\s*:\s*", re.IGNORECASE)
    return dated_re, bare_re, earlier_re


def _capitalised(cue: str) -> str:
    """A label without a year is one only capitalised ("Update:", not "… received an update: …"): its first letter
    as written in upper case, the rest in either case."""
    pattern = cue_pattern(cue)
    first, rest = pattern[0], pattern[1:]
    return re.escape(first.upper()) + "(?i:" + rest + ")" if first.isalpha() else "(?i:" + pattern + ")"


def layered(text: str) -> Layers | None:
    """The earlier response and the last update layered on it, or None when the answer holds no update label."""
    dated_re, bare_re, earlier_re = _label_res()
    hits = list(dated_re.finditer(text)) + list(bare_re.finditer(text))
    if not hits:
        return None
    last = max(hits, key=lambda m: m.start())
    earlier = text[:last.start()].strip()
    earlier = earlier_re.sub("", earlier, count=1).strip()
    return Layers(earlier, text[last.end():].strip())


def _lead(update: str) -> tuple[list[str], str]:
    """The update's first clause as tokens, and the words after it."""
    m = LEAD_END_RE.search(update)
    lead, rest = (update[:m.start()], update[m.end():]) if m else (update, "")
    return tokens(lead), rest.strip()


def _says_unchanged(lead: list[str]) -> bool:
    """"no change", "Unchanged", "Status unchanged", "As reported in 2020", "The GCIO arrangement is unchanged",
    "Sin cambios", "Inchangé": the update's first clause leaves the earlier text standing."""
    return (len([t for t in lead if t.isalpha()]) <= LEAD_WORDS and has_phrase(lead, "unchanged")
            and not has_cue(lead, "expectation"))   # "to be confirmed after the reshuffle" waits, it confirms nothing


def read_layered(text: str, read: Callable[[str], Reading], lang: str = "en") -> Reading | None:
    """Read an answer that layers an update on an earlier response, or None when it holds no update label.

    The update decides and the earlier text is history ("2020 text: Not at present. … 2022 update: The rating module
    went live in March 2022." is yes; "… 2022 update: The MyGOV Mobile application was decommissioned …" is no). An
    update saying nothing changed ("no change", "Unchanged", "As reported in 2020", "sin cambios", "inchangé") leaves
    the earlier text standing, read with what the update adds after it; an update adding to the earlier text ("…
    are now also published quarterly") is read together with it. An update the reader cannot place (it affirms and
    denies nothing) leaves the earlier reading, flagged."""
    with language(lang):
        layers = layered(text)
        if layers is None:
            return None
        lead, rest = _lead(layers.update)
        if _says_unchanged(lead):
            if not layers.earlier:
                return Reading("unknown", FLAG_UPDATE_UNPLACED, "an update with no earlier text",
                               cite("nothing", tuple(lead[:4]), text))
            return _read(f"{layers.earlier}\n{rest}" if rest else layers.earlier, read, lang)
        if layers.earlier and has_phrase(lead, "addition"):
            return _read(f"{layers.earlier}\n{layers.update}", read, lang)
        if not layers.update:
            return _read(layers.earlier, read, lang) if layers.earlier else None
        own = read(layers.update)
        if not layers.earlier or (own.flag != FLAG_NOTHING and not _status_no(own)):
            return own
        before = _read(layers.earlier, read, lang)
        if _status_no(own):
            # "2020 text: … is aligned with the Eleventh Plan. 2022 update: … aligned with the Twelfth Plan, tabled in
            # Parliament on 27 September 2021": a status undoing what stood in 2020 is rare; more often a step misplaced
            return replace(own, flag=FLAG_UPDATE_STATUS) if before.answer == "yes" else own
        if before.answer == "unknown":
            return own
        flag = FLAG_UPDATE_UNPLACED if before.flag is None else f"{FLAG_UPDATE_UNPLACED}; {before.flag}"
        return Reading(before.answer, flag, before.rule, before.evidence)


def _status_no(reading: Reading) -> bool:
    """A no decided, without a flag, by a status short of in force (a draft, a step awaited, a plan, a later date)."""
    kind = (reading.evidence or "").split(":", 1)[0]
    return reading.answer == "no" and reading.flag is None and (kind.startswith("status") or kind == "dated after edition")


def _read(text: str, read: Callable[[str], Reading], lang: str) -> Reading:
    """The earlier text may itself hold an update layered on a still earlier one."""
    return read_layered(text, read, lang) or read(text)
