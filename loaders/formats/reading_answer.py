"""One written answer being read, a sentence's verdict, and what the rules quote or ask of a clause (its evidence).

Answer and Weighed are what the decision steps of reading_polarity pass each other; cite, affirm_evidence and
denial_evidence give the evidence a Reading quotes; contrasts, strongly_affirms, stands_in and points_back are
the questions the clause rules of several modules ask of one clause.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import reading_evidence as evidence
from .reading_clauses import (
    BACK_REFERENCES,
    STOP,
    Clause,
    mask_idioms,
    negated,
    pending,
    still_to_be_done,
    work_on_drafting_span,
)
from .reading_decided_work import decided_making_span
from .reading_words import (
    cues,
    has_cue,
    language,
    starts_at,
    stem,
    tokens,
)


def points_back(toks: list[str]) -> bool:
    """"none of them", "neither of these": a property of what the sentence has just named."""
    return any(t in {"none", "neither", "nothing"} and toks[k + 1:k + 3] in BACK_REFERENCES for k, t in enumerate(toks))


@dataclass
class Answer:
    """One written answer being read: its text without a label, its sentences and lead clauses."""
    text: str
    topic: str
    edition: int | None
    sents: list[str]
    lead_clauses: list[Clause]
    label: str | None = None   # the first part's own label, taken off the text ("Bappenas: …")


@dataclass
class Weighed:
    """The clause rules' verdict on one sentence: state (neg / affirm), flag, rule, the deciding clause."""
    state: str
    flag: str | None
    rule: str
    decider: Clause
    mains: list[Clause]
    status_beside: Clause | None = None   # a not-yet status stated beside what affirms


def cite(kind: str, cue: tuple[str, ...], text: str) -> str:
    return evidence.Evidence(kind, cue).describe(text)


# Evidence that only names something (a verbless answer): a status said of it decides.
WEAK_KINDS = {"named", "link"}


# Evidence ranked from strongest: the clause that says most about being in place is quoted.
RANK = ("in force", "operating", "in place", "stated", "named", "link")


def stems(toks: list[str]) -> set[str]:
    return {stem(t) for t in toks if t.isalpha()}


def asked_stems(topic: str) -> set[str]:
    """The content words of the question (the form's English wording) that name its subject, not the kind of text
    asked for ("legislation, law or regulation")."""
    c = cues("en")
    skip = STOP | c.words["negator"] | c.words["auxiliary"] | {"any", "such", "or", "and", "to", "on", "with", "similar",
                                                                "there", "please", "provide", "link", "detail"}
    with language("en"):
        return {stem(t) for t in tokens(topic, "en") if t.isalpha() and len(t) > 2 and t not in skip
                and evidence.find([t], "instrument") is None}


def strongly_affirms(cl: Clause) -> bool:
    """Does the clause name a measure in force, operating or in place (not only a statement)?"""
    found = None if negated(cl.toks) or pending(cl.toks, cl.names) else evidence.affirmation(cl.toks)
    return found is not None and found.kind in {"in force", "operating", "in place"}


def affirm_evidence(cls: list[Clause], sentence: str) -> tuple[str, tuple[str, ...]] | None:
    """The strongest affirming evidence among the clauses (in force > operating > in place > stated > named)."""
    best = None
    for cl in cls:
        if cl.stance or negated(cl.toks) or pending(cl.toks, cl.names, cl.commas[0] if cl.commas else None):
            continue
        found = evidence.affirmation(cl.toks, sentence)
        if found is not None and (best is None or RANK.index(found.kind) < RANK.index(best.kind)):
            best = found
    return (best.kind, best.cue) if best else None


def denial_evidence(cl: Clause, a: Answer) -> str:
    """The evidence of a denying clause: a status short of in force, something no longer in force, or the
    negation itself."""
    toks = mask_idioms(cl.toks)
    found = evidence.denial(toks, a.edition, cl.names) or _still_to_be_done_evidence(toks) or _work_evidence(toks)
    if found is not None:
        return found.describe(a.text)
    c = cues()
    ended = next((t for t in toks if t in c.words["ended"]), None)
    if ended:
        return cite("no longer", (ended,), a.text)
    if has_cue(toks, "pending"):
        return cite("status in preparation", _first_cue(toks, "pending"), a.text)
    if has_cue(toks, "draft_noun"):
        return cite("status draft", _first_cue(toks, "draft_noun"), a.text)
    neg = _first_cue(toks, "negator") or _first_cue(toks[:1], "absence_opener")
    kind = "no longer" if neg and neg[0] in {"repealed", "abolished", "revoked", "discontinued", "closed", "shut"} \
        else "negation"
    return cite(kind, neg, a.text)


def _still_to_be_done_evidence(toks: list[str]):
    if not still_to_be_done(toks):
        return None
    i = next(k for k in range(len(toks) - 2) if toks[k] == "to" and toks[k + 1] == "be")
    return evidence.Evidence("status planned", tuple(toks[i:i + 3]))


def _work_evidence(toks: list[str]):
    """Work on the making of a text, or someone charged with it ("has been tasked to develop"): in preparation; a
    decision that it be made ("Cabinet decided to develop …"): planned."""
    span = work_on_drafting_span(toks)
    if span is not None:
        return evidence.Evidence("status in preparation", span)
    decided = decided_making_span(toks)
    return None if decided is None else evidence.Evidence("status planned", decided)


def _first_cue(toks: list[str], kind: str) -> tuple[str, ...]:
    c = cues()
    for i, t in enumerate(toks):
        for p in c.by_first[kind].get(t, ()):
            if starts_at(toks, i, p):
                return p
        if t in c.words[kind]:
            return (t,)
    return ()


def stands_in(cl: Clause) -> bool:
    """Does the clause say what does the work instead ("performs the equivalent role", "sits in mission 3",
    "is the basis for digital identity")?"""
    return not negated(cl.toks) and evidence.find(cl.toks, "stands_in") is not None


def contrasts(cl: Clause) -> bool:
    """Does the clause open with a contrast word, or hold one inside ("the Decree nonetheless requires …")?"""
    return cl.toks[0] in cues().words["contrast"] or any(t in cues().words["contrast_inside"] for t in cl.toks[1:10])


def specific_vs_general(denied: list[str], other: list[str]) -> bool:
    """The denial is about something specific and the other clause about something general."""
    return has_cue(denied, "specific") and has_cue(other, "general")
