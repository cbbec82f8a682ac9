"""A bill passed at one stage and pending at the next ("Bill, 2020 — passed by the Senate; pending before the National Assembly"): not in force."""
from __future__ import annotations

from .reading_clauses import Clause, negated, pending
from .reading_evidence import find
from .reading_words import has_cue


def bill_between_chambers(mains: list[Clause]) -> bool:
    """Does a sentence name a draft (a bill, projet de loi, proyecto de ley: status class `draft` or polarity kind
    `draft_noun`) and, in another of its main clauses, give a status short of in force ("Public Participation Bill,
    2020 — passed by the Senate; pending before the National Assembly", "Projet de loi … — adopté par le Sénat ; en
    attente d'examen à l'Assemblée nationale", "Proyecto de Ley … — aprobado por el Senado; pendiente en la
    Cámara")? Then the step passed ("passed", "adopté", "aprobado") is one stage of a bill still awaited, not
    evidence stronger than a name that a text is in force (round fifteen ke_gazette_officialese 34). Not a plan
    awaited beside a platform that stays in service ("Le 5e Plan … est en cours de co-création …; la plateforme …
    demeure en service"): no draft is named there."""
    if len(mains) < 2 or not any(pending(cl.toks, cl.names) and not negated(cl.toks) for cl in mains):
        return False
    return any(find(cl.toks, "draft") is not None or has_cue(cl.toks, "draft_noun") for cl in mains)
