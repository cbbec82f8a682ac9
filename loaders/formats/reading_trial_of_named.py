"""On what a text addresses, a pilot status told after the thing named ("Nube gubernamental (Eje 3). Estado: piloto"): addressed, yes flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, cite
from .reading_clauses import FLAG_MIXED, Clause, Reading, negated

TRIAL_KIND = "status pilot"


def trial_of_named(a: Answer, k: int, found: tuple[str, tuple[str, ...]], later: tuple[Clause, str]) -> Reading | None:
    """"Nube gubernamental (Eje 3, línea 3.5). Estado: en fase piloto.", "Government cloud (Pillar 3, action 3.5).
    Status: pilot phase.", "Cloud souverain (axe 3). Statut : phase pilote." on a question about what the strategy
    refers to (`evidence.COVERAGE`): the status is the measure's, and a pilot of the topic addresses it (as
    `_pilot_places` and `_trial_only` read it); the reference asked for is not put off by it. Yes, flagged `mixed: in
    force in part` (whether the strategy itself names it is for the analyst). Only a pilot: a draft, a plan or a
    study after the name ("Estado: en elaboración") stays a status that decides, and so does a denial."""
    if not evidence.COVERAGE.get() or not later[1].startswith(TRIAL_KIND) or negated(later[0].toks):
        return None
    return Reading("yes", FLAG_MIXED, "a pilot of what was named, on what a text addresses",
                   cite(found[0], found[1], a.sents[k]))


def trial_field(own: Reading, whole: Reading, question: str) -> Reading | None:
    """The same shape told in a status field ("Nube gubernamental (Eje 3, línea 3.5). Estado: en fase piloto."): the
    field's pilot does not turn the name into a no on what a text addresses; the name stands, flagged as above."""
    if not evidence.coverage_question(question) or not (own.evidence or "").startswith(TRIAL_KIND):
        return None
    return Reading("yes", FLAG_MIXED, "a pilot of what was named, on what a text addresses", whole.evidence)
