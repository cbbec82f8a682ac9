"""A text not yet in force, then "Until then, the 2004 Law is in force" (kind `interim_opener`): what holds meanwhile answers, yes, flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from . import reading_weight as weight
from .reading_answer import Answer, Weighed, cite
from .reading_clauses import Reading, negated, pending, strip_label
from .reading_words import cues, starts_at, tokens

RULE = "a text not yet in force, what holds until then named"
AFFIRMING = {"in force"}   # a text holding meanwhile; not a service at work (fr_togo 2/open_data: no)


def _opener(toks: list[str]) -> int:
    """How many words open the sentence on a word of "until then" (polarity kind `interim_opener`: until then, till
    that date, until it is adopted; d'ici là, jusqu'à cette date; hasta entonces, mientras tanto), 0 when none."""
    for p in cues().by_first["interim_opener"].get(toks[0], ()) if toks else ():
        if starts_at(toks, 0, p):
            return len(p)
    return 0


def interim_later(w: Weighed, a: Answer, k: int) -> Reading | None:
    """Sentence k gives a text a status short of in force (a commencement still ahead: "The new Law … shall enter
    into force on 1 July 2022"; a draft: "The Master Plan 2022-2026 is in draft"); a later sentence opens on "until
    then" and, in what follows, names an instrument in force or where the thing sits now ("Until then the Law of 2004
    is in force", "Until it is adopted, the targets are in the Strategic Action Plan 2019-2023"; "D'ici là, la loi de
    2004 reste en vigueur"; "Hasta entonces, rige la Ley de 2004"). Why: the writer says what holds while the new text
    waits, so the thing asked exists now, in the older text. Yes, flagged `a status beside something in force`:
    a reviewer weighs the two. Not when what follows is denied or pending ("Until then, nothing is in place", "Until
    then, a bill is being drafted"), nor when nothing in force or no instrument is named."""
    if evidence.denial(w.decider.toks, a.edition, w.decider.names) is None or negated(w.decider.toks):
        return None
    for sentence in a.sents[k + 1:]:
        sentence = strip_label(sentence)
        toks = tokens(sentence)
        skip = _opener(toks)
        if not skip:
            continue
        rest = toks[skip + 1:] if toks[skip:skip + 1] == [","] else toks[skip:]
        if not rest or negated(rest) or pending(rest):
            continue
        found = evidence.affirmation(rest, sentence)
        if found is not None and (found.kind in AFFIRMING or (
                found.kind == "stated" and evidence.find(rest, "instrument") is not None
                and evidence.find(rest, "copula") is not None)):
            kind = found.kind if found.kind in AFFIRMING else "in place"   # "the targets are in the SAP": where it sits
            return Reading("yes", weight.FLAG_STATUS_WEIGHED, RULE, cite(kind, tuple(toks[:skip + 8]), sentence))
    return None
