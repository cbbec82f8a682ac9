"""A general denial, then an instance given ("There is no systematic publication. For example, the consultation report was published on the Ministry's site"): yes, flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, Weighed, cite
from .reading_clauses import FLAG_LATER_AFFIRMS, Reading, clauses, negated, pending, strip_label
from .reading_words import cues, starts_at, tokens


def _opens_on_example(toks: list[str]) -> int:
    """How many words open the sentence on a word of giving an example (kind `example_opener`: for example, for
    instance; à titre d'exemple, par exemple; por ejemplo, a modo de ejemplo), 0 when none."""
    for p in cues().by_first["example_opener"].get(toks[0], ()) if toks else ():
        if starts_at(toks, 0, p):
            return len(p)
    return 1 if toks and toks[0] in cues().words["example_opener"] else 0


def example_after(w: Weighed, a: Answer, k: int) -> Reading | None:
    """Sentence k denies (a general or systematic practice: "There is no systematic publication", "Il n'existe pas de
    publication systématique", "No existe una publicación sistemática"); the next sentence opens on a word of giving an
    example and, in a main clause neither denied nor pending, names something in force, operating or in place ("For
    instance, the synthesis of the regional consultations was published on the Ministry's site in 2022"). Why: the
    denial is of the rule, the example shows the thing asked done at least once; reading the denial alone gives a `no`
    the answer itself undoes. Yes, flagged (one instance may or may not count): a reviewer decides. Not when the example
    is itself denied or only planned ("For example, a portal is being developed"), nor when the sentence does not open
    on the example word."""
    if k + 1 >= len(a.sents):
        return None
    sentence = strip_label(a.sents[k + 1])
    toks = tokens(sentence)
    skip = _opens_on_example(toks)
    if not skip:
        return None
    modal = cues().words["modal"]
    for cl in clauses(sentence):
        # "For example, citizens must queue at the office": a modal says what is required, not a thing done
        if not cl.main or negated(cl.toks) or pending(cl.toks, cl.names) or any(t in modal for t in cl.toks):
            continue
        found = evidence.affirmation(cl.toks[skip:] if cl.toks[:skip] == toks[:skip] else cl.toks, sentence)
        if found is not None:
            return Reading("yes", FLAG_LATER_AFFIRMS, "denied in general, an instance given",
                           cite(found.kind, found.cue, sentence))
    return None
