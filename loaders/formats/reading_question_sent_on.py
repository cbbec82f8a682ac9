"""A body's work told, then the question itself sent on to a body ("The Centre … prepares foresight studies, and it is kindly suggested to refer to the Centre regarding this question"): a referral."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_clauses import clauses, negated, strip_label
from .reading_referral_bodies import ACRONYM_RE
from .reading_remit_referrals import SPEAKERS
from .reading_words import cue_at, cues, tokens

SUBJECT_REACH = 12   # the body named among the sentence's first words: "The Information and … Centre (IDSC) of …"


def framed_loosely(toks: list[str]) -> bool:
    """A frame of referring (kind `referral_frame`: please, it is kindly suggested, il est suggéré, se sugiere), then
    only an infinitive's marker or a clitic (kinds `infinitive_marker`, `referral_clitic`: "to", "de se", "de la"),
    then a verb of referring (kind `referral_verb`)."""
    w = cues().words
    k = 0
    while k < len(toks) and cue_at(toks, k, "referral_frame"):
        k += cue_at(toks, k, "referral_frame")
    if k == 0:
        return False
    while k < len(toks) and (toks[k] in w["infinitive_marker"] or toks[k] in w["referral_clitic"]):
        k += 1
    return k < len(toks) and bool(cue_at(toks, k, "referral_verb"))


def _about_question(toks: list[str]) -> bool:
    """Words pointing back at the question asked (kind `about_it`: regarding this question, à ce sujet, al respecto)."""
    return any(cue_at(toks, i, "about_it") for i in range(len(toks)))


def body_then_question_sent(sents: list[str]) -> list[str] | None:
    """"The Information and Decision Support Center (IDSC) …, through its Center for Future Studies, prepares the
    studies of the future foresight for the Government, and it is kindly suggested to refer to IDSC regarding this
    question." (round twenty-two, an answer sent on), "The Statistics Office publishes usage figures; please refer to
    the Office on this question.", "L'Institut national de la statistique réalise ces études, et il est suggéré de
    se référer à l'INS à ce sujet.": one sentence (an address may follow alone) whose words open on a body other than
    the speaker, say what that body does, then send the question itself on (a framed referral with words pointing
    back at the question, kind `about_it`): the speaker hands the question over, and what the body does is the reason
    to ask it; unknown, a decline to be flagged. The referral's words, or None. Not when a clause is negated, when
    something is named in force or operating (a thing named answers), when the speaker is the subject ("We run …"),
    nor when the referral is for a detail ("please refer to the Office for the figures"): read as before."""
    words = [s for s in sents if any(t != "url" and any(ch.isalnum() for ch in t) for t in tokens(s))]
    if len(words) != 1:
        return None
    sentence = strip_label(words[0])
    toks = tokens(sentence)
    if any(negated(cl.toks) for cl in clauses(sentence)):
        return None
    for j in range(1, len(toks)):
        if not cue_at(toks, j, "referral_frame") or not framed_loosely(toks[j:]) or not _about_question(toks[j:]):
            continue
        before = [t for t in toks[:j] if t != "url"]
        if "url" in toks[:j] or any(evidence.find(before, cls) is not None for cls in ("in_force", "operating")):
            return None
        head = before[:SUBJECT_REACH]
        if any(t in SPEAKERS for t in head):
            return None
        acronyms = {m.group(0).casefold() for m in ACRONYM_RE.finditer(sentence)}
        if evidence.find(head, "body") is None and not any(t in acronyms for t in head[:2]):
            return None
        return toks[j:]
    return None
