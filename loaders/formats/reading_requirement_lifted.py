"""A requirement as the subject of an abolition ("la production de l'extrait … a été supprimée"): a burden lifted, no denial."""
from __future__ import annotations

from .reading_forwarded import ARTICLES
from .reading_words import cues

SUBJECT_REACH = 16  # "la production de l'extrait d'acte de naissance a été …": the noun heads the words before the verb
AUX_REACH = 2     # "a été supprimée", "fue suprimida", "has been abolished": the auxiliary just before the participle


def requirement_lifted(toks: list[str], i: int) -> bool:
    """Is the negator at toks[i] an abolition participle ("supprimée", "suprimida", "abolished") whose clause's
    subject is a requirement (kind `requirement_noun`: "la production de …", "l'exigence de …", "la presentación
    de …", "the requirement to …"), in the passive ("a été supprimée", "fue suprimida", "has been abolished")? Then
    what is abolished is a burden on the user: the measure asked about ("documents no longer required", the
    once-only idea), not a denial of it (round twenty-four JJ). Not a negation word ("n'a pas été supprimée": the
    negator comes before the participle and decides), nor a body or text abolished ("Le ministère a été supprimé")."""
    c = cues()
    if not toks or i < 2 or toks[i] not in c.words["negator"]:
        return False
    if not any(t in c.words["auxiliary"] or t in c.words["passive_be"] for t in toks[max(0, i - AUX_REACH):i]):
        return False
    start = max(0, i - AUX_REACH - SUBJECT_REACH)   # past a fronted adjunct ("Dans le cadre de …, la production …")
    head = toks[start:i]
    if any(t in c.words["negator"] for t in head):
        return False
    # the noun heads the subject: after an article, not inside a complement ("Le comité chargé de la production …")
    return any(toks[k] in c.words["requirement_noun"] and toks[k - 1] in ARTICLES
               and (k < 2 or toks[k - 2] not in c.words["object_preposition"]) for k in range(max(start, 1), i))
