"""A text said to come before what was asked ("The Master Plan pre-dates 5G", "La stratégie est antérieure à la 5G", "El Plan es anterior al 5G"): it cannot name it, no."""
from __future__ import annotations

from .reading_answer import STOP, Answer, Weighed, cite, contrasts
from .reading_clauses import Reading, clauses, negated, strip_label
from .reading_words import cues, starts_at, tokens

RULE = "the text predates what was asked"
OBJECT_REACH = 4   # "pre-dates 5G", "est antérieure à la 5G", "es anterior a la tecnología 5G"


def predates(w: Weighed, a: Answer, k: int) -> Reading | None:
    """A main clause, not denied, whose verb puts its subject before something (polarity kind `precedence_verb`:
    pre-dates, antedates; est antérieur à, précède; es anterior a, antecede) and whose object names the thing the
    question (or its item: "… in strategy: 5G") asks about: the text was made before that thing existed, so it does
    not refer to it. No, the precedence words as evidence. Not when the object is something else ("The Act predates
    the Constitution" to a question on access to information), nor when a later sentence opens on a contrast ("…
    However, the 2021 revision adds 5G"), which the reader leaves to the usual steps."""
    focus = _asked_words(a.topic)
    if not focus:
        return None
    for cl in [w.decider] + [c for c in w.mains if c is not w.decider]:
        if not cl.main or negated(cl.toks):
            continue
        hit = _precedence(cl.toks)
        if hit is None:
            continue
        i, n = hit
        named = [t for t in cl.toks[i + n:i + n + OBJECT_REACH] if t not in STOP]
        if not set(named) & focus:
            continue
        if any(contrasts(c) for s in a.sents[k + 1:] for c in clauses(strip_label(s)) if c.toks):
            return None
        return Reading("no", None, RULE, cite("negation", tuple(cl.toks[i:i + n + OBJECT_REACH]), a.sents[k]))
    return None


def _precedence(toks: list[str]) -> tuple[int, int] | None:
    """(position, length) of the first `precedence_verb` cue in the clause."""
    c = cues()
    for i, t in enumerate(toks):
        for p in c.by_first["precedence_verb"].get(t, ()):
            if starts_at(toks, i, p):
                return i, len(p)
        if t in c.words["precedence_verb"]:
            return i, 1
    return None


def _asked_words(topic: str) -> set[str]:
    """The words naming what an item asks ("Emerging technologies in strategy: 5G" -> {"5g"}), or the question's
    content words when it has no item label."""
    focus = topic.rsplit(":", 1)[-1] if ":" in topic else topic
    return {t for t in tokens(focus, "en") if t not in STOP and (len(t) > 2 or any(ch.isdigit() for ch in t))}
