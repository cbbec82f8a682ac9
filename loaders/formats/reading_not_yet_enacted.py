"""A text adopted, then a later sentence denying a step that puts it in force "not yet" (FR/ES word order too): not in force."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_words import cues, stem

NOT_YET_REACH = 5   # "n'a pas encore été promulguée", "has not yet been assented to", "aún no ha sido promulgada"
SUBJECT_REACH = 3   # "It", "Elle", "The Act", "La ley": the subject before the negation


def not_yet_enacted(toks: list[str], adopted: list[str]) -> bool:
    """"La loi … a été adoptée par l'Assemblée … Elle n'a pas encore été promulguée" (round twenty-seven
    fr_comores_anaden 13), "The … Act was passed by Parliament … It has not yet been assented to", "La Ley … fue aprobada
    … Aún no ha sido promulgada": adopted by parliament is not in force while promulgation or assent is awaited, and the
    later denial wins. The shape, read whatever the language's word order: a negator (polarity kind `negator`; French
    "ne … pas" counts from its last word) followed within NOT_YET_REACH words by a step that puts a text in force
    (status class `enactment_step`: promulgated, assented to, gazetted), a word of "yet" (polarity kind `still_word`) in the clause, and a subject that is the adopted text
    itself: a pronoun (kind `text_pronoun`), the text's own noun, or none at all (Spanish drops it). Not another text
    ("Its regulations have not yet been adopted"), nor a property denied ("It has not yet been used by banks", "Elle n'a pas encore été appliquée")."""
    w = cues().words
    negs = [i for i, t in enumerate(toks) if t in w["negator"]]
    if not negs or not any(t in w["still_word"] for t in toks):
        return False
    run = negs[0]
    while run + 1 < len(toks) and (toks[run + 1] in w["negator"] or toks[run + 1] in w["still_word"]
                                   or toks[run + 1] in w["auxiliary"]):
        run += 1   # "n'a pas encore", "not yet", "no ha": the negation's run of little words
    last = max(i for i in negs if i <= run)
    hit = evidence.find(toks, "enactment_step", last + 1, last + 1 + NOT_YET_REACH)
    if hit is None:
        return False
    subj = [t for t in toks[:negs[0]] if t not in w["still_word"] and t not in w["auxiliary"]]   # "It has not …"
    if not subj:
        return True   # "Aún no ha sido promulgada": the subject dropped, the text before it
    if len(subj) > SUBJECT_REACH:
        return False
    if subj[0] in w["text_pronoun"] and len(subj) == 1:
        return True
    own = [stem(t) for t in subj if evidence.find([t], "instrument") is not None]
    named = {stem(t) for t in adopted if evidence.find([t], "instrument") is not None}
    return bool(own) and set(own) <= named
