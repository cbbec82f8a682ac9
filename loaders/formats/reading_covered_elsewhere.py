"""A separate form or a level denied, and the thing covered elsewhere: by a named text or body, or by each body.

Plain, understated answers deny one form of the thing and say in the next sentence where it sits:
- "We do not have a separate e-procurement act. It is covered by the general Public Procurement Act (1395/2016)."
  The denial bears on a separate form only (a `specific` or `hedge` cue: separate, stand-alone, as such); the next
  sentence's subject is only a pronoun standing for the denied thing ("It", "This", "Il", "Esto", or none: "Está
  cubierto por …") and its predicate says what covers it (class `covering`: covered by, regulated by, part of,
  régi par, contemplado en) with a text or a body named after it (classes `instrument`, `body`). The thing exists,
  in the general text: yes. Not when a later sentence denies, or gives a status short of in force to, something
  the question asks about ("It does not require authorities to publish data as open data": the general text does
  not do it); when the question itself asks for a specific one ("Is there a specific post-COVID strategy?"), yes
  is flagged.
- "We do not have a CIO post as such. The Director General acts as the Government CIO in practice." A form denied
  "as such" (`hedge`; not "no specific legislation", where what stands in may be a text of another kind) and the next sentence saying what does its work (class `stands_in`: acts as, serves as):
  yes, flagged as denied only in its form, as when both stand in one sentence.
- "Not centrally. This is handled by each agency." A verbless denial of a level (class `central_word`: centrally,
  at national level) and, after it, only that each body does it (class `each_body`): the answer is for a level
  the question does not ask about, and says nothing of what the bodies do: unknown, flagged.
"""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, Weighed, cite
from .reading_clauses import (
    FLAG_HEDGED,
    Reading,
    about,
    asks_specific,
    clauses,
    mask_idioms,
    negated,
    pending,
    strip_label,
)
from .reading_words import cues, has_cue

FLAG_COVERED_SPECIFIC = "a separate one denied, covered by a general text: does that count for a specific one?"
FLAG_LEFT_TO_EACH = "denied at one level, left to each body: answered for the level asked?"

SHORT_LEVEL_DENIAL = 5   # "Not centrally.", "Not at the national level.": the level is all the denial names
FILLERS = {"also", "already", "now"}   # "It is also covered by …"


def covered_by_named(w: Weighed, a: Answer, k: int) -> Reading | None:
    """Yes when a separate form is denied and the next sentence says which named text or body covers it."""
    toks = w.decider.toks
    if not negated(toks) or pending(toks, w.decider.names) or k + 1 >= len(a.sents):
        return None
    if not (has_cue(toks, "specific") or has_cue(toks, "hedge")):
        return None   # "We do not have an act on this": the thing itself is denied, not one form of it
    sentence = a.sents[k + 1]
    first = next((cl for cl in clauses(strip_label(sentence)) if cl.main), None)
    if first is None or negated(first.toks) or pending(first.toks, first.names):
        return None
    hit = evidence.find(first.toks, "covering")
    if hit is None:
        return None
    skip = evidence.classes().words["anaphor"] | cues().words["auxiliary"] | FILLERS
    if any(t not in skip for t in first.toks[:hit[0]]):
        return None   # "The SDGs are covered by the general policy": a subject of its own, not the denied thing
    rest = first.toks[hit[0] + len(hit[1]):]
    named = evidence.find(rest, "instrument") or evidence.find(rest, "body")
    if named is None:
        return None
    if _asked_thing_denied_later(a, k + 2):
        return None   # "… It does not require authorities to publish data as open data": not done by it
    kind = "in force" if evidence.find(rest, "instrument") is not None else "in place"
    cue = tuple(first.toks[:hit[0] + len(hit[1]) + named[0] + len(named[1])])
    return Reading("yes", FLAG_COVERED_SPECIFIC if asks_specific(a.topic) else None,
                   "a separate form denied, covered by a named text", cite(kind, cue, sentence))


def covered_later(w: Weighed, a: Answer, k: int) -> bool:
    """A separate form denied, even as not yet there ("Viet Nam has not yet had a separate policy on
    e-participation."), and a later sentence saying that a named text covers the thing ("The participation of people
    … is stipulated in the Law on Promulgation of Legal Documents …"): a doubt on the `no` (the thing may be there,
    in a general text), whatever the later sentence's subject."""
    if not negated(w.decider.toks) or not (has_cue(w.decider.toks, "specific") or has_cue(w.decider.toks, "hedge")):
        return False
    for sentence in a.sents[k + 1:]:
        for cl in clauses(strip_label(sentence)):
            if not cl.main or negated(cl.toks) or pending(cl.toks, cl.names):
                continue
            hit = evidence.find(cl.toks, "covering")
            if hit is not None and evidence.find(cl.toks[hit[0] + len(hit[1]):], "instrument") is not None:
                return True
    return False


def function_done_next(w: Weighed, a: Answer, k: int) -> Reading | None:
    """Yes, flagged, when a form is denied and the next sentence says who or what does its work."""
    toks = w.decider.toks
    if not negated(toks) or pending(toks, w.decider.names) or k + 1 >= len(a.sents):
        return None
    if not has_cue(toks, "hedge"):
        return None   # "No specific legislation. Interoperability is addressed in policy": a text of another kind
    sentence = a.sents[k + 1]
    first = next((cl for cl in clauses(strip_label(sentence)) if cl.main), None)
    if first is None or negated(first.toks) or pending(first.toks, first.names):
        return None
    hit = evidence.find(first.toks, "stands_in")
    if hit is None or _asked_thing_denied_later(a, k + 2):
        return None
    return Reading("yes", FLAG_HEDGED, "a form denied, its work done by another",
                   cite("in place", tuple(first.toks[:hit[0] + len(hit[1])]), sentence))


def _asked_thing_denied_later(a: Answer, start: int) -> bool:
    negator = cues().words["negator"]
    for sentence in a.sents[start:]:
        for cl in clauses(strip_label(sentence)):
            denies = any(t in negator for t in mask_idioms(cl.toks)) or pending(cl.toks, cl.names)
            if cl.main and denies and about(cl.toks, a.topic):
                return True
    return False


def left_to_each_body(w: Weighed, a: Answer, k: int) -> Reading | None:
    """Unknown, flagged, for a verbless denial of a level followed only by "each agency does it"."""
    toks = w.decider.toks
    words = [t for t in toks if t.isalpha()]
    if (k != 0 or len(words) > SHORT_LEVEL_DENIAL or evidence.find(toks, "central_word") is None
            or any(t in cues().words["auxiliary"] for t in toks) or len(a.sents) != 2):
        return None   # a short verbless denial ("Not centrally.", "Pas de manière centralisée"), then one sentence
    later = [cl for cl in clauses(strip_label(a.sents[1])) if cl.main]
    if not later or any(negated(cl.toks) for cl in later) or evidence.find(later[0].toks, "each_body") is None:
        return None
    if any(_says_what_is_done(cl.toks) for cl in later):
        return None   # "Each ministry runs its own yearly survey": what the bodies do is said
    return Reading("unknown", FLAG_LEFT_TO_EACH, "denied at one level, left to each body",
                   cite("declined", tuple(toks), a.text))


def _says_what_is_done(toks: list[str]) -> bool:
    """Does the clause say what the bodies run or apply, or that each does it its own way (not only who is in
    charge: "This is handled by each agency", "Chaque ministère s'en charge")?"""
    found = None if negated(toks) else evidence.affirmation(toks)
    return (found is not None and found.kind in {"operating", "in force"}) or evidence.handled_otherwise(toks)
