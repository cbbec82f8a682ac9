"""A text whose entry into force waits on an act still to come ("It enters into force upon the issuance of its regulations", "entra en vigencia a partir de su reglamentación"): not in force until that act is told done."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_clauses import clauses, negated, strip_label
from .reading_words import cues, has_cue

ACT_REACH = 8   # "enters into force upon the issuance of its implementing regulations", "a partir de su reglamentación"


def entry_on_act(toks: list[str]) -> tuple[str, ...] | None:
    """The words of a commencement tied to a later act (status class `commencement`, present or future: "enters
    into force", "entre en vigueur", "entra en vigencia"; then within reach polarity kind `awaited_act`: its
    regulations, implementing decree; décret d'application, textes d'application; reglamentación, decreto
    reglamentario): the text applies only once that act is made. A commencement counted from publication
    ("enters into force on publication") names no such act and is not read here (reading_entry_lapse)."""
    hit = evidence.find(toks, "commencement")
    if hit is None:
        return None
    start = hit[0] + len(hit[1])
    for i in range(start, min(len(toks), start + ACT_REACH)):
        n = _act_length(toks, i)
        if n:
            return tuple(toks[hit[0]:i + n])
    return None


def _act_length(toks: list[str], i: int) -> int:
    """The length of the `awaited_act` cue at toks[i] (longest phrase first), 0 when none starts there."""
    c = cues()
    for p in sorted(c.by_first["awaited_act"].get(toks[i], ()), key=len, reverse=True):
        if tuple(toks[i:i + len(p)]) == p:
            return len(p)
    return 1 if toks[i] in c.words["awaited_act"] else 0


def act_told_done(sents: list[str], j: int) -> bool:
    """Does another clause of the answer tell the awaited act made: a clause naming it (kind `awaited_act`) with a
    word of being in force right after it (status class `in_force`: adopted, issued; adopté; aprobado), not denied ("Its
    regulations were adopted by Decree 12/2021"), or a participle saying the text was given its act (kind
    `act_done`: reglamentada, réglementée)? Then the commencement has happened and the text reads as before."""
    for n, sentence in enumerate(sents):
        for cl in clauses(strip_label(sentence)):
            if n == j and entry_on_act(cl.toks) is not None or negated(cl.toks):
                continue
            if has_cue(cl.toks, "act_done"):
                return True
            if any(_act_length(cl.toks, i) and _made_after(cl.toks, i) for i in range(len(cl.toks))):
                return True
    return False


DONE_REACH = 4   # "its regulations were adopted", "el reglamento fue aprobado", "le décret d'application a été publié"


def _made_after(toks: list[str], i: int) -> bool:
    """A word of being in force right after the act named at toks[i]: the act is what was made ("Its regulations
    were adopted in 2021"), not the text itself ("La Ley, promulgada en 2021, se encuentra en proceso de
    reglamentación": the law was promulgated, its regulation is under way)."""
    start = i + _act_length(toks, i)
    hit = evidence.find(toks, "in_force", start, start + DONE_REACH)
    return hit is not None
