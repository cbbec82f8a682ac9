"""Names listed under a heading first, then a denial of some ("Partenariats en cours : UIT, PNUD, … Les programmes de l'UE sont suspendus"): the names answer, in part."""
from __future__ import annotations

import re

from . import reading_evidence as evidence
from .reading_answer import Answer
from .reading_clauses import FLAG_MIXED, Reading, negated, pending
from .reading_words import tokens

HEADING_WORDS = 4    # "Partenariats en cours :", "Current partnerships:", "Alianzas vigentes:"
MIN_ITEMS = 2        # a list: two names at least
BRACKET_RE = re.compile(r"\([^)]*\)?")
ITEM_SPLIT_RE = re.compile(r",|;|\s(?:and|et|y|e)\s")
# A name in an item: a capitalised word or an acronym ("UIT", "Smart Africa", "coopération Sud-Sud avec le Maroc").
NAME_RE = re.compile(r"\b[A-ZÁÉÍÓÚÑÇ][\w’'-]*")
RULE = "names listed, then a denial"


def listed_then_denied(reading: Reading, a: Answer) -> Reading | None:
    """A question asking for names ("Please provide information about any ongoing partnership …") answered first by
    a verbless list of names, under a heading or none ("Partenariats en cours : UIT, Smart Africa, PNUD (appui à
    l'AGETIC), coopération Sud-Sud avec le Maroc", "Current partners: ITU, UNDP, the World Bank"), and read no from a
    later sentence that denies or suspends something ("Les programmes de l'UE sont suspendus depuis 2021", "Some
    partners have withdrawn"; round eighteen W, fr_mali_transition 43): the names are the answer and the later
    sentence is about some of them or others, so yes, flagged (mixed: in part). Not when the first sentence says
    something of its own (a verb, a denial, a status: "Partners: none", "UNDP support ended in 2020")."""
    if reading.answer != "no" or len(a.sents) < 2 or not evidence.name_request(a.topic):
        return None
    listed = _list_part(a.sents[0])
    if listed is None or a.sents[0].strip() in (reading.evidence or ""):
        return None
    toks = tokens(listed)
    if not toks or negated(toks) or pending(toks) or evidence.finite_verb(toks) is not None:
        return None
    items = [i for i in ITEM_SPLIT_RE.split(BRACKET_RE.sub(" ", listed)) if i.strip()]
    if len(items) < MIN_ITEMS or not all(NAME_RE.search(i) for i in items):
        return None
    return Reading("yes", FLAG_MIXED, RULE, evidence.Evidence("named", tuple(toks[:4])).describe(a.text))


def _list_part(sentence: str) -> str | None:
    """What follows a short heading's colon ("Partenariats en cours : …"), or the sentence itself when it has none."""
    head, colon, rest = sentence.partition(":")
    if colon and len(re.findall(r"[^\W\d_]+", head)) <= HEADING_WORDS and rest.strip() and "//" not in rest[:2]:
        return rest.strip().rstrip(".")
    return sentence.strip().rstrip(".") if not colon else None
