"""A thing switched off or closed, and in the same sentence where its content is now ("… was deactivated in 2022, the information now being published in a section of the Health Ministry site, which remains accessible"): yes, flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, Weighed, cite
from .reading_clauses import Reading, clauses, negated, pending, strip_label
from .reading_history import FLAG_SUCCESSOR_LATER, ended
from .reading_words import cues, has_cue

STRONG = {"in force", "operating", "in place"}


def moved_on(w: Weighed, a: Answer, k: int) -> Reading | None:
    """Sentence k denies by an ending (kind `ended`, or kind `switched_off`: deactivated, switched off, taken
    offline; désactivé, fermé; desactivado, dado de baja), and after that ending the same sentence says where the
    thing is now (kind `now_word`: now, henceforth; désormais, dorénavant; ahora, en adelante) or that it remains
    (kind `continuation`) in a clause that names something operating or in place ("… the guidance now being
    published on a page of the Health Ministry site, which remains online"). The item asked about (a dedicated
    section, a service) lives on elsewhere: yes, flagged as a successor named (reading_history names the rule for
    a later sentence). A closure alone ("The site was closed in 2022.") stays no."""
    toks = w.decider.toks
    if not negated(toks) or not (ended(toks) or has_cue(toks, "switched_off")):
        return None
    sentence = strip_label(a.sents[k])
    cls = clauses(sentence)
    start = next((i for i, cl in enumerate(cls) if cl.toks == toks), None)
    if start is None:
        return None
    c = cues()
    after_end = _after_ending(toks)
    said_now = any(t in c.words["now_word"] for t in after_end)
    if said_now and not negated(after_end):
        # one clause holds both ("… fue desactivado en 2022, publicándose ahora la información en …, que sigue
        # disponible"): what follows the ending says where it is now
        found = evidence.affirmation(after_end, sentence)
        if found is not None and found.kind in STRONG:
            return Reading("yes", FLAG_SUCCESSOR_LATER, "ended, where it is now said in the same sentence",
                           cite(found.kind, found.cue, sentence))
    for cl in cls[start + 1:]:
        if negated(cl.toks) or pending(cl.toks, cl.names):
            continue
        said_now = said_now or any(t in c.words["now_word"] for t in cl.toks)
        found = evidence.affirmation(cl.toks, sentence)
        if found is not None and found.kind in STRONG and (said_now or evidence.find(cl.toks, "continuation", 0, 3) is not None):
            return Reading("yes", FLAG_SUCCESSOR_LATER, "ended, where it is now said in the same sentence",
                           cite(found.kind, found.cue, sentence))
    return None


def _after_ending(toks: list[str]) -> list[str]:
    """The clause's words after its ending word ("… a été désactivé en 2022 …, les informations étant désormais …")."""
    c = cues()
    at = next((i for i, t in enumerate(toks) if t in c.words["switched_off"] or t in c.words["ended"]), len(toks))
    return toks[at + 1:]
