"""A post denied, then who exercises its functions ("Las funciones equivalentes las ejerce el Viceministerio"): yes, flagged; a text creating the post awaited does not undo it."""
from __future__ import annotations

from . import reading_references as references
from .reading_answer import Answer, Weighed, affirm_evidence, cite
from .reading_clauses import FLAG_HEDGED, STOP, Clause, Reading, clauses, negated, pending, strip_label
from .reading_words import cues, has_cue, stem, tokens

FUNCTION_REACH = 5   # "les fonctions correspondantes sont exercées", "the function of strategic planning is exercised"


def functions_exercised(w: Weighed, a: Answer, k: int) -> Reading | None:
    """"No existe la figura de CIO nacional creada por ley. Las funciones equivalentes las ejerce el
    Viceministerio …", "There is no CIO post in law. The corresponding functions are performed by the Deputy
    Minister.", "… ne dispose pas d'un poste de CIO ; les fonctions correspondantes sont exercées par la Directrice
    …": the denial names the post, the next words say its functions (polarity kind `function_noun`) are exercised
    (kind `exercise_verb`) by someone: the work is done, only the form is denied (round fifteen es_colombia_conpes
    4, fr_senegal_narratif 4). Yes, flagged `denied only 'as such': done elsewhere?`. Not when those words are
    denied or given a status short of in force ("Its functions will be exercised by …")."""
    toks = w.decider.toks
    if not negated(toks) or pending(toks, w.decider.names):
        return None
    rest = [cl for cl in w.mains if cl is not w.decider and w.mains.index(cl) > w.mains.index(w.decider)] \
        if w.decider in w.mains else []
    later = [(cl, a.sents[k]) for cl in rest] + [
        (cl, s) for s in a.sents[k + 1:k + 2] if not references.is_pointer(s) for cl in clauses(strip_label(s))
        if cl.main]
    for cl, sentence in later[:2]:
        if negated(cl.toks) or pending(cl.toks, cl.names):
            return None
        hit = function_exercised(cl.toks)
        if hit is not None:
            return Reading("yes", FLAG_HEDGED, "a post denied, its functions exercised by another",
                           cite("in place", hit, sentence))
    return None


def function_exercised(toks: list[str]) -> tuple[str, ...] | None:
    """The words from a function noun to an exercising verb a few words after it, or None."""
    c = cues()
    nouns, verbs = c.words["function_noun"], c.words["exercise_verb"]
    for i, t in enumerate(toks):
        if t in nouns:
            for j in range(i + 1, min(len(toks), i + 1 + FUNCTION_REACH)):
                if toks[j] in verbs or has_cue(toks[j:j + 1], "exercise_verb"):
                    return tuple(toks[i:j + 1])
    return None


def formal_form_coming(w: Weighed, later: Clause) -> bool:
    """A post denied only in its form while someone does its work (the sentence read yes, flagged `denied only 'as
    such'`), then a later clause whose status is that of a text creating the formal post ("un décret portant
    création d'une fonction de Délégué général … est en cours de finalisation", "a decree establishing the post is
    being finalised", "un decreto de creación del cargo está en trámite"): the form still to come is what was
    denied; the work done now stays the answer, yes, flagged (round fifteen fr_senegal_narratif 4)."""
    return w.flag == FLAG_HEDGED and has_cue(later.toks, "creation_noun")


LABEL_WORDS = 5   # "WOG strategic planning:": a short field label naming the work, not a sentence before a colon


def function_labelled_body(w: Weighed, a: Answer, k: int) -> Reading | None:
    """"• No dedicated planning ministry. WOG strategic planning: Strategy Group, PMO – https://…": a dedicated form
    denied (kind `specific`), then a short label naming the denied thing's work (it shares a content word with the
    denial) and, after its colon, the body that does it by name: the work is done, only the form is denied (round
    fifteen sg_crisp_bullets 5/planning). Yes, flagged `denied only 'as such': done elsewhere?`. Not when what
    follows the label is denied, a status short of in force, or a pointer ("Planning: see Q.21")."""
    toks = w.decider.toks
    if not negated(toks) or pending(toks, w.decider.names) or not has_cue(toks, "specific") \
            or k + 1 >= len(a.sents):
        return None
    sentence = a.sents[k + 1].lstrip("•▪●◦*- \t")
    label, colon, value = sentence.partition(":")
    label_words = [t for t in tokens(label) if t.isalpha()]
    if not colon or not value.strip() or not label_words or len(label_words) > LABEL_WORDS \
            or references.is_pointer(value):
        return None
    c = cues()
    denied = {stem(t) for t in toks if t.isalpha() and len(t) > 3 and t not in STOP and t not in c.words["negator"]
              and not has_cue([t], "specific")}
    if not denied & {stem(t) for t in label_words}:
        return None   # "No dedicated ministry. Contact: Ministry of Finance": the label names no work denied
    first = next((cl for cl in clauses(value) if cl.main), None)
    if first is None or negated(first.toks) or pending(first.toks, first.names):
        return None
    found = affirm_evidence([first], value)
    if found is None:
        return None
    return Reading("yes", FLAG_HEDGED, "a dedicated form denied, a body named for its work",
                   cite(found[0], found[1], sentence))


def unless_formal_form_coming(w: Weighed, later: tuple[Clause, str] | None) -> tuple[Clause, str] | None:
    """The later status, or None when it is that of the formal post still to come (`formal_form_coming`)."""
    return None if later is not None and formal_form_coming(w, later[0]) else later
