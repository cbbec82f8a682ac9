"""A later sentence denying a thing not yet spoken of, its subject opened by an indefinite article ("A national open data portal has not been implemented yet"): an absence of what was asked."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, denial_evidence, points_back
from .reading_clauses import FLAG_UNDONE, STOP, Reading, clauses, negated, strip_label
from .reading_words import cues, subject, tokens

NEGATOR_REACH = 3   # the negator right after the subject: "… portal has not", "… portal no se ha", "… portail n'a pas"
ASKED_PREFIX = 5    # "portal" / "portals" / "portail": the question's words compared on their first letters


def new_thing_denied_after(a: Answer, k: int) -> Reading | None:
    """"La ONEI publica en su sitio (url) el Anuario …. Un portal nacional de datos abiertos no se ha implementado
    aún" on the open-data item: after an affirmation of something else, a later sentence opens on an indefinite
    subject (cue kind `indefinite_article`: a, an; un, une; un, una) holding a service or a text (a portal, a
    platform, a law) that shares a word with the question, and denies it. An indefinite subject is a thing not yet
    spoken of, so its denial says it is absent, as "There is no open data portal" does (reading_later_sentences
    .undone_after reads that one): the thing asked is denied in its own sentence. No, flagged: what was affirmed may
    still be taken for it (round twenty-three HH). Not a definite subject ("The portal does not offer APIs": a
    property of the thing affirmed), nor one sharing no word with the question ("A mobile app has not been
    developed")."""
    if not a.topic:
        return None
    asked = _prefixes(tokens(a.topic, "en"))
    for sentence in a.sents[k + 1:]:
        mains = [cl for cl in clauses(strip_label(sentence)) if cl.main]
        if not mains:
            continue
        first = mains[0]
        subj = _indefinite_subject(first.toks)
        if subj and negated(first.toks) and not points_back(first.toks) and _prefixes(subj) & asked:
            return Reading("no", FLAG_UNDONE, "an affirmation, then a new thing of what was asked denied",
                           denial_evidence(first, a))
    return None


def _indefinite_subject(toks: list[str]) -> list[str] | None:
    """The subject of a clause opened by an indefinite article, when it names a service or a text and the clause's
    negator follows it closely; else None."""
    if not toks or toks[0] not in cues().words["indefinite_article"]:
        return None
    subj = subject(toks)
    if evidence.find(subj, "service") is None and evidence.find(subj, "instrument") is None:
        return None
    negators = cues().words["negator"]
    neg = next((i for i, t in enumerate(toks) if t in negators), None)
    return subj if neg is not None and len(subj) <= neg <= len(subj) + NEGATOR_REACH else None


def _prefixes(toks: list[str]) -> set[str]:
    return {t[:ASKED_PREFIX] for t in toks if len(t) >= ASKED_PREFIX and t.isalpha() and t not in STOP}
