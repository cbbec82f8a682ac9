"""The abbreviation for "number" before a designator ("Act No. XXII of 2009", "Loi n° 2004-63"): a number sign, never a negation.

"No." before an act's number is the word "number", not the negator "no": read as a negation it flips any answer that
cites an act to `no`. The sign is told by what follows it (its designator), not by a list of acts:
- digits, with separators inside ("No. 12/2021", "n° 2004-58", "N° 27.275", "Nos. 3 and 4"), also in brackets ("Law
  No. (137) of 2020"), not a word that opens with a digit ("No 5G network": the generation, and "no" its negator);
- Roman numerals, upper case ("Act No. XXII of 2009"), when a word, a number or a comma stands before the sign (an
  answer opens with "No.", never with a number sign) and a boundary, "of"/"de"/"du"/"del", or another number follows
  ("No. I think …" stays a typed No);
- a code of capitals and digits ("No. CAP 12", "No. L.12", "No. A/RES/70/1"), after a capitalised word or a number
  ("Act No. CAP 12"; "there is no SDG 16 mapping" keeps its negation).
The signs and the token a sign is read as are data: data/reading/number_signs.csv (per language; the token is a
reference word already, so "question no. 3" still points to question 3).
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from ..paths import DATA

TABLE = DATA / "reading" / "number_signs.csv"

DIGITS = r"\d+(?:[./\-–]\d+)*(?![\w])"
ROMAN = r"(?=[MDCLXVI])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\w'’-])"
CODE = r"[A-Z]{1,5}(?:\.\s?|[ /\-])\d+(?:[./\-]\d+)*(?![\w])|[A-Z]{1,5}(?:/[A-Z0-9]+){2,}(?![\w])"
# A number in brackets, as translations from Arabic write it ("Law No. (137) of 2020", "Decree No. (1) of 2022").
BRACKETED = rf"[(\[]\s*{DIGITS}\s*[)\]]"
# What may follow a Roman numeral that is a number: a boundary, "of 2009", or another number of a list.
LINKS = r"of|de|del|du|des|dated|from|and|to|y|et|à|al|a"
ROMAN_TAIL = re.compile(rf"\s*(?:[,;:)/\]–—]|\.(?!\w)|$)|\s+(?:{LINKS})\b", re.IGNORECASE)
# Signs written with a degree or ordinal mark may touch their number ("n°12"); a sign of letters needs a full stop
# or a space ("No.12", "No 12"), so that "Nobody", "Nos" and "Nr" inside words never count.
MARKS = ("°", "º")


@lru_cache(maxsize=8)
def _table(lang: str) -> tuple[tuple[str, ...], str | None]:
    signs, reads_as = [], None
    with TABLE.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["role"] not in {"sign", "reads_as"} or not row["word"].strip():
                raise ValueError(f"number_signs.csv: bad role {row['role']!r} or empty word")
            if row["lang"] == lang:
                if row["role"] == "sign":
                    signs.append(row["word"].strip())
                else:
                    reads_as = row["word"].strip()
    return tuple(signs), reads_as


@lru_cache(maxsize=8)
def _sign_re(lang: str) -> re.Pattern | None:
    signs, reads_as = _table(lang)
    if not signs or reads_as is None:
        return None
    alts = []
    for s in sorted(signs, key=len, reverse=True):
        word = re.escape(s)
        alts.append(rf"{word}\.?\s*" if s.endswith(MARKS) else rf"{word}(?:\.\s*|\s+)")
    return re.compile(rf"(?<![\w°º])(?i:{'|'.join(alts)})(?=\S)")


def _word_before(text: str, start: int) -> str:
    """The word right before a sign, across spaces and an opening bracket ("2009 (Act No." -> "Act"); "," for a comma;
    "" at the start of the text or of a sentence."""
    before = text[:start].rstrip(" \t(")
    if before.endswith(","):
        return ","
    m = re.search(r"[^\W_]+$", before)
    return m.group(0) if m else ""


def _designated(text: str, m: re.Match) -> bool:
    """Does a number follow the sign (a designator of the shapes above)?"""
    at = m.end()
    if re.match(DIGITS, text[at:]) or re.match(BRACKETED, text[at:]):
        return True
    word = _word_before(text, m.start())
    roman = re.match(ROMAN, text[at:])
    if roman and word and ROMAN_TAIL.match(text, at + roman.end()):
        return True
    return bool(re.match(CODE, text[at:])) and (word[:1].isupper() or word[:1].isdigit())


def mask(text: str, lang: str = "en") -> str:
    """The text with every number sign before a designator written as the language's neutral token (data/reading/
    number_signs.csv: "nr" in English, "n" in French and Spanish): "Act No. XXII of 2009" -> "Act nr XXII of 2009".
    Run on the original text, before case folding: Roman numerals and codes are told by their capitals."""
    pattern = _sign_re(lang)
    if pattern is None:
        return text
    reads_as = _table(lang)[1]
    out, pos = [], 0
    for m in pattern.finditer(text):
        if _designated(text, m):
            out.append(text[pos:m.start()] + reads_as + " ")
            pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def is_number(text: str, start: int, lang: str = "en") -> bool:
    """Is the word at `start` a number sign before its number ("No. XXII of 2009"), not a negator?"""
    pattern = _sign_re(lang)
    m = pattern.match(text, start) if pattern is not None else None
    return m is not None and _designated(text, m)
