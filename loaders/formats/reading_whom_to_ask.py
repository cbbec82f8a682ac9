"""An answer that only says whom to ask: a body that should or may be contacted, or "Defer to …"; a decline."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_clauses import STOP, clauses, negated
from .reading_deferral import PARTICIPLE_ENDINGS, SUBJECT_LINKS
from .reading_referrals import PRONOUNS, SPEAKERS
from .reading_words import cue_at, cues, tokens

LINKS = SUBJECT_LINKS | {"à"}   # "à ce sujet": the links before the question in reading_deferral, and the accented one
BODY_REACH = 4   # from the verb to the body: "Defer to the Office of …", "We defer to the Department …"


def _about_the_question(tail: list[str]) -> bool:
    """Nothing after the verb but what the question is ("for this question", "on this", "regarding this matter", "à
    ce sujet", "sobre esta pregunta") or an address: the referral bears on the question itself. "should be consulted
    on draft laws" names what the consultation is about: no referral of the question."""
    w = cues().words
    words = [t for t in tail if any(ch.isalnum() for ch in t) and t != "url"]
    if words and words[0] in {"to", "with"}:
        words = words[1:]   # "may be referred to", "should be consulted with"
    if not words:
        return True
    if words[0] not in LINKS:
        return False
    rest = [t for t in words[1:] if t not in STOP and t not in w["deictic"]]
    return len(rest) <= 1 and all(t in w["question_noun"] or t in PRONOUNS for t in rest) \
        and (bool(rest) or words[-1] in PRONOUNS)


def body_to_contact(toks: list[str]) -> bool:
    """"The National Authority (NA) should be contacted for this question", "The Ministry of … and the Ministry of …
    should be contacted.", "Le Ministère … doit être consulté à ce sujet", "El Ministerio … debe ser consultado": a
    subject naming a body, a modal (kind `contact_modal`: should, may, doit, devrait, debe), a passive be, a verb of
    contacting or referring (kinds `contact_verb`, `referral_verb`), then nothing but the question or an address: whom
    to ask, not what is in place. Not negated ("… should not be contacted")."""
    w = cues().words
    if negated(toks):
        return False
    at = next((i for i, t in enumerate(toks) if t in w["contact_modal"]), None)
    if at is None or evidence.find(toks[:at], "body") is None:
        return False
    rest = [t for t in toks[at + 1:] if t not in w["referral_frame"]]   # "may kindly be contacted"
    rest = rest[1:] if rest and rest[0] in w["passive_be"] else rest
    if not rest or not (rest[0] in w["contact_verb"] or rest[0] in w["referral_verb"]):
        return False
    return _about_the_question(rest[1:])


def deferred_to_body(toks: list[str]) -> bool:
    """"Defer to the Office of …", "We defer to the Department of … and the Department of …", "Please defer to the
    Ministry …": a clause opening (after a polite frame, kind `referral_frame`, or the speaker) on a verb of referring
    (kind `referral_verb`: defer, refer, contact) with a body close after it: the question is passed on in the
    imperative or in the speaker's own words, a referral. Not negated, no text named before the body ("Refer to the
    Strategy of the Ministry" points to a text), no service beside it ("Consult the Ministry's portal")."""
    if negated(toks) or not toks or "url" in toks:
        return False   # "Falls under the Ministry … (https://…)": a body with its address, read by reading_body_address
    k = 0
    while k < len(toks) and cue_at(toks, k, "referral_frame"):
        k += cue_at(toks, k, "referral_frame")
    if k < len(toks) and toks[k] in SPEAKERS:
        k += 1
    n = cue_at(toks, k, "referral_verb") if k < len(toks) else 0
    if not n or toks[k + n - 1].endswith(PARTICIPLE_ENDINGS):
        return False   # "Addressed by the Ministry through its strategy": a participle says who acts, not whom to ask
    body = evidence.find(toks, "body", k + n, k + n + BODY_REACH)
    if body is None or evidence.find(toks, "instrument", k + n, body[0]) is not None:
        return False
    return evidence.find(toks, "service", k + n) is None


def only_whom_to_ask(sents: list[str]) -> list[str] | None:
    """Every main clause of every sentence only says whom to ask (body_to_contact, deferred_to_body), an address at
    most beside it: the answer is a referral, unknown. The first such clause's words, or None. An answer that also says
    what is in place ("The portal was launched in 2019. Defer to the Ministry … for usage figures") keeps its reading."""
    found = None
    for s in sents:
        mains = [cl for cl in clauses(s) if cl.main] or clauses(s)
        for cl in mains:
            if all(t == "url" or not any(ch.isalnum() for ch in t) for t in cl.toks):
                continue   # an address alone
            if not (body_to_contact(cl.toks) or deferred_to_body(cl.toks)):
                return None
            found = found or cl.toks
    return found if found and tokens(" ".join(sents)) else None
