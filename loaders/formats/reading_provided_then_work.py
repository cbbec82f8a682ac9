"""A text providing for the topic, then work on it under way ("The Plan envisages X, and a guide is being prepared"): yes, flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, Weighed, cite
from .reading_clauses import Reading, negated, pending
from .reading_text_provides import text_provides
from .reading_weight import FLAG_STATUS_WEIGHED

PLAN_CLASSES = ("planned", "plan_noun")


def provided_then_work(w: Weighed, a: Answer, k: int) -> Reading | None:
    """On a question about what a text addresses (`evidence.COVERAGE`), a clause whose subject is a text and whose
    verb is a planning cue ("The Development Plan envisages the move to a public cloud", "La Estrategia prevé la
    migración a la nube") says the text refers to the topic, which is what is asked (reading_text_provides). When
    the same clause goes on to a status of work on the topic ("…, and a cloud guide is being prepared by the
    Ministry", "…, y se está elaborando una guía"), that status is the work the text calls for, not the state of the
    reference asked about: yes, flagged `a status beside something in force or operating: which decides?` (the
    work may be all there is). Not when the clause denies ("… but no guide has been prepared"), when the text
    itself is a draft ("The draft Strategy envisages …": text_provides refuses), nor on other questions."""
    status = w.decider if w.state == "neg" else w.status_beside   # "…; a pilot is being run": a clause of its own
    if not evidence.COVERAGE.get() or status is None or negated(status.toks):
        return None
    upto = w.mains.index(status) + 1 if status in w.mains else len(w.mains)
    for cl in w.mains[:upto]:   # "Cloud computing: The Plan envisages …": a label may come first
        toks = cl.toks
        for cls in PLAN_CLASSES:
            hit = evidence.find(toks, cls)
            if hit is None or not text_provides(toks, hit[0], evidence.find, evidence.finite_verb):
                continue
            if status is not cl or pending(toks[hit[0] + len(hit[1]):], status.names):
                # the status is after the planning verb (the work), not on the text itself
                return Reading("yes", FLAG_STATUS_WEIGHED, "a text provides for it, work on it under way",
                               cite("stated", tuple(toks[:hit[0] + len(hit[1])]), a.sents[k]))
    return None
