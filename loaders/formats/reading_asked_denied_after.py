"""A text affirmed, then a later sentence in which the text itself ("It does not …") is denied what the question asks of it."""
from __future__ import annotations

from .reading_answer import Answer, asked_stems, denial_evidence
from .reading_clauses import FLAG_UNDONE, Reading, clauses, negated, pending, strip_label
from .reading_words import cues

# The pronouns that take up the text just affirmed ("It does not …", "This does not …").
SAME_TEXT = {"it", "this", "elle", "il", "celle-ci", "celui-ci", "ella", "esta", "este", "ésta", "éste"}
ASKED_STEM = 5            # "reference" / "referenced": the question's own words, compared on their first letters
ASKED_WORDS_DENIED = 2    # "make specific reference to": at least two of the question's words after the negation


def asked_denied_after(a: Answer, k: int) -> Reading | None:
    """"Digital Plan 2025 is a national strategy applicable to all levels of government. It does not make specific
    reference to local strategies …" on "Does the national e-government strategy make specific reference to … local
    … strategy?": the first sentence affirms only the text the question is about; a later sentence takes that text up
    by a pronoun and denies, in the question's own words, what is asked of it. No, flagged: the text exists, and
    what else the answer says of it may still be read as the thing asked (round nineteen Y)."""
    if not a.topic:
        return None
    asked = {s[:ASKED_STEM] for s in asked_stems(a.topic) if len(s) >= ASKED_STEM}
    negators = cues().words["negator"]
    for sentence in a.sents[k + 1:]:
        mains = [cl for cl in clauses(strip_label(sentence)) if cl.main]
        if not mains:
            continue
        first = mains[0]
        if not first.toks or first.toks[0] not in SAME_TEXT or not negated(first.toks) or pending(first.toks,
                                                                                                   first.names):
            continue
        neg = next((i for i, t in enumerate(first.toks) if t in negators), None)
        if neg is None:
            continue
        named = {t[:ASKED_STEM] for t in first.toks[neg + 1:] if t.isalpha() and len(t) >= ASKED_STEM}
        if len(asked & named) >= ASKED_WORDS_DENIED:
            return Reading("no", FLAG_UNDONE, "the text affirmed, then denied what was asked of it",
                           denial_evidence(first, a))
    return None
