"""The speaker sends the question itself on to a body ("EGNC would respectfully refer this question to MOFE"): a decline."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_belongs_then_referral import _belongs_at
from .reading_clauses import clauses, negated, strip_label
from .reading_sentence_declines import declining_sentence
from .reading_words import cues, tokens

OBJECT_REACH = 3   # from the verb to the question noun: "refer this question", "renvoyons respectueusement cette question"


def question_referred(toks: list[str]) -> bool:
    """"We would respectfully refer this question to the Ministry of Finance", "La Direction renvoie cette question au
    Ministère des Finances", "La Oficina remite esta pregunta al Ministerio de Hacienda": a verb that sends something on
    (kind `question_referral_verb`: refer, forward, renvoyer, transmettre, remitir, trasladar), the question asked as
    its object (a determiner and a question noun, kind `question_noun`, with at most a manner word between), then a
    word of sending to (kind `sent_to`) and someone: the speaker hands the question over, a decline, whoever the
    speaker is. Not negated ("We do not refer such matters to the Cabinet"), and not when the object is a thing ("The
    Ministry referred the draft law to Parliament": no question noun)."""
    if negated(toks):
        return False
    w = cues().words
    for i, t in enumerate(toks):
        if t not in w["question_referral_verb"]:
            continue
        for k in range(i + 1, min(len(toks), i + 1 + OBJECT_REACH)):
            if toks[k] in w["question_noun"] and toks[k - 1] in w["deictic"]:
                return k + 2 < len(toks) and toks[k + 1] in w["sent_to"]   # "… to MOFE": someone after
    return False


def belongs_then_question_referred(a, is_decline) -> list[str] | None:
    """"Government procurement falls under the purview of the Ministry of Finance and the Tender Board, under the
    Financial Regulations. We would respectfully refer this question to the Ministry, which is best placed to advise.",
    "La commande publique relève du Ministère des Finances, en vertu du Code des marchés. La Direction renvoie cette
    question au Ministère." (after round twenty-three GG): a first sentence saying whose the matter is (a cue of
    belonging, kind `belongs_to`, not negated), then a sentence that only declines and sends the question itself on
    (question_referred): the speaker names the general regime only to say whose the question is, and leaves the answer
    to that body; unknown, flagged as a decline (`is_decline`: reading_declines' clause rules, for a clause beside). reading_belongs_then_referral gives way to a text named in force
    beside the owner; here the question itself is sent on, which answers nothing either way. The referral's words,
    or None. A first sentence that names something at work and a later referral for a detail ("… for the figures")
    is read as before."""
    if len(a.sents) < 2:
        return None
    first = [cl for cl in clauses(strip_label(a.sents[0])) if cl.main]
    if not any(not negated(cl.toks) and _belongs_at(cl.toks) is not None
               and evidence.find(cl.toks, "body", _belongs_at(cl.toks), len(cl.toks)) is not None for cl in first):
        return None
    for s in a.sents[1:]:
        toks = tokens(strip_label(s))
        found = declining_sentence(s, lambda t: question_referred(t) or is_decline(t))
        if found is not None and question_referred(toks):
            return found
    return None

