"""Information inside a text laid before Parliament ("the White Paper tabled … contains a report"): published."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, Weighed, cite
from .reading_clauses import Reading, mask_idioms, negated
from .reading_words import cues, starts_at, tokens

FLAG_PUBLISHED_INSIDE = "published inside a text not adopted: does that count?"


def _containing_at(toks: list[str]) -> int | None:
    c = cues()
    return next((i for i, t in enumerate(toks) if t in c.words["containing_verb"]
                 or any(starts_at(toks, i, p) for p in c.by_first["containing_verb"].get(t, ()))), None)


def published_inside(w: Weighed, a: Answer) -> Reading | None:
    """The question asks whether something is published (a verb of making public in its words, kind
    `disclosure_verb`: "Does the Government publish information on how people's voices … are included …?"), and the
    clause that denied holds its draft or awaited status only in its subject, before a verb of holding content (kind
    `containing_verb`: contains, includes, sets out; contient, comprend; contiene, incluye): "Where a Green Paper
    proceeds to a White Paper, the White Paper tabled in Parliament contains a consultation report summarising the
    submissions received" (round eighteen V, jm_cabinet_submission 40), "El Libro Blanco presentado al Congreso
    contiene un informe de consulta". The status is the container's; what was asked is its content, made public with
    it: yes, flagged (whether a text laid before Parliament counts as publication is the reviewer's call). Not when
    the clause is negated ("the draft does not contain …") or the status stands after the verb ("contains a report
    to be submitted to Cabinet")."""
    topic = tokens(a.topic, "en")
    en = cues("en")
    if not any(t in en.words["disclosure_verb"] for t in topic):
        return None
    toks = mask_idioms(w.decider.toks)
    if negated(toks):
        return None
    at = _containing_at(toks)
    if not at:
        return None
    head, rest = toks[:at], toks[at:]
    if evidence.status_noun(head) is None and evidence.status_predicate(head) is None:
        return None   # the status is not the subject's
    if evidence.status_predicate(rest) is not None or evidence.status_noun(rest[1:3]) is not None:
        return None   # "… contains a report to be submitted to Cabinet": what it holds is pending too
    return Reading("yes", FLAG_PUBLISHED_INSIDE, "published inside a text not adopted",
                   cite("stated", tuple(toks[max(0, at - 3):at + 3]), a.text))
