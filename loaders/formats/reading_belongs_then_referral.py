"""A matter said to belong to a body, then a referral to it ("… falls under …. Please refer to MoIAT."): a decline."""
from __future__ import annotations

import re

from . import reading_evidence as evidence
from . import reading_information_sought as sought
from . import reading_others_handle as others_handle
from . import reading_passed_elsewhere as passed
from . import reading_references as references
from . import reading_referrals as referrals
from . import reading_remit_referrals as remit_referrals
from .reading_clauses import clauses, negated, strip_label
from .reading_referral_bodies import ACRONYM_RE
from .reading_relative_contact import contact_relative_at
from .reading_words import cues, sentences, starts_at, tokens

BRACKET_RE = re.compile(r"\(([^()]*)\)")
RELATIVE_REACH = 2   # "which prepared …", "la cual elaboró …": a relative pronoun among the clause's first words


def _cue_end(toks: list[str], kind: str) -> int | None:
    """Where the first cue of this kind (`belongs_to`: falls under, relève de, es competencia de; `run_by`: operated
    by, exploitée par, operada por) ends, or None."""
    c = cues()
    for i, t in enumerate(toks):
        n = max([len(p) for p in c.by_first[kind].get(t, ()) if starts_at(toks, i, p)]
                + [1 if t in c.words[kind] else 0])
        if n:
            return i + n
    return None


def _belongs_at(toks: list[str]) -> int | None:
    """Where a cue of belonging (kind `belongs_to`: falls under, relève de, es competencia de) ends, or None."""
    return _cue_end(toks, "belongs_to")


def _referral(toks: list[str]) -> bool:
    """A clause that only sends the reader to a body: "Please refer to DfCDR", "Kindly refer to the Ministry", "favor
    consultar con dicha entidad", "The Ministry may kindly be consulted"."""
    return (others_handle.framed_referral(toks) or remit_referrals.passive_referral(toks)
            or passed.may_be_contacted(toks)
            or sought.information_sought_from(toks))   # "… that information be obtained from the said Ministries" (after round twenty-four II)


def _relative_referral(toks: list[str]) -> bool:
    """A relative clause on the body that only sends the reader to it: "…, to which kindly refer", "…, a los cuales
    favor remitirse" (a relative pronoun among the first words, then a
    framed referral: reading_others_handle.framed_referral)."""
    rel = cues().words["relative"]
    at = next((i for i, t in enumerate(toks[:RELATIVE_REACH + 1]) if t in rel), None)
    # "…, which should be contacted", "…, qui doit être consultée" (after round twenty-nine UU): the passive form
    return at is not None and (others_handle.framed_referral(toks[at + 1:]) or contact_relative_at(toks[at:]) == 0)


def referral_sentence(sentence: str) -> bool:
    """Is every main clause of the sentence a referral to a body, and there is one ("For the details on the mentioned
    issue, please refer to the mentioned Ministry.", "Kindly refer to the Ministry: https://…")?"""
    mains = [cl for cl in clauses(strip_label(sentence)) if cl.main]
    return bool(mains) and any(_framed_after_purpose(cl.toks) for cl in mains) and all(
        _framed_after_purpose(cl.toks) or _link_only(cl.toks) for cl in mains)


PURPOSE_REACH = 8   # "For the details on the mentioned issue, please refer …": a purpose phrase before the frame


def _framed_after_purpose(toks: list[str]) -> bool:
    """A referral, possibly after a short phrase of purpose, not negated ("For the details on the mentioned issue,
    please refer to the mentioned Ministry")."""
    return any(_referral(toks[i:]) for i in range(min(len(toks), PURPOSE_REACH + 1)) if not negated(toks[:i]))


def _link_only(toks: list[str]) -> bool:
    """A clause that is only an address ("Kindly refer to the Ministry: https://…" after its colon)."""
    words = [t for t in toks if any(ch.isalnum() for ch in t)]
    return bool(words) and all(t == "url" for t in words)


def _about_question(toks: list[str]) -> bool:
    """Does the referral send the question itself ("… for information on this question", "… à ce sujet", "… al
    respecto": kind `about_it`), not a detail of something named ("… for usage figures")?"""
    c = cues()
    return any(toks[i] in c.words["about_it"] or any(starts_at(toks, i, p) for p in c.by_first["about_it"].get(toks[i], ()))
               for i in range(len(toks)))


def _only_referrals(tail: list[list[str]], later: list[str], is_decline) -> tuple[bool, list[list[str]]]:
    """Are the clauses after the clause of belonging (`tail`, the rest of its sentence) and the later sentences all
    referrals, declines ("DICT does not hold the information") or bare addresses? With the referral clauses found."""
    found: list[list[str]] = []
    c = cues()
    for toks in tail:
        if sought.information_sought_from(toks):
            found.append(toks)   # "…, and it is recommended that information be obtained from …": "that" opens it, yet it refers
            continue
        if _relative_referral(toks):
            found.append(toks)   # "…, to which kindly refer" (round twenty-four om_royal_decrees 8)
            continue
        if any(t in c.words["relative"] for t in toks[:RELATIVE_REACH]):
            continue   # "…, which prepared the Kingdom's Voluntary National Review": said of the body, not an answer
        if _referral(toks):
            found.append(toks)
        elif not (_link_only(toks) or (is_decline is not None and is_decline(toks))):
            return False, []
    for s in later:
        if passed.refers_to_named(s):
            found.append(tokens(s))
            continue
        for cl in clauses(strip_label(s)):
            if _referral(cl.toks):
                found.append(cl.toks)
            elif not (_link_only(cl.toks) or (is_decline is not None and is_decline(cl.toks))):
                return False, []
    return bool(found), found


def belongs_then_referral(sents: list[str], is_decline=None) -> list[str] | None:
    """"Robotics and advanced manufacturing fall under the Ministry of Industry and Advanced Technology. Please refer to
    MoIAT." (round eighteen V, ae_vision_statements 29/robotics), "La robotique relève du Ministère de l'Industrie.
    Veuillez vous adresser au MIAT.", "La robótica es competencia del Ministerio de Industria. Remitirse al MIAT.": a
    first sentence whose verb says the matter belongs to someone, whatever its subject (the item asked names itself),
    with no address and nothing in force or operating, then only referrals to a body: who answers is named twice, the
    thing asked never; a referral, unknown. The first sentence's clause of belonging is returned (the evidence), or
    None. Not when what it belongs to is a text named before any body ("Robotics falls under the Fourth Industrial
    Revolution Strategy"): what covers it is named.

    Round twenty Z: the referral may close the same sentence ("La interoperabilidad es competencia de la Secretaría
    (SG); favor remitirse a dicha entidad."), be framed around any name ("Kindly refer to the Ministry: https://…"),
    and stand beside a decline (`is_decline`: "Please refer to the DSW; this Unit does not hold the information");
    a relative clause on the body ("…, which prepared the review") is said of the body. A thing run by a body (kind
    `run_by`: operated by, exploitée par, operada por) is the answer as before, unless the referral sends the question
    itself (kind `about_it`: "Kindly refer to the Centre for information on this question"): then the speaker leaves
    the question to that body, a referral too."""
    if not sents:
        return None
    first = tokens(strip_label(sents[0]))
    if "url" in first:
        return None
    named = any(evidence.find(first, cls) is not None for cls in ("in_force", "operating"))
    cls = clauses(strip_label(sents[0]))
    for k, cl in enumerate(cls):
        if not cl.main or negated(cl.toks):
            continue
        end, run = _belongs_at(cl.toks), False
        if end is None:
            end, run = _cue_end(cl.toks, "run_by"), True
        if end is None:
            continue
        text, body = evidence.find(cl.toks[end:], "instrument"), evidence.find(cl.toks[end:], "body")
        if text is not None and (body is None or text[0] < body[0]):
            continue   # a text named first ("falls under the … Strategy"): what covers it, not who answers
        if run and body is None:
            continue   # "operated by 14 ministries"? only a body named runs it
        if named and not run:
            return None   # as before: beside something in force or operating, the matter's owner is no referral
        if not run and len(sents) > 1 and all(passed.refers_to_named(s) for s in sents[1:]):
            return cl.toks   # round eighteen V: every later sentence only names whom to ask
        # "… relèvent du Ministère, et il est recommandé que les informations soient obtenues auprès de ce Ministère":
        # French and Spanish keep the "que" clause inside the clause of belonging (after round twenty-four II)
        own = [cl.toks[end:]] if not run and sought.information_sought_from(cl.toks[end:]) else []
        rel = contact_relative_at(cl.toks[end:]) if not run and not own else None
        if rel is not None:   # "La 5G relève de l'ARCT, qui doit être consultée": the relative kept inside (UU)
            own = [cl.toks[end + rel:]]
        ok, referrals = _only_referrals(own + [c.toks for c in cls[k + 1:]], sents[1:], is_decline)
        if not ok or (run and not any(_about_question(r) for r in referrals)):
            return None   # a thing run by a body stays the answer unless the question itself is sent away
        return cl.toks
    return None


def referral_beside_pointer(detail: str) -> bool:
    """"A cargo de la Autoridad de Telecomunicaciones (ver pregunta 18).", "Falls within the remit of the
    Communications Authority (see Q18).", "À la charge de l'Autorité de régulation (voir question 18)." (round
    twenty-one BB, es_paraguay_resoluciones 29/5g): one sentence whose words, bar a pointer in brackets, say only
    whose the matter is (reading_referrals.belongs_elsewhere: no subject, a pronoun or the question, a cue of
    belonging, a body by its kind or its acronym, not negated, no address): the pointer shows where that body's work is told, it does not give
    the answer asked. The answer pointed to answers another question, so its yes or no is not carried over a
    referral (only its links). "Falls under the Telecommunications Act (see Q18)" names what covers it (a text, not
    a body): the pointer answers, as before."""
    sents = [s for s in sentences(strip_label(detail)) if s.strip()]
    if len(sents) != 1:
        return False
    pointers = [m for m in BRACKET_RE.finditer(sents[0]) if references.is_pointer(m.group(1))]
    if not pointers:
        return False
    rest = BRACKET_RE.sub(" ", sents[0]).strip()
    mains = [cl for cl in clauses(rest) if cl.main]
    return (len(mains) == 1 and "url" not in mains[0].toks and not negated(mains[0].toks)
            and referrals.belongs_elsewhere(mains[0].toks)
            and (evidence.find(mains[0].toks, "body") is not None or ACRONYM_RE.search(rest) is not None))
