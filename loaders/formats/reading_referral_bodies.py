"""Referrals to a body by its full name or a mixed-case acronym, and a matter outside another's mandate: declines."""
from __future__ import annotations

import re

from .reading_evidence import find
from .reading_words import cues, current_language, starts_at, tokens

# "Please refer to", "Veuillez vous référer à", "Favor de consultar a": a verb sending the reader elsewhere.
REFER_OPENER_RE = re.compile(
    r"^\W*(?:please\s+|kindly\s+|veuillez\s+(?:vous\s+)?|prière\s+de\s+|favor\s+de\s+|por\s+favor,?\s+)?"
    r"(?:refer(?:\s+to)?|contact|consult|(?:se\s+)?r[ée]f[ée]rer\s+(?:à|au|aux)|(?:s['’]|vous\s+)?adresser\s+(?:à|au|aux)"
    r"|consulter|contacter|consultar\s+(?:a|al|con)|remitirse\s+(?:a|al)|referirse\s+(?:a|al)|dirigirse\s+(?:a|al)"
    r"|contactar\s+(?:a|al|con))\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]|el\s+|los\s+)?(?P<name>[^()]+?)\s*"
    r"(?:\([^)]*\))?\s*[.;]?\s*$", re.IGNORECASE)
ACRONYM_RE = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")   # "NTA", "MoIAT", "MoICT"
EN_CONNECTORS = {"of", "for", "and", "the", "on", "&"}   # inside an English body's name
OUTSIDE_REACH = 3   # "outside the mandate", "hors du mandat", "fuera del mandato"


def _body_name(name: str) -> bool:
    """A body's name: one acronym with two capitals or more ("NTA", "MoIAT"), or capitalised words (connectors aside)
    among which a body word ("the Nepal Telecommunications Authority", "la Autoridad de Telecomunicaciones")."""
    words = name.split()
    if len(words) == 1:
        return ACRONYM_RE.fullmatch(words[0]) is not None
    if not words or not words[0][:1].isupper():
        return False
    if current_language() == "en" and not all(w[:1].isupper() or w in EN_CONNECTORS for w in words):
        return False   # "the Ministry website for the Act": a page; French and Spanish capitalise the first word only
    head = tokens(" ".join(words[:3]))
    return find(head, "body") is not None


def refers_to_body(sentence: str) -> bool:
    """"Please refer to the Nepal Telecommunications Authority (https://…).", "Please refer to MoIAT.", "Veuillez vous
    adresser à l'Autorité de régulation (…)" (round eighteen np_bikram_sambat 29/5g, ae_vision_statements
    29/robotics): a sentence that only sends the reader to a body, by its full name or an acronym in mixed case, with
    at most its address in brackets: who answers is named, not the thing asked, a referral (unknown). A document or
    a question ("Please refer to the National Strategy", "refer to Q.12") is no body."""
    m = REFER_OPENER_RE.match(sentence.strip())
    return m is not None and _body_name(m.group("name").strip(" ,"))


def outside_mandate(toks: list[str]) -> bool:
    """"This is outside the mandate of the Agency", "Cela est hors du mandat de l'Agence", "Esto está fuera del
    mandato de la Agencia" (round eighteen tz_swahili_mixed 40): a pronoun standing for the question, then a word of
    being outside (kind `scope_outside`) and a remit noun (kind `remit_noun`): whose the question is, a decline."""
    if not toks or toks[0] not in {"this", "it", "that", "cela", "ceci", "ce", "esto", "ello", "eso"}:
        return False
    c = cues()
    for i in range(1, min(len(toks), 4)):
        for p in c.by_first["scope_outside"].get(toks[i], ()) + ((toks[i],),) * (toks[i] in c.words["scope_outside"]):
            after = toks[i + len(p):i + len(p) + OUTSIDE_REACH]
            if starts_at(toks, i, p) and any(t in c.words["remit_noun"] for t in after):
                # "beyond the remit of the current strategy": a text's remit, not a body's; the topic lies
                # outside what was asked (no, by the `outside` status), no decline
                return find(toks[i + len(p):i + len(p) + OUTSIDE_REACH + 4], "instrument") is None
    return False
