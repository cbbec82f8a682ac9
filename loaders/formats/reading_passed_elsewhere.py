"""Declines and referrals in new words (round sixteen O): not at the speaker's level, no remit on the matter, hard to answer, a referral to a body by its short name, others doing it and then a decline."""
from __future__ import annotations

import re

from . import reading_evidence as evidence
from . import reading_others_handle as others_handle
from . import reading_referral_bodies as referral_bodies
from .reading_clauses import STOP, clauses, negated
from .reading_words import cue_at, cues, tokens

REMIT_REACH = 4      # "does not have a mandate on this matter", "n'a pas de mandat sur cette question"
MATTER_REACH = 4     # from the remit noun to the matter: "mandate on this matter", "competencia en este asunto"
ANSWER_REACH = 3     # "difficult to answer", "difficile d'y répondre", "difícil de responder"
# After "difficult to answer": nothing, its reason (kind `reason_word`: "as this is handled by each ministry"), or the
# question itself.



def not_at_our_level(toks: list[str]) -> bool:
    """"Non à notre niveau.", "Not at our level", "No a nuestro nivel": a clause that is only a negation and the
    speaker's own level (kind `speaker_level`: at our level, à notre niveau, a nuestro nivel): the speaker declines
    for its own level, the thing may exist elsewhere, a decline. "Pas de stratégie à notre niveau" names a thing and
    denies it, as before."""
    w = cues().words
    nots = w["negator"] | w["explicit_no"] | w["negating_prefix"]   # "Non à notre niveau": a typed "Non" too
    words = [t for t in toks if any(ch.isalnum() for ch in t)]
    if not words or words[0] not in nots:
        return False
    k = 0
    while k < len(words) and words[k] in nots:
        k += 1
    n = cue_at(words, k, "speaker_level") if k < len(words) else 0
    return bool(n) and k + n == len(words)


def no_remit_on_matter(toks: list[str]) -> bool:
    """"The department does not have a mandate on this matter", "La Direction n'a pas de mandat sur cette question", "La
    Dirección no tiene competencia en este asunto": a speaker or body as subject, a negation, a remit noun (kind
    `remit_noun`) and the question itself pointed at (kind `deictic`, then `question_noun`): the question is not the
    speaker's to answer, a decline. "No ministry has a mandate on this matter" (nobody holds it) is an absence."""
    w = cues().words
    negs = [k for k, t in enumerate(toks) if t in w["negator"]]
    if not negs or not [t for t in toks[:negs[0]] if t.isalpha() and t not in STOP] \
            or any(t in w["any_holder"] for t in toks):
        return False
    for i in range(negs[-1] + 1, min(len(toks), negs[-1] + 1 + REMIT_REACH)):
        if not cue_at(toks, i, "remit_noun"):
            continue
        after = toks[i + 1:i + 1 + MATTER_REACH]
        return any(after[j] in w["deictic"] and after[j + 1] in w["question_noun"] for j in range(len(after) - 1))
    return False


def hard_to_answer(toks: list[str], reason_only: bool = True) -> bool:
    """"It is difficult to answer as this is handled by each ministry", "Il est difficile de répondre", "Es difícil
    responder, ya que …": a word of difficulty (kind `difficulty`) and a verb of answering (kind `answer_verb`) a few
    words on: the speaker cannot say, a decline. With `reason_only`, nothing but a reason or the question may follow
    (as a whole answer); a later sentence's "difficult to answer the total amount" leaves a part unknown."""
    w = cues().words
    for i in range(len(toks)):
        n = cue_at(toks, i, "difficulty")
        if not n:
            continue
        for j in range(i + n, min(len(toks), i + n + ANSWER_REACH)):
            if cue_at(toks, j, "answer_verb"):
                tail = [t for t in toks[j + 1:] if t.isalpha()]
                if reason_only and tail and (tail[0] in w["reason_word"] or tail[0] in w["subordinator"]):
                    # "… as no government-wide foresight system is operated": the reason denies, it answers no
                    return not negated(tail)
                return not reason_only or not tail or (
                    tail[0] in w["deictic"] and len(tail) > 1 and tail[1] in w["question_noun"])
    return False


def declines(toks: list[str]) -> bool:
    """Any of this module's clause declines (hooked from reading_declines.is_decline)."""
    return (not_at_our_level(toks) or no_remit_on_matter(toks) or hard_to_answer(toks)
            or referral_bodies.outside_mandate(toks))   # "This is outside the mandate of …" (round eighteen T)


# "Refer to MSIT (…)", "Please refer to the ICTA.", "Se référer au MPD", "Remitirse al MICITT": a verb of referring and
# a body's short name (capitals) ending the clause or followed by a bracket. A question ("Refer to Q.12") or a
# document ("Refer to the NDS 2025") is no body.
REFERRAL_RE = re.compile(
    r"^\W*(?:please\s+|prière\s+de\s+|favor\s+de\s+)?(?:refer(?:\s+to)?|se\s+r[ée]f[ée]rer\s+(?:à|au|aux)"
    r"|s['’]adresser\s+(?:à|au|aux)|remitirse\s+(?:a|al)|dirigirse\s+(?:a|al))\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ&-]{1,9}(?:\s*(?:/|&|,|\band\b|\bet\b|\by\b)\s*[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ&-]{1,9})*)"
    r"\s*(?:\(|[.;,]?\s*$)", re.IGNORECASE)
NAME_SPLIT_RE = re.compile(r"\s*(?:/|&|,|\band\b|\bet\b|\by\b)\s*")   # "Refer KKMM / MCMC": several bodies (round seventeen R)


def refers_to_named(sentence: str) -> bool:
    """A sentence that only refers the reader to another body by its short name ("Refer to MSIT (Blockchain Technology
    Development Strategy, 2018).", "Se référer au MPD.", "Remitirse al MICITT."): who answers is named, not the thing
    asked, a referral, unknown. The name must be written in capitals (a body's acronym), not a question's number."""
    m = REFERRAL_RE.match(sentence.strip())
    if m is None:
        return referral_bodies.refers_to_body(sentence)   # a full name or "MoIAT" (round eighteen T)
    names = [n for n in NAME_SPLIT_RE.split(m.group("name")) if n]
    # "Please refer to MoIAT.": a mixed-case acronym matches the pattern too; the full-name rule judges it (round
    # eighteen V: it was read as a statement, yes)
    return (all(n.isupper() for n in names) and names[0].casefold() not in {"q", "qs"}) or \
        referral_bodies.refers_to_body(sentence)


def others_then_decline(a, is_decline) -> list[str] | None:
    """"Such services are provided by the Ministries concerned (…). MITA does not hold a consolidated list.",
    "Provincial Councils are responsible for their own initiatives. Not under the purview of this Ministry.": a first
    sentence, without a link, that only says other bodies do it (status class `each_body`: each ministry; kind
    `bodies_concerned`: the ministries concerned, les ministères concernés; or kind `responsible_for`: are responsible for, sont responsables de, son responsables de), then later
    sentences that each decline (`is_decline`, or no overview held) or refer (a framed referral: "please refer to the
    said ministries", round twenty-one BB; kind `bodies_concerned` also "the respective ministries"): what exists is not known to the speaker, a
    decline. The decline's words, or None. A first sentence that names what answers with its address (a remark on
    provincial hospitals beside the Ministry of Health's link) is read as before."""
    if len(a.sents) < 2:
        return None
    first = tokens(a.sents[0])
    if "url" in first or not (evidence.find(first, "each_body") is not None or any(
            cue_at(first, i, "responsible_for") or cue_at(first, i, "bodies_concerned") for i in range(len(first)))
            or others_handle.matter_handled(first)):
        return None
    found = None
    for s in a.sents[1:]:
        # "…; please refer to the said ministries" (round twenty-one BB): a framed referral, whoever it names, sends
        # the reader back to the others just named
        cue = next((cl.toks for cl in clauses(s) if is_decline(cl.toks) or _overview_denied(cl.toks)
                    or may_be_contacted(cl.toks) or refers_to_named(s) or others_handle.framed_referral(cl.toks)), None)
        if cue is None and others_handle.each_their_own(tokens(s)):
            continue   # "KPWKM, JKM and JPOKU run their own online applications": which others, said before a decline
        if cue is None:
            return None
        found = found or cue
    return found


def may_be_contacted(toks: list[str]) -> bool:
    """"The Ministry of Public Administration … may be contacted", "The DPSA may be consulted", "Le MPD peut être
    consulté", "El MICITT puede ser consultado": a subject, a modal (kind `contact_modal`), a passive verb of
    contacting (kind `passive_be`, then kind `contact_verb`) and nothing after: whom to ask is named, a referral beside a decline."""
    w = cues().words
    for i, t in enumerate(toks[1:-1], start=1):
        if t in w["contact_modal"]:
            rest = [u for u in toks[i + 1:] if u.isalpha()]
            rest = rest[1:] if rest and rest[0] in w["passive_be"] else rest
            return len(rest) == 1 and rest[0] in w["contact_verb"]
    return False


def _overview_denied(toks: list[str]) -> bool:
    """"MITA does not hold a consolidated list": a negation, then an overview (kind `overview`), not "There is no …"."""
    w = cues().words
    negs = [k for k, t in enumerate(toks) if t in w["negator"]]
    if not negs or not toks[:negs[0]] or any(t in w["existential"] for t in toks[:negs[0] + 2]):
        return False
    return negated(toks) and any(cue_at(toks, i, "overview") for i in range(negs[0] + 1, len(toks)))


BULLET_RE = re.compile(r"^\s*(?:[-–•*▪○]|\d{1,2}[.)])\s+", re.MULTILINE)
LIST_LINES = 3   # a list of several items, each on its own bulleted line


def one_item_of_a_list(text: str) -> bool:
    """Is the answer a list of several bulleted lines ("- Government of India – grant … (please refer item 12).
    - … - World Bank – preparatory study, under discussion.")? A status found on a later line is then one item's:
    the reading it gives is flagged, not taken for the whole answer (round sixteen O: once "(please refer item 12)"
    is read as a pointer, the first line names nothing the reader weighs)."""
    lines = [text[m.end():] for m in BULLET_RE.finditer(text)]
    # "- (i) e-información: Sí … - (iii) toma de decisiones: No.": the question's parts, read by their own rules
    return len(lines) >= LIST_LINES and not any(PART_RE.match(line) for line in lines)


PART_RE = re.compile(r"\(?(?:[ivx]{1,4}|[a-h])\)\s", re.IGNORECASE)
