"""A "but" clause that denies what the question did not ask, after a clause that does what it asked.

"Les statistiques de fréquentation sont collectées automatiquement par l'outil d'analyse du site, mais elles ne
sont ni analysées ni publiées depuis 2021" to "Does the Government monitor/collect usage statistics …?": the first
clause's verb is the question's own (collectées / collect), the clause after "but" denies other things
(analysed, published) and names nothing the question asks. The first clause answers: yes, flagged `negation inside
a yes sentence`. "The portal is live but does not offer payment" to a question on payment still turns on the "but", and so
does a denial naming a kind of text ("…, but it is a policy and not law").
"""
from __future__ import annotations

import re

from .reading_answer import asked_stems
from .reading_clauses import Clause, negated
from .reading_declines import ASKED_STEM
from .reading_evidence import find, finite_verb
from .reading_words import cues, has_cue, starts_at, tokens

# A short word of the question that names something: an acronym or a number with letters ("AI", "IoT", "5G").
ACRONYM_RE = re.compile(r"\b\w(?=\w{1,3}\b)\w*[A-Z0-9]\w*\b")


def _asked(topic: str) -> tuple[set[str], set[str]]:
    """The question's content words: their first letters (long words) and the short names whole ("AI", "5G")."""
    long = {s[:ASKED_STEM] for s in asked_stems(topic) if len(s) >= ASKED_STEM}
    short = {m.casefold() for m in ACRONYM_RE.findall(topic)}
    return long, short


def _names(toks: list[str], long: set[str], short: set[str]) -> bool:
    return any((len(t) >= ASKED_STEM and t[:ASKED_STEM] in long) or t in short for t in toks)


VERB_WORDS = 3   # the finite verb and two words after it: "sont collectées", "are collected", "uso se monitorean"


def _ends_it(toks: list[str]) -> bool:
    """Does the denial end the thing itself ("but was closed in 2021", "mais il est hors service depuis 2021",
    "but it expired"): an `ended` cue or a negator phrase, not a plain negation of another verb?"""
    c = cues()
    return has_cue(toks, "ended") or any(starts_at(toks, i, p) for i, t in enumerate(toks)
                                         for p in c.by_first["negator"].get(t, ()))


def denies_unasked(affirmed: Clause, denial: Clause, topic: str) -> bool:
    """Does the clause after "but" deny only what was not asked, while the affirmed clause's own verb is the
    question's ("sont collectées" to "collect", "se monitorean" to "monitor")?"""
    if not topic or not negated(denial.toks) or negated(affirmed.toks) or _ends_it(denial.toks):
        return False
    if find(denial.toks, "instrument") is not None:
        return False   # "…, but it is a policy and not law": the kind of text denied may be what was asked
    verb = finite_verb(affirmed.toks)
    if verb is None:
        return False
    long, short = _asked(topic)
    return (_names(affirmed.toks[verb:verb + VERB_WORDS], long, short)
            and not _names(denial.toks, long, short))


EVALUATION_REACH = 5   # "has not been evaluated", "has not yet been assessed", "n'a pas encore été évaluée"


def evaluation_denied(toks: list[str], topic: str) -> bool:
    """"The strategy has not been assessed for its impact yet", "La stratégie n'a pas encore été évaluée": the
    negation bears on an evaluation of the thing (polarity kind `evaluation_verb`: evaluated, assessed, reviewed,
    audited; évaluée; evaluada), which presupposes the thing, and the question does not ask about an evaluation.
    Not a denial of the thing ("No strategy has been evaluated", "There is no strategy"): the negator must follow
    the subject, within EVALUATION_REACH words of the evaluation verb."""
    c = cues()
    neg = next((i for i, t in enumerate(toks) if t in c.words["negator"]), None)
    if neg is None or neg == 0 or toks[0] in {"there", "no", "none", "nothing"}:
        return False
    hit = next((i for i in range(neg + 1, min(len(toks), neg + 1 + EVALUATION_REACH + 1))
                if has_cue(toks[i:i + 1], "evaluation_verb")), None)
    if hit is None or not all(t in c.words["auxiliary"] or t in c.words["negator"] or t in VERB_GROUP_ADVERBS
                              for t in toks[neg + 1:hit]):
        return False   # "Il n'existe pas de stratégie évaluée": a noun between, the negation denies the thing
    return not any(t.startswith(EVALUATION_STEMS) for t in tokens(topic))


# Words inside a verb group between the negator and the participle ("has not yet been", "n'a pas encore été").
VERB_GROUP_ADVERBS = {"yet", "been", "ever", "formally", "fully", "independently", "externally", "still", "encore", "été",
                      "ete", "jamais", "officiellement", "aún", "aun", "todavía", "todavia", "sido", "nunca",
                      "formalmente"}
# Stems of a question that asks about an evaluation itself ("Has the strategy been evaluated?"): there the denial
# answers.
EVALUATION_STEMS = ("evaluat", "assess", "review", "audit", "évalu", "evalu", "monitor")
