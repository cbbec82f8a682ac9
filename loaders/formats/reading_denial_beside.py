"""A denial beside what exists: a framework law denied, then other texts in force on the topic; a general text
in force, then a later sentence denying a specific form of the thing. Either way the reading is a doubt, flagged.

Round thirteen (J): "No existe a la fecha una ley marco de ciberseguridad. El proyecto … se encuentra en primer
trámite … Rigen: Ley N° 21.462 sobre delitos informáticos … y Decreto Supremo N° 83/2005 …" was read no, unflagged:
a framework law (cue kind `framework_text`: "framework law", "ley marco", "loi-cadre") is one form of law only, and
the texts in force named after it may be what "any legislation" asks about. And "La participación ciudadana … se
rige por la Ley N° 20.512 (2011) … No existe una política específica de participación digital" was read yes,
unflagged: the later denial of a specific form (cue kind `specific`) may be of the very thing asked.
"""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, Weighed, affirm_evidence, cite
from .reading_clauses import FLAG_UNDONE, Clause, Reading, clauses, negated, pending, strip_label
from .reading_words import has_cue


def framework_denied_texts_later(w: Weighed, a: Answer, k: int) -> bool:
    """A denial of a framework law (sentence k) and, in a later sentence, a text named that is neither denied nor
    a draft ("Rigen: Ley N° 21.462 …", "The Computer Crimes Act 2019 applies")."""
    if not negated(w.decider.toks) or not has_cue(w.decider.toks, "framework_text"):
        return False
    for sentence in a.sents[k + 1:]:
        sentence = strip_label(sentence)
        for cl in clauses(sentence):
            if (cl.main and not negated(cl.toks) and not pending(cl.toks, cl.names)
                    and evidence.find(cl.toks, "instrument") is not None
                    and affirm_evidence([cl], sentence) is not None):
                return True
    return False


def specific_denied_later(denial: Clause, a: Answer, k: int, found: tuple[str, tuple[str, ...]]) -> Reading | None:
    """An affirmation (sentence k), then a later absence of a specific form ("No existe una política específica de
    …", "There is no dedicated … policy") that the question's words do not name: yes, flagged, for a reviewer."""
    if not has_cue(denial.toks, "specific") or not found[0]:
        return None
    return Reading("yes", FLAG_UNDONE, "a specific form denied after an affirmation", cite(found[0], found[1], a.sents[k]))
