"""A right in the Constitution as the only text in force, and the law on it still a draft: no, flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, denial_evidence
from .reading_clauses import Reading, clauses, negated, pending, strip_label
from .reading_words import has_cue, tokens

FLAG_CONSTITUTION_ONLY = "a right in the Constitution, the law on it still a draft: does the Constitution count?"
RULE = "a constitutional right, its law still a draft"


def constitution_only(reading: Reading, a: Answer) -> Reading:
    """"Article (68) of the Constitution … stipulates that the information … is a right guaranteed by the State, and
    that the law regulates the rules of obtaining them. The draft law on the freedom of circulation of information …
    is still under study": the yes rests on the Constitution alone (its evidence, in force or stated, names the
    Constitution, kind `constitution_word`), and a later sentence gives a draft or a status short of in force. The law
    a question on legislation asks for is the one still to come: no, flagged, since a reviewer may count the
    Constitution. Not when a later sentence names another text in force (round twenty-two, eg_translated_decrees 9)."""
    if reading.answer != "yes" or not reading.evidence.startswith(("in force:", "stated:")):
        return reading
    if not has_cue(tokens(reading.evidence), "constitution_word"):
        return reading
    status = None
    for sentence in a.sents:
        for cl in clauses(strip_label(sentence)):
            if not cl.main or has_cue(cl.toks, "constitution_word"):
                continue   # the right itself ("Section 12 of the Constitution enshrines …; a draft … Law is awaited")
            if (pending(cl.toks, cl.names) or negated(cl.toks)) and has_cue(cl.toks, "draft_noun"):
                status = status or cl
            elif not pending(cl.toks, cl.names) and not negated(cl.toks) and evidence.find(cl.toks, "instrument") is not None:
                return reading   # "… The Access to Information Act 2016 gives effect to it": a text in force
    if status is None:
        return reading
    return Reading("no", FLAG_CONSTITUTION_ONLY, RULE, denial_evidence(status, a))
