"""A body named by its acronym where a body names itself ("The MDDC does not have the information", "no es competencia de la AIG"): read as "the Agency"."""
from __future__ import annotations

from .reading_referral_bodies import ACRONYM_RE
from .reading_words import cues

ELISIONS = ("l'", "l’", "d'", "d’")   # "de l'ANPTIC": the acronym glued to its article


def stand_in(toks: list[str], text: str) -> list[str] | None:
    """The clause with each acronym of `text` (as written: "MDDC", "AIG", "ANPTIC") replaced by the language's word
    for a body naming itself (kind `speaker_stand_in`: agency, agence, agencia), or None when no token is an acronym.
    The decline rules know a body by its kind ("The Agency does not have the information", "no es competencia de la
    Agencia"); a respondent as often names itself by its letters, and the letters say nothing more: so the same
    words with the letters in its place are read the same way. Only the decline test reads the stand-in (hooked from
    reading_declines.declined): a denial of a thing ("The MDDC has no strategy") is no decline either way."""
    acronyms = {m.group(0).casefold() for m in ACRONYM_RE.finditer(text)}
    word = next(iter(sorted(cues().words["speaker_stand_in"])), None)
    if not acronyms or word is None:
        return None
    out, changed = [], False
    for t in toks:
        head = next((e for e in ELISIONS if t.startswith(e) and t[len(e):] in acronyms), "")
        if t[len(head):] in acronyms:
            out.append(head + word)
            changed = True
        else:
            out.append(t)
    return out if changed else None


def acronym_decline(toks: list[str], text: str, is_decline) -> bool:
    """Does the clause decline once its acronyms stand as "the Agency"?"""
    swapped = stand_in(toks, text)
    return swapped is not None and is_decline(swapped)
