"""What a draft text holds, on a question of what a text addresses ("The draft Strategy has a component on …"): flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_words import cues

FLAG_DRAFT_CONTENT = "what a draft text holds: referred to (yes), or the text not adopted (no)?"
HEAD_REACH = 6   # "The draft e-Government Strategy", "Le projet de stratégie numérique", "El proyecto de Estrategia Digital"
# Words after the verb that tell the draft's own progress, not its content ("is awaiting approval", "is being
# prepared", "a été soumis au Conseil"): then the clause is about the draft, and its no stands unflagged.
PROGRESS = ("preparing", "awaited", "planned", "studying", "consultation", "consulting", "enactment_step",
            "completion", "commencement", "endorsed")


def draft_content(toks: list[str]) -> tuple[str, ...] | None:
    """On a question of what a text addresses (the caller's COVERAGE), a clause whose subject is a draft text (class
    `draft` and class `instrument` in its first words: "The draft e-Government Strategy", "Le projet de stratégie",
    "El proyecto de Estrategia") and whose verb gives what the draft holds ("has a component on digital identity",
    "prévoit un nuage gouvernemental", "incluye un componente de …"): the reader's no (a draft only) and a reading of
    yes (the text refers to the thing) may both be meant, so the no is flagged. Not when the clause tells the draft's
    progress ("is awaiting Cabinet approval", "is being prepared": a word of class PROGRESS, or a copula), nor when it denies
    ("does not mention it"), nor when the verb is a future ("will provide for"). Returns the subject and verb, or None."""
    if not evidence.COVERAGE.get():
        return None
    draft = evidence.find(toks, "draft", 0, HEAD_REACH)
    if draft is None or evidence.find(toks, "instrument", 0, HEAD_REACH + 2) is None:
        return None
    verb = evidence.finite_verb(toks)
    if verb is None or verb <= draft[0] or any(t in cues().words["negator"] for t in toks):
        return None
    if evidence.find(toks, "copula", verb, verb + 1) is not None:
        return None   # "is open for comment", "está en consulta": the draft's state, not what it holds
    rest = toks[verb:]
    if any(evidence.find(rest, cls) is not None for cls in PROGRESS):
        return None
    return tuple(toks[:verb + 1])
