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
    verbs = [t for t in toks if t in w["track_verb"]]
    # Spanish drops the subject: "monitoreamos", "registremos" carry the first person plural in their ending
    if not any(t in w["negator"] for t in toks) or not verbs \
            or not (any(t in SPEAKERS for t in toks) or any(v.endswith("mos") for v in verbs)):
        return False
    allowed = (w["negator"] | w["auxiliary"] | w["deictic"] | w["vague_object"] | w["track_verb"] | SPEAKERS | STOP
               | w["relative"] | {"que"})   # "quelque chose que nous suivons", "algo que …"
    return all(t in allowed for t in toks if t.isalpha())
