"""Some bodies said to have none of their own, then a later sentence that names them as covered ("Regional Councils … do not have their own e-government strategies. The eGSAP has a component on Regional Councils …"): a doubt on the no."""
from __future__ import annotations

from .reading_answer import Answer, Weighed
from .reading_clauses import STOP, clauses, negated, strip_label
from .reading_words import cues, subject


def own_denied_then_named(w: Weighed, a: Answer, k: int) -> bool:
    """A denial that the subject has a thing of its own (kind `own_word`: own; propre; propio), and a later sentence,
    its first main clause not denied, naming that subject after its first word ("The eGSAP
    has a component on Regional Councils and Local Authorities"): the denial may be of the bodies' own thing while
    something else covers them, which may be what was asked (round twenty-five na_namibia_commencement 23, on whether
    the national strategy refers to local ones). The `no` stays, flagged. "Municipalities do not have their own
    portals. Services are on the national portal." names the municipalities nowhere after: as before."""
    toks = w.decider.toks
    c = cues().words
    if not negated(toks) or not any(t in c["own_word"] for t in toks):
        return False
    named = {t for t in subject(toks) if t.isalpha() and len(t) > 3 and t not in STOP and t not in c["negator"]}
    if not named:
        return False
    for sentence in a.sents[k + 1:k + 2]:
        sentence = strip_label(sentence)
        first = next((cl for cl in clauses(sentence) if cl.main), None)
        if first is None or negated(first.toks):
            return False
        return bool(named & set(first.toks[1:]))
    return False
