"""A plan announced (a status short of in force), then its implementation told as going on: yes, flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, Weighed, affirm_evidence, cite, denial_evidence
from .reading_clauses import Reading, clauses, negated, pending, strip_label
from .reading_weight import FLAG_STATUS_WEIGHED
from .reading_words import subject

REACH = 3   # the implementation is told within a few sentences of the announcement


def implementation_reported(w: Weighed, a: Answer, k: int) -> Reading | None:
    """"The Economic Reconstruction and Recovery Plan (ERRP) was announced by the President … on 15 October 2020. …
    Implementation is monitored by the Presidency through Operation Vulindlela." (round sixteen
    za_popia_commencement 8), "Le plan a été annoncé en 2020. Sa mise en œuvre est suivie par la Présidence.", "El
    plan fue anunciado en 2020. Su implementación es monitoreada por la Presidencia.": the decider's status is a
    plan (evidence `status planned`: announced, planned), and a later sentence whose subject is the implementation
    (status class `implementation`) says, neither denied nor pending, what is done with it now: the plan is being
    carried out. Yes, flagged `a status beside something in force or operating: which decides?`. Not when the
    implementation is itself to come ("Implementation will start in 2023", "is expected to begin"), nor when it is
    another text's ("Implementation of the current strategy is monitored …" after a new plan announced)."""
    if w.state != "neg" or negated(w.decider.toks) or not denial_evidence(w.decider, a).startswith("status planned"):
        return None
    for sentence in a.sents[k + 1:k + 1 + REACH]:
        sentence = strip_label(sentence)
        for cl in clauses(sentence):
            if not cl.main or negated(cl.toks) or pending(cl.toks, cl.names):
                continue
            verb = evidence.finite_verb(cl.toks)
            head = cl.toks[:verb] if verb else subject(cl.toks)   # all the words before its verb
            if evidence.find(head, "implementation") is None or _another_text(head, w.decider.toks):
                continue
            found = affirm_evidence([cl], sentence)
            if found is not None:
                return Reading("yes", FLAG_STATUS_WEIGHED, "announced, then its implementation going on",
                               cite(found[0], found[1], sentence))
    return None


def _another_text(head: list[str], decider: list[str]) -> bool:
    """Does the implementation's subject name a text (an instrument noun) the announcing clause does not name?"""
    return any(evidence.find([t], "instrument") is not None and t not in decider for t in head)
