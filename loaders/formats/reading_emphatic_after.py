"""A denial, then the next sentence affirming with emphasis ("It does set out …", "Sí recoge …", "Il reprend bel et bien …"): yes, flagged."""
from __future__ import annotations

from .reading_answer import Answer, Weighed, cite
from .reading_clauses import FLAG_LATER_AFFIRMS, STOP, Reading, clauses, negated, pending, strip_label
from .reading_words import cues, starts_at

RULE = "a denial, then the next sentence affirms with emphasis"


def _emphasis(toks: list[str]) -> int | None:
    """Where the words after an emphatic affirmation start: a word of emphasis (kind `emphatic`: does, do, did; bel et
    bien; sí que, efectivamente) or an explicit yes inside the sentence ("El PNTI sí responde", "Sí recoge"), right
    before a word (the verb it stresses), not a comma ("Sí, …" alone opens an answer) nor a stop word."""
    c = cues()
    for i, t in enumerate(toks):
        n = next((len(p) for p in c.by_first["emphatic"].get(t, ()) if starts_at(toks, i, p)), 0)
        n = n or (1 if t in c.words["emphatic"] or t in c.words["explicit_yes"] else 0)
        if n and i + n < len(toks) and toks[i + n].isalpha() and toks[i + n] not in STOP:
            return i + n
    return None


def emphatic_after(w: Weighed, a: Answer, k: int) -> Reading | None:
    """Sentence k denies (a name, one counterpart: "The Plan does not use the term 'digital by default'", "Pas avec les
    recommandations de l'OCDE", "No con las recomendaciones de la OCDE"); the next sentence affirms with emphasis
    ("It does set out the rule that …", "Il reprend bel et bien …", "Sí recoge el mandato …", "El Plan sí responde a …").
    Why: the emphasis is there to set the thing affirmed against what was just denied: the denial is of a name or of one
    counterpart, the thing asked is affirmed. Yes, flagged: a reviewer decides whether what is affirmed counts. Not when
    the next sentence is itself denied or pending ("It does not …", "Sí se prevé adoptar …"), nor a question's own
    "Sí" opening the answer (sentence 0 is never the later one)."""
    if k + 1 >= len(a.sents) or not negated(w.decider.toks) or pending(w.decider.toks, w.decider.names):
        return None
    sentence = strip_label(a.sents[k + 1])
    for cl in clauses(sentence):
        at = _emphasis(cl.toks) if cl.main else None
        if at is None:
            continue
        # the clause with the emphasis, not a later one ("…, pues la Revolución no deja a nadie atrás")
        if negated(cl.toks) or pending(cl.toks, cl.names):
            return None
        return Reading("yes", FLAG_LATER_AFFIRMS, RULE, cite("stated", tuple(cl.toks[max(0, at - 3):at + 4]), sentence))
    return None
