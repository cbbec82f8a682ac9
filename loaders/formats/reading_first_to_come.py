"""The first of what was affirmed still to come ("The first survey is scheduled for 2023"): none held yet, no."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, denial_evidence
from .reading_clauses import FLAG_UNDONE, Reading, clauses, negated, pending, strip_label
from .reading_words import cues, has_cue, stem, subject, tokens

# Evidence of something carried out: "Surveys have been run every year since 2019. The first mobile survey is
# planned for 2023" keeps its yes; the first one still to come is another, narrower one.
CARRIED_OUT = {"operating"}
FIRST_REACH = 2   # "The first survey", "La première enquête", "Their inaugural survey": the ordinal opens the subject


def first_to_come(a: Answer, k: int, found: tuple[str, tuple[str, ...]]) -> Reading | None:
    """Sentence k affirms something (a survey instrument approved, a unit set up), and a later main clause says that
    the first of the very thing it named is still to come: its subject opens on a word of first (kind `first_word`:
    first, inaugural, premier, primera) whose noun is a word of sentence k ("A Citizen Satisfaction Survey instrument
    … was approved … in March 2022. The first survey is scheduled for the third quarter of FY2022/23", "Un
    questionnaire d'enquête a été validé en 2022. La première enquête est prévue pour 2023", round eighteen V,
    jm_cabinet_submission 42), with a status short of in force, a future or a date after the edition. What was asked
    has not happened yet, whatever was made ready for it: no, flagged (the means made ready may be what a reviewer
    counts). Not when sentence k says the thing is carried out already (evidence `operating`, or a since: "run every
    year since 2019"), nor when the first one is narrower than what was named ("the first mobile survey")."""
    own = tokens(strip_label(a.sents[k]))
    if found[0] in CARRIED_OUT or has_cue(own, "since_word"):
        return None   # "Surveys have been run since 2019. The first survey of 2023 is set for March.": going on
    named = {stem(t) for t in own if t.isalpha() and len(t) > 3}
    firsts = cues().words["first_word"]
    for sentence in a.sents[k + 1:]:
        for cl in clauses(strip_label(sentence)):
            if not cl.main or negated(cl.toks):
                continue
            head = subject(cl.toks)
            at = next((i for i, t in enumerate(head[:FIRST_REACH]) if t in firsts), None)
            if at is None or at + 1 >= len(head) or stem(head[at + 1]) not in named:
                # the word right after it names what sentence k named ("the first survey"); not a narrower one
                # ("the first mobile survey" after surveys run since 2019)
                continue
            if pending(cl.toks, cl.names) or evidence.future_tense(cl.toks) is not None or \
                    evidence.dated_after(cl.toks, a.edition) is not None:
                return Reading("no", FLAG_UNDONE, "the first one still to come", denial_evidence(cl, a))
    return None
