"""A finished text, then another said to be followed at present ("At present, … is carried out in accordance with the Roadmap …"): yes, flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_clauses import Clause, Reading, negated, pending
from .reading_words import cue_at, has_cue

RULE = "a finished text, another followed now"
FLAG_FOLLOWED_NOW = "a finished text and a draft, another text followed now: does it count?"
TEXT_REACH = 8   # "in accordance with the National Digital Agenda", "conformément à la feuille de route nationale"


def followed_now(later: list[tuple[str, Clause]]) -> Reading | None:
    """After a past event that is over (a strategy for a range of years that ended, or "completed"), a later main
    clause, neither denied nor pending, says how things stand at present (kind `present_time`: at present,
    currently; actuellement, à présent; actualmente, en la actualidad) and that the work follows a named text (kind
    `according` with a text of class `instrument` within reach: "… is carried out in accordance with the Strategic
    Roadmap …", "… est menée conformément au Plan …", "… se realiza de conformidad con la Agenda …"). Why: a draft
    told after it (of a successor) would read as "not kept up since", yet the writer says which text is followed
    now. Yes, flagged: whether that text is the strategy asked about is the reviewer's call. Not a present clause
    without a text ("At present, the ministry works on a successor"), nor one still to come."""
    for sentence, cl in later:
        toks = cl.toks
        if negated(toks) or pending(toks, cl.names) or not has_cue(toks, "present_time"):
            continue
        at = next((i for i in range(len(toks)) if cue_at(toks, i, "according")), None)
        if at is None:
            continue
        text = evidence.find(toks, "instrument", at, at + TEXT_REACH)
        if text is not None:
            cue = tuple(toks[at:text[0] + len(text[1])])
            return Reading("yes", FLAG_FOLLOWED_NOW, RULE, evidence.Evidence("in force", cue).describe(sentence))
    return None
