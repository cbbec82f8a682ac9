"""A status participle inside the object of a clause that has affirmed already ("aligned with the Tasks … announced in May 2022"): it describes that object."""
from __future__ import annotations

from .reading_words import cues, has_cue


def describes_object(toks: list[str], at: int, length: int, affirmed_at: int | None) -> bool:
    """"The Master Plan is aligned with the 120 National Tasks of the new Government announced in May 2022" (round
    sixteen kr_translated_korean 21), "La stratégie est alignée sur les objectifs du Gouvernement annoncés en 2021",
    "La estrategia está alineada con las metas del Gobierno anunciadas en 2021": the clause has said the thing is in
    place (a cue of class in_force, operating or in_place at `affirmed_at`), then a preposition opens its object
    (polarity kind `object_preposition`), and a one-word status participle at `at` comes after a noun of that object:
    it says what the object is, not the state of the clause's subject, when a time, an agent or nothing follows it
    (polarity kind `after_participle`). Not when an auxiliary comes between ("is
    aligned … and is announced"), nor after a noun of adoption or implementation ("with enactment planned for 2023":
    the step still to come is the clause's)."""
    if affirmed_at is None or length != 1 or at <= affirmed_at + 1:
        return False
    c = cues()
    between = toks[affirmed_at + 1:at]
    if any(t in c.words["auxiliary"] for t in between) or not any(t in c.words["object_preposition"] for t in between):
        return False
    before = toks[at - 1]
    if not before.isalpha() or before in c.words["object_preposition"] or has_cue([before], "adoption_noun"):
        return False
    # after its noun, a time or an agent follows ("announced in May 2022", "annoncés en janvier"), or nothing; a
    # status word before its noun ("refers to a forthcoming Data Strategy") is that noun's status
    after = toks[at + 1:at + 2]
    return not after or after[0].isdigit() or after[0] in c.words["after_participle"] \
        or after[0] in c.words["object_preposition"]
