"""A text that provides for the making of the thing ("The Strategy provides for the elaboration of the policy"), the thing itself a draft: a plan, not in force."""
from __future__ import annotations

from .reading_words import cues

DETERMINER_REACH = 2   # "provides for the elaboration of", "prévoit l'élaboration d'une", "prevé la elaboración de"


def making_provided(affirmed: list[str], cue: tuple[str, ...]) -> tuple[str, ...] | None:
    """Does the affirming cue ("provides for", "prévoit", "prevé") take as its object the making of something (polarity
    kinds `preparation_noun`, `drafting_noun`: the elaboration, development, preparation of; l'élaboration de; la
    elaboración de)? Then what the text provides is that the thing be made: the thing asked is planned, not in force.
    Why: "The Strategy provides for the elaboration of the data policy", then "the draft Decision … has been
    submitted": the draft is the thing itself, not another text beside one in force. Not "provides for the data
    policy", nor "provides for a Data Development Fund" (the noun after "development" is no "of")."""
    if not cue:
        return None
    at = next((i for i in range(len(affirmed) - len(cue) + 1) if tuple(affirmed[i:i + len(cue)]) == cue), None)
    if at is None:
        return None
    w = cues().words
    making = w["preparation_noun"] | w["drafting_noun"]
    after = affirmed[at + len(cue):at + len(cue) + DETERMINER_REACH + 1]
    for n, t in enumerate(after):
        head = t.split("'")[-1]   # "l'élaboration": the noun after the elided article
        if head in making:
            rest = affirmed[at + len(cue) + n + 1:at + len(cue) + n + 2]
            # "of", "de", "del", or "de" elided before a vowel ("d'une politique")
            if rest and (rest[0] in w["of_word"] or rest[0].split("'")[0] + "e" in w["of_word"]):
                return tuple(affirmed[at:at + len(cue) + n + 2])   # the deciding words, "provides for the elaboration of"
            return None
    return None
