"""A denial limited to the speaker's level ("Not at Ministry level."), then others' work heard of and a referral: unknown."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_clauses import clauses, negated, strip_label
from .reading_own_lack import _refers_on
from .reading_referral_bodies import ACRONYM_RE
from .reading_whom_to_ask import only_whom_to_ask
from .reading_words import cue_at, cues, tokens

LEVEL_WORDS = 8   # "Not at MoCDE level", "Pas au niveau du Ministère de l'Économie numérique"


def level_denied(toks: list[str]) -> bool:
    """"Not at MoCDE level", "Not at the level of this Ministry", "Pas au niveau du Ministère", "No a nivel de esta
    Secretaría": a short verbless clause opening on a negator, with a level noun (kind `level_noun`): the speaker
    denies only at its own level, not for the Government."""
    w = cues().words
    words = [t for t in toks if any(ch.isalnum() for ch in t)]
    return (bool(words) and words[0] in w["negator"] and len(words) <= LEVEL_WORDS
            and any(t in w["level_noun"] for t in words[1:])
            and not any((t in w["auxiliary"] and t not in w["deictic"]) or t in w["negator"]   # "esta" is also "está"
                        for t in words[1:]))


def _contacted(sentence: str) -> bool:
    """"CBG should be contacted on the status", "La Banque centrale peut être consultée à ce propos": a clause whose
    subject names a body (by its kind or acronym), a modal (kind `contact_modal`), a passive be and a verb of
    contacting (kind `contact_verb`), whatever follows; or any referral (only_whom_to_ask, a framed referral)."""
    w = cues().words
    if only_whom_to_ask([sentence]) is not None or _refers_on([sentence]):
        return True
    acronyms = {m.group(0).casefold() for m in ACRONYM_RE.finditer(sentence)}
    for cl in clauses(strip_label(sentence)):
        toks = cl.toks
        at = next((i for i, t in enumerate(toks) if t in w["contact_modal"]), None)
        if at is None or negated(toks) or not (evidence.find(toks[:at], "body") is not None
                                               or any(t in acronyms for t in toks[:at])):
            continue
        rest = toks[at + 1:]
        rest = rest[1:] if rest and rest[0] in w["passive_be"] else rest
        if rest and rest[0] in w["contact_verb"]:
            return True
    return False


def level_denied_then_elsewhere(sents: list[str]) -> list[str] | None:
    """"Not at MoCDE level. We understand the Central Bank has been working on a sandbox. CBG should be contacted.": a
    first sentence that only denies at the speaker's level (level_denied), then sentences that each either report
    another body's work second-hand (opening on kind `hearsay_frame`: we understand, nous croyons savoir, entendemos
    que) or send the reader on (_contacted), the last one sending on: the speaker answers for its level only, and what
    it heard of others is not stated as in place; unknown, a decline to be flagged. The denial's words, or None. No
    address anywhere (something named to be weighed), and a later plain statement ("The Central Bank launched a
    sandbox in 2020.") keeps the reading as before."""
    if len(sents) < 2 or any("url" in tokens(s) for s in sents):
        return None
    first = [cl for cl in clauses(strip_label(sents[0])) if cl.main] or clauses(strip_label(sents[0]))
    if not first or not all(level_denied(cl.toks) for cl in first):
        return None
    if not _contacted(sents[-1]):
        return None
    for s in sents[1:-1]:
        toks = tokens(strip_label(s))
        if not (cue_at(toks, 0, "hearsay_frame") or _contacted(s)):
            return None
    return tokens(sents[0])
