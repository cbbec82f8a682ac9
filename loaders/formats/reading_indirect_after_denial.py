"""A form of reference denied ("ne fait pas explicitement référence aux ODD"), then the alignment said indirect ("L'alignement est indirect, à travers la SND30"): aligned another way, yes, flagged."""
from __future__ import annotations

from . import reading_references as references
from .reading_answer import Answer, Weighed, cite
from .reading_clauses import Reading, clauses, negated, pending, strip_label
from .reading_form_addressed import FLAG_FORM_ADDRESSED
from .reading_words import cues, has_cue


def indirect_after_form_denied(w: Weighed, a: Answer, k: int) -> Reading | None:
    """The mirror of reading_indirect_alignment (indirect first, the direct form denied after): sentence k denies
    only a form of the thing (polarity kind `form_only`: "not explicitly", "pas explicitement", "no … de forma
    directa"), and the next sentence's first main clause, neither denied nor pending nor a pointer, carries an
    indirect-manner word (kind `indirect_opener`: indirect, indirectly; indirect, indirectement; indirecta,
    indirectamente) as its predicate or adverb, whatever its subject ("The alignment is indirect, through the NDS",
    "Elle s'y rattache indirectement par la SND30"). The thing is there in another form: yes, flagged, as
    reading_form_addressed reads it when the next clause's subject takes the denial up. Not when the indirect
    form is denied too ("No indirect link exists either")."""
    toks = w.decider.toks
    if not negated(toks) or pending(toks, w.decider.names) or k + 1 >= len(a.sents) or not has_cue(toks, "form_only"):
        return None
    sentence = strip_label(a.sents[k + 1])
    first = next((cl for cl in clauses(sentence) if cl.main), None)
    if first is None or negated(first.toks) or pending(first.toks, first.names) or references.is_pointer(sentence):
        return None
    word = next((t for t in first.toks if t in cues().words["indirect_opener"]), None)
    if word is None:
        return None
    return Reading("yes", FLAG_FORM_ADDRESSED, "a form denied, the alignment indirect",
                   cite("in place", tuple(first.toks[:first.toks.index(word) + 1]), sentence))
