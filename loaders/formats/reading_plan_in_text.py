"""A plan held by a text ("is envisaged by the Action Plan of the Strategy"): planned, but inside an instrument, so flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_words import cues

FLAG_PLAN_IN_TEXT = "a plan held by a text: provided for (yes), or still to come (no)?"
TEXT_REACH = 4   # "by the Action Plan", "under the National Digital Strategy", "par le Plan d'action", "en el Plan"


def plan_in_text(toks: list[str]) -> tuple[str, ...] | None:
    """"the creation of the Government cloud is envisaged by the Action Plan of the Strategy", "est prévue par le
    Plan d'action", "está prevista en el Plan de acción": a planning word (status class `planned`) followed by a
    preposition of holding (kind `text_preposition`) and, within a short noun phrase, an instrument: the thing is
    still to come, yet a text (perhaps adopted) provides for it; on a question of what exists the writer's yes and
    the reader's no may both be meant. Returns the words, or None. Not "in the next strategy", "in the upcoming
    plan" (a text itself to come: a word of order or of planning before the instrument), nor "planned for 2023"."""
    hit = evidence.find(toks, "planned")
    if hit is None:
        return None
    after = hit[0] + len(hit[1])
    if after >= len(toks) or toks[after] not in cues().words["text_preposition"]:
        return None
    for j in range(after + 1, min(len(toks), after + 1 + TEXT_REACH)):
        if not toks[j].isalpha() or any(evidence.find(toks, cls, j, j + 1) is not None for cls in ("ordinal", "planned")):
            return None
        if evidence.find(toks, "instrument", j, j + 1) is not None:
            return tuple(toks[hit[0]:j + 1])
    return None
