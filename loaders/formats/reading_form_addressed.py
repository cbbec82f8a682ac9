"""A form of the thing denied (a separate text, a direct reference, the term), then the thing addressed another way: yes, flagged."""
from __future__ import annotations

from . import reading_references as references
from .reading_answer import Answer, Weighed, affirm_evidence, cite, contrasts
from .reading_clauses import STOP, Reading, clauses, negated, pending, strip_label
from .reading_evidence import classes
from .reading_words import cues, has_cue, stem, subject

FLAG_FORM_ADDRESSED = "a form denied, the thing addressed another way"
# Evidence that says the thing is there, in another text or another way ("is addressed under", "is aligned
# through"); a bare statement ("the Plan sets the goal of …") only when it opens on a contrast ("However, …"):
# without one it may as well be another thing beside ("The Strategy is in line with the EU targets").
# A pronoun opening the next sentence stands for what the denial named ("It is aligned through the NDP").
SHORT = 3   # "la", "de", "en": function words of any language are no shared thing
ADDRESSING = {"in force", "operating", "in place"}


def form_denied_addressed(w: Weighed, a: Answer, k: int) -> Reading | None:
    """Sentence k denies only a form of the thing (polarity kind `form_only`): the manner ("does not refer to the
    SDGs directly", "ne … pas explicitement") or the term ("the term … is not used", "el término … no figura"). The
    next sentence affirms, in its first main clause, neither denied nor pending nor a pointer ("It is aligned
    through the NDP …", "Digital inclusion is addressed under Pillar 4 of the Roadmap", "However, the Plan sets
    the goal of …"): the thing may well be there under another form, a reviewer decides. A plain denial
    ("There is no strategy.") is no form only, and stays no; a separate or specific text denied (kind `specific`) is
    weighed by reading_covered_elsewhere.covered_later (no, flagged when a text covers the thing)."""
    toks = w.decider.toks
    if (not negated(toks) or pending(toks, w.decider.names) or k + 1 >= len(a.sents)
            or not has_cue(toks, "form_only")):
        return None
    sentence = strip_label(a.sents[k + 1])
    first = next((cl for cl in clauses(sentence) if cl.main), None)
    if first is None or negated(first.toks) or pending(first.toks, first.names) or references.is_pointer(sentence
                                                                                                          .split(";")[0]):
        return None
    if not _same_thing(toks, first.toks):
        return None   # "… not explicitly related to the SDGs. However, Denmark is engaged in …": another subject
    found = affirm_evidence([first], sentence)
    if found is None or (found[0] not in ADDRESSING and not (found[0] == "stated" and contrasts(first))):
        return None
    return Reading("yes", FLAG_FORM_ADDRESSED, "a form denied, the thing addressed another way",
                   cite(found[0], found[1], a.sents[k + 1]))


def _same_thing(denied: list[str], later: list[str]) -> bool:
    """Does the later clause's subject stand for something the denial named: a pronoun, or a content word of the
    denial ("… is not used in the Master Plan. However, the Master Plan sets …")?"""
    contrast = cues().words["contrast"]
    head = [t for t in subject([t for t in later if t not in contrast]) if t.isalpha()]
    if head[:1] and head[0] in classes().words["anaphor"]:   # the status class `anaphor`: it, this; il, cela; ello
        return True
    named = {stem(t) for t in denied if t.isalpha() and t not in STOP and len(t) > SHORT}
    return any(stem(t) in named for t in head if t not in STOP and len(t) > SHORT)
