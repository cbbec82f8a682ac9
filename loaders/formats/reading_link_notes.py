"""On a question asking for names and links, a body named with a bracketed note on its website ("url (website currently not updated)"): the note is the address's state, the body is named, yes."""
from __future__ import annotations

import re

from . import reading_evidence as evidence
from .reading_answer import Answer, Weighed, affirm_evidence, cite
from .reading_clauses import Reading, clauses, negated, strip_label
from .reading_words import cues, tokens

BRACKET_RE = re.compile(r"\(([^()]*)\)")


def body_named_site_noted(w: Weighed, a: Answer, k: int) -> Reading | None:
    """Round fourteen's reading_link_awaited reads a later sentence about the link ("Link not available at the
    moment") as the link's status; here the note stands in brackets in the same sentence, right after the address
    ("Ministry of Industry, https://… (website currently not updated)", "Ministère de l'Industrie, https://… (site
    non mis à jour)", "Ministerio de Industria, https://… (sitio web no actualizado)"). A bracket whose words name
    the address (polarity kind `link_word`: website, link; site, lien; sitio, enlace) and deny or limit it is the
    address's state. With such brackets taken out, when no main clause of the sentence denies and something is
    named, the body answers the question: yes, quoting what names it. A denial outside the brackets ("No ministry
    of industry (the website was closed)") stays no."""
    if not evidence.name_request(a.topic) or not negated(w.decider.toks):
        return None
    sentence = strip_label(a.sents[k])
    notes = [m for m in BRACKET_RE.finditer(sentence) if _site_note(m.group(1))]
    if not notes:
        return None
    rest = BRACKET_RE.sub(lambda m: " " if _site_note(m.group(1)) else m.group(0), sentence)
    mains = [cl for cl in clauses(rest) if cl.main]
    if not mains or any(negated(cl.toks) for cl in mains):
        return None
    found = affirm_evidence(mains[:1], rest) or affirm_evidence(mains, rest)   # the first body named, if it can
    if found is None:
        return None
    return Reading("yes", None, "a body named, its website's state noted", cite(found[0], found[1], sentence))


def _site_note(inside: str) -> bool:
    """Bracketed words that name the address itself (not the "url" an address becomes) and deny or limit it."""
    toks = tokens(inside)
    return any(t in cues().words["link_word"] and t != "url" for t in toks) and negated(toks)
