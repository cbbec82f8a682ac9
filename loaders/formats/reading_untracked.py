"""The speaker says it does not track the matter ("Not something we track", "Nous ne suivons pas cela"): a decline, not a denial."""
from __future__ import annotations

from .reading_clauses import STOP
from .reading_words import cues

SPEAKERS = {"we", "i", "nous", "je", "nosotros", "yo"}


def not_tracked(toks: list[str]) -> bool:
    """"Not something we track", "This is not something we monitor", "We do not track this", "Ce n'est pas quelque
    chose que nous suivons", "No es algo que monitoreemos": a negation, a first person, a verb of keeping track (kind
    `track_verb`), and no object but the matter pointed at (a pronoun or determiner, kinds `deictic`,
    `vague_object`): what the speaker does not follow, so it cannot say; a decline (after round twenty-four II).
    "We do not track usage data" names what is not tracked (a noun of its own): a denial as before."""
    w = cues().words
    toks = _without_matter_clause(toks, w)
    verbs = [t for t in toks if t in w["track_verb"]]
    # Spanish drops the subject: "monitoreamos", "registremos" carry the first person plural in their ending
    if not any(t in w["negator"] for t in toks) or not verbs \
            or not (any(t in SPEAKERS for t in toks) or any(v.endswith("mos") for v in verbs)):
        return False
    allowed = (w["negator"] | w["auxiliary"] | w["deictic"] | w["vague_object"] | w["track_verb"] | SPEAKERS | STOP
               | w["relative"] | {"que"})   # "quelque chose que nous suivons", "algo que …"
    return all(t in allowed for t in toks if t.isalpha())


def _without_matter_clause(toks: list[str], w: dict[str, frozenset[str]]) -> list[str]:
    """"Whether each of the 64 municipalities has a digital strategy of its own is not something we track": an
    indirect question (kind `whether_word`) as the subject is the matter itself, so the clause is read from the
    verb before its negator ("is not something we track"; round twenty-four is_iceland_narrative 23)."""
    if not toks or toks[0] not in w["whether_word"]:
        return toks
    neg = next((i for i, t in enumerate(toks) if t in w["negator"]), None)
    if neg is None or neg < 2:
        return toks
    return toks[neg - 1:] if toks[neg - 1] in w["auxiliary"] else toks[neg:]   # "is not …", "n'est pas …"
