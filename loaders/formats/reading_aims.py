"""An actor's aim ("The UAE aims to become a global leader in …"): an aspiration, a stance, not a thing in place."""
from __future__ import annotations

from dataclasses import replace

from . import reading_evidence as evidence
from .reading_clauses import Clause, negated
from .reading_words import cues, starts_at

AIM_REACH = 6   # "The Government of the Republic aims to": the actor stands before the aim, near the start
# What names a thing, not an actor: a text, a service, a part of one, a plan, or something in place before the aim
# ("The Roadmap aims to …", "its 'One Government' pillar aims to …", "the Academy, launched in 2020, aims to …").
THING_CLASSES = ("instrument", "service", "part", "idea", "plan_noun", "draft", "pilot", "study", "in_force",
                 "operating", "in_place")


def aim_at(toks: list[str]) -> int | None:
    """Where the clause's aim cue (kind `aim_verb`: aims to, vise à, aspira a) starts, near its opening."""
    c = cues()
    for i in range(min(len(toks), AIM_REACH + 1)):
        if any(starts_at(toks, i, p) for p in c.by_first["aim_verb"].get(toks[i], ())) or toks[i] in c.words["aim_verb"]:
            return i
    return None


def actor_aim(cl: Clause) -> Clause:
    """A main clause whose predicate is an aim and whose subject is an actor (a country, a government, a body, "we"),
    not a thing ("The UAE aims to become a global leader in data-driven government", "Le Gouvernement vise à devenir
    un pôle régional", "El Gobierno aspira a convertirse en un referente"; round eighteen V, ae_vision_statements 25):
    what the actor aims at is not said to exist, so the clause is marked a stance (it affirms and denies nothing; the
    other sentences decide). With a thing as subject the aim says what an existing thing is for ("The Roadmap, launched
    in 2020, aims to make …") and the clause reads as before."""
    if cl.stance or negated(cl.toks):
        return cl
    at = aim_at(cl.toks)
    if not at:
        return cl   # no aim, or no subject before it ("Aims to …" typed alone)
    before = cl.toks[:at]
    if "url" in before or any(t.isdigit() for t in before):
        return cl
    if any(evidence.find(before, cls) is not None for cls in THING_CLASSES):
        return cl
    return replace(cl, stance=True)
