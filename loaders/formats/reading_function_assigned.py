"""A study noun whose clause assigns it to a body ("The assessment of X is within the competence of Y"): a function, not a status."""
from __future__ import annotations

from .reading_words import cues, has_cue

# Polarity cue kinds that give a matter to a body: 'within the competence of', 'relève de', 'corresponde a'.
ASSIGNING_KINDS = ("belongs_to", "lies_with", "responsible_for")
OBJECT_REACH = 2   # "the assessment of the quality", "l'évaluation de la qualité", "la evaluación de la calidad"


def _assigned(toks: list[str]) -> bool:
    return any(has_cue(toks, kind) for kind in ASSIGNING_KINDS)


def function_assigned(toks: list[str], i: int, cue: tuple[str, ...]) -> bool:
    """"The assessment of the quality of public services … is within the competence of the Agency …", "L'évaluation de
    la satisfaction des usagers relève de l'Agence …" (round twenty-seven kz_translated_kazakh 42): a study noun
    (toks[i], status class `study`) with an object of its own (an object preposition right after it) as the subject
    of a clause that gives the matter to a body names the activity asked about as that body's function, not a study
    as the status of a measure. A study noun with no object ("The study is the responsibility of the Ministry") and
    a study noun outside such a clause stay a status."""
    end = i + len(cue)
    if end >= len(toks) or toks[end] not in cues().words["object_preposition"]:
        return False
    return _assigned(toks[end:])
