"""A phased project whose earlier phase is completed and whose next one has not started: nothing runs now.

"Phase I completed June 2021 – 10,500 women trained. Phase II approved by the planning committee in May 2022;
implementation to start next fiscal year." A completed phase is over, not in place; the answer affirms only a past
phase, and the phase that would run now is approved, planned or awaited. The shape (cue classes `stage`,
`ordinal`, `completion` of status_cues.csv, English, French and Spanish):
- a phase is a stage noun with its number ("Phase I", "phase 2", "Stage Two", "la fase II", "la deuxième phase");
- each phase owns the words from its name to the next phase's name or the end of its sentence;
- an earlier phase is done (a completion word: completed, concluded, achevée, concluida), a later one is neither
  done nor running (no words of a service operating or in place), and nothing else in the answer runs.
Then a yes read from the words becomes no, flagged: the earlier phase's results may persist (a network built), so
a reviewer decides. "Phase I completed; Phase II under implementation" stays yes.
"""
from __future__ import annotations

import re

from . import reading_evidence as evidence
from .reading_answer import Answer, cite
from .reading_clauses import Reading, clauses, negated, pending, strip_label

FLAG_PHASE_GAP = "an earlier phase completed, the next not started: anything running now?"

ROMAN_RE = re.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")
RUNNING_CLASSES = ("operating", "in_place")
# Beside the phases, a text in force stands on its own ("Guidelines notified in the Gazette in 2019. … Phase I …").
LOOSE_CLASSES = ("operating", "in_place", "in_force")


def _designator(tok: str) -> bool:
    """"ii", "2", "two": the number of a phase after its noun."""
    return bool(ROMAN_RE.fullmatch(tok)) or tok.isdigit() or evidence.find([tok], "ordinal") is not None


def _phase_starts(toks: list[str]) -> list[int]:
    """Where a phase is named in the tokens: a stage noun with its number after it or an ordinal before it."""
    out = []
    for i, t in enumerate(toks):
        if evidence.find([t], "stage") is None:
            continue
        after = i + 1 < len(toks) and _designator(toks[i + 1])
        before = i > 0 and evidence.find([toks[i - 1]], "ordinal") is not None
        if after or before:
            out.append(i)
    return out


def _phases(a: Answer) -> tuple[list[list[list[str]]], list[list[str]]]:
    """The answer's phases in order (each a list of token runs: its own words up to the next phase or the end of
    its sentence) and the runs that belong to no phase."""
    phases: list[list[list[str]]] = []
    loose: list[list[str]] = []
    for sentence in a.sents:
        current = None
        for cl in clauses(strip_label(sentence)):
            starts = _phase_starts(cl.toks)
            head = cl.toks[:starts[0]] if starts else cl.toks
            if head:
                (phases[current] if current is not None else loose).append(head)
            for k, s in enumerate(starts):
                end = starts[k + 1] if k + 1 < len(starts) else len(cl.toks)
                phases.append([cl.toks[s:end]])
                current = len(phases) - 1
    return phases, loose


def _done(runs: list[list[str]]) -> tuple[str, ...] | None:
    for toks in runs:
        hit = evidence.find(toks, "completion")
        if hit is not None:
            return tuple(toks[:hit[0] + len(hit[1])])
    return None


def _runs(toks: list[str], kinds: tuple[str, ...] = RUNNING_CLASSES) -> bool:
    """Does this run of words name something operating or in place now (not a completion, not denied or pending)?
    "Phase II approved …, under implementation" runs: every cue of the run is looked at, not only the first."""
    if negated(toks) or pending(toks):
        return False
    if evidence.being_carried_out(toks):
        return True
    for cls in kinds:
        at = 0
        while (hit := evidence.find(toks, cls, at)) is not None:
            if evidence.find(list(hit[1]), "completion") is None:
                return True
            at = hit[0] + 1
    return False


def phase_gap(reading: Reading, a: Answer) -> Reading | None:
    """No, flagged, when the yes rests on a completed earlier phase while the next has not started."""
    if reading.answer != "yes":
        return None
    phases, loose = _phases(a)
    # a name beside the phases ("Programa «Mujeres en línea»:") says nothing runs; a statement may ("The portal is
    # operational since 2019")
    if len(phases) < 2 or any(_runs(toks, LOOSE_CLASSES) and evidence.finite_verb(toks) is not None for toks in loose):
        return None
    done = [_done(runs) for runs in phases]
    first = next((k for k, d in enumerate(done) if d is not None), None)
    if first is None or any(_runs(toks) for runs in phases for toks in runs):
        return None
    if not any(done[k] is None for k in range(first + 1, len(phases))):
        return None   # every later phase is completed too: what is left of them is not said
    return Reading("no", FLAG_PHASE_GAP, "an earlier phase completed, the next not started",
                   cite("no longer", done[first], a.text))
