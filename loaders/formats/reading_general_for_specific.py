"""Something general for all affirmed, the specific one asked for still to come ("All e-services are …"): no."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, Weighed
from .reading_clauses import FLAG_UNDONE, Clause, Reading, asks_specific, negated
from .reading_words import cues, subject

UNIVERSAL_REACH = 2   # "All federal e-services", "Tous les services", "Todos los trámites": the word of all opens it


def general_only(w: Weighed, a: Answer, later: tuple[Clause, str] | None) -> Reading | None:
    """The question asks for something specific ("Does the Government provide any specific e-service(s) for women
    and other vulnerable groups?"), the clause that affirms has a subject opening on a word of all (kind
    `universal_word`: all, every, tous, todos: "All federal e-services are designed to be accessible to People of
    Determination"), and a later clause gives a status short of in force ("The Ministry … is set to launch 'Tamkeen
    Digital', a single digital profile that will enable …"; round eighteen V, ae_vision_statements 36): what is in
    place is general, and the one thing said for the group is not there yet: no, flagged (a reviewer may count the
    general provision). A specific thing in place after the general one ("… A dedicated app for blind users was
    launched in 2021") leaves the yes; so does a general affirmation with nothing after it."""
    if later is None or not asks_specific(a.topic) or evidence.COVERAGE.get():
        return None
    status, said = later
    if negated(status.toks):
        return None
    head = subject(w.decider.toks)
    if not any(t in cues().words["universal_word"] for t in head[:UNIVERSAL_REACH]):
        return None
    return Reading("no", FLAG_UNDONE, "general affirmed, the specific one still to come", said)
