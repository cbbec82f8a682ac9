"""What ended, then said to go on serving ("… est arrivé à échéance. Il continue néanmoins de servir de cadre de référence"): in place now, yes, flagged."""
from __future__ import annotations

from collections.abc import Iterator

from . import reading_evidence as evidence
from .reading_answer import Answer, Weighed, cite
from .reading_clauses import Clause, Reading, clauses, negated, pending, strip_label
from .reading_history import FLAG_SUCCESSOR_LATER, ended
from .reading_words import cues

SERVING_REACH = 4   # words between the going-on word and the verb: "continue néanmoins de servir", "sigue, no obstante, sirviendo"


def still_serving(w: Weighed, a: Answer, k: int) -> Reading | None:
    """Sentence k says a text ended (expired, lapsed, "arrivé à échéance"); a later main clause, neither denied nor
    pending, has a word of going on (status class `continuation`: continues, remains; continue, reste; sigue,
    continúa) followed within reach by a verb of serving (polarity kind `serving_verb`: serve, guide, apply; servir,
    guider; sirviendo, guiando), an adverb or two between ("Il continue néanmoins de servir de cadre de référence",
    "It nevertheless continues, pending its successor, to guide the ministries"). The ended text is still what
    the bodies work by: yes, flagged (an expired text kept as the frame is the reviewer's call). A successor only
    being prepared ("A new strategy is being drafted") is no going on, and the ended text stays no."""
    if not ended(w.decider.toks):
        return None
    serving = cues().words["serving_verb"]
    for cl, sentence in later_affirming_clauses(a, k):
        hit = evidence.find(cl.toks, "continuation")
        if hit is None:
            continue
        after = hit[0] + len(hit[1])
        verb = next((i for i in range(after, min(len(cl.toks), after + SERVING_REACH)) if cl.toks[i] in serving
                     or any(cl.toks[i:i + len(p)] == list(p) for p in cues().by_first["serving_verb"]
                            .get(cl.toks[i], ()))), None)
        if verb is not None:
            return Reading("yes", FLAG_SUCCESSOR_LATER, "ended, still serving",
                           cite("in place", tuple(cl.toks[hit[0]:verb + 1]), sentence))
    return None


def later_affirming_clauses(a: Answer, k: int) -> Iterator[tuple[Clause, str]]:
    """The main clauses after sentence k, neither denied nor pending, with their sentence: where what undoes an end
    is said (still serving here; extended in reading_extended_after)."""
    for sentence in a.sents[k + 1:]:
        for cl in clauses(strip_label(sentence)):
            if cl.main and not negated(cl.toks) and not pending(cl.toks, cl.names):
                yield cl, sentence
