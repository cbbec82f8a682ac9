"""A dedicated text still pending beside a general one that covers the item ("The NOG 2025 lists AI among the priority technologies. A dedicated AI strategy is being prepared."): the general one answers."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, cite
from .reading_clauses import FLAG_MIXED, Clause, Reading, asks_specific, negated
from .reading_words import has_cue, subject, tokens


def dedicated_text_pending(a: Answer, k: int, found: tuple[str, tuple[str, ...]], status: Clause) -> Reading | None:
    """Sentence k affirms something of a text it names (a name, a number or an instrument noun); a later clause gives
    a status short of in force to a text its subject calls dedicated, specific or separate (polarity kind `specific`
    with an instrument noun: "Une stratégie nationale dédiée à l'IA est en préparation", "A dedicated AI strategy is
    being drafted", "una estrategia específica está en elaboración"). The pending text is another one, and the text
    named first covers the item: yes, flagged mixed. Not when the question itself asks for a specific or dedicated
    one ("Is there a specific post-COVID-19 digital strategy?"), except on what a text addresses ("make specific
    reference to …"), where the general text's mention answers."""
    if negated(status.toks):
        return None
    head = subject(status.toks)
    if not has_cue(head, "specific") or evidence.find(head, "instrument") is None:
        return None
    if asks_specific(a.topic) and not evidence.COVERAGE.get():
        return None   # the question asks for the dedicated text itself: its status answers
    affirmed = tokens(a.sents[k])
    if has_cue(affirmed, "specific") or not (evidence.names_text(affirmed) or any(t.isdigit() for t in affirmed)):
        return None   # "A specific strategy was drafted in 2021. It is awaiting adoption.": the same text
    return Reading("yes", FLAG_MIXED, "a general text covers it, a dedicated one pending",
                   cite(found[0], found[1], a.sents[k]))
