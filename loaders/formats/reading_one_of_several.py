"""One of several denied ("… opened centres in Juba and Wau. The centre in Torit is not functional"): the others stand."""
from __future__ import annotations

from .reading_words import cues, stem, subject


def one_of_several(before: list[str], later: list[str]) -> tuple[str, ...] | None:
    """Does the later clause deny one instance of things the clause before named in the plural ("the Ministry opened
    Community ICT Centres in Juba and Wau" / "The centre in Torit is not functional since 2021"; "a ouvert des centres
    à Gitega et Ngozi" / "Le centre de Bururi ne fonctionne plus"; "abrió centros en León y Masaya" / "El centro de
    Rivas no funciona desde 2021")? Its subject is the singular of a plural noun of the clause before, narrowed by
    words of its own after the noun ("in Torit", "de Bururi"): the denial is of that one, the others named are not
    undone, so it must not decide. Not "The centres have not been used since 2021" (the plural: all of them), nor
    "The centre is closed" (no words of its own: perhaps the only one). Returns the later subject, or None."""
    subj = subject(later)
    plural = {stem(t) for t in before if t.isalpha() and stem(t) != t}
    for i, t in enumerate(subj):
        if t.isalpha() and stem(t) == t and t in plural:
            own = [w for w in subj[i + 1:] if w.isalpha() and w not in cues().words["negator"]]
            return tuple(subj) if own else None
    return None
