"""A whole answer saying only that the item asked belongs to a body ("The 5G works are within the competence of the Ministry …"): whose it is, or who runs it?"""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_belongs_then_referral import _belongs_at
from .reading_clauses import clauses, negated, strip_label
from .reading_no_data_after import no_data
from .reading_words import tokens

BODY_AT = 3   # the body at once after the cue of belonging: "within the competence of the Ministry", "de la compétence du Ministère"


def lone_belonging(sents: list[str]) -> list[str] | None:
    """"The 5G works are within the competence of the Ministry of Transport and BTK.", "La robotique relève de la
    compétence du Ministère de l'Industrie.", "La robótica es competencia del Ministerio de Industria.": the whole
    answer one sentence, one main clause, not negated, saying only that the item asked belongs to a body (kind
    `belongs_to`, a body named at once after it). Whose the matter is, or who runs the thing? "Online services for
    older persons are the responsibility of the Social Welfare Board" answers yes for some readers, "The 5G works are
    within the competence of …" is a referral for others (round twenty-four tr_translated_turkish 29/5g). Written by
    II as a decline, it broke four older counter-cases and was withdrawn; the lead brought it back as a doubt: the
    reading stands, flagged (reading_weight). The clause, or None. A text named first ("falls under the
    Telecommunications Act") says what covers it, and any second clause or sentence may answer: no doubt raised,
    unless each later sentence only says no data is held (reading_no_data_after, after round twenty-seven PP)."""
    if not sents or "url" in tokens(sents[0]) or not all(no_data(s) for s in sents[1:]):
        return None   # "… is under the responsibility of the Ministry …. For the e-services, there is no data." (after round twenty-seven PP)
    cls = clauses(strip_label(sents[0]))
    if len(cls) != 1 or negated(cls[0].toks):
        return None
    toks = cls[0].toks
    end = _belongs_at(toks)
    if end is None or end < 2:
        return None   # no subject of its own: reading_referrals.belongs_elsewhere reads that shape
    body = evidence.find(toks[end:], "body")
    text = evidence.find(toks[end:], "instrument")
    if body is None or body[0] > BODY_AT or (text is not None and text[0] < body[0]):
        return None
    return toks
