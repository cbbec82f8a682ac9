"""Related facts affirmed, then the closing sentence denies the very thing asked ("A direct alignment … with the SDGs is not provided."): the yes flagged."""
from __future__ import annotations

from . import reading_references as references
from .reading_answer import asked_stems, stems
from .reading_clauses import clauses, negated, pending, strip_label
from .reading_words import cue_at, tokens

FLAG_CLOSING_DENIAL = "related facts affirmed, then the closing sentence denies what was asked"
ASKED_SHARED = 2   # two of the question's own words ("aligned" … "SDGs"): one alone ("SDGs") is only the topic
PREFIX = 5         # "aligned"/"alignment", "regulated"/"regulation": the same word in another form


def closing_denial(sents: list[str], question: str) -> str | None:
    """A yes no other rule flagged (read from an earlier sentence), and the answer's last sentence is a plain
    denial (its first main clause negated, not a status short of in force, not a pointer) that takes up at least
    two of the question's own content words ("Is the strategy … aligned with the SDGs?" … "A direct alignment of the
    Roadmap with the SDGs is not provided."; "Is there a law on e-procurement?" … "E-procurement is not regulated by
    law as such."). Why: the facts before are about the topic (who coordinates the SDGs, what was prepared), the
    closing words deny the thing asked itself; which one answers is for a reviewer. A flag on a yes no other
    rule flagged, its own evidence kept (never a sure no: the facts may be what the question calls alignment). Not a closing denial of
    something else ("The portal does not yet offer payments.": none of the asked words), nor one of only one asked
    word, nor a denial that is not the last sentence (read by the rules before), nor after a written yes ("Yes, …")."""
    if not question or len(sents) < 2 or cue_at(tokens(strip_label(sents[0])) or [""], 0, "explicit_yes"):
        return None   # "Yes, for the main building blocks … There is no single measurement …": the writer's own yes
    last = strip_label(sents[-1])
    first = next((cl for cl in clauses(last) if cl.main), None)
    if first is None or not negated(first.toks) or pending(first.toks, first.names) or references.is_pointer(last):
        return None
    asked = asked_stems(question)
    said = stems(first.toks)
    shared = {q for q in asked if any(q == s or (len(q) >= PREFIX and len(s) >= PREFIX and q[:PREFIX] == s[:PREFIX])
                                      for s in said)}
    if len(shared) < ASKED_SHARED:
        return None
    return FLAG_CLOSING_DENIAL
