"""A referral to a body with the body's address after it ("Kindly refer to the Central Bank (CB), https://…"): a decline."""
from __future__ import annotations

import re

from .reading_evidence import find
from .reading_referral_bodies import EN_CONNECTORS, REFER_OPENER_RE, refers_to_body
from .reading_words import URL_RE, current_language, tokens

# the address standing last, after a comma, colon or dash: "…, https://… .", "…: www.…", "… – https://…"
TRAILING_ADDRESS_RE = re.compile(r"\s*[,:;–—-]?\s*(?:" + URL_RE.pattern + r")\s*[.;]?\s*$", re.IGNORECASE)


def refers_to_body_at(sentence: str) -> bool:
    """"Kindly refer to the Central Bank of the Republic (CBR, formerly MA), https://…/ .", "Veuillez vous adresser à
    l'Autorité de régulation (ARCEP) : https://…", "Favor de consultar a la Superintendencia de Bancos, https://…"
    (after round twenty-three GG): a sentence that only sends the reader to a body (reading_referral_bodies.refers_to_body:
    a verb of referring, then a body's full name or acronym, a bracket at most) with the body's address after it: the
    address is where to find that body, not the thing asked; a referral, unknown. The address must stand last, after
    the body's name: "Please refer to https://…" or "Please refer to the Digital Strategy, https://…" names no body (or a
    text), read as before."""
    if URL_RE.search(sentence) is None:
        return False
    rest = TRAILING_ADDRESS_RE.sub("", sentence.strip())
    return rest != sentence.strip() and URL_RE.search(rest) is None and (refers_to_body(rest) or _long_name(rest))


def _long_name(sentence: str) -> bool:
    """"Kindly refer to the Brunei Darussalam Central Bank (BDCB)": in English every word of a body's name is capitalised
    (connectors aside), so its body word may stand past the first three words (reading_referral_bodies looks at three,
    for French and Spanish names that capitalise the first word only)."""
    m = REFER_OPENER_RE.match(sentence.strip())
    if m is None or current_language() != "en":
        return False
    words = m.group("name").strip(" ,").split()
    if len(words) < 2 or not words[0][:1].isupper() or not all(w[:1].isupper() or w in EN_CONNECTORS for w in words):
        return False
    toks = tokens(" ".join(words))
    body, text = find(toks, "body"), find(toks, "instrument")
    # "the Digital Economy Masterplan for the Ministry": a text named first is what is pointed to, not a body
    return body is not None and (text is None or body[0] < text[0])
