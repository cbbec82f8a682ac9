"""The speaker's own denied, the matter another body's ("We have no foresight tool of our own. Foresight falls under …"): a referral."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_belongs_then_referral import _belongs_at
from .reading_clauses import clauses, negated, strip_label
from .reading_referral_bodies import ACRONYM_RE
from .reading_remit_referrals import SPEAKERS
from .reading_words import cues, tokens

OWN_REACH = 6   # from the negation to the own-word: "ne dispose pas d'outil de prospective propre", "no … of its own"


def own_denied(toks: list[str], sentence: str = "") -> bool:
    """"Le Ministère ne dispose pas d'outil de prospective propre", "The Agency has no foresight unit of its own", "La
    Secretaría no cuenta con herramientas propias": the speaker (a first person, a body naming itself, or a body's
    acronym as written in `sentence`: "Le MINPOSTEL") denies having something of its own (kind `own_word`: own,
    propre, propio) a few words after the negation: only what the speaker holds is denied, not what the Government
    has. Not "There is no … of its own" (no speaker), nor a negation of degree ("n'a guère d'outils propres")."""
    w = cues().words
    negs = [i for i, t in enumerate(toks) if t in w["negator"]]
    if not negs or any(t in w["degree_negator"] for t in toks):
        return False
    acronyms = {m.group(0).casefold() for m in ACRONYM_RE.finditer(sentence)}
    subject = [t for t in toks[:negs[0]] if t.isalpha() and t not in w["auxiliary"]]
    if not subject or any(t in w["existential"] for t in subject) or not (
            any(t in SPEAKERS for t in subject) or evidence.find(subject, "body") is not None
            or any(t in acronyms for t in subject)):
        return False
    return any(t in w["own_word"] for t in toks[negs[-1] + 1:negs[-1] + 1 + OWN_REACH])


def _elsewhere(sentence: str) -> bool:
    """A sentence whose main clause says the matter belongs to another (kind `belongs_to`: fall under, relèvent de,
    es competencia de), not negated, with no address and nothing named in force or operating: whose it is."""
    toks = tokens(strip_label(sentence))
    if "url" in toks or any(evidence.find(toks, cls) is not None for cls in ("in_force", "operating")):
        return False
    for cl in clauses(strip_label(sentence)):
        end = _belongs_at(cl.toks) if cl.main and not negated(cl.toks) else None
        if end is not None and end < len(cl.toks):
            text, body = evidence.find(cl.toks[end:], "instrument"), evidence.find(cl.toks[end:], "body")
            return text is None or (body is not None and body[0] < text[0])   # a body, not a text, holds it
    return False


def own_lack_then_elsewhere(sents: list[str]) -> list[str] | None:
    """"Le MINPOSTEL ne dispose pas d'outil de prospective propre. Les études prospectives nationales relèvent du
    MINEPAT." (round twenty Z, fr_cameroun_decrets 31), "The Agency has no foresight unit of its own. National
    foresight exercises fall under the Planning Commission.", "La Secretaría no cuenta con herramientas propias de
    prospectiva. Los estudios prospectivos son competencia de la SEGEPLAN.": a first sentence whose only main clause
    denies the speaker's own (own_denied), then a sentence saying the matter belongs to another body: the speaker
    answers for itself and leaves the Government's answer to that body, unknown (a decline to be flagged), not a
    denial. The denial's words, or None. Alone the own denial reads as before (no), and so does a later sentence that
    names something in force or operating, or gives an address: there the answer is named."""
    if len(sents) < 2:
        return None
    mains = [cl for cl in clauses(strip_label(sents[0])) if cl.main]
    if len(mains) != 1 or not negated(mains[0].toks) or not own_denied(mains[0].toks, sents[0]):
        return None
    return mains[0].toks if _elsewhere(sents[1]) else None
