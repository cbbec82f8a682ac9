"""Affirmations undone by time: a text whose entry into force is deferred or still to come, a statement that holds only in times that are not now, a named thing suspended since, an operating service beside the text asked for still in draft."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, Weighed, cite, denial_evidence
from .reading_clauses import FLAG_UNDONE, Reading, clauses, negated, pending, strip_label
from .reading_entry_lapse import FLAG_LAPSE, counted_from_event, told_to_come
from .reading_entry_on_act import act_told_done, entry_on_act
from .reading_entry_words import deferred_entry, find_entry, future_entry, unmet_condition
from .reading_fronted_adjunct import own_subject_after_adjunct
from .reading_words import language, stem, tokens

# The pronouns that take up the text just named ("It will enter into force …", "Elle entrera …", "Esta regirá …").
SAME_TEXT = {"it", "this", "its", "elle", "il", "celle-ci", "celui-ci", "ella", "esta", "este", "la", "le", "el"}


def undone_now(w: Weighed, a: Answer, k: int, found: tuple[str, tuple[str, ...]] | None) -> Reading | None:
    """The rules of this module, in order, on an affirmation of sentence k: None when none applies."""
    if found is None:
        return None
    return (_entry_put_off(w, a, k, found) or _condition_not_now(a, k) or _suspended_since(a, k, found)
            or _text_asked_in_draft(w, a, k, found))


def _instruments(toks: list[str]) -> set[str]:
    return {stem(t) for t in toks if evidence.find([t], "instrument") is not None}


def _entry_put_off(w: Weighed, a: Answer, k: int, found: tuple[str, tuple[str, ...]]) -> Reading | None:
    """"Ley … publicada (2019), entrada en vigencia diferida", "The Law … was adopted … and signed … It will enter
    into force after …": the text affirmed (published, adopted, signed) does not apply yet, its entry into force is
    deferred or still to come. The clause must be about the same text: a pronoun taking it up, the text's own noun,
    or a verbless status ("entrée en vigueur différée"); not another text ("amendments will enter into force in
    2023" beside an Act in force). No, flagged: the text exists."""
    named = set().union(*(_instruments(cl.toks) for cl in [w.decider] + w.mains))
    for j in range(k, len(a.sents)):
        for cl in clauses(strip_label(a.sents[j])):
            # "It enters into force twelve months after publication": counted from an event (round twenty AA)
            lapse = counted_from_event(cl.toks, a.sents[:j + 1], a.edition)
            # "Conforme a su art. 31, entra en vigencia a partir de su reglamentación": waiting on an act (CC)
            on_act = entry_on_act(cl.toks) if not act_told_done(a.sents, j) else None
            cue = deferred_entry(cl.toks) or future_entry(cl.toks) or lapse or on_act
            if cue is None or (negated(cl.toks) and not pending(cl.toks)):
                continue   # "is yet to be gazetted, and will come into operation …": a step awaited, no denial (OO)
            subj = own_subject_after_adjunct(cl)   # "Under its section 64, it will …": "it", not "section 64"
            own = _instruments(subj)
            if own and not own <= named or evidence.extends(subj) or _revision_or_draft(subj, [w.decider] + w.mains):
                continue   # another text: "amendments will enter into force in 2023", "the new Bill will …"
            # a verbless status ("…, entrée en vigueur différée"), a pronoun or the text's own noun, or no subject
            # at all ("Entrará en vigencia cuando …")
            opens = any(find_entry(cl.toks, kind, 0, 1) for kind in ("entry_noun", "deferral", "future_entry"))
            # a lapse's clause names no other text (checked above): "They enter into force 180 days from …"
            if lapse is not None and cue is lapse and not told_to_come(a.sents, j):
                # the lapse may have run by the status date, which the reader does not know: as read, flagged
                return Reading("yes", FLAG_LAPSE, w.rule, cite(found[0], found[1], a.sents[k]))
            if opens or deferred_entry(cl.toks) or subj[:1] and subj[0] in SAME_TEXT or own or lapse or on_act:
                return Reading("no", FLAG_UNDONE, "adopted, entry into force deferred or to come",
                               cite("status planned", cue, a.sents[j]))
    return None


def _revision_or_draft(subj: list[str], named: list) -> bool:
    """A subject naming an amendment or a draft ("However, its amendments will …", "Toutefois, le nouveau projet de
    loi …", "Su reforma entrará …") when the affirmed clauses name none: another text than the one affirmed, whose
    start says nothing of it (round twenty-three HH: once a fronted contrast word was read past, "its" opened them)."""
    return any(evidence.find(subj, kind) is not None and not any(evidence.find(cl.toks, kind) for cl in named)
               for kind in ("revision", "draft"))


def _condition_not_now(a: Answer, k: int) -> Reading | None:
    """"In peacetime, reports … are published …. For the period of martial law, … the reports are not being
    published": the affirmation holds only under a condition that does not hold now, and a later sentence denies or
    suspends it for now. No, flagged (the rule still exists)."""
    if unmet_condition(tokens(a.sents[k])) is None:
        return None
    for sentence in a.sents[k + 1:]:
        for cl in clauses(strip_label(sentence)):
            if cl.main and (negated(cl.toks) or find_entry(cl.toks, "suspension") is not None):
                return Reading("no", FLAG_UNDONE, "only in times that are not now", denial_evidence(cl, a))
    return None


def _suspended_since(a: Answer, k: int, found: tuple[str, tuple[str, ...]]) -> Reading | None:
    """"The national platform for consultations "X" (url). Acceptance of new consultations was suspended … and has not
    been resumed": a thing only named (no verb says it operates), then said suspended, with no later word that it
    was restored. No, flagged. A thing said in force or operating ("The Law … remains in force. However, its
    application is suspended") keeps its yes."""
    if evidence.finite_verb(tokens(a.sents[k])) is not None and found[0] not in {"named", "link"}:
        return None
    for j in range(k + 1, len(a.sents)):
        for cl in clauses(strip_label(a.sents[j])):
            hit = find_entry(cl.toks, "suspension")
            if not cl.main or hit is None:
                continue
            if _restored(a.sents[j:]):
                return None
            return Reading("no", FLAG_UNDONE, "named, then suspended", cite("no longer", hit[1], a.sents[j]))
    return None


def _restored(sents: list[str]) -> bool:
    """A later clause, not negated, saying the suspended thing was restored or resumed."""
    return any(find_entry(cl.toks, "resumption") is not None and not negated(cl.toks)
               for s in sents for cl in clauses(strip_label(s)))


def _text_asked_in_draft(w: Weighed, a: Answer, k: int, found: tuple[str, tuple[str, ...]]) -> Reading | None:
    """"Plateforme nat. d'interopérabilité opérationnelle depuis 2021. Texte : avant-projet de décret … en cours de
    validation": the question asks for a text (legislation, law or regulation), the answer affirms a service
    operating (no text named), and a later sentence gives the text's own status, short of in force. The text's
    status answers: no, flagged (the service is there)."""
    if found[0] != "operating" or not a.topic:
        return None
    with language("en"):
        asks_text = _names_text(tokens(a.topic))
    if not asks_text or any(_names_text(cl.toks) for cl in [w.decider] + w.mains):
        return None
    for sentence in a.sents[k + 1:]:
        for cl in clauses(strip_label(sentence)):
            if not cl.main or not _names_text(cl.toks) or negated(cl.toks):
                continue
            if not pending(cl.toks, cl.names):
                return None   # "La Ley 20.285 garantiza el derecho de acceso …": the text is there
            if evidence.handled_otherwise(cl.toks):
                continue   # "Cada región tiene su propia ley": other texts elsewhere, not this one's status
            return Reading("no", FLAG_UNDONE, "a service operating, the text asked for in draft",
                           denial_evidence(cl, a))
    return None


def _names_text(toks: list[str]) -> bool:
    return evidence.find(toks, "instrument") is not None or evidence.find(toks, "legal_word") is not None


def inapplicable_then_draft(a: Answer, flag: str | None) -> Reading | None:
    """"Sans objet à ce stade. Avant-projet de stratégie … en cours de validation", "N/A for now. A draft policy is
    being prepared": not applicable yet, and a later sentence names only a draft: nothing in force, no (the flag of
    the decline stays: not applicable may also be read as declined)."""
    for sentence in a.sents[1:]:
        for cl in clauses(strip_label(sentence)):
            if cl.main and not negated(cl.toks) and pending(cl.toks, cl.names):
                return Reading("no", flag, "not applicable yet, a draft only", denial_evidence(cl, a))
    return None
