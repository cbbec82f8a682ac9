"""Information on a topic said not held ("e-GA does not hold information on …", "Nous ne disposons pas d'informations sur …"): a decline, not a denial."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_words import cues

VERB_REACH = 3     # from the negation to the verb of having: "does not hold", "ne dispose pas", "no cuenta con"
OBJECT_REACH = 3   # from the verb to the information noun: "any specific information", "d'informations", "con datos"


def information_not_held(toks: list[str]) -> bool:
    """"e-GA does not hold information on specific e-services for these groups", "We have no data about …", "La
    Direction ne dispose pas d'informations sur …", "La Secretaría no cuenta con información sobre …" (round eighteen W,
    tz_swahili_mixed 36): a negated verb of having (kind `having_verb`), the information (kind `information`) as its
    object and, right after it, a word saying what it is about (kind `about_word`): the speaker lacks the information
    on the topic, so the question is declined, not the thing denied. Not when a text or a service is what lacks it
    ("The portal has no information on services for women" says what the portal holds), nor when the information noun
    opens a name or a kind ("We have no data protection law": no about-word follows it), nor a negation of quantity
    (kind `scarce_word`: "Nous n'avons guère de données sur ce point" says there is little, a denial)."""
    w = cues().words
    negs = [k for k, t in enumerate(toks) if t in w["negator"]]
    if not negs or evidence.find(toks, "instrument", 0, negs[0]) is not None \
            or evidence.find(toks, "service", 0, negs[0]) is not None or any(t in w["scarce_word"] for t in toks):
        return False
    for k in negs:
        for v in range(max(0, k - VERB_REACH), min(len(toks), k + 1 + VERB_REACH)):
            if toks[v] not in w["having_verb"]:
                continue
            for i in range(v + 1, min(len(toks) - 1, v + 1 + OBJECT_REACH)):
                if toks[i] in w["information"] and toks[i + 1] in w["about_word"]:
                    return True
    return False
