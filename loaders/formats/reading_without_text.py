"""An affirmation with the text asked for said to be without ("traite de l'hébergement des données, sans prévoir un cadre … en tant que tel"): a neighbouring matter, no, flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, cite
from .reading_clauses import FLAG_UNDONE, Reading, strip_label
from .reading_words import cues, language, tokens

BREAKS = {";", ":", "."}   # the without-phrase runs to the next clause break, commas included ("sans prévoir un cadre
# national, pour l'instant, …")
TEXT_REACH = 8   # "without providing for a national data governance framework", "sans prévoir un cadre national de"


def without_asked_text(a: Answer, k: int, found: tuple[str, tuple[str, ...]]) -> Reading | None:
    """The question asks for a text (a law, policy, framework: status class `instrument` in its wording); sentence k
    affirms something (a plan dealing with a related matter) and, in the same sentence, a word of lack (polarity
    kind `without_word`: without; sans; sin) is followed within reach by a word naming a text ("without providing
    for a data governance framework as such", "sans prévoir un cadre national … en tant que tel", "sin prever un
    marco nacional como tal"). What the sentence affirms is beside the text asked for, which it says is lacking:
    no, flagged (the related matter is there; the reviewer decides whether it counts). Without a text word after
    the lack ("without interruption", "without visiting an office": a burden lifted), or on a question asking for
    no text, the affirmation stands."""
    if found[0] not in {"in force", "operating", "in place", "stated"} or not a.topic:
        return None
    with language("en"):
        if evidence.find(tokens(a.topic), "instrument") is None:
            return None
    toks = tokens(strip_label(a.sents[k]))
    lack = cues().words["without_word"]
    for i, t in enumerate(toks):
        if t not in lack:
            continue
        span = []
        for u in toks[i + 1:i + 1 + TEXT_REACH]:
            if u in BREAKS:
                break
            span.append(u)
        text = evidence.find(span, "instrument")
        if text is not None:
            return Reading("no", FLAG_UNDONE, "a related matter, the text asked for without",
                           cite("negation", tuple(toks[i:i + 1 + text[0] + len(text[1])]), a.sents[k]))
    return None
