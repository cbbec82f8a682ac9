"""The consent question answered by a step granted ("Approved for publication by the Permanent Secretary"): assent."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, cite
from .reading_clauses import Reading, negated, pending
from .reading_words import cues, tokens


def granted(a: Answer) -> Reading | None:
    """"Approved for publication by the Permanent Secretary, MSET.", "Approuvé pour publication par le Secrétaire
    général", "Aprobada para su publicación por el Despacho" (round eighteen V, jm_cabinet_submission 45): on the
    consent question, the first main clause holds a participle of a step granted (kind `grant_participle`: approved,
    cleared, approuvé, aprobado), and the words up to it neither deny nor wait ("Not yet approved", "To be approved
    for publication by the Minister", "will be approved"): what was asked is granted, so yes. The step named after
    the participle ("for publication") is what was granted, not a step the answer awaits (which is how it reads
    elsewhere: "a Bill approved for tabling" is still a bill). The deciding words are quoted as the assent."""
    if not evidence.consent_question(a.topic):
        return None
    first = next((cl for cl in a.lead_clauses if cl.main), None)
    if first is None or negated(first.toks):
        return None   # "Not approved for publication": a refusal, read as before
    grant = cues().words["grant_participle"]
    at = next((i for i, t in enumerate(first.toks) if t in grant), None)
    if at is None:
        return None
    upto = first.toks[:at + 1]
    if pending(upto) or evidence.future_tense(upto) is not None:
        return None   # "to be approved", "awaiting being cleared", "will be approved": the grant is still to come
    return Reading("yes", None, "assent", cite("assent", tuple(tokens(a.sents[0])[:at + 3]), a.text))
