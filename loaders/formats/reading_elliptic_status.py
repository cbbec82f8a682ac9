"""A typed Yes followed by a sentence that gives, without a subject of its own, a status short of in force."""
from __future__ import annotations

from .reading_answer import Answer
from .reading_clauses import clauses, negated, pending, strip_label
from .reading_words import cues


def status_told_after_yes(a: Answer) -> bool:
    """"Yes – the Act was passed in 2018. Not yet commenced.", "Oui, loi votée en 2020. Pas encore en vigueur.",
    "Sí, ley aprobada. Aún no vigente.": the next sentence opens on its negation (no subject: it speaks of what the
    Yes named) and denies or gives a status short of in force, so the Yes may not hold; a doubt to review. A next
    sentence with a subject of its own ("The regulations are not yet issued") is about another thing."""
    if len(a.sents) < 2:
        return False
    first = next((cl for cl in clauses(strip_label(a.sents[1])) if cl.main), None)
    if first is None or not first.toks:
        return False
    negators = cues().words["negator"]
    # "Not yet commenced", "Pas encore en vigueur", "Aún no vigente": a negator, or one word then a negator
    opens = first.toks[0] in negators or (len(first.toks) > 1 and first.toks[1] in negators)
    return opens and (negated(first.toks) or pending(first.toks, first.names))
