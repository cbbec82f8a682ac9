"""A plan word fronted before a comma, then the thing at work ("prévus par la PNDTIC, le centre … est en service"): yes, flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_clauses import Clause, negated, pending

AT_WORK = {"in force", "operating"}


def at_work_after_plan(cl: Clause, sentence: str) -> tuple[str, tuple[str, ...]] | None:
    """A clause opening on a status short of in force closed by a comma ("prévus par la PNDTIC, …", "Planned under the
    Strategy, …", "Previsto en el Plan, …") whose own clause after the comma says the thing is in service or in force
    ("… le centre de données du SETIC est en service depuis 2019", "… the government data centre has been operating
    since 2019", "… el centro de datos funciona desde 2019"): the plan is where the thing comes from, what is at work
    is there now; on the reader's no (the status) the thing at work must weigh, so the answer is yes, flagged as
    mixed. Not when the part after the comma is itself denied or pending ("…, a data centre is still to be built"),
    nor when the status stands alone. Returns the evidence (kind, words) of what is at work, or None."""
    if not cl.commas:
        return None
    head, tail = cl.toks[:cl.commas[0]], cl.toks[cl.commas[0]:]
    if evidence.find(head, "planned", 0, 1) is None or not pending(head, cl.names):
        return None   # the plan word opens the clause: "Proposal with the Ministry, awaiting approval | Secretary, …" is not one
    if negated(tail) or pending(tail, cl.names):
        return None
    found = evidence.affirmation(tail, sentence)
    return (found.kind, found.cue) if found is not None and found.kind in AT_WORK else None
