"""A denial or a status short of in force, then "However," and something operating: yes, flagged for a reviewer.

Round fourteen (L): "The e-services module of the Government Portal is yet to be launched. However, some MACs are
providing services online on their own platforms …" and "There is no centralized system for monitoring usage at the
moment. However, individual institutions collect usage statistics …" were read no: the first sentence denies (or gives
a status to) one form of the thing, and the contrast that follows says the thing is done, by each body in its own
way. That each body does it its own way (status class `otherwise`) is not a status of what the contrast names.
"""
from __future__ import annotations

import re

from . import reading_evidence as evidence
from .reading_answer import STOP, Answer, Weighed, affirm_evidence, asked_stems, cite, contrasts, stems
from .reading_clauses import FLAG_CONTRADICTED, Clause, Reading, clauses, negated, pending, strip_label
from .reading_words import cues, has_cue, language, tokens

RULE = "a denial, then a contrast naming something done"


# A denial that the thing exists (EN, FR, ES), not of a relation of something that exists ("is not related to").
EXISTENCE_DENIED = (("there", "is", "no"), ("there", "are", "no"), ("existe", "pas"), ("existe", "aucun"),
                    ("existe", "aucune"), ("y", "a", "pas"), ("no", "existe"), ("no", "existen"), ("no", "hay"),
                    ("no", "se", "cuenta"))


def _denies_existence(toks: list[str]) -> bool:
    return any(tuple(toks[i:i + len(p)]) == p for p in EXISTENCE_DENIED for i in range(len(toks)))


def _without_own_way(toks: list[str]) -> list[str]:
    """The clause without the words saying each body does it its own way ("on their own platforms")."""
    found = evidence.find(toks, "otherwise")
    while found is not None:
        i, cue = found
        toks = toks[:i] + toks[i + len(cue):]
        found = evidence.find(toks, "otherwise")
    return toks


def operating_after_contrast(w: Weighed, a: Answer, k: int) -> Reading | None:
    """After a denial or a status (sentence k), the next sentence opens on a contrast ("However,", "Cependant,",
    "Sin embargo,") and states, in a main clause neither denied nor short of in force, something done now (a finite
    verb): yes, flagged. "No data protection law. However, a Bill is before Parliament." stays no (a bill)."""
    if k + 1 >= len(a.sents):
        return None
    if not (_denies_existence(w.decider.toks) or pending(w.decider.toks, w.decider.names)):
        return None   # "The strategy is not explicitly related to the SDGs. However, …": a relation denied, not a thing
    sentence = strip_label(a.sents[k + 1])
    cls = _contrast_set_off(a, [cl for cl in clauses(sentence) if cl.main])
    # the contrast opens the sentence ("However, …") or stands inside its first clause ("La DGS diffuse toutefois
    # ses séries …", "The Bureau, however, publishes …", "El INE publica, sin embargo, …") (round twenty-one CC)
    if not cls or not cls[0].toks or not contrasts(cls[0]):
        return None
    for cl in cls:
        toks = _without_own_way(cl.toks)
        if negated(toks) or pending(toks, cl.names) or evidence.finite_verb(toks[1:]) is None:
            return None
        if has_cue(toks, "draft_noun"):
            return None
    told = stems([t for cl in cls for t in cl.toks if t not in STOP and len(t) > 3])
    denied = stems([t for t in w.decider.toks if t not in STOP and len(t) > 3])
    if not told & (denied | asked_stems(a.topic)) and not _address_asked(a.topic, cls):
        return None   # "… not related to the SDGs. However, Denmark is engaged in …": about something else
    opens = 1 if cls[0].toks[0] in cues().words["contrast"] else 0
    verb = evidence.finite_verb(cls[0].toks[opens:])
    if verb is None:
        return None
    return Reading("yes", FLAG_CONTRADICTED, RULE, cite("operating", (cls[0].toks[opens + verb],), sentence))


def _address_asked(topic: str, cls: list) -> bool:
    """The question asks for links (polarity kind `link_word`: "Please provide links for portals …") and the contrast
    gives the address where the thing is done ("… diffuse toutefois ses séries en accès libre sur https://…"): the
    address answers what was asked, whatever words it shares with the denial (round twenty-one CC)."""
    with language("en"):
        asks = has_cue(tokens(topic), "link_word")
    return asks and any("url" in cl.toks for cl in cls)


def _contrast_set_off(a: Answer, cls: list[Clause]) -> list[Clause]:
    """A contrast set off by commas inside the sentence splits it ("The Bureau, however, publishes …", "El Instituto
    publica, sin embargo, sus series …"): the subject and the verb are one clause again, the contrast inside it."""
    if len(cls) < 2 or not cls[1].toks or cls[1].toks[0] not in cues().words["contrast"]:
        return cls
    if evidence.finite_verb(cls[0].toks) is not None and evidence.finite_verb(cls[1].toks[1:]) is not None:
        return cls   # two clauses of their own: "The portal is down, however the data are published …"
    merged = Clause(cls[0].toks + cls[1].toks, True, cls[0].joint, [], cls[0].names | cls[1].names)
    return [merged] + cls[2:]


def contrast_affirms_after(w: Weighed, a: Answer, k: int) -> bool:
    """After a denial (sentence k), the next sentence opens on a contrast and one of its main clauses names
    something in force, adopted or operating, even when another of its clauses is short of it: the denial may be of
    a word only ("Not mentioned with this term. However, the Government adopted the "paperless government" policy, …
    and the paper-based services are delivered only upon request"). The `no` stays; a reviewer should look (round
    twenty-two, mn_khural_resolutions 27). Unlike `operating_after_contrast`, it asks no clause to be free of a status."""
    if k + 1 >= len(a.sents) or not negated(w.decider.toks):
        return False
    sentence = strip_label(a.sents[k + 1])
    cls = [cl for cl in clauses(sentence) if cl.main]
    if not cls or not cls[0].toks or cls[0].toks[0] not in cues().words["contrast"]:
        return False
    # each part between commas on its own: one clause can hold what was adopted and what is still on paper
    for part in re.split(r",\s+", sentence):
        for cl in clauses(part):
            found = None if has_cue(cl.toks, "draft_noun") else affirm_evidence([cl], part)
            if cl.main and found is not None and found[0] in {"in force", "operating", "in place"}:
                return True
    return False
