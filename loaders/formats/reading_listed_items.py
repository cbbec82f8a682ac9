"""A specific text denied for some of the things a question lists, and a text in force named for another of them."""
from __future__ import annotations

import re

from . import reading_references as references
from .reading_answer import Answer, Weighed, affirm_evidence, cite
from .reading_clauses import FLAG_MIXED, Reading, clauses, negated, pending, strip_label
from .reading_words import cues, has_cue, tokens

ITEM_STEM = 5     # "robotique" / "robotics", "intelligence artificielle" / "artificial intelligence": by first letters
MIN_ITEMS = 3     # an enumeration ("artificial intelligence, robotics, blockchain, 5G and IoT"), not one example
ITEM_BREAKS = re.compile(r",|;|\band\b|\bor\b|\betc\b|\?|\)|\(")


def _stems(toks: list[str]) -> set[str]:
    """Words by their first letters, and a word with a digit whole ("5g")."""
    return {t[:ITEM_STEM] for t in toks if t.isalpha() and len(t) >= ITEM_STEM} | {
        t for t in toks if t.isalnum() and any(ch.isdigit() for ch in t) and any(ch.isalpha() for ch in t)}


def listed_items(topic: str) -> list[set[str]]:
    """The things a question lists after "such as" (cue kind `list_opener`, read on the form's English wording) up to
    the end of its sentence, each as its stems; fewer than MIN_ITEMS is no list ("such as scenario planning, in
    visioning the future …" gives an example, not a list), and a question put for one item of it asks that item."""
    low = topic.casefold()
    c = cues("en")
    openers = [" ".join(p) for p in c.phrases.get("list_opener", ())] + sorted(c.words.get("list_opener", ()))
    ats = [low.find(o) + len(o) for o in openers if o in low]
    if not ats:
        return []
    listed, *rest = re.split(r"[?.]", low[min(ats):], maxsplit=1)
    if rest and ":" in rest[0]:
        return []   # "… (IoT)? … Emerging technologies in strategy: Robotics": one item of the list is asked
    items = [_stems(tokens(piece, "en")) for piece in ITEM_BREAKS.split(listed)]
    items = [i for i in items if i]
    return items if len(items) >= MIN_ITEMS else []


def other_item_in_force(w: Weighed, a: Answer, k: int) -> Reading | None:
    """"Il n'existe pas de législation spécifique à l'IA ou à la robotique. … Blockchain : la loi du 1er mars 2019 …
    permet …" on "… legislation on … such as artificial intelligence, robotics, blockchain, 5G …": the denial is of a
    specific text on some of the things the question lists; a later main clause, neither denied nor pending, names a
    text in force or operating on another of them. The question is answered for that thing: yes, flagged mixed (in
    force for one part). Not when the later text names only what the denial named, or none of the listed things ("No
    specific AI law. The Data Protection Act 2018 applies to AI systems") (round nineteen Y)."""
    denial = w.decider.toks
    if not a.topic or not negated(denial) or pending(denial, w.decider.names) or not has_cue(denial, "specific"):
        return None
    items = listed_items(a.topic)
    denied_stems = _stems(denial)
    denied = [i for i in items if i & denied_stems]
    if not denied:
        return None
    others = [i for i in items if i not in denied]
    for sentence in a.sents[k + 1:]:
        if references.is_pointer(sentence):
            continue
        body = strip_label(sentence)
        mains = [cl for cl in clauses(body) if cl.main and not negated(cl.toks) and not pending(cl.toks, cl.names)]
        found = affirm_evidence(mains, body) if mains else None
        if found is None or found[0] not in {"in force", "operating"}:
            continue
        if any(i & _stems(tokens(sentence)) for i in others):
            return Reading("yes", FLAG_MIXED, "a specific text denied for some listed things, another's in force",
                           cite(found[0], found[1], sentence))
    return None
