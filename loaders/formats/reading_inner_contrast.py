"""A later sentence turned against the lead by a contrast word, at its start or set off inside it ("was, however, effected").

Officialese puts the contrast inside the verb group: "Allocation of a separate budget head … was not made. Financing of
the digital systems … was, however, effected out of the Relief Package" (a denial, then what was done instead), and
"Coordination with the Provincial IT Boards is effected through the committee … Incorporation of provincial
e-government strategies into the federal Policy has, however, not been made" (an affirmation, then the denial of what
was asked). As with "but" inside a sentence, the turned sentence carries the point: a denial turned round by a nominal
statement of what was done is yes, flagged `negation contradicted by a following 'however'` (reading_later_sentences
.contradicted); an affirmation followed by a turned sentence denying what the question asks is no, flagged `an
affirmation, then a denial of what was asked`.
"""
from __future__ import annotations

from . import reading_nominal as nominal
from .reading_answer import Answer, Weighed, denial_evidence
from .reading_clauses import FLAG_UNDONE, STOP, Reading, clauses, negated, pending, strip_label
from .reading_words import cues, tokens

ASKED_PREFIX = 5     # "strategies" / "strategy", "e-government": words compared on their first letters
ASKED_SHARED = 2     # two of the question's words: the denial is of what was asked, not of a property


def turned(toks: list[str]) -> bool:
    """Does the sentence open on a contrast word, or set one off by commas ("…, however, …", "…, toutefois, …",
    "…, sin embargo, …"; the subject before it may be long: "Incorporation of provincial … Policy has, however, …")?"""
    c = cues()
    if toks[:1] and toks[0] in c.words["contrast"]:
        return True
    return any(toks[i] in c.words["contrast_inside"] and toks[i - 1] == "," and toks[i + 1:i + 2] == [","]
               for i in range(1, len(toks) - 1))


def nominal_turn(denied: list[str], toks: list[str]) -> bool:
    """A nominal denial ("Allocation of a separate budget head … was not made") and, turned against it, a nominal
    statement of what was done ("Financing of … was, however, effected out of …"): both name an action as their
    subject, so the second speaks of the same matter though its noun differs."""
    return turned(toks) and nominal.statement(denied) is not None and nominal.statement(toks) is not None


def denied_after(w: Weighed, a: Answer, k: int) -> Reading | None:
    """After an affirmation, the next sentence turned by a contrast word whose main clause denies what the question
    asks (two of its words): that denial carries the point, `no`, flagged."""
    if k + 1 >= len(a.sents) or not a.topic:
        return None
    sentence = strip_label(a.sents[k + 1])
    if not turned(tokens(sentence)):
        return None
    mains = [cl for cl in clauses(sentence) if cl.main]
    if not mains or not negated(mains[0].toks) or pending(mains[0].toks, mains[0].names):
        return None
    if len(_prefixes(mains[0].toks) & _prefixes(tokens(a.topic, "en"))) < ASKED_SHARED:
        return None   # "The Act is in force. However, it does not cover towns.": a property, not what was asked
    return Reading("no", FLAG_UNDONE, "an affirmation, then a turned sentence denies", denial_evidence(mains[0], a))


def _prefixes(toks: list[str]) -> set[str]:
    c = cues("en")
    skip = STOP | c.words["negator"] | c.words["auxiliary"] | c.words["contrast_inside"]
    return {t[:ASKED_PREFIX] for t in toks
            if len(t) >= ASKED_PREFIX and t.replace("-", "").isalpha() and t not in skip}
