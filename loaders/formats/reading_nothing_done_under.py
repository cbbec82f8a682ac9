"""A text affirmed, then nothing yet done under it ("No grants have been awarded under the Act to date"): flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, Weighed, cite
from .reading_clauses import Reading, clauses, negated, strip_label
from .reading_deferred_entry import SAME_TEXT
from .reading_not_yet_enacted import not_yet_enacted
from .reading_words import has_cue, subject, tokens

FLAG_NOTHING_DONE = "a text in force, nothing yet done under it: the measure at work?"


def nothing_done_under(w: Weighed, a: Answer, k: int, found: tuple[str, tuple[str, ...]] | None) -> Reading | None:
    """"The Digital Inclusion Act … creates two grant programmes … No grants have been awarded under the Act to
    date", "… Aucune subvention n'a été accordée à ce jour", "… No se ha otorgado ninguna subvención hasta la
    fecha": an affirmation of a text (evidence `in force`) and a later main clause that denies, up to now (kind
    `so_far_word`), that anything was done: the text exists, what it sets up is not at work yet. On a question of a
    measure at work the answer may be no; the reader keeps yes and flags it. Not a denial without "to date" / "yet"
    ("No fees are charged", a feature of the measure), nor one in the sentence of the affirmation."""
    if found is None or found[0] != "in force":
        return None
    for sentence in a.sents[k + 1:]:
        for cl in clauses(strip_label(sentence)):
            # "It is not yet in force", "The Act has not yet entered into force": the text itself denied, as before
            subj = subject(cl.toks)
            if subj[:1] and subj[0] in SAME_TEXT or evidence.find(subj, "instrument") is not None:
                continue
            if not_yet_enacted(cl.toks, tokens(a.sents[k])):
                continue   # "Aún no ha sido promulgada": the text itself, its subject dropped (reading_not_yet_enacted)
            if cl.main and negated(cl.toks) and has_cue(cl.toks, "so_far_word"):
                return Reading("yes", FLAG_NOTHING_DONE, w.rule, cite(found[0], found[1], a.sents[k]))
    return None
