"""Results or data sent to an office ("Results submitted to the Performance Management and Coordination Office"): a report made, not a text awaiting a step."""
from __future__ import annotations

from .reading_words import cues, has_cue


def output_reported(toks: list[str], hit: tuple[int, tuple[str, ...]]) -> bool:
    """Is the awaited cue at `hit` the reporting of an output? "Results submitted to the … Office", "Les résultats
    sont transmis au ministère", "Los resultados se remiten a la Presidencia": the thing sent, before the cue, is an
    output of work done (polarity kind `output_noun`: results, findings, data, statistics; résultats, données;
    resultados, datos), sent to someone; the work is done and reported (round fifteen ke_gazette_officialese 42).
    Not when a draft is what is sent ("the draft results framework was submitted to Cabinet"), nor when the cue asks
    for a decision ("submitted for approval")."""
    start, cue = hit
    # The preposition closing the cue (kind `sent_to`: "submitted to", "transmis aux", "remitido a"): sent to someone,
    # not "for approval" (a decision awaited whatever is sent).
    if not cue or cue[-1] not in cues().words["sent_to"]:
        return False
    before = toks[:start]
    return has_cue(before, "output_noun") and not has_cue(before, "draft_noun") and not any(
        t in cues().words["negator"] for t in before)
