"""A text in force, then a later sentence saying it does not provide for what was asked ("They do not provide for e-procurement"): the thing asked denied."""
from __future__ import annotations

from .reading_clauses import about, negated
from .reading_words import cues, subject

VERB_REACH = 3   # "do not provide", "does not explicitly cover", "ne prévoient pas", "no contemplan"


def silent_on_asked(toks: list[str], topic: str) -> bool:
    """"The … Act 2001 and the Treasury Instructions govern procurement. They do not provide for electronic tendering
    or e-procurement.", "Ils ne prévoient pas la passation électronique des marchés.", "No contemplan la contratación
    electrónica.": a later sentence, negated, whose subject stands for the text just named (kind `text_pronoun`: it,
    they; il, ils; ésta, éstas; or none, as Spanish drops it), whose verb says what a text covers (kind `covers_verb`:
    provide, cover, address; prévoir, couvrir; contemplar, regular) within a few words of the negator, and whose words
    name what the question asks (reading_clauses.about). The text is in force, but not on the thing asked: no, flagged
    (round twenty-five ws_samoa_minutes 14, read yes from the Act). "It does not apply to municipalities" names no
    verb of covering; "They do not provide for fees" names nothing asked: as before."""
    w = cues().words
    if not negated(toks):
        return False
    neg = next((i for i, t in enumerate(toks) if t in w["negator"]), None)
    if neg is None or not any(t in w["covers_verb"] for t in toks[neg + 1:neg + 1 + VERB_REACH] + toks[max(0, neg - 1):neg]):
        return False
    subj = [t for t in subject(toks) if t.isalpha() and t not in w["negator"]]
    return (not subj or all(t in w["text_pronoun"] for t in subj)) and about(toks, topic)
