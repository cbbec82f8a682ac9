"""Consent in a double negative ("We have no objection to publication", "n'a pas d'objection", "no tenemos inconveniente")."""
from __future__ import annotations

from .reading_words import cues

# from a negator to the objection it bears on, either side: "has no objection", "n'a pas d'objection" (ne … de
# objection), "ne nous opposons pas" (the verb before "pas"), "no tenemos ningún inconveniente"
OBJECTION_REACH = 4


def objection_denied(toks: list[str]) -> bool:
    """"DSTI has no objection to the publication", "Le Ministère n'a pas d'objection à la publication", "No tenemos
    inconveniente en su publicación", "We do not object": every negator of the clause stands within a few words of an
    objection (kind `objection_word`: objection, object, inconvénient, s'opposer, inconveniente, oponerse): the
    objection is denied, which is consent, on the consent question. A clause with another negation ("no objection
    once it has not been amended") is not wholly consent and is read as before."""
    w = cues().words
    negs = [i for i, t in enumerate(toks) if t in w["negator"]]
    objections = [i for i, t in enumerate(toks) if t in w["objection_word"]]
    return bool(negs) and bool(objections) and all(
        any(abs(i - k) <= OBJECTION_REACH for k in objections) for i in negs)
