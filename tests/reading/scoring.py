"""How a reading is scored against a hand reading: right, wrong but flagged, wrong and not flagged, share flagged.

A wrong answer with a flag costs a reviewer a few seconds; a wrong answer without one corrupts a chart
unseen, so it is counted on its own and kept at zero on every held-out set."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Score:
    answers: int
    right: int
    wrong_flagged: int
    wrong_unflagged: int
    flagged: int

    @property
    def share_flagged(self) -> float:
        return self.flagged / self.answers if self.answers else 0.0


def score(pairs: list[tuple[str, str, str | None]]) -> Score:
    """(expected answer, answer read, flag read) per answer -> Score."""
    right = sum(e == g for e, g, _ in pairs)
    wrong_flagged = sum(e != g and f is not None for e, g, f in pairs)
    return Score(len(pairs), right, wrong_flagged, len(pairs) - right - wrong_flagged,
                 sum(f is not None for _, _, f in pairs))


HEADER = f"{'':32}{'answers':>8}{'right':>7}{'wrong+flag':>11}{'WRONG,NO FLAG':>14}{'flagged':>9}"


def line(name: str, s: Score) -> str:
    return (f"{name[:31]:<32}{s.answers:>8}{s.right:>7}{s.wrong_flagged:>11}{s.wrong_unflagged:>14}"
            f"{s.share_flagged:>9.1%}")
