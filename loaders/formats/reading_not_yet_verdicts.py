"""A first sentence that is only a not-yet verdict with a manner word ("Not systematically yet.") answers no."""
from __future__ import annotations

from .reading_answer import WEAK_KINDS
from .reading_clauses import Reading, strip_label
from .reading_evidence import Evidence
from .reading_words import cues, sentences, tokens

MANNER_WORDS = 2   # "not systematically yet", "not fully or systematically yet": a word or two of manner between


def not_yet_verdict(text: str, whole: Reading) -> Reading | None:
    """"Not systematically yet. The feedback module of the portal (Reform 1.2, milestone 9) - contract signed May
    2022.", "Pas encore de manière systématique. …", "Todavía no de forma sistemática. …": the answer's first
    sentence is only a denial with a time still to come (kinds `not_yet_open` … `not_yet_close`: not … yet; kind `not_yet_verdict`:
    pas encore, todavía no, aún no) around a word or two of manner, no verb; what follows only names or links what is coming. The verdict
    is the respondent's own answer: no, naming its words. Not when the rest affirms more than a name (a service at
    work, a text in force: read as before), nor a longer first sentence ("Not yet for all services; the portal …")."""
    if whole.answer != "yes" or whole.flag is not None or not any(whole.evidence.startswith(k) for k in WEAK_KINDS):
        return None
    sents = sentences(strip_label(text))
    if len(sents) < 2:
        return None
    toks = [t for t in tokens(sents[0]) if t.isalpha()]
    c = cues()
    # "pas encore de manière systématique": the not-yet phrase first, then the manner (a word or two and its
    # preposition and article); "not systematically yet": the manner framed by the negator and the time word
    opens = next((p for p in c.phrases["not_yet_verdict"] if tuple(toks[:len(p)]) == p), None)
    if not (_framed(toks, c.words["not_yet_open"], c.words["not_yet_close"])
            or (opens is not None and len(toks) - len(opens) <= MANNER_WORDS + 1)):
        return None
    return Reading("no", None, "a not-yet verdict first", Evidence("negation", tuple(tokens(sents[0])[:6])).describe(text))


def _framed(toks: list[str], opening: frozenset[str], closing: frozenset[str]) -> bool:
    """"not systematically yet": a negator first, a word of time still to come last, a word or two between."""
    return len(toks) >= 3 and toks[0] in opening and toks[-1] in closing and len(toks) - 2 <= MANNER_WORDS
