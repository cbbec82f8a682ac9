"""A later clause about the output of a past event ("The report … will be published"): its status does not undo the event."""
from __future__ import annotations

from .reading_words import has_cue, subject


def output_of_event(toks: list[str]) -> bool:
    """"In 2021 the Ministry conducted a scenario-planning exercise. … The report has been validated and will be
    published", "Le rapport sera publié", "El informe será publicado": a later clause whose own subject is a report or
    the results (kinds `report_noun`, `output_noun`) tells the status of what the event produced, not of the event:
    the exercise was done, its report still awaited. Such a clause is a doubt (yes, flagged), never the time since
    denied. Not "The exercise has not been repeated since" (the event itself)."""
    subj = subject(toks)
    return has_cue(subj, "report_noun") or has_cue(subj, "output_noun")
