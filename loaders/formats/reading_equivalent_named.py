"""A thing denied, then a later sentence whose subject is its stand-in ("The equivalent is the Agenda …", "L'équivalent est …"): yes, flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from . import reading_references as references
from .reading_answer import Answer, Weighed, cite
from .reading_clauses import FLAG_HEDGED, Reading, negated, pending, strip_label
from .reading_words import tokens

RULE = "a thing denied, its equivalent named"
NAMED_REACH = 4   # "The equivalent is the President's Management Agenda": the words naming it after the copula


def equivalent_named(w: Weighed, a: Answer, k: int) -> Reading | None:
    """Sentence k denies a thing ("The Government does not have a single strategy document", "Nous n'avons pas de
    stratégie unique", "No tenemos una estrategia única"); a later sentence opens on a stand-in (status class
    `stands_in`: the equivalent, the closest thing; l'équivalent, l'équivalent le plus proche; el equivalente, lo más
    parecido) then a copula ("is", "est", "es") and names something. Why: the stand-in as the subject points back at
    what was denied (the equivalent of it), so the sentence says what does its work, whatever its own words (no
    shared word needed, unlike "acts as de facto GCIO"). Yes, flagged `denied only 'as such'`: whether the equivalent
    counts is for a reviewer. Not when that sentence is denied or pending ("The closest thing is a draft Agenda"),
    nor a pointer, nor when the stand-in does not open the sentence ("… what it considers the equivalent")."""
    if not negated(w.decider.toks) or pending(w.decider.toks, w.decider.names):
        return None
    for sentence in a.sents[k + 1:]:
        sentence = strip_label(sentence)
        toks = tokens(sentence)
        hit = evidence.find(toks, "stands_in", 0, 1)
        if hit is None or references.is_pointer(sentence):
            continue
        end = len(hit[1])
        # "l'équivalent le plus proche est", "the closest equivalent we have is": the copula within a few words
        cop = evidence.find(toks, "copula", end, end + 3)
        if cop is None or negated(toks[:cop[0] + NAMED_REACH + 1]) or pending(toks[:cop[0] + NAMED_REACH + 1]):
            continue
        return Reading("yes", FLAG_HEDGED, RULE, cite("in place", tuple(toks[:cop[0] + NAMED_REACH]), sentence))
    return None
