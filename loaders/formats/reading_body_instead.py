"""On a request for names, a body denied and another named after it ("There is no Ministry of X. The Office of Y – url")."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, Weighed, cite
from .reading_clauses import FLAG_HEDGED, Reading, negated, pending, strip_label
from .reading_words import URL_RE, tokens

NAME_EDGES = " –—-.:;,"


def body_named_instead(w: Weighed, a: Answer, k: int) -> Reading | None:
    """"Please provide names and links of the ministries …: Justice" answered "There is no Ministry of Justice. The
    Office of the Attorney General (OAG) – url": the body the form names does not exist, and a later sentence that is
    only a name (with or without its link) gives the body that does its work. The name asked is given in another
    form: yes, flagged (whether another body answers is the analyst's call). A later pointer or a bare "N/A" names
    no body (round nineteen Y)."""
    if not evidence.name_request(a.topic) or not negated(w.decider.toks) or pending(w.decider.toks, w.decider.names):
        return None
    for sentence in a.sents[k + 1:]:
        bare = URL_RE.sub(" ", strip_label(sentence)).strip(NAME_EDGES)
        if bare and evidence.names_only(bare) is not None:
            return Reading("yes", FLAG_HEDGED, "a body denied, another named", cite("named", tuple(tokens(bare)[:6]),
                                                                                      sentence))
    return None
