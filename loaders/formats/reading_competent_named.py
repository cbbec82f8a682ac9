"""A whole answer naming only the competent body ("The competent authority is the Ministry of …"): whose the matter is, a referral."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_belongs_then_referral import _link_only
from .reading_clauses import clauses, negated, strip_label
from .reading_no_data_after import no_data
from .reading_words import cue_at, cues, tokens

SUBJECT_WORDS = 2   # "The relevant", "La", "El": a determiner and at most one adjective before the role
BODY_AT = 5         # the body's head soon after the copula: "is the Ministry", "is the Social Welfare Board"
TOPIC_WORD = 4      # a word of the body's name this long, also in the question: the body is what is asked


def competent_named(sents: list[str], question: str) -> list[str] | None:
    """"The competent authority is the Ministry of Finance.", "L'autorité compétente est le Ministère des Finances.",
    "La autoridad competente es el Ministerio de Hacienda.", "The relevant competent body is the Social Welfare
    Board. https://…": the whole answer one sentence (beside addresses, or sentences saying only that no data is
    held), one main clause, not negated, whose subject is the competent role (kind `competent_role`: competent
    authority, autorité compétente, autoridad competente) and whose predicate names a body at once. Why: like "falls
    within the competence of …" (reading_referrals.belongs_elsewhere), it says only whose the matter is, not whether
    the thing asked exists. Not when the question asks for names or for the role itself ("Is there a data protection
    authority?": the body named answers it), nor when the body's name shares a word with the question ("The competent
    authority is the Data Protection Commissioner" to a question on data protection law: its existence answers), nor when a
    law or a clause comes first ("Law 107/2017, in force. The relevant competent authority is …": the law answers),
    nor when an adjunct opens the clause ("For 5G spectrum the competent authority is …"). The clause, or None."""
    if not sents or evidence.name_request(question):
        return None
    if not all(_link_only(tokens(s)) or no_data(s) for s in sents[1:]):
        return None
    mains = [cl for cl in clauses(strip_label(sents[0])) if not _link_only(cl.toks)]
    if len(mains) != 1 or negated(mains[0].toks):
        return None
    toks = [t for t in mains[0].toks if t != "url"]
    w = cues().words
    for i in range(min(len(toks), SUBJECT_WORDS + 1)):
        n = cue_at(toks, i, "competent_role")
        if not n:
            continue
        if i and toks[i - 1] not in w["deictic"] and (i < 2 or toks[0] not in w["deictic"]):
            return None   # a word before the role other than a determiner and one adjective
        after = i + n
        if after >= len(toks) or toks[after] not in w["auxiliary"]:
            return None
        if toks[after - 1] in tokens(question):
            return None   # "Is there a data protection authority?": the role asked for, named, answers it
        body = evidence.find(toks, "body", after + 1, after + 1 + BODY_AT + 1)
        if body is None:
            return None
        asked = set(tokens(question))
        if any(len(t) >= TOPIC_WORD and t.isalpha() and t in asked for t in toks[after + 1:]):
            return None   # "… is the Data Protection Commissioner" to a question on data protection: it answers
        return toks
    return None
