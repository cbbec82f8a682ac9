"""What stands in for the thing asked: someone acting as a post denied, or one named basis given as the only one.

Briefing notes deny the formal thing and say what does its work: "No formal GCIO position. Sec. DICT acts as de facto
GCIO (interim arrangement, NEC Decision No. 114/2021)." A post or body denied, then a later sentence in which someone
acts as it (status class `stands_in`: acts as, de facto, serves as; fait office de, fait fonction de; hace las veces
de, funge como) followed by the denied thing's own word: the function is performed, `yes`, flagged `denied only 'as
such': done elsewhere?`. "Const. s.51 (right to freedom of information) – only. No FOI/ATI Act. …": an instrument
named and marked as the only one (class `only` alone after a dash or comma) is the answer in part, whatever the
later sentences deny or leave pending of a dedicated text: `yes`, flagged `mixed: in force in part`.
"""
from __future__ import annotations

from . import reading_evidence as evidence
from . import reading_references as references
from .reading_answer import Answer, Weighed, cite
from .reading_clauses import FLAG_HEDGED, FLAG_MIXED, STOP, Reading, negated, pending, strip_label
from .reading_words import cues, has_cue, tokens

ACTED_REACH = 3   # "acts as de facto GCIO": the denied thing's word right after the stand-in cue


def acting_later(w: Weighed, a: Answer, k: int) -> Reading | None:
    """A post or body denied in sentence k, then a later sentence saying who acts as it: yes, flagged."""
    toks = w.decider.toks
    if not negated(toks) or pending(toks, w.decider.names):
        return None
    denied = _own_words(toks)
    for sentence in a.sents[k + 1:]:
        sentence = strip_label(sentence)
        if references.is_pointer(sentence):
            continue
        stoks = tokens(sentence)
        if negated(stoks) or pending(stoks):
            continue   # "Substantive GCIO post → to be created": the post's own status, nobody acting in it
        pos = 0
        while (hit := evidence.find(stoks, "stands_in", pos)) is not None:
            end = hit[0] + len(hit[1])
            if denied & set(stoks[end:end + ACTED_REACH]):
                return Reading("yes", FLAG_HEDGED, "a post denied, someone acting as it",
                               cite("in place", tuple(stoks[hit[0]:end + ACTED_REACH]), sentence))
            pos = hit[0] + 1
    return None


def _own_words(toks: list[str]) -> set[str]:
    """The denied thing's own words ("No formal GCIO position" -> gcio, position), not the negation nor its
    qualifiers (formal, statutory, specific)."""
    c = cues()
    # a hyphenated word is one of the thing's own ("the e-Government Strategy lapsed" -> e-government) (round nineteen Y)
    return {t for t in toks if t.replace("-", "").isalnum() and len(t) > 2 and t not in STOP and t not in c.words["negator"]
            and not has_cue([t], "specific") and evidence.find([t], "legal_word") is None}


def only_basis(w: Weighed, a: Answer, k: int, found: tuple[str, tuple[str, ...]]) -> Reading | None:
    """An instrument named, then a part that is only "only" ("Const. s.51 (right to freedom of information) – only"):
    the one basis there is, yes in part, flagged."""
    last = w.mains[-1]
    if len(w.mains) < 2 or last.joint not in {"–", ",", ":"} or [t for t in last.toks if t.isalpha()] != [
            t for t in last.toks if evidence.find([t], "only") is not None] or not last.toks:
        return None
    first = w.mains[0]
    if evidence.find(first.toks, "instrument") is None or negated(first.toks) or pending(first.toks, first.names):
        return None
    return Reading("yes", FLAG_MIXED, "one basis named, and only it", cite(found[0], found[1], a.sents[k]))
