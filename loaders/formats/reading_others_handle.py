"""A matter other bodies handle (round seventeen R): "Issues of … are coordinated by the Ministry of Economy", "KPWKM and JKM run their own …", "se sugiere remitirse a dicho sector": said beside a referral or a decline, whose the question is, not the thing asked."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_clauses import STOP, negated
from .reading_words import cue_at, cues

BODY_REACH = 3     # from "coordinated by" to the body: "by the Ministry of …", "par le Ministère"
SUBJECT_REACH = 2  # the matter noun among the clause's first words: "Issues of …", "Les questions de …"



def matter_handled(toks: list[str]) -> bool:
    """"Issues of achievement of the 2030 goals are coordinated by the Ministry of Economic Development", "Les questions
    de … sont traitées par le Ministère …", "Los asuntos de … son coordinados por el Ministerio …": a clause whose
    subject is the matter itself (kind `issue_noun` or `question_noun` among its first words), handled (kind
    `handled_by`) by a body named right after: whose the matter is, no thing named. Used only as the first sentence
    before later sentences that decline (reading_passed_elsewhere.others_then_decline): alone it reads as before."""
    w = cues().words
    words = [t for t in toks if t.isalpha() and t not in STOP and t not in w["deictic"]]
    if not any(t in w["issue_noun"] or t in w["question_noun"] for t in words[:SUBJECT_REACH]) or negated(toks):
        return False
    for i in range(len(toks)):
        n = cue_at(toks, i, "handled_by")
        if n and evidence.find(toks, "body", i + n, i + n + BODY_REACH) is not None:
            return True
    return False


def each_their_own(toks: list[str]) -> bool:
    """"KPWKM, JKM and the Department … run their own online applications", "Les ministères gèrent leurs propres
    démarches", "Cada entidad administra sus propios trámites": bodies said to run their own (kind `own_each`), with no
    address and no negation: which others handle it, between a sentence saying others do and a decline."""
    return "url" not in toks and not negated(toks) and any(cue_at(toks, i, "own_each") for i in range(len(toks)))


def framed_referral(toks: list[str]) -> bool:
    """"se sugiere remitirse a dicho sector", "please refer to them", "il convient de s'adresser à ce dernier": a
    clause that opens on a frame of referring (kind `referral_frame`) and a verb of referring (kind `referral_verb`),
    whoever it names: beside a clause saying whose the matter is, it only repeats the referral."""
    if not toks or "url" in toks:
        return False
    k = 0
    while k < len(toks) and cue_at(toks, k, "referral_frame"):
        k += cue_at(toks, k, "referral_frame")
    return 0 < k < len(toks) and bool(cue_at(toks, k, "referral_verb"))
