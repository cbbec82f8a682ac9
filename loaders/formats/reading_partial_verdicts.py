"""A verdict of "partly" in the respondent's own words ("I'd say partly.", "Je dirais en partie.") is a mixed yes.

"I'd say partly. The introduction mentions SDG 9 and SDG 16, but we never did a proper mapping of our activities to
the goals." The first sentence is the respondent's answer: a partial word (kind `partial_opener`: partly, partially,
in part; en partie, partiellement; en parte, parcialmente), alone or framed by the respondent's judgement (kind
`opinion_frame`: I'd say, I would say, I think; je dirais; diría que). Its words after it explain what is missing, so
a denial there must not stand as a silent `no`: the answer is `yes`, flagged `mixed: in force in part`. When the
words after it affirm, they are read as before ("Partially. The Recovery Plan allocates funds …" is a plain yes).
"""
from __future__ import annotations

from .reading_clauses import FLAG_MIXED, Reading, strip_label
from .reading_evidence import Evidence
from .reading_words import cues, sentences, starts_at, tokens

AFFIRMING = {"yes", "oui", "sí", "si"}   # "I would say partially, yes."
FRAME_TAIL = {"that", "que", ","}       # "je dirais que …", "diría que en parte"


def partial_verdict(text: str, whole: Reading) -> Reading | None:
    """The answer's first sentence is only a partial verdict (framed or not) and the rest reads `no`: yes, flagged."""
    if whole.answer != "no":
        return None
    sents = sentences(strip_label(text))
    if len(sents) < 2:
        return None
    toks = _without_frame([t for t in tokens(sents[0]) if t not in AFFIRMING])
    length = _partial_length(toks)
    if not length or any(t.isalpha() for t in toks[length:]):
        return None   # "Partially addressed through …" is read by reading_fields; a longer sentence says more
    return Reading("yes", FLAG_MIXED, "a partial verdict in the respondent's words",
                   Evidence("in place", tuple(tokens(sents[0])[:6])).describe(text))


def _partial_length(toks: list[str]) -> int:
    """How many words the partial word takes at the start ("partly" 1, "in part" 2, "en partie" 2), or 0."""
    c = cues()
    if toks[:1] and toks[0] in c.words["partial_opener"]:
        return 1
    return max((len(p) for p in c.by_first["partial_opener"].get(toks[0] if toks else "", ()) if starts_at(toks, 0, p)),
               default=0)


def _without_frame(toks: list[str]) -> list[str]:
    """The verdict without the respondent's frame ("i'd say partly" -> "partly")."""
    c = cues()
    for p in sorted(c.phrases["opinion_frame"], key=len, reverse=True):
        if starts_at(toks, 0, p):
            toks = toks[len(p):]
            break
    else:
        if toks[:1] and toks[0] in c.words["opinion_frame"]:
            toks = toks[1:]
    while toks[:1] and toks[0] in FRAME_TAIL:
        toks = toks[1:]
    return toks
