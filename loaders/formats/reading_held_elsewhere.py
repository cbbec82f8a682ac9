"""The information asked for held by another body ("The information for this question is held by the Ministry of Women …"): a decline, not an affirmation."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_clauses import negated
from .reading_time_words import phrase_at
from .reading_words import cues, has_cue

SUBJECT_REACH = 6   # "The information for this question is held by …": the information noun opens the clause
HOLDER_REACH = 4    # "held by the Ministry of …", "en poder del Ministerio …"


def held_elsewhere(toks: list[str]) -> bool:
    """A clause whose subject is the information itself (polarity kind `information`: information, data, figures;
    información, datos; informations, données), said to be held by another body (kind `held_by` of
    data/reading/held_elsewhere.csv: "held by", "lies with", "en poder del", "détenue par") named a few words on (a
    body: ministry, department, ministère, ministerio …). The respondent points to who has it: a decline. Not a
    clause that denies ("… is not held by the Ministry" is the rule of information not held), nor one whose subject
    is a thing ("The portal is maintained by the Ministry" says who runs it), nor each body on its own."""
    if negated(toks) or not has_cue(toks[:SUBJECT_REACH], "information"):
        return False
    for i in range(1, len(toks)):
        cue = phrase_at(toks, i, "held_by", name="held_elsewhere.csv")
        if cue is None and _after_verb(toks, i):
            cue = phrase_at(toks, i, "held_by_participle", name="held_elsewhere.csv")
        if cue is None or not has_cue(toks[:i], "information"):
            continue
        after = i + len(cue)
        if evidence.find(toks, "body", after, after + HOLDER_REACH) is not None and evidence.find(
                toks, "each_body", after, after + HOLDER_REACH) is None:
            return True
    return False


def _after_verb(toks: list[str], i: int) -> bool:
    """Is there a verb between the last information noun before toks[i] and toks[i] ("The data is kept by …",
    "La información se encuentra en poder del …")? Without one, "held by" qualifies the noun: "the right to request
    information held by central government agencies" names an Act's object, not who holds the answer."""
    last = max((j for j in range(i) if has_cue(toks[j:j + 1], "information")), default=None)
    return last is not None and any(t in cues().words["auxiliary"] for t in toks[last + 1:i])
