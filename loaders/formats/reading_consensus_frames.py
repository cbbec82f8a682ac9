"""A frame of consensus or record before "that" (round nineteen X): "It was agreed that there is no …" states, "… agreed that the ID be developed" decides."""
from __future__ import annotations

from .reading_words import cues

BARE_BE = {"be"}   # the subjunctive of a decision: "agreed that the system be developed"


def gives_way(prev: str, after: list[str]) -> bool:
    """Does a frame of consensus or record (kind `consensus_frame`: agreed, resolved, concluded, acknowledged) before
    "that" give way to the statement after it, as a reporting word does ("It was agreed that there is no specific
    strategy", "Participants concluded that the plan has not been adopted")? Not when the statement's first verb is
    a bare "be" ("the Cabinet agreed that the national ID be developed by …"): that is a decision on what is to be
    done, read as before (the frame and its decision together)."""
    w = cues().words
    if prev not in w["consensus_frame"]:
        return False
    first = next((t for t in after if t in w["auxiliary"] or t in BARE_BE), None)
    return first not in BARE_BE
