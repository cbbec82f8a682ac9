"""Words of a language the reader has no tables for (Filipino) inside an otherwise English answer: unknown, flagged.

Round thirteen (J): "Wala pa pong formal na Government CIO. The GCIO position is created under the proposed …" was
read yes from English words after a Filipino denial the reader cannot read. An answer switching into a language
that is not read is read only when the words that decided, and every word before them, are words it can read; else
it is `unknown`, flagged "Filipino words in the answer: not read" (never guessed). The marker words are
data/reading/language_markers.csv (the same words that place a short "Wala po." in Filipino); names written in
that language ("Bukas na Datos PH", "Libreng Konek sa Bayan", "AmBisyon Natin 2040") carry no reading.
"""
from __future__ import annotations

import re

from .reading_clauses import Reading
from .reading_language import (
    APOSTROPHES,
    MIN_MARKER_SCORE,
    NUMBERISH_RE,
    URL_OR_MAIL_RE,
    WORD_RE,
    languages,
    read_languages,
)
from .reading_language import markers as marker_table

# "Yes po." alone carries one weak marker: the English "Yes" decides. Two points (one strong marker, or two weak
# ones) in the words read up to the decision mean the reader went past words it cannot read.
MIN_SCORE = MIN_MARKER_SCORE
# A bare domain name without http:// ("data.gov.ng", "portal.gov.ph"): dotted words, one of them at least two letters.
DOMAIN_RE = re.compile(r"\b[\w-]+(?:\.[\w-]+)+\.[a-z]{2,}\b", re.IGNORECASE)
QUOTE_RE = re.compile(r"^[^:]+: '(.*)'$", re.DOTALL)


FLAG_FOREIGN = "<language> words in the answer: not read"


def flag_for(lang: str) -> str:
    """"Filipino words in the answer: not read" (docs/reading.md flags table)."""
    return FLAG_FOREIGN.replace("<language>", languages()[lang].name if lang in languages() else lang)


def unread_words(text: str) -> dict[str, int]:
    """Marker weight per language without tables, over the words of `text` that are not part of a name: a
    capitalised word past a sentence's first word ("AmBisyon Natin 2040") and a small word set between two
    capitalised ones ("Bukas na Datos PH", "DigiSkills para sa Kababaihan") belong to a name."""
    clean = NUMBERISH_RE.sub(" ", URL_OR_MAIL_RE.sub(" ", text.translate(APOSTROPHES)))
    clean = DOMAIN_RE.sub(" ", clean)   # "data.gov.ng": a domain's last part ("ng") is no Filipino word
    table, readable = marker_table(), read_languages()
    # Only languages placed by marker words alone (Filipino): a language the detector knows is placed as a whole
    # answer, and its marker words ("da", "na", "no" in Portuguese) are too common inside English to count here.
    known = languages()
    score: dict[str, int] = {}
    for sentence in re.split(r"(?<=[.!?;:–—-])\s+", clean):
        ws = WORD_RE.findall(sentence)
        for i, w in enumerate(ws):
            if _in_name(ws, i):
                continue
            for lang, weight in table.get(w.casefold(), {}).items():
                if lang not in readable and known[lang].detected_by == "markers":
                    score[lang] = score.get(lang, 0) + weight
    return score


def _capital(w: str) -> bool:
    return w[:1].isupper()


def _in_name(ws: list[str], i: int) -> bool:
    if i == 0:
        return False
    if _capital(ws[i]):
        return True   # "AmBisyon Natin 2040"
    after = ws[i + 1] if i + 1 < len(ws) else ""
    before = ws[i - 1] if _capital(ws[i - 1]) or i < 2 else ws[i - 2]
    # "Bukas na Datos", "DigiSkills para sa Kababaihan": small words between two capitalised ones
    return _capital(after) and _capital(before)


def read_up_to(text: str, reading: Reading) -> str | None:
    """The answer's words up to the end of the evidence quoted (the words read before the decision and the
    deciding words themselves); None when the evidence does not quote the answer (items, a blank)."""
    m = QUOTE_RE.match(reading.evidence or "")
    if not m:
        return None
    quote = m.group(1).strip("…").strip()
    head = quote[:40]
    pos = text.find(head) if head else -1
    if pos < 0:
        return None
    return text[:pos + len(quote)]



def checked(text: str, reading: Reading) -> Reading:
    """`reading` as it stands, or flagged when it was decided past words of a language not read: a yes becomes
    unknown (never guessed), a no stays no."""
    if reading.answer == "unknown":
        return reading
    upto = read_up_to(text, reading)
    if upto is None:
        return reading
    score = unread_words(upto)
    lang = max(score, key=score.get) if score else None
    if lang is None or score[lang] < MIN_SCORE:
        return reading
    if reading.answer == "no":
        # "Wala pa. The Open Data Bill was refiled …": the English words deny; what the Filipino ones say is not
        # read, so the denial stands for a reviewer to check (measured: keeps 5 right denials on ph_code_switching)
        return Reading("no", flag_for(lang), reading.rule, reading.evidence)
    return Reading("unknown", flag_for(lang), "foreign words not read", f"language not read: '{lang}'")
