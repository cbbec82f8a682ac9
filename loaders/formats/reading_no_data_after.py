"""A sentence that only says no data or information is held ("For the e-services, there is no data."): nothing answered, nothing denied of the thing."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_clauses import clauses, negated, strip_label
from .reading_words import cues

INFO_REACH = 2   # from the negator to the information word: "no data", "no hay datos", "aucune donnée"


def no_data(sentence: str) -> bool:
    """Every main clause denied and naming information as what is missing (kind `information`: data, figures;
    données, chiffres; datos, cifras): "For the e-services, there is no data.", "Aucune donnée n'est disponible pour
    les e-services.", "No hay datos para los servicios electrónicos." Why: after a sentence saying whose the matter is,
    the lack of data is the speaker's, no denial of the thing asked. Not when the information word names a thing
    ("There is no data portal": a service denied)."""
    mains = [cl for cl in clauses(strip_label(sentence)) if cl.main] or clauses(strip_label(sentence))
    return bool(mains) and all(negated(cl.toks) and _no_information(cl.toks) for cl in mains)


def _no_information(toks: list[str]) -> bool:
    """A negator with an information word close after it ("no data", "aucune donnée", "no hay datos"), and no thing
    named by it ("no data portal": a service denied)."""
    w = cues().words
    for i, t in enumerate(toks):
        if t not in w["negator"]:
            continue
        for j in range(i + 1, min(len(toks), i + 1 + INFO_REACH)):
            if toks[j] in w["information"]:
                return not any(evidence.find(toks, cls, j + 1, j + 2) is not None for cls in ("instrument", "service"))
    return False
