"""An interview transcript given as the answer: its spoken answers decide, a conclusion or a later answer correcting."""
from __future__ import annotations

from dataclasses import replace

from .reading_clauses import (
    FLAG_NOTHING,
    Reading,
)
from .reading_words import (
    cues,
    has_cue,
    sentences,
    starts_at,
    tokens,
)


def transcript(turns: list[tuple[bool, str]], topic: str, edition: int | None, read) -> Reading:
    """An interview transcript: the interviewer's turns ask, they never affirm ("Q: Is there a CIO?"); the
    answers decide, a later answer correcting an earlier one. A concluding "So, no." / "Donc non." closing the
    answers decides; else a later answer giving a Yes or No of its own to a follow-up ("Q: In the programme? A:
    No, it was just the pilot.", "Q: Nothing for tax? A: Oh, tax, yes – the e-tax system") corrects what came
    before, unless the follow-up only asks for more ("Anything else? – No, thank you.")."""
    answers = [(k, words) for k, (asked, words) in enumerate(turns) if not asked]
    if not answers:
        return Reading("unknown", FLAG_NOTHING, "nothing affirms or denies")
    said = " ".join(words for _, words in answers)
    concluded = _conclusion(sentences(answers[-1][1])[-1])
    if concluded is not None:
        r = read(concluded, topic, edition)
        if r.answer in {"yes", "no"}:
            return replace(r, rule="a spoken answer's conclusion")
    base = read(said, topic, edition)
    for n in range(len(answers) - 1, 0, -1):
        k, words = answers[n]
        asked = [w for a, w in turns[:k] if a]
        if asked and has_cue(tokens(asked[-1]), "addition"):
            continue   # "Anything else?": a No denies only more
        word = _answer_word(sentences(words)[0])
        if word is None or word == base.answer:
            continue
        r = read(" ".join(w for _, w in answers[n:]), topic, edition)
        if r.answer == word:
            return replace(r, rule="a later answer corrects")
    return base


PUNCT = {",", ";", ":", "–", "—", "-"}


def _answer_word(sentence: str) -> str | None:
    """A Yes or No standing as an answer of its own in a spoken sentence ("No, it was just the pilot.", "Oh, tax,
    yes – …", "– hmm, no, it's in the action plan"): between punctuation or the sentence's ends; not the
    determiner of "no legal act"."""
    toks = tokens(sentence)
    w = cues().words
    for i, t in enumerate(toks):
        if (t in w["explicit_yes"] or t in w["explicit_no"]) and (i == 0 or toks[i - 1] in PUNCT) and (
                i == len(toks) - 1 or toks[i + 1] in PUNCT):
            return "yes" if t in w["explicit_yes"] else "no"
    return None


NOT_CONCLUDING = {"far", "that", "much", "many", "long", "called"}   # "So far …", "so that …": no conclusion


def _conclusion(sentence: str) -> str | None:
    """A concluding sentence closing a spoken answer ("So, no.", "So there is no legal act yet.", "Donc non.",
    "Entonces, todavía no."): its words after the conclusion word, which decide. None when it is no conclusion
    ("So far, 40 agencies …")."""
    toks = tokens(sentence)
    c = cues()
    for p in c.by_first["conclusion"].get(toks[0], ()) + (((toks[0],),) if toks and toks[0] in c.words[
            "conclusion"] else ()):
        if starts_at(toks, 0, p):
            rest = [t for t in toks[len(p):] if t not in PUNCT]
            if rest and rest[0] not in NOT_CONCLUDING:
                return sentence[len(sentence) - len(sentence.lstrip()):].split(None, len(p))[-1].lstrip(" ,:;–—-")
    return None
