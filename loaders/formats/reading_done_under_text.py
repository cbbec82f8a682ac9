"""A separate form denied, then what is done about the matter said in the present under a named text: no, flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from . import reading_references as references
from .reading_answer import Answer, Weighed
from .reading_clauses import clauses, negated, pending, strip_label
from .reading_words import cue_at, has_cue

TEXT_REACH = 6   # "in accordance with the Law of the Republic …", "conformément à la loi n° …": the text soon after


def done_under_text(w: Weighed, a: Answer, k: int) -> bool:
    """Sentence k denies a separate or express form of the thing (kinds `specific`, `hedge`, `form_only`: "A
    separate portal has not been created", "Aucune politique distincte n'a été adoptée", "No se ha adoptado una
    estrategia específica"); a later sentence, not a pointer, has a main clause, not denied, that says what is
    done under a named text: opened by a phrase of following (kind `according`: in accordance with, under the
    terms of; conformément à; de conformidad con) with a text (class `instrument`) within reach, or with a
    predicate of covering ("is regulated by the Law …", "est régie par la loi …") followed by a text. Why: the
    denial bears on one form; the sequel says the matter is done now under another text, with no pointer (so
    reading_form_then_elsewhere misses it) and no stand-in named (reading_equivalent_named). Whether that counts
    is for a reviewer: a doubt on the `no`, never a yes. Only the predicate of a covering clause must be clear of a
    status: its subject may name a process ("the participation of the public in the process of preparing
    regulations is regulated by …") without the thing being in preparation. Not a plain denial ("We have not
    adopted a strategy. Consultations follow the Law …": no form named), nor a sequel still to come ("Under the
    Law, a portal will be created")."""
    toks = w.decider.toks
    if not negated(toks) or pending(toks, w.decider.names):
        return False
    if not any(has_cue(toks, kind) for kind in ("specific", "hedge", "form_only")):
        return False
    for sentence in a.sents[k + 1:]:
        sentence = strip_label(sentence)
        if references.is_pointer(sentence):
            continue
        for cl in clauses(sentence):
            if cl.main and not negated(cl.toks) and (_follows_text(cl) or _covered_by_text(cl.toks)):
                return True
    return False


def _follows_text(cl) -> bool:
    """"In accordance with the Law …, drafts are placed for discussion …": a phrase of following, a text within
    reach, a finite verb, and the clause clear of a status."""
    toks = cl.toks
    at = next((i for i in range(len(toks)) if cue_at(toks, i, "according")), None)
    if at is None or pending(toks, cl.names):
        return False
    return (evidence.find(toks, "instrument", at, at + TEXT_REACH) is not None
            and evidence.finite_verb(toks) is not None)


def _covered_by_text(toks: list[str]) -> bool:
    """"… is regulated by the Law on …": a covering predicate with a text after it, the predicate clear of a status."""
    hit = evidence.find(toks, "covering")
    if hit is None:
        return False
    rest = toks[hit[0]:]
    return evidence.find(rest[len(hit[1]):], "instrument") is not None and not pending(rest) and not negated(rest)
