"""A body or text denied or ended and its successor named ("was replaced by", "fue sucedido por", "a été remplacé
par"): the successor does the job asked about, so the denial is not the answer (yes, flagged).

Round thirteen (J): "No existe un ministerio de planificación desde 2011 (el ex MIDEPLAN fue sucedido por el
Ministerio de Desarrollo Social y Familia)." was read no: the denial named the old body, the words in brackets its
successor. The successor counts when it is named in the denying sentence or the next one, the replacement is not
itself denied ("abolished and not replaced by anything") and the successor is not a draft or plan ("replaced by a
new bill, still before Parliament"). Cue words: kind `succeeded_by` in data/reading/(fr|es/)polarity_cues.csv.
"""
from __future__ import annotations

from .reading_answer import Answer, Weighed, cite
from .reading_clauses import Reading, negated, pending, strip_label
from .reading_words import cues, starts_at, tokens

FLAG_SUCCESSOR = "denied or ended, its successor named: read as yes"
NEGATION_REACH = 3      # "not replaced by", "no fue reemplazado por": the replacement itself denied
SUCCESSOR_WORDS = 6     # the words quoted after the cue: the successor's name


def _cue_at(toks: list[str]) -> tuple[int, tuple[str, ...]] | None:
    c = cues()
    for i, t in enumerate(toks):
        if t in c.words["succeeded_by"]:
            return i, (t,)
        for p in c.by_first["succeeded_by"].get(t, ()):
            if starts_at(toks, i, p):
                return i, p
    return None


def successor_named(w: Weighed, a: Answer, k: int) -> Reading | None:
    """Yes, flagged, when the sentence that denies (k) or the next one names a successor that does the job."""
    for sentence in a.sents[k:k + 2]:
        toks = tokens(strip_label(sentence))
        hit = _cue_at(toks)
        if hit is None:
            continue
        i, cue = hit
        after = toks[i + len(cue):]
        if not any(t.isalpha() for t in after) or negated(toks[max(0, i - NEGATION_REACH):i]) or pending(after):
            return None
        return Reading("yes", FLAG_SUCCESSOR, "denied, successor named",
                       cite("named", tuple(toks[i:i + len(cue) + SUCCESSOR_WORDS]), sentence))
    return None
