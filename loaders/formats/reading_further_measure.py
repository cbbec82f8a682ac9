"""A further measure still to come beside one at work on the same question: the one at work answers, mixed."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_clauses import Clause, about, negated

AT_WORK = {"operating", "in place"}   # a service or practice at work, not a text in force (its own rules weigh those)


def further_measure(decider: Clause, status: Clause, topic: str) -> bool:
    """"The platform lets users rate each service after the transaction, and a national satisfaction survey is
    under study", "La plateforme permet de noter chaque service, et une enquête nationale est à l'étude", "La
    plataforma permite calificar cada servicio, y una encuesta nacional está en estudio": the clause that affirmed
    says something at work (evidence operating or in place) and itself names what the question asks; a later clause
    gives a status short of in force, unnegated, to another thing on the same question. That status is of a further
    measure, not an absence of the one at work: a mixed answer (yes, flagged), not a silent no. Not when the clause
    at work names nothing asked ("the tax portal operates; an e-participation portal is being developed" to an
    e-participation question: the absence is of what was asked), nor a negation ("X has no portal")."""
    if negated(status.toks) or not about(decider.toks, topic):
        return False
    found = evidence.affirmation(decider.toks)
    return found is not None and found.kind in AT_WORK
