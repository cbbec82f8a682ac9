"""What a later sentence or relative clause does to the lead's verdict: undoes an affirmation or turns a denial round."""
from __future__ import annotations

from . import reading_denial_beside as denial_beside
from . import reading_evidence as evidence
from . import reading_history as history
from . import reading_inner_contrast as inner_contrast
from . import reading_references as references
from .reading_answer import (
    Answer,
    Weighed,
    affirm_evidence,
    cite,
    denial_evidence,
    points_back,
)
from .reading_clauses import (
    FLAG_HEDGED,
    FLAG_MIXED,
    FLAG_OTHERWISE,
    FLAG_UNDONE,
    NEW_NEGATIVE_CLAUSE,
    STOP,
    Clause,
    Reading,
    about,
    clauses,
    negated,
    pending,
    strip_label,
)
from .reading_not_yet_enacted import not_yet_enacted
from .reading_silent_text import silent_on_asked
from .reading_words import (
    cues,
    stem,
    subject,
    tokens,
)


def _head(toks: list[str]) -> str | None:
    """The head noun of a clause's subject ("the e-government strategy" -> "strategy")."""
    words = [t for t in subject(toks) if t.isalpha() and t not in STOP and t not in cues().words["negator"]]
    return words[-1] if words else None


def contradicted(sents: list[str], first: Clause) -> bool:
    """After a negative lead: does the next sentence turn against it about the same subject?

    "The strategy is not explicitly aligned … However, … is reflected in the strategy" contradicts the
    denial; "The strategy is not related to the SDGs. However, Denmark is engaged in …" speaks of
    something else and leaves the denial standing.
    """
    head = _head(first.toks)
    if not head or len(sents) < 2:
        return False
    toks = tokens(sents[1])
    instrument = {stem(w) for w in cues().words["instrument"]}
    same = head in toks or (stem(head) in instrument and any(stem(t) in instrument for t in toks))
    if not toks or negated(toks) or pending(toks):
        return False
    # "… was not made. Financing of … was, however, effected out of …": a contrast set inside a nominal statement
    return (toks[0] in cues().words["contrast"] and same) or inner_contrast.nominal_turn(first.toks, toks)


def done_another_way(w: Weighed, a: Answer, k: int, found: tuple[str, tuple[str, ...]]) -> Reading | None:
    """An affirmation that does not answer: the specific thing asked came from the regular one ("met from the
    regular budget"), or a past event not kept up since ("was last carried out in 2017 … has not been
    repeated")."""
    cue = history.from_general_source(w.mains, a.topic)
    if cue is not None:
        return Reading("no", FLAG_OTHERWISE, "from the regular source", cite("handled otherwise", cue, a.sents[k]))
    if k == 0:
        return history.past_event_undone(w.decider, found, a)
    return None


def undone_after(w: Weighed, a: Answer, k: int, found: tuple[str, tuple[str, ...]] = ("", ())) -> Reading | None:
    """An affirmation whose own words go on to deny what was asked: a relative clause on what it names that
    denies ("governed by the 2014 Regulations, which are silent on electronic means"), or a later sentence
    stating an absence ("… tables on its web page as PDF files. There is no open data portal as such.").
    The denial decides when it names what the question asks (or says "nothing"); otherwise yes, flagged."""
    rel = cues().words["relative"]
    after = a.lead_clauses if k == 0 else clauses(strip_label(a.sents[k]))
    denying = next((cl for cl in after[1:] if cl.toks and cl.toks[0] in rel and cl.joint == ","
                    and cl.toks[0] not in cues().words["owner_relative"]
                    and negated(cl.toks) and not pending(cl.toks, cl.names)), None)
    if denying is not None:
        return Reading("no", FLAG_UNDONE, "a relative clause denies", denial_evidence(denying, a))
    for j, sentence in enumerate(a.sents[k + 1:], k + 1):
        later = [cl for cl in clauses(strip_label(sentence)) if cl.main]
        if later and found[0] == "in force" and (_not_yet_in_force(later[0].toks, w.decider.toks)
                                                 # "Elle n'a pas encore été promulguée" (reading_not_yet_enacted, QQ)
                                                 or not_yet_enacted(later[0].toks, w.decider.toks)):
            return Reading("no", FLAG_UNDONE, "adopted, then not yet in force", denial_evidence(later[0], a))
        if later and found[0] == "in force" and silent_on_asked(later[0].toks, a.topic):
            # "… governed by the … Act 2001 … They do not provide for electronic tendering or e-procurement"
            return Reading("no", FLAG_UNDONE, "a text in force, silent on what was asked", denial_evidence(later[0], a))
        if not later or not _existential_denial(later[0].toks):
            continue
        if about(later[0].toks, a.topic):
            # "There is no e-procurement statute. The … Rules … are a legislative instrument and require …": a
            # text in force told after the absence; the absence was of one form (round sixteen, au_audit_findings 14)
            return (in_force_after_absence(a, j)
                    or Reading("no", FLAG_UNDONE, "an absence stated after", denial_evidence(later[0], a)))
        # "… se rige por la Ley N° 20.512 … No existe una política específica de …": a specific form denied
        return denial_beside.specific_denied_later(later[0], a, k, found)
    return None


def in_force_after_absence(a: Answer, j: int) -> Reading | None:
    """Yes, flagged mixed, when a sentence after sentence j (an absence stated) names a text in force in a main
    clause neither denied nor pending; None otherwise."""
    for sentence in a.sents[j + 1:]:
        sentence = strip_label(sentence)
        for cl in clauses(sentence):
            if not cl.main or negated(cl.toks) or pending(cl.toks, cl.names):
                continue
            hit = evidence.affirmation(cl.toks, sentence)
            if hit is not None and hit.kind == "in force":
                return Reading("yes", FLAG_MIXED, "an absence of one form, then a text in force",
                               cite(hit.kind, hit.cue, sentence))
    return None


# Words that make a denial one of the time since ("not yet", "has not been … since"), not of a property.
STILL_NOT = {"yet", "since", "has", "have"}


NOT_YET_REACH = 5   # "not been brought into force", "not yet entered into force"


def _not_yet_in_force(toks: list[str], adopted: list[str]) -> bool:
    """"The Act was passed in 2018. It is not yet in force." / "The Act has not been brought into force
    since.": a later sentence about the same instrument (the pronoun "it", or the instrument's own noun; not
    another text: "Its regulations are not yet in force") denying, for the time since, that it is in force
    (the in-force words right after the negation). Not a property denied ("It does not apply to towns")."""
    neg = next((i for i, t in enumerate(toks) if t in cues().words["negator"]), None)
    hit = None if neg is None else evidence.find(toks, "in_force", neg + 1, neg + NOT_YET_REACH)
    if hit is None or not negated(toks) or not any(t in STILL_NOT for t in toks[:hit[0] + len(hit[1]) + 1]):
        return False
    subj = subject(toks)
    own = [stem(t) for t in subj if evidence.find([t], "instrument") is not None]
    named = {stem(t) for t in adopted if evidence.find([t], "instrument") is not None}
    return (bool(own) and set(own) <= named) or (not own and subj[:1] == ["it"])


def _existential_denial(toks: list[str]) -> bool:
    """"There is no open data portal as such", "Nothing is aimed at …", "None exists": a sentence that says
    something is absent (not a verb negated, not a status short of in force, not "none of them")."""
    opens = toks[:1] == ["there"] or (toks and toks[0] in NEW_NEGATIVE_CLAUSE and toks[1:2] != ["of"])
    return bool(opens) and negated(toks) and not pending(toks) and not points_back(toks)


def in_place_since_later(w: Weighed, a: Answer, k: int) -> Reading | None:
    """A newer text dated after the edition or short of in force ("La Ley Fintec … fue publicada en enero de 2023;
    el sandbox … aún no opera"), and a later sentence affirming something else in place since a year at or before
    the edition ("El Laboratorio de Gobierno realiza proyectos de experimentación desde 2015", "The Government Lab
    has run experiments since 2015", "… mène des projets d'expérimentation depuis 2015"): what was asked is there
    in another form, yes, flagged mixed; never a silent no (nor a silent yes)."""
    if a.edition is None or not (evidence.dated_after(w.decider.toks, a.edition)
                                 or pending(w.decider.toks, w.decider.names)):
        return None
    since = cues().words["since_word"]
    for sentence in a.sents[k + 1:]:
        toks = tokens(sentence)
        dated = any(t in since and evidence.YEAR_RE.fullmatch(toks[i + 1]) and int(toks[i + 1]) <= a.edition
                    for i, t in enumerate(toks[:-1]))
        mains = [cl for cl in clauses(sentence) if cl.main]
        if not dated or any(negated(cl.toks) or pending(cl.toks, cl.names) for cl in mains):
            continue
        found = affirm_evidence(mains, sentence)
        if found is not None:
            return Reading("yes", FLAG_MIXED, "newer text denied, another measure in place since before the edition",
                           cite(found[0], found[1], sentence))
    return None


SHARED_WORDS = 2   # "chief information officer": the later sentence names the denied thing, not only "government"


def form_denied_function_done(w: Weighed, a: Answer, k: int) -> Reading | None:
    """"There is no statutory office of Chief Information Officer. … The functions of a chief information
    officer are discharged by the Chief Technical Director": only a legal form of the thing is denied, and a
    later sentence says its work is done (something operating or in force, named with the denied thing's
    own words): yes, flagged as denied only in its form."""
    toks = w.decider.toks
    if not _existential_denial(toks) or pending(toks, w.decider.names) or evidence.find(toks, "legal_word") is None:
        return None
    denied = {stem(t) for t in toks if t.isalpha() and t not in STOP and len(t) > 2} - set(
        cues().words["negator"]) - {t for t in evidence.classes().words["legal_word"]}
    for sentence in a.sents[k + 1:]:
        if references.is_pointer(sentence):
            continue
        for cl in clauses(strip_label(sentence)):
            found = affirm_evidence([cl], sentence) if cl.main else None
            shared = denied & {stem(t) for t in cl.toks}
            if found is not None and found[0] in {"in force", "operating"} and len(shared) >= SHARED_WORDS:
                return Reading("yes", FLAG_HEDGED, "a legal form denied, the function done", cite(found[0], found[1],
                                                                                                  sentence))
    return None
