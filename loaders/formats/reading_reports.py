"""A report's or letter's own sections: challenges and way forward after an achievement, a letter's closing formula."""
from __future__ import annotations

from . import reading_evidence as evidence
from . import reading_history as history
from .reading_answer import (
    cite,
)
from .reading_clauses import (
    STOP,
    Reading,
    about,
    strip_label,
)
from .reading_words import (
    cues,
    starts_at,
    stem,
    tokens,
)


def _same_thing(outlook: tuple[str, str], topic: str) -> bool:
    """Do a report's challenges speak of the same thing as its achievement or the question (a content word in
    common: "the position was created … Challenges: the position remained vacant"), not of something else
    ("… in force. Challenges: lack of staff")?"""
    skip = STOP | cues().words["negator"] | cues().words["auxiliary"]
    words = {stem(t) for t in tokens(outlook[0]) if t.isalpha() and len(t) > 3 and t not in skip}
    later = [t for t in tokens(outlook[1]) if t.isalpha() and len(t) > 3 and t not in skip]
    return any(stem(t) in words for t in later) or (bool(topic) and about(later, topic))


def outlook_decides(outlook: tuple[str, str], topic: str, edition: int | None, read) -> Reading | None:
    """A report's achievement, then its challenges or way forward (`outlook`, from report_outlook): the later
    section decides when it denies the same thing, or when it is only an adoption step still to come; else None,
    and the achievement is read. `read` is the reader of a whole answer (reading_polarity.read)."""
    later = read(outlook[1], topic, edition)
    if later.answer == "no" and _same_thing(outlook, topic):   # "Challenges: … the position remained vacant"
        done = read(outlook[0], topic, edition)
        flag = later.flag or (history.FLAG_PAST if done.answer == "yes" else None)  # a past event, then a denial
        return Reading("no", flag, "a report's challenges or way forward", later.evidence)
    step = [t for t in tokens(outlook[1]) if t in cues().words["adoption_noun"]]
    if later.answer != "no" and step and evidence.finite_verb(tokens(outlook[1])) is None:
        # "Way forward: Cabinet approval.", "Perspectives : son adoption par …": the adoption is still to come
        return Reading("no", None, "a report's challenges or way forward", cite("status awaited", tuple(step),
                                                                                 outlook[1]))
    return None


def up_to_sign_off(sents: list[str]) -> list[str]:
    """The sentences up to a formal letter's closing formula (kind `sign_off`: "ATENTAMENTE", "Sin más por el
    momento", "Veuillez agréer", "Yours faithfully"): what follows is its signature and copy list ("Lic. Mariana
    Salgado Ibarra. c.c.p. Coordinación de Estrategia Digital Nacional."), no answer."""
    for k, sentence in enumerate(sents):
        toks = tokens(strip_label(sentence))
        if toks and any(starts_at(toks, 0, p) for p in cues().by_first["sign_off"].get(toks[0], ())) \
                or toks[:1] and toks[0] in cues().words["sign_off"]:
            return sents[:k + 1]
    return sents
