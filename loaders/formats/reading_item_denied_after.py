"""An item asked by name, affirmed only of something else, then denied by name in a later sentence ("… (3G/4G). La 5G n'est pas évoquée"): no."""
from __future__ import annotations

from .reading_answer import Answer, denial_evidence
from .reading_clauses import FLAG_UNDONE, STOP, Reading, clauses, negated, pending, strip_label
from .reading_words import cues, stem, subject, tokens

GENERIC = {"other", "others", "emerging", "technologies", "technology", "new"}   # "Other emerging technologies": no name


def item_words(topic: str) -> set[str]:
    """The words naming the item asked about, from its label after the last colon of the question's wording
    ("Emerging technologies in strategy: 5G" -> {"5g"}; "…: Internet of Things (IoT)" -> {"internet", "things",
    "iot"}); empty for an item named only in general ("Other emerging technologies") or no item at all."""
    tail = topic.rsplit("?", 1)[-1]
    if ":" not in tail:
        return set()
    words = {stem(t) for t in tokens(tail.rsplit(":", 1)[1], "en") if t.isalnum() and len(t) > 1 and t not in STOP}
    return set() if words & GENERIC else words


def item_denied_after(a: Answer, k: int) -> Reading | None:
    """On an item asked by name ("5G" under "Does the strategy make specific reference to … 5G …?"), sentence k
    affirms something that does not name the item ("La PNDTIC vise le développement du haut débit mobile (3G/4G)",
    "The Strategy promotes mobile broadband (4G)", "La Estrategia impulsa la banda ancha móvil (4G)"), and a later
    sentence's first main clause has the item as its subject and denies it ("La 5G n'est pas évoquée", "5G is not
    mentioned", "La 5G no se menciona"): the denial of the item's own name decides, no, citing it; flagged as
    undone, the affirmed text being still there. Not when the item is named in or before sentence k ("The Strategy
    promotes 5G pilots. Standalone 5G is not mentioned": what is affirmed may be the item itself), nor for an item
    named only in general ("Other emerging technologies"), nor when the later clause is pending (a status)."""
    names = item_words(a.topic)
    if not names or any(stem(t) in names for s in a.sents[:k + 1] for t in tokens(strip_label(s))):
        return None
    negators = cues().words["negator"]
    for sentence in a.sents[k + 1:]:
        mains = [cl for cl in clauses(strip_label(sentence)) if cl.main]
        if not mains:
            continue
        first = mains[0]
        if not negated(first.toks) or pending(first.toks, first.names):
            continue
        subj = [t for t in subject(first.toks) if t not in negators]
        if any(stem(t) in names for t in subj):
            return Reading("no", FLAG_UNDONE, "the item denied by name after an affirmation of another thing",
                           denial_evidence(first, a))
    return None
