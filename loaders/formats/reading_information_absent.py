"""Information said to be absent (round seventeen R): "Information on the use of foresight tools is absent in the Ministry", "Les informations sont absentes", "La información es inexistente": not held by the speaker, a decline, not a denial of the thing asked."""
from __future__ import annotations

from .reading_clauses import STOP
from .reading_words import cues, tokens

VERB_REACH = 14   # from the information noun to its verb: "Information on use of foresight tools in sphere of … is absent"
TAIL_WORDS = 4    # after the absent word, only where: "in MITC", "au Ministère", "en la Dirección"
ASKED_STEM = 5    # "data" to a question on open data: the thing asked, not the answer


def information_absent(toks: list[str], topic: str = "") -> bool:
    """A clause whose subject's head is the information (kind `information`, the first content word), whose verb (an
    auxiliary) is followed by a word of absence (kind `absent_word`: absent, missing; absente, manquante; ausente,
    inexistente), with at most a place after it. Not when the information noun is the question's own word ("Data is
    missing" to a question on open data answers it), nor a thing absent ("The portal is absent from …")."""
    w = cues().words
    words = [(i, t) for i, t in enumerate(toks) if t.isalpha() and t not in STOP and t not in w["deictic"]]
    if not words or words[0][1] not in w["information"]:
        return False
    if topic and any(t[:ASKED_STEM] == words[0][1][:ASKED_STEM] for t in tokens(topic, "en") if len(t) >= ASKED_STEM):
        return False
    head = words[0][0]
    for k in range(head + 1, min(len(toks) - 1, head + VERB_REACH)):
        if toks[k] in w["auxiliary"] and toks[k + 1] in w["absent_word"]:
            tail = [t for t in toks[k + 2:] if t.isalpha()]
            return len(tail) <= TAIL_WORDS and not any(t in w["negator"] for t in tail)
    return False
