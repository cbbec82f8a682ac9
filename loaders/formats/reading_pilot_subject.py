"""A pilot as the subject of what is at work ("The pilot project is being implemented by the Agency"): a trial only, no, flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import cite
from .reading_clauses import Clause, Reading
from .reading_weight import FLAG_STATUS_WEIGHED
from .reading_words import cues

# At work now: "in place" is also a trial done ("the pilot … was completed Q1 2022"), history the analyst reads otherwise
AT_WORK = {"in force", "operating"}
SUBJECT_REACH = 3   # the pilot word among the subject's first words: "the pilot project", "le projet pilote", "el plan piloto"


def pilot_subject(mains: list[Clause], found: tuple[str, tuple[str, ...]] | None, sentence: str) -> Reading | None:
    """"Government cloud – the pilot project is being implemented by the DGA" (round twenty-five KK), "Le projet pilote
    de nuage gouvernemental est mis en œuvre par l'Agence", "El proyecto piloto de nube está en ejecución": the clause
    affirms something in force or operating now, but its subject, opened by a determiner and before the affirming
    words, is a trial (status
    class `pilot`: pilot, pilot project; projet pilote, expérimentation; proyecto piloto, prueba piloto) named among
    its first words and not inside a prepositional phrase ("After the pilot, the system is operating nationwide": the
    pilot is history, the system is at work); a trial completed ("the pilot … was completed in 2022") is read as before.
    Why: what is implemented is the trial, not the thing asked; the
    affirming verb alone gives a `yes` the analyst reads as no. No, flagged (a pilot open to the public may count): the
    trial's words are cited."""
    if found is None or found[0] not in AT_WORK:
        return None
    # the clause the affirming words come from ("Government cloud – the pilot project is being implemented": the second)
    toks = next((cl.toks for cl in mains if evidence.find(cl.toks, found[0].replace(" ", "_")) is not None), None)
    cue = evidence.find(toks, found[0].replace(" ", "_")) if toks is not None else None
    if cue is None:
        return None
    hit = evidence.find(toks, "pilot", 0, min(cue[0], SUBJECT_REACH + 1))
    if hit is None or evidence._after_preposition(toks, hit[0]):
        return None
    # a subject noun phrase opened by a determiner ("the pilot project", "A pilot system", "le projet pilote"); a bare
    # "trials running in 2 States" after "Only as a goal …" is an aside on another thing, read as before
    w = cues().words
    if not toks or (toks[0] not in w["deictic"] and toks[0] not in w["indefinite_article"]):
        return None
    return Reading("no", FLAG_STATUS_WEIGHED, "a pilot at work", cite("status pilot", hit[1], sentence))
