"""Declines of an assessment's scope and of information withheld (round thirteen H): not assessed in this review, withheld for security, N.D."""
from __future__ import annotations

from .reading_clauses import STOP, negated
from .reading_words import cue_at, cues, tokens

ASSESS_REACH = 3    # from the negator to the verb of assessing: "not assessed", "has not been examined", "n'a pas été évalué"
REVIEW_REACH = 6    # from the verb of assessing to the review: "in this review", "dans le cadre de cette mission"
OUTSIDE_REACH = 6   # from "outside" to the review: "outside the audit sample", "hors du champ de la mission"
DETERMINER_REACH = 2   # the determiner before the review noun: "this review", "our audit", "la revue"
SUBJECT_REACH = 3   # the information noun among the clause's first content words: "Detailed information on …"
# Own determiners of the speaker's review, beside the deictic kind ("this", "the", "cette", "esta"): "our review".
OWN = {"our", "present", "current", "notre", "nos", "présente", "presente", "nuestra", "nuestro", "nuestras",
       "nuestros", "actual"}



def _own_review(toks: list[str], start: int, end: int, determined: bool = True) -> bool:
    """A review noun (kind `review_noun`: review, audit, sample; revue, mission, enquête; revisión, auditoría, muestra)
    between start and end, after a determiner (this, the, our; cette, la, notre; esta, la, nuestra) when asked."""
    w = cues().words
    for i in range(start, min(len(toks), end)):
        if not cue_at(toks, i, "review_noun"):
            continue
        if not determined or any(t in w["deictic"] or t in OWN for t in toks[max(0, i - DETERMINER_REACH):i]):
            return True
    return False


def scope_not_covered(toks: list[str]) -> bool:
    """"Not assessed in this review", "Non évalué dans le cadre de la présente mission", "No examinado en esta
    revisión", "Outside the scope of this audit", "service delivery agencies were outside the audit sample", "Hors du
    champ de la mission", "Fuera del alcance de la revisión": the speaker's own assessment did not look at the thing,
    a decline, not a denial. The shape: a negation then, within a few words, a verb of assessing (kind
    `assess_verb`) and after it the speaker's review (kind `review_noun` after a determiner); or a word of being
    outside (kind `scope_outside`) with a review noun a few words on. "The strategy has not been assessed for its
    impact yet" names no review of the speaker's: it stays as it was."""
    for i in range(len(toks)):
        n = cue_at(toks, i, "scope_outside")
        if n and _own_review(toks, i, i + n + OUTSIDE_REACH):
            return True
    if not negated(toks):
        return False
    neg = cues().words["negator"] | cues().words["negating_prefix"]   # "Non évalué", "No evaluado"
    for k, t in enumerate(toks):
        if t not in neg:
            continue
        for i in range(k + 1, min(len(toks), k + 1 + ASSESS_REACH)):
            n = cue_at(toks, i, "assess_verb")
            if n and _own_review(toks, i + n, i + n + REVIEW_REACH):
                return True
    return False


def withheld_for_secrecy(toks: list[str], topic: str = "") -> bool:
    """"Detailed information on budget expenditures is not published during martial law", "Les données ne sont pas
    divulguées pour des raisons de sécurité", "La información no se publica por razones de seguridad": information
    (kind `information`, the subject's head among the first words) not made public (kind `disclosure_verb`, negated)
    for a reason of secrecy (kind `secrecy_reason`): withheld, a decline. Not when the verb is the question's own
    ("Does the Government publish …": not published is its answer), nor without the reason ("Budget data is not
    published." states a fact)."""
    w = cues().words
    if not negated(toks):
        return False
    words = [t for t in toks if t.isalpha() and t not in STOP and t not in w["deictic"]]
    if not any(t in w["information"] for t in words[:SUBJECT_REACH]):
        return False
    verb = next((i for i in range(len(toks)) if cue_at(toks, i, "disclosure_verb")), None)
    if verb is None or _asked_verb(toks[verb], topic):
        return False
    return any(cue_at(toks, i, "secrecy_reason") for i in range(verb + 1, len(toks)))


ASKED_STEM = 5   # "published" / "publish", "publica" / "publish": the question's own verb


def _asked_verb(word: str, topic: str) -> bool:
    """Is the word the question's own verb ("not published" to "Does the Government publish …")?"""
    return bool(topic) and any(t[:ASKED_STEM] == word[:ASKED_STEM] for t in tokens(topic, "en") if len(t) >= ASKED_STEM)


def unavailable_mark(toks: list[str]) -> bool:
    """"N.D. au niveau du ministère", "N/D", "ND à ce jour": a clause opening on the abbreviation of not available or
    not determined (kind `unavailable_mark`), a decline. Only at the clause's start: "(Ministry, n.d.)" inside a
    citation means no date."""
    return bool(toks) and bool(cue_at(toks, 0, "unavailable_mark"))


def declines(toks: list[str], topic: str = "") -> bool:
    """Any of this module's declines."""
    return scope_not_covered(toks) or withheld_for_secrecy(toks, topic) or unavailable_mark(toks)
