"""Whose status: a later status that names no text is that of the text named last, when that one is a separate text.

"Approval of the Digital Pakistan Policy was accorded by the Federal Cabinet in May 2018 … Formulation of a separate
e-Government Strategy 2022-2027 has been undertaken by NITB. Approval thereof by the competent forum is awaited.": the
awaited approval names no text of its own ("thereof", "its approval", "son adoption", "su aprobación"), so it is the
status of the text named nearest before it; when that text is called separate, distinct or specific (polarity kind
`specific`), it is another text than the one in force, and the one in force answers: yes, flagged `mixed: in force in
part`. The status of the text in force itself ("The Policy was approved in 2018. Its publication is pending.") still
decides as before.
"""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, cite
from .reading_clauses import FLAG_MIXED, Clause, Reading, clauses, strip_label
from .reading_words import has_cue


def separate_text_pending(a: Answer, k: int, found: tuple[str, tuple[str, ...]], status: Clause) -> Reading | None:
    """An instrument in force in sentence k (evidence `in force`) and a later status clause that names no text: yes,
    flagged, when the text named last before the status is a separate one the affirming clause does not name."""
    if found[0] != "in force" or evidence.names_text(status.toks):
        return None
    before = _clauses_before(a, k, status)
    if not before:
        return None
    affirming = next((n for n, cl in enumerate(before) if _holds(cl.toks, found[1])), 0)
    named = [cl for cl in before[affirming + 1:] if evidence.names_text(cl.toks)]
    if not named or not has_cue(named[-1].toks, "specific"):
        return None   # "… was adopted. Publication is pending.": the status of the text in force itself
    return Reading("yes", FLAG_MIXED, "in force, a separate text pending beside it",
                   cite(found[0], found[1], a.sents[k]))


def _clauses_before(a: Answer, k: int, status: Clause) -> list[Clause]:
    """The main clauses from sentence k up to (not with) the status clause."""
    out: list[Clause] = []
    for sentence in a.sents[k:]:
        for cl in clauses(strip_label(sentence)):
            if cl.toks == status.toks:
                return out
            if cl.main:
                out.append(cl)
    return []


def _holds(toks: list[str], cue: tuple[str, ...]) -> bool:
    n = len(cue)
    return any(tuple(toks[i:i + n]) == cue for i in range(len(toks) - n + 1))
