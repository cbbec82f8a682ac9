"""What ended, then said extended ("… expired on 31 December 2021. It was extended until its successor is adopted"): in force now, yes, flagged."""
from __future__ import annotations

from .reading_answer import Answer, Weighed, cite
from .reading_clauses import Reading
from .reading_history import FLAG_SUCCESSOR_LATER, ended
from .reading_still_serving import later_affirming_clauses
from .reading_words import cues


def extended_after(w: Weighed, a: Answer, k: int) -> Reading | None:
    """Sentence k says a text ended (expired, "arrivée à échéance", "llegó a su término"); a later main clause, neither
    denied nor pending, holds a participle of extending its term (kind `extension_participle`: extended, prolonged,
    renewed; prorogée, prolongée, reconduite; prorrogada, prolongada, ampliada): "It was extended until the adoption of
    its successor", "Elle a été prorogée jusqu'à l'adoption de la nouvelle stratégie", "Fue prorrogada hasta la
    aprobación de la nueva estrategia". Why: the end date was moved, so the text still holds; reading the end alone
    gives a `no` the answer undoes. Yes, flagged (an extension's reach is the reviewer's call), citing the extension.
    Not when the extension is denied ("It was not extended") or only sought ("An extension is being prepared": a noun,
    and pending), which leave the ended text no."""
    if not ended(w.decider.toks):
        return None
    words = cues().words["extension_participle"]
    for cl, sentence in later_affirming_clauses(a, k):
        hit = next((i for i, t in enumerate(cl.toks) if t in words), None)
        if hit is not None:
            return Reading("yes", FLAG_SUCCESSOR_LATER, "ended, then extended",
                           cite("in force", tuple(cl.toks[max(0, hit - 3):hit + 4]), sentence))
    return None
