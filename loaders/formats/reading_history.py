"""History, scope and source in long answers: what ended before a later sentence names what took over, a past
event not kept up, a measure adopted only in part or only on a voluntary basis, a status added on after a
comma, and a "specific" thing answered by the regular one.

Each function reads the *shape* of what is said (which clause states it, its tense and aspect, years
relative to the edition, status words of data/reading/status_cues.csv), never phrases of one response.
They are called by reading_polarity while it weighs an answer's sentences.
"""
from __future__ import annotations

import re

from . import reading_evidence as evidence
from . import reading_references as references
from .reading_clauses import Clause, Reading, asks_specific, clauses, negated, own_subject, pending, strip_label
from .reading_event_output import output_of_event
from .reading_followed_now import followed_now
from .reading_one_of_several import one_of_several
from .reading_recurrence_denied import recurrence_only
from .reading_words import cues, current_language, has_cue, stem, subject, tokens

FLAG_SUCCESSOR_LATER = "ended, then a later sentence names what is in place"
FLAG_PAST = "a past event, then a plan or denial: in place now?"
# Negated participles that say a measure ended ("discontinued", "repealed"): history, not an absence.
ENDED_WORDS = {"repealed", "abolished", "revoked", "discontinued", "closed", "decommissioned", "dissolved",
               "terminated", "withdrawn", "replaced", "superseded", "cancelled", "canceled", "removed"}
STRONG = {"in force", "operating", "in place"}
PERFECT = {"has", "have"}
NOW_WORDS = {"now", "currently", "presently", "present", "today", "since", "anymore", "longer"}
SOURCE_PREPOSITIONS = {"from", "within", "under", "through", "out"}


def ended(toks: list[str]) -> bool:
    """Does the clause say a measure ended (lapsed, expired, repealed, discontinued), without its successor?"""
    c = cues()
    # the phrases too ("arrivée à échéance", "llegó a su término"), not only the single words
    return (has_cue(toks, "ended") or any(t in ENDED_WORDS for t in toks)) and not any(
        t in c.words["successor"] for t in toks)


def _strong_clause(sentence: str) -> tuple[Clause, tuple[str, tuple[str, ...]]] | None:
    """The first main clause of a sentence that names something in force, operating or in place."""
    sentence = strip_label(sentence)
    if references.is_pointer(sentence):
        return None
    for cl in clauses(sentence):
        if not cl.main or negated(cl.toks) or pending(cl.toks, cl.names):
            continue
        found = evidence.affirmation(cl.toks, sentence)
        if found is not None and found.kind in STRONG:
            return cl, (found.kind, found.cue)
    return None


def successor_later(decider: Clause, sents: list[str], k: int) -> Reading | None:
    """"The first strategy lapsed in 2014. The Blueprint 2021-2025 was approved in 2021 and guides the work."
    What ended is history when a later sentence names something in force or operating: yes, flagged."""
    if not ended(decider.toks):
        return None
    for sentence in sents[k + 1:]:
        hit = _strong_clause(sentence)
        if hit is not None:
            # "… and is now the guiding document", "Since 2021 … has been taken over by …": the later sentence
            # says how things stand now, so what ended is plainly history; without such a word, flagged.
            now = any(t in NOW_WORDS and t != "longer" for t in tokens(sentence))
            return Reading("yes", None if now else FLAG_SUCCESSOR_LATER, "ended, successor named later",
                           evidence.Evidence(hit[1][0], hit[1][1]).describe(sentence))
    return None


def affirmed_later(sents: list[str], k: int) -> bool:
    """Does a later sentence name an instrument in force or working ("Meanwhile the 2007 Act remains in
    force", "the team operates under the ICT Act"): a doubt on a `no` read from a draft's status?"""
    for s in sents[k + 1:]:
        hit = _strong_clause(s)
        if hit is not None and (hit[1][0] == "in force" or evidence.find(hit[0].toks, "instrument") is not None):
            return True
    return False


YEAR_IN_RE = re.compile(r"(?:19|20)\d\d")
PRESENT = {"has", "have", "is", "are", "am", "will", "shall", "now", "currently", "presently"}


def _years(toks: list[str], names: frozenset[str] = frozenset()) -> tuple[list[int], bool]:
    """Every year named in the clause (also inside a range "2010-2015"), and whether a range ends among them;
    not a year that is part of a name ("Vision 2040")."""
    years, ranged = [], False
    for k, t in enumerate(toks):
        found = [int(y) for y in YEAR_IN_RE.findall(t)]
        if k and toks[k - 1] in names and len(found) == 1:
            continue   # "Vision 2040" names a programme; a range ("Action Plan 2010-2015") still dates it
        years += found
        ranged = ranged or len(found) > 1
    return years, ranged


def past_event(toks: list[str], edition: int | None, names: frozenset[str] = frozenset(),
               sentence: list[str] | None = None) -> tuple[bool, bool]:
    """A clause that reports what happened before the edition ("was conducted in 2018", "From 2015 to 2019 the
    Government operated …", "was set out in the Action Plan 2010-2015", "was last carried out in 2017"): a
    simple past, every year named before the edition, nothing in the present or the perfect. Returns (past
    event, dated by a range that ended: a text that expired)."""
    if edition is None:
        return False, False
    # The years of the whole sentence ("used scenario planning when preparing the plan in 2016-2017").
    years, ranged = _years(sentence or toks, names)
    if not years or any(y >= edition for y in years) or any(t in PRESENT for t in toks):
        return False, False
    past = any(t in {"was", "were", "last"} for t in toks) or _simple_past(toks)
    return past, past and ranged


def _simple_past(toks: list[str]) -> bool:
    """"The ministry held a town hall", "ran a survey": a finite lexical verb in the past."""
    forms = evidence.verb_forms(current_language())
    irregular = evidence.classes().words["verb_form"]
    return any((forms.get(t) == "inflected" and t.endswith("ed") or t in irregular and not t.endswith(("s", "ing")))
               and toks[k - 1] not in evidence.NOT_BEFORE_BASE for k, t in enumerate(toks) if k)


def _undoes(cl: Clause) -> str | None:
    """How a later clause undoes a past event: "since" (a denial or status of the time since: "has not been
    repeated", "is not used at present", "has been postponed", "was closed … and since then …"), "status" (a
    denial or plan without a time: "a second survey was cancelled"), or None."""
    denies = negated(cl.toks) or ended(cl.toks) or pending(cl.toks, cl.names)
    if not denies:
        return None
    return "since" if any(t in PERFECT or t in NOW_WORDS for t in cl.toks) else "status"


def _later_clauses(decider: Clause, sents: list[str]):
    """(sentence, clause) for every main clause after the decider: in its sentence, then in later ones."""
    for n, sentence in enumerate(sents):
        cls = clauses(strip_label(sentence))
        if n == 0:
            at = next((j for j, cl in enumerate(cls) if cl.toks == decider.toks), len(cls))
            cls = cls[at + 1:]
        for cl in cls:
            if cl.main:
                yield sentence, cl


def past_event_undone(decider: Clause, found: tuple[str, tuple[str, ...]], a) -> Reading | None:
    """"A survey was last carried out in 2017. The feedback form was removed and has not been restored": a
    past event, then a denial of the time since, is no. A past event followed only by a plan or a denial
    without a time is yes, flagged: done once, perhaps not now. An instrument adopted in a year stays in force
    (unless its name carries a range that ended: "the Action Plan 2010-2015")."""
    lead = [t for cl in clauses(strip_label(a.sents[0])) for t in cl.toks]
    past, expired = past_event(decider.toks, a.edition, decider.names, lead)
    if not past or (found[0] == "in force" and not expired):
        return None
    weak, other = None, False
    # "At present, … is carried out in accordance with the Roadmap …": a text followed now (round twenty-eight SS)
    now = followed_now(list(_later_clauses(decider, a.sents)))
    for sentence, cl in _later_clauses(decider, a.sents):
        # "… but have not been made" goes on about the subject of the clause before it
        other = _another_instrument(decider, cl) if own_subject(cl.toks) else other
        how = _undoes(cl)
        if how == "since" and other:
            how = "status"   # "The Regulations have been drafted but not made": another text's status, a doubt
        if how == "since" and output_of_event(cl.toks):
            how = "status"   # "The report … will be published": the output awaited, the exercise done (OO)
        if how == "since" and recurrence_only(cl.toks):
            how = "status"   # "There is no regular measurement at present": not repeated, done once (round nineteen Y)
        if how == "since" and one_of_several(decider.toks, cl.toks) is not None:
            how = "status"   # "… opened centres in Juba and Wau. The centre in Torit is not functional": one of them (VV)
        if how == "since":
            return now or Reading("no", None, "a past event, not kept up since",
                           evidence.Evidence("negation", _negator(cl.toks)).describe(sentence))
        weak = weak or how
    if weak:
        return Reading("yes", FLAG_PAST, "a past event, then a status",
                       evidence.Evidence(found[0], found[1]).describe(a.sents[0]))
    return None


def _another_instrument(decider: Clause, cl: Clause) -> bool:
    """Does the clause's subject name another kind of text than the past event did ("The Data Protection Act …
    received assent in 2020" / "The Data Protection Regulations have been drafted")? A later, secondary
    instrument's status does not undo the first one."""
    own = evidence.find(subject(cl.toks), "instrument")
    if own is None:
        return False
    named = {stem(t) for t in decider.toks if evidence.find([t], "instrument") is not None}
    return bool(named) and stem(own[1][-1]) not in named


def _negator(toks: list[str]) -> tuple[str, ...]:
    c = cues()
    i = next((i for i, t in enumerate(toks) if t in c.words["negator"]), 0)
    return tuple(toks[max(0, i - 2):i + 3])


def partial(toks: list[str]) -> bool:
    """A measure binding only on a voluntary basis, or adopted by some bodies only: in force in part."""
    hit = evidence.find(toks, "partial")
    if hit is not None and (len(hit[1]) > 1 or hit[0] <= 1 or any(t in evidence.classes().words["copula"]
                                                                    for t in toks[max(0, hit[0] - 3):hit[0]])):
        return True   # "is voluntary", "on a voluntary basis"; not "the voluntary national review" (a name)
    few = evidence.find(toks, "few")
    return few is not None and evidence.find(toks, "only", max(0, few[0] - 2), few[0] + 6) is not None


def from_general_source(mains: list[Clause], topic: str) -> tuple[str, ...] | None:
    """The question asks for something specific (a dedicated budget) and the answer says it came from or
    within the regular, existing one: done another way, not the thing asked. The cue, or None."""
    if not topic or not (has_cue(tokens(topic), "specific") or asks_specific(topic)):
        return None   # the question in the answer's language, or the form's English wording
    for cl in mains:
        for i, t in enumerate(cl.toks):
            source = SOURCE_PREPOSITIONS | cues().words["source"]   # "con el presupuesto ordinario"
            regular = cues().words["general"] | cues().words["regular"]
            if t in regular and any(w in source for w in cl.toks[max(0, i - 5):i]):
                return tuple(cl.toks[max(0, i - 2):i + 2])
    return None


def split_status_tail(cl: Clause, edition: int | None) -> list[Clause]:
    """"The Bank launched its sandbox in 2021, and four firms are testing products": a status added on after a
    comma, beside a first part that names something operating, is a clause of its own (a mixed answer)."""
    if not cl.main or not cl.commas:
        return [cl]
    cut = cl.commas[0]
    head, tail = cl.toks[:cut], cl.toks[cut:]
    if not tail or negated(head) or pending(head, cl.names):
        return [cl]
    found = evidence.affirmation(head)
    if found is None or found.kind not in STRONG | {"stated"} or not pending(tail, cl.names):
        return [cl]
    if evidence.handled_otherwise(tail):
        return [cl]   # "kept on file, instead of being published": the other way is the clause's point
    rest = [c - cut for c in cl.commas[1:]]
    return [Clause(head, True, cl.joint, [], cl.names), Clause(tail, True, ",", rest, cl.names)]


def _names_law(toks: list[str]) -> bool:
    return evidence.find(toks, "instrument") is not None or evidence.find(toks, "legal_word") is not None


def law_awaited_later(mains: list[Clause], status: Clause, topic: str) -> bool:
    """A question about a law answered by a practice that names no law ("Publication handled
    administratively"), then a status of the law itself ("Statutory requirement under consideration"):
    the status of the law answers."""
    if not topic or not _names_law(tokens(topic)):
        return False
    return not any(_names_law(cl.toks) for cl in mains) and _names_law(status.toks)
