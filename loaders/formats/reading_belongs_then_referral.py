"""A matter said to belong to a body, then a referral to it ("… falls under …. Please refer to MoIAT."): a decline."""
from __future__ import annotations

from . import reading_evidence as evidence
from . import reading_passed_elsewhere as passed
from .reading_clauses import clauses, negated, strip_label
from .reading_words import cues, starts_at, tokens


def _belongs_at(toks: list[str]) -> int | None:
    """Where a cue of belonging (kind `belongs_to`: falls under, relève de, es competencia de) ends, or None."""
    c = cues()
    for i, t in enumerate(toks):
        n = max([len(p) for p in c.by_first["belongs_to"].get(t, ()) if starts_at(toks, i, p)]
                + [1 if t in c.words["belongs_to"] else 0])
        if n:
            return i + n
    return None


def belongs_then_referral(sents: list[str]) -> list[str] | None:
    """"Robotics and advanced manufacturing fall under the Ministry of Industry and Advanced Technology. Please refer to
    MoIAT." (round eighteen V, ae_vision_statements 29/robotics), "La robotique relève du Ministère de l'Industrie.
    Veuillez vous adresser au MIAT.", "La robótica es competencia del Ministerio de Industria. Remitirse al MIAT.": a
    first sentence whose verb says the matter belongs to someone, whatever its subject (the item asked names itself),
    with no address and nothing in force or operating, then sentences that each only send the reader to a body
    (reading_passed_elsewhere.refers_to_named): who answers is named twice, the thing asked never; a referral, unknown.
    The first sentence's clause of belonging is returned (the evidence), or None. Not when what it belongs to is a text
    named before any body ("Robotics falls under the Fourth Industrial Revolution Strategy"): what covers it is named."""
    if len(sents) < 2 or not all(passed.refers_to_named(s) for s in sents[1:]):
        return None
    first = tokens(strip_label(sents[0]))
    if "url" in first or any(evidence.find(first, cls) is not None for cls in ("in_force", "operating")):
        return None
    for cl in clauses(strip_label(sents[0])):
        end = _belongs_at(cl.toks) if cl.main and not negated(cl.toks) else None
        if end is None:
            continue
        text, body = evidence.find(cl.toks[end:], "instrument"), evidence.find(cl.toks[end:], "body")
        if text is None or (body is not None and body[0] < text[0]):
            return cl.toks   # a body named first ("the Ministry of Industry"), not a text that covers it
    return None
