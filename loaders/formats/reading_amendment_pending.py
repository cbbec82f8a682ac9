"""A text in force, then an amendment to that same text still pending: does the text in force cover what is asked? Yes, flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer
from .reading_clauses import STOP, Clause
from .reading_words import tokens

NAME_WORDS = 4   # "Registration of Persons Act", "Ley de Procedimiento Administrativo": a few words before the noun
SHARED = 2       # the instrument noun and at least one word of its name


def amendment_of_named(a: Answer, k: int, status: Clause) -> bool:
    """"The National Identity Card is issued under the Registration of Persons Act, No. 32 of 1968. … The Legal
    Draftsman has been instructed to draft the amendments to the Registration of Persons Act to provide for the
    SL-UDI." (round sixteen lk_cabinet_gazette 12): the later status short of in force is that of an amendment
    (status class `revision`) to the very text sentence k names in force (its instrument noun and a word of its
    name come back). An amendment is drafted because the text in force lacks something, which may be what the
    question asks (a digital identity beside the paper card) or not; the reader cannot tell, so the yes is
    flagged mixed. An amendment with no name of the text in force ("Amendments are being prepared.") is not
    weighed: it may be anything's."""
    if evidence.find(status.toks, "revision") is None:
        return False
    name = _name(tokens(a.sents[k]))
    return len(name) >= SHARED and sum(t in status.toks for t in name) >= SHARED


def _name(toks: list[str]) -> list[str]:
    """The instrument noun of the sentence and the content words of the name before it."""
    hit = evidence.find(toks, "instrument")
    if hit is None:
        return []
    i = hit[0]
    before = [t for t in toks[max(0, i - NAME_WORDS):i] if t.isalpha() and t not in STOP]
    return before + [toks[i]]
