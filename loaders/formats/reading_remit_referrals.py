"""Referrals told through a remit or the speaker's own lack (round nineteen X): no information on it, not competent on it, the matter another body's, then a referral or a decline."""
from __future__ import annotations

from . import reading_evidence as evidence
from . import reading_others_handle as others_handle
from . import reading_referrals as referrals
from .reading_clauses import STOP, clauses, negated
from .reading_words import cue_at, cues, tokens

SPEAKERS = {"we", "i", "nous", "je", "nosotros", "yo", "se", "on"}
HOLD_REACH = 4     # from the negation to the information noun: "does not have any information", "ne dispose pas d'"
MATTER_REACH = 2   # the matter noun among the clause's first words: "Matters of public finance …", "Issues of …"
BODY_REACH = 5     # from "coordinated by" to the body: "by the Prime Minister's Office"



def _tail_about_it(toks: list[str], empty: bool = True) -> bool:
    """Nothing (when `empty` allows it), or only words pointing back at the matter asked (kind `about_it`: on this
    matter, on the subject, al respecto, sobre el tema, à ce sujet, en la matière), after the information or
    competence word."""
    words = [t for t in toks if any(ch.isalnum() for ch in t)]
    if not words:
        return empty
    n = cue_at(words, 0, "about_it")
    return bool(n) and n == len(words)


def _speaker(subject: list[str]) -> bool:
    """The speaker as subject: nothing, a first person, or a body named as itself ("This Office", "Esta Oficina",
    "Cette Direction", "The GovTech Agency"): not an existential "there" ("There is no information system")."""
    w = cues().words
    words = [t for t in subject if t.isalpha() and t not in w["auxiliary"]]
    if not words:
        return True
    if any(t in w["existential"] for t in words):
        return False
    return any(t in SPEAKERS for t in words) or evidence.find(words, "body") is not None


def lacks_information_on_it(toks: list[str]) -> bool:
    """"Esta Oficina no dispone de informaciones al respecto", "Cette Direction ne dispose pas d'informations à ce
    sujet", "Nous ne disposons pas d'informations à ce sujet", "This Unit does not have any information on the
    matter": the speaker (a first person or a body naming itself) denies holding information (kind `information`)
    on the matter, and nothing follows but words pointing back at it (kind `about_it`): a decline, not a denial of
    the thing asked. Only holding words (kind `holding`), auxiliaries and determiners may stand between the negation
    and the noun: "The Ministry does not collect usage data" says what the body does not do, a denial as before.
    "The Ministry has no information system" names a thing (a noun follows); "There is no data on
    usage" has no speaker, and "No fixed end date" no subject nor words pointing back: read as before."""
    w = cues().words
    neg = next((i for i, t in enumerate(toks) if t in w["negator"]), None)
    if neg is None or not _speaker(toks[:neg]) or any(t in w["degree_negator"] for t in toks):
        return False   # "Nous n'avons guère de données sur ce point": there is little, an answer (no)
    # with no subject at all the words pointing back are needed: "No fixed end date" says what a programme lacks
    spoken = any(t.isalpha() for t in toks[:neg])
    last = max(i for i, t in enumerate(toks) if t in w["negator"])   # "ne dispose pas": from "pas"
    # "does not hold comprehensive information", "ne dispose pas d'informations exhaustives" (after round twenty-three
    # GG): a word of completeness (kind `completeness_word`) on either side of the noun still leaves nothing named
    complete = w["completeness_word"]
    between = w["holding"] | w["auxiliary"] | w["deictic"] | STOP | complete
    for i in range(last + 1, min(len(toks), last + 1 + HOLD_REACH)):
        if toks[i] in w["information"]:
            tail = toks[i + 1:]
            while tail and tail[0] in complete:
                tail = tail[1:]
            return _tail_about_it(tail, empty=spoken)
        if toks[i] not in between:
            return False   # "does not collect usage data": a verb of its own, what the body does not do
    return False


def competence_denied(toks: list[str]) -> bool:
    """"The Agency is not the competent authority on this subject", "Cette Direction n'est pas compétente en la
    matière", "Esta Oficina no es competente en la materia": the speaker (or a body naming itself) denies being
    competent (kind `competent_word`) on the matter, nothing after but words pointing back at it: whose the question
    is, a decline. "There is no competent authority for data protection" names what is absent: a denial, as before;
    "The Commission is not competent to impose fines" says what it may not do (a verb follows): read as before."""
    w = cues().words
    neg = next((i for i, t in enumerate(toks) if t in w["negator"]), None)
    if neg is None or not _speaker(toks[:neg]) or not toks[:neg]:
        return False
    for i in range(neg + 1, len(toks)):
        n = cue_at(toks, i, "competent_word")
        if n:
            return _tail_about_it(toks[i + n:])
    return False


def declines(toks: list[str]) -> bool:
    """This module's declines of a single clause (hooked from reading_declines.is_decline)."""
    return lacks_information_on_it(toks) or competence_denied(toks)


def _matter_belongs(toks: list[str], with_link: bool) -> bool:
    """"Matters of public finance, including …, are under the mandate of the Ministry of Finance", "Issues of … fall
    within the remit of …": a clause whose subject opens on the matter itself (kind `issue_noun` or `question_noun`
    among its first words), then a cue of belonging (kind `belongs_to`) and a body: whose the matter is. Beside the
    subjects reading_referrals already takes (nothing, a pronoun, "the matter")."""
    if referrals.belongs_elsewhere(toks, with_link):
        return True
    if "url" in toks and not with_link:
        return False
    w = cues().words
    words = [t for t in toks if t.isalpha() and t not in STOP and t not in w["deictic"]]
    if not any(t in w["issue_noun"] or t in w["question_noun"] for t in words[:MATTER_REACH]):
        return False
    return any(cue_at(toks, i, "belongs_to") and evidence.find(toks, "body", i, len(toks)) is not None
               for i in range(len(toks)))


def _handled_by_body(toks: list[str]) -> bool:
    """"The SDG reporting is coordinated by the Ministry of Foreign Affairs …": a body named right after a cue of
    handling (kind `handled_by`), not negated: who does it."""
    return not negated(toks) and any(
        cue_at(toks, i, "handled_by") and evidence.find(toks, "body", i + cue_at(toks, i, "handled_by"),
                                                     i + cue_at(toks, i, "handled_by") + BODY_REACH) is not None
        for i in range(len(toks)))


def passive_referral(toks: list[str]) -> bool:
    """"The National Commission (NCWC) may kindly be referred to", "The Ministry of Health may be consulted": a
    subject, a modal (kind `contact_modal`), a softener (kind `referral_frame`: kindly), a passive be, then a verb of
    referring or contacting (kinds `referral_verb`, `contact_verb`) and at most its preposition: whom to ask."""
    w = cues().words
    for i, t in enumerate(toks[1:], start=1):
        if t not in w["contact_modal"]:
            continue
        rest = [u for u in toks[i + 1:] if u.isalpha() and u not in w["referral_frame"]]
        rest = rest[1:] if rest and rest[0] in w["passive_be"] else rest
        if rest and rest[-1] in {"to", "with"}:
            rest = rest[:-1]
        return len(rest) == 1 and (rest[0] in w["contact_verb"] or rest[0] in w["referral_verb"])
    return False


def referred_then_declined(a, is_decline, with_link: bool) -> list[str] | None:
    """"This is within the mandate of the GNH Commission, which leads … . The Agency is not in a position to comment.",
    "Matters of public finance … are under the mandate of the Ministry of Finance (…). MInT has requested the MoF to
    provide the details; however, the information was not received …", "The SDG reporting is coordinated by the
    Ministry of … . Please refer to these Ministries.": a first sentence saying whose the matter is (a cue of
    belonging, or a body handling it), the next one declining or referring to a body: the speaker answers with a
    referral, unknown (flagged as a decline). The decline's words, or None. A body that handles the thing, followed
    only by a decline that is not a referral ("… is operated by NITA-U. Usage figures are not available."), is read as
    before: there the handling is the answer."""
    if len(a.sents) < 2:
        return None
    first = [cl for cl in clauses(a.sents[0]) if cl.main]
    belongs = any(_matter_belongs(cl.toks, with_link) for cl in first)
    handled = not belongs and "url" not in tokens(a.sents[0]) and any(_handled_by_body(cl.toks) for cl in first)
    if not (belongs or handled) or any(negated(cl.toks) for cl in first):
        return None
    nxt = clauses(a.sents[1])
    for cl in nxt:
        if others_handle.framed_referral(cl.toks) or passive_referral(cl.toks) or (belongs and is_decline(cl.toks)):
            return cl.toks
    return None
