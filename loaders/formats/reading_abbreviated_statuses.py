"""Drafting shorthand for a text's status written out before reading (data/reading/<lang>/abbreviated_statuses.csv): "AP de décret" an avant-projet, "PL" a projet de loi, "en cours de val." under validation, "s.o." sans objet."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from .reading_words import table_path

NAME = "abbreviated_statuses.csv"
# A shorthand stands alone: not inside a word, a name's run of capitals ("ASIN/AP", "AP-Net"), a link or a number.
ALONE_BEFORE = r"(?:(?<=^)|(?<=[\s(:;,«\"'’–—]))"
ALONE_AFTER_WORD = r"(?![\w/.\-@])"
SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)$")   # a sentence opened by the shorthand opens with its capital
SENTENCE_END = re.compile(r"\s*$|\s+[A-ZÀ-Ý(]|\s*\n")


@lru_cache(maxsize=8)
def _patterns(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern, expansion) per row of the language's table; none for a language without it."""
    path = table_path(NAME, lang)
    if lang == "en" or not path.exists():
        return ()
    out = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            abbr, before, after = row["abbreviation"].strip(), row["before"], row["after"]
            if not abbr or not row["expansion"].strip():
                raise ValueError(f"{NAME}: empty abbreviation or expansion")
            word_end = "" if abbr.endswith(".") else ALONE_AFTER_WORD
            pattern = ALONE_BEFORE + re.escape(abbr) + word_end + (f"(?={after})" if after else "")
            out.append((re.compile(pattern), row["expansion"].strip(), re.compile(f"(?:{before})") if before else None))
    return tuple((p, e, b) for p, e, b in out)


def restore(evidence: str | None, text: str, lang: str) -> str | None:
    """The evidence quoted in the answer's own words: each written-out shorthand that is not in the original text
    put back as written ("stated: 'Coordination systèmes d'information de l'État …'" -> "… Coordination SI de l'État
    …"), so that the span is found again in the answer the analyst sees."""
    if evidence is None:
        return None
    for pattern, expansion, _ in _patterns(lang):
        for m in pattern.finditer(text):
            written = m.group(0)
            for form in (expansion, expansion[:1].upper() + expansion[1:]):
                if form in evidence and form not in text:
                    evidence = evidence.replace(form, written.rstrip(".") if not form.endswith(".") else written)
    return evidence


def expand(text: str, lang: str) -> str:
    """The text with its status shorthand written out ("AP de décret … en cours de val." -> "avant-projet de décret
    … en cours de validation"); a shorthand inside a name, a link or a longer word is left as it is."""
    for pattern, expansion, before in _patterns(lang):
        def one(m: re.Match, expansion: str = expansion, before: re.Pattern | None = before) -> str:
            if before is not None and not before.search(m.string[max(0, m.start() - 40):m.start()]):
                return m.group(0)
            # "… en cours de val." ending its sentence: the full stop stays with the sentence
            ends = m.group(0).endswith(".") and SENTENCE_END.match(m.string, m.end()) is not None
            start = SENTENCE_START.search(m.string[max(0, m.start() - 3):m.start()]) is not None
            return (expansion[:1].upper() + expansion[1:] if start else expansion) + ("." if ends else "")
        text = pattern.sub(one, text)
    return text
