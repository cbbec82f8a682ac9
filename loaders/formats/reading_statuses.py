"""Statuses beside what an answer affirms: a later status short of in force, and whether it is that of another text."""
from __future__ import annotations

from . import reading_evidence as evidence
from . import reading_references as references
from .reading_answer import (
    WEAK_KINDS,
    Answer,
    Weighed,
    affirm_evidence,
    asked_stems,
    cite,
    denial_evidence,
    stems,
)
from .reading_at_work_after_plan import at_work_after_plan
from .reading_clauses import (
    FLAG_BEING_WRITTEN,
    FLAG_MIXED,
    FLAG_OTHERWISE,
    Clause,
    Reading,
    clauses,
    mask_idioms,
    negated,
    pending,
    strip_label,
    work_on_drafting_span,
)
from .reading_making_provided import making_provided
from .reading_separate_texts import separate_text_pending
from .reading_stages_between import bill_between_chambers
from .reading_words import (
    cues,
    has_cue,
    tokens,
)
from .reading_works import cited_instrument


def commences_after(a: Answer, k: int) -> str | None:
    """A sentence giving the commencement of what was named at a date after the edition year
    ("Substantive provisions commence: 1 December 2023", "The Act enters into force on 1 July 2024"), with its
    label (the commencement word may be the label), or the same sentence quoting its commencement section
    ('… Act 2022, section 2: "This Act comes into force on 1 July 2023."'); not a part of it ("Part 5 commences
    in 2024")."""
    named = tokens(a.sents[k])
    for sentence in a.sents[k:]:
        toks = tokens(sentence)
        hit = evidence.find(toks, "commencement")
        if hit is None or evidence.extends(toks) or negated(toks):
            continue
        if evidence.find(toks[:hit[0]], "revision") is not None and evidence.find(named, "revision") is None:
            continue   # "… Act 2019 is in force. Its amendments will enter into force in 2023": another text's start
        found = evidence.dated_after(toks[hit[0]:], a.edition)
        if found is not None:
            return found.describe(sentence)
    return None


def evidence_outside(status: Clause) -> bool:
    """Is a later status one that places the thing outside the text asked about ("Outside the Plan.")?"""
    return evidence.outside(mask_idioms(status.toks)) is not None


def status_of_named(w: Weighed, a: Answer) -> Reading | None:
    """A first clause that only names the item ("cloud-first", "TBD") and a later clause of the sentence that
    denies it or gives a status short of in force: that clause answers (no); otherwise nothing is named."""
    later = next((cl for cl in w.mains if cl is not w.decider and not cl.stance
                  and (negated(cl.toks) or pending(cl.toks, cl.names))), None)
    if later is None:
        return None
    return _plan_then_work(later, a) or Reading("no", _otherwise_flag(later), "a status beside what was named",
                                                denial_evidence(later, a))


def _plan_then_work(cl: Clause, a: Answer) -> Reading | None:
    """"… : prévus par la PNDTIC, le centre de données … est en service depuis 2019": the thing at work weighs (VV)."""
    at_work = at_work_after_plan(cl, a.text)
    return None if at_work is None else Reading("yes", FLAG_MIXED, "a plan, then the thing at work",
                                                cite(at_work[0], at_work[1], a.text))


def _otherwise_flag(cl: Clause) -> str | None:
    """A `no` because the thing is done another way is always flagged: whether that counts depends on the question."""
    return FLAG_OTHERWISE if evidence.handled_otherwise(mask_idioms(cl.toks)) else None


def stronger_later(a: Answer, k: int) -> tuple[str, tuple[str, ...]] | None:
    """Evidence stronger than a name in a later sentence (an instrument in force, a service operating)."""
    for sentence in a.sents[k + 1:]:
        sentence = strip_label(sentence)
        mains = [cl for cl in clauses(sentence) if cl.main]
        if bill_between_chambers(mains):
            continue   # "… Bill, 2020 — passed by the Senate; pending before the National Assembly": still a bill
        found = affirm_evidence(mains, sentence)
        if found is not None and found[0] in {"in force", "operating", "in place"}:
            return found[0], found[1]
    return None


def overrides(status: Clause | str, affirmed: str | None = None) -> bool:
    """A status that undoes an affirmation about the same thing, not about the rest of it ("passed by
    Parliament; assent pending"; not "the extension to municipalities is pending"). `affirmed` is the kind of the
    affirmation: beside a measure operating or stated (not a text in force, which pending_text_later weighs), the
    status of a draft text is that text's ("… assurée par l'ASIN. … avant-projet de décret en cours de validation")."""
    toks = status.toks if isinstance(status, Clause) else tokens(status)
    found = evidence.denial(mask_idioms(toks))
    return (found is not None and found.kind in {"status awaited", "no longer"} and not evidence.extends(toks)
            and not evidence.secondary_subject(toks)   # "an implementing decree is pending": another text
            and not (affirmed not in {None, "in force"} and _draft_of_a_text(toks)))


DRAFT_HEAD = 2   # "avant-projet de décret", "the draft decree", "un projet de loi": the draft opens the clause


def _draft_of_a_text(toks: list[str]) -> bool:
    """A clause opening with the draft of a text ("avant-projet de décret …", "a draft decree …"): its status is the
    draft's, another text than the one affirmed before it."""
    return has_cue(toks[:DRAFT_HEAD], "draft_noun") and evidence.find(toks[:DRAFT_HEAD + 3], "instrument") is not None


def status_beside(w: Weighed, a: Answer, found: tuple[str, tuple[str, ...]] | None, sentence: str) -> Reading:
    """An affirmation and a not-yet status in one sentence: the status decides when the affirmation only
    names the thing or is undone by it; otherwise a mixed answer, yes and flagged."""
    cl = w.status_beside
    if found is None or found[0] in WEAK_KINDS or (overrides(cl) and not _step_taken(cl, found)):
        # not the status of another text: "The Data Protection Act 2012 is in force; a new Bill is before Parliament"
        chain = _chain(w)
        other = None if found is None or not chain else _another_text_pending(a, found, _before(sentence, chain[0]),
                                                                              chain, sentence)
        return other or _plan_then_work(cl, a) or Reading("no", _otherwise_flag(cl), "a status beside what was named",
                                                          denial_evidence(cl, a))
    return Reading("yes", w.flag or FLAG_MIXED, w.rule, cite(found[0], found[1], sentence))


def pending_text_later(a: Answer, k: int, found: tuple[str, tuple[str, ...]], status: Clause) -> Reading | None:
    """An instrument in force in sentence k, and a later part whose status short of in force is that of another
    text: the main clauses from the one after sentence k up to the status clause are read by
    _another_text_pending."""
    chain: list[Clause] = []
    for sentence in a.sents[k + 1:]:
        sentence = strip_label(sentence)
        mains = [cl for cl in clauses(sentence) if cl.main]
        if tokens(sentence) == status.toks:
            chain += mains   # the status of a whole sentence ("- Parts III-IV – pending proclamation")
            break
        hit = next((n for n, cl in enumerate(mains) if cl.toks == status.toks), None)
        chain += mains if hit is None else mains[:hit + 1]
        if hit is not None:
            break
    # "… Formulation of a separate Strategy has been undertaken. Approval thereof is awaited.": the separate text's
    return (_another_text_pending(a, found, tokens(a.sents[k]), chain, a.sents[k])
            or separate_text_pending(a, k, found, status))


def _before(sentence: str, cl: Clause) -> list[str]:
    """The words of the sentence before the clause (all of them when it is not found)."""
    toks, n = tokens(strip_label(sentence)), len(cl.toks)
    at = next((i for i in range(len(toks) - n + 1) if toks[i:i + n] == cl.toks), len(toks))
    return toks[:at]


def _chain(w: Weighed) -> list[Clause]:
    """The main clauses of a sentence after the one that affirms, up to the status beside it."""
    ids = [id(m) for m in w.mains]
    if w.status_beside is None or id(w.decider) not in ids or id(w.status_beside) not in ids:
        return [w.status_beside] if w.status_beside is not None else []
    return w.mains[ids.index(id(w.decider)) + 1:ids.index(id(w.status_beside)) + 1]


def _another_text_pending(a: Answer, found: tuple[str, tuple[str, ...]], affirmed: list[str],
                          chain: list[Clause], sentence: str) -> Reading | None:
    """One part names an instrument in force (evidence `in force`), a later part gives a status short of in force
    (the last clause of `chain`, the clauses after the affirming one). The status is of the text named nearest
    before it (the status clause's own words first, then back to the affirming part): when that text is a draft or
    a revision the part in force does not name ("Anteproyecto de Ley … en tramitación", "Texte de refonte … : en
    attente de publication", "> What about the Data Protection Bill? Still before the National Assembly"), it is
    another text, and the instrument in force answers: yes. Flagged mixed only when the pending part names what the
    question asks and the part in force does not (a mobile digital identity bill beside the eID decree in force)."""
    cited = found[0] in {"named", "stated"} and cited_instrument(affirmed, a.edition)   # "Loi organique n° 2004-58 du …"
    if (found[0] != "in force" and not cited) or not chain or any(t in cues().words["negator"] for t in affirmed):
        return None   # "We regret that no policy has yet been adopted; a draft is under review": nothing in force
    at = next((n for n in range(len(chain) - 1, -1, -1) if evidence.names_text(chain[n].toks)), None)
    if at is None or evidence.other_text(chain[at].toks, affirmed) is None:
        return None   # "… was adopted. Publication is pending.": the status of the text in force itself
    pending_part = [t for cl in chain for t in cl.toks]   # with its label ("Identidad digital en el móvil: …")
    asked = asked_stems(a.topic)
    flag = FLAG_MIXED if asked & stems(pending_part) and not asked & stems(affirmed) else None
    # "The Strategy provides for the elaboration of the policy. The draft Decision … has been submitted": the text in
    # force only provides that the thing be made, the draft is the thing itself (after round twenty-six NN)
    making = making_provided(affirmed, found[1])
    if making is not None:
        return Reading("no", FLAG_BEING_WRITTEN, "a text provides for making it, the thing itself a draft",
                       cite("status planned", making, sentence))
    return Reading("yes", flag, "in force, another text pending beside it", cite(found[0], found[1], sentence))


def _step_taken(status: Clause, found: tuple[str, tuple[str, ...]]) -> bool:
    """"The operative instrument remains the ICT Policy, tabled in the House": a bare past participle of a
    step ("tabled", "submitted to") added on after a comma to an instrument the clause says is in force is a
    step taken, its history; not "awaiting", not "is tabled", not a status of its own with an auxiliary."""
    toks = mask_idioms(status.toks)
    step = evidence.denial(toks)
    return (found[0] == "in force" and step is not None and step.kind == "status awaited"
            and step.cue[0].endswith("ed") and not negated(toks) and not any(t in cues().words["auxiliary"] for t in toks))


def later_status(a: Answer, k: int) -> tuple[Clause, str] | None:
    """The first later main clause that states a status short of in force ("Status: repealed.",
    "Publication in the Gazette is pending"), with its evidence."""
    for sentence in a.sents[k + 1:]:
        sentence = strip_label(sentence)
        for cl in clauses(sentence):
            if not cl.main or negated(cl.toks) or references.is_pointer(sentence):
                continue
            masked = mask_idioms(cl.toks)
            found = (evidence.status_predicate(masked, cl.names, cl.commas[0] if cl.commas else None)
                     or evidence.status_noun(masked) or evidence.dated_after(masked, a.edition)
                     or _ended(masked) or _worked_on(masked))
            if found is not None:
                whole = tokens(sentence)
                # "- Parts III-IV – pending proclamation": the status of the rest of the text, not of all of it
                scope = Clause(whole, True, cl.joint, [], cl.names) if evidence.extends(whole[:3]) else cl
                return scope, found.describe(sentence)
    return None


def _worked_on(toks: list[str]) -> evidence.Evidence | None:
    """Work on the making of a text, or someone charged with it ("The Legal Draftsman has been instructed to draft
    the amendments …"): a status in preparation told after (reading_clauses.work_on_drafting_span)."""
    span = work_on_drafting_span(toks)
    return None if span is None else evidence.Evidence("status in preparation", span)


def _ended(toks: list[str]):
    c = cues()
    hit = next((t for t in toks if t in c.words["ended"] or t in {"repealed", "abolished", "revoked",
                                                                  "discontinued"}), None)
    if hit is None or any(w in c.words["successor"] for w in toks):
        return None
    return evidence.Evidence("no longer", (hit,))
