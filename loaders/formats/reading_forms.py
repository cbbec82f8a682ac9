"""A denial of one form of the thing asked (single, separate, distinct, dedicated, its own) beside the thing in another.

"Il n'existe pas de guichet unique de services en ligne. Quelques services existent au niveau sectoriel …",
"No existe una ventanilla única; algunos trámites se ofrecen en los portales de cada secretaría", "There is no
single portal. Some services are offered by individual ministries": what is denied is one form (a one-stop shop,
a separate policy: polarity kind `form`); the thing itself (services) is then said to exist. Yes, flagged `denied
only 'as such'`, as with "no ministry as such; the functions are carried out by …". Not when the question asks for
that form itself ("a dedicated section"), when a general measure or the regular source is named instead ("general
programmes exist", "met from the regular budget"), nor when the answer comes back to the denial at its end.
"""
from __future__ import annotations

from . import reading_evidence as evidence
from . import reading_history as history
from . import reading_references as references
from .reading_answer import Answer, Weighed, affirm_evidence, cite, points_back
from .reading_clauses import (
    FLAG_HEDGED,
    STOP,
    Clause,
    Reading,
    asks_specific,
    clauses,
    negated,
    pending,
    strip_label,
)
from .reading_evidence import ARTICLES
from .reading_words import cues, current_language, has_cue, stem, subject, tokens

ROOT = 5   # as the question's words are compared: "collected" / "collect"
FORM_REACH = 6   # "pas de guichet unique", "no existe una ventanilla única", "there is no single national portal"
# What says the thing exists in another form: not a bare statement (a plain remark is no such evidence).
THING_KINDS = {"in force", "operating", "in place"}


def asks_form(topic: str) -> bool:
    """Does the question (the form's English wording) ask for a form itself ("a dedicated section")?"""
    return bool(topic) and any(t in cues("en").words["form"] for t in tokens(topic, "en"))


def _form_word(window: list[str], topic: str) -> bool:
    """Does the window hold a form word the question does not itself ask for: a `form` word (single, separate,
    distinct, dedicated; unique, séparé; único, propio) unless the question names such a form, or a `specific` word
    (spécifique, específico, specific) unless the question asks for a specific one ("Does the Government provide
    any specific e-service(s) for women …?": there a specific one denied is the answer)?"""
    return ((has_cue(window, "form") and not asks_form(topic))
            or (has_cue(window, "specific") and not asks_specific(topic)))


def _root(t: str) -> str:
    """A word's first letters, to match a noun with its kin ("identifiant" / "identité", "services" / "service")."""
    return t[:ROOT] if len(t) >= ROOT else stem(t)


def form_denied(cl: Clause, topic: str = "") -> set[str] | None:
    """The denied thing's own words (their roots) when the clause denies a particular form of it: a negation, then
    within FORM_REACH words a form word. None when the clause is no such denial (a status, a pointer back), or when
    the question asks for that form itself."""
    toks = cl.toks
    c = cues()
    if not negated(toks) or pending(toks, cl.names) or points_back(toks):
        return None
    neg = next((i for i, t in enumerate(toks) if t in c.words["negator"]), None)
    if neg is None or not _form_word(toks[neg + 1:neg + 1 + FORM_REACH], topic):
        return None
    skip = (STOP | c.words["negator"] | c.words["form"] | c.words["specific"] | c.words["existential"]
            | c.words["auxiliary"])
    words = [part for t in toks[neg + 1:] for part in t.split("-")]   # "e-services" names services
    return {_root(t) for t in words if t.isalpha() and len(t) > 2 and t not in skip}


def thing_in_other_form(denied: set[str], cl: Clause) -> bool:
    """Does the clause say the denied thing exists, works or is in force (its subject names one of the denied
    thing's own words: "Quelques services existent", "Some services are offered"), and no general measure?"""
    if cl.stance or negated(cl.toks) or pending(cl.toks, cl.names) or has_cue(cl.toks, "general"):
        return False
    found = affirm_evidence([cl], " ".join(cl.toks))
    return found is not None and found[0] in THING_KINDS and bool(denied & _heads(cl.toks))


HEAD_WORDS = 2   # French and Spanish name the head first, perhaps after a quantifier: "quelques services", "algunos trámites"


def _heads(toks: list[str]) -> set[str]:
    """The roots of the words that may head the clause's subject: its last word in English ("a number of services",
    not "digital" in "a digital coordination unit"), its first two words in French and Spanish ("quelques services",
    "l'identifiant unique du citoyen"). None in English when the subject opens on a body ("The Agency for Digital
    Development is responsible for the topic": a body, not the "development goals" a strategy was denied to refer to;
    the demo generator's read-back found it)."""
    subj = subject(toks)
    words = [t for t in subj if t.isalpha() and t not in STOP and t not in ARTICLES]
    if not words:
        return set()
    if current_language() == "en":
        return set() if _body_headed(subj) else {_root(words[-1])}
    return {_root(t) for t in words[:HEAD_WORDS]}


def _body_headed(subj: list[str]) -> bool:
    """Does an English subject open on a body that a post-modifier follows ("the Agency for Digital Development", "the
    Ministry of …"), so that its last word is the body's field, not its head? Not "Government procurement"."""
    at = next((i for i, t in enumerate(subj) if t not in ARTICLES), None)
    return (at is not None and evidence.find(subj, "body", at, at + 1) is not None
            and subj[at + 1:at + 2] in (["for"], ["of"], ["on"]))


def _denied_again(denied: set[str], sents: list[str]) -> bool:
    """Does a later sentence deny the thing again ("But a law on digital identity as such – no.")?"""
    for sentence in sents:
        toks = tokens(sentence)
        if negated(toks) and denied & {_root(t) for t in toks}:
            return True
    return False


def form_denied_thing_later(w: Weighed, a: Answer, k: int) -> Reading | None:
    """A lead sentence denying one form of the thing, and a later sentence saying the thing exists in another form:
    yes, flagged as denied only in its form. Not after the regular source ("… funded from the regular budget"),
    nor after a pointer."""
    denied = form_denied(w.decider, a.topic)
    if not denied:
        return None
    for j, sentence in enumerate(a.sents[k + 1:], k + 1):
        sentence = strip_label(sentence)
        if references.is_pointer(sentence):
            continue
        mains = [cl for cl in clauses(sentence) if cl.main]
        if not mains or history.from_general_source(mains, a.topic) is not None:
            continue
        if thing_in_other_form(denied, mains[0]):
            if _denied_again(denied, a.sents[j + 1:]):
                return None
            found = affirm_evidence(mains[:1], sentence)
            return Reading("yes", FLAG_HEDGED, "a form denied, the thing in another form",
                           cite(found[0], found[1], sentence))
    return None
