"""What was not needed: a specific thing the respondent did not need or require is a thing that does not exist."""
from __future__ import annotations

from .reading_words import cues, current_language, has_cue

NEED_REACH = 3       # from the negation to the need word: "did not require", "n'a pas eu besoin", "no fue necesario"
OBJECT_REACH = 6     # from the need word to the specific word: "require a separate e-government budget"
INFINITIVE_ENDINGS = {"fr": ("er", "ir", "re", "oir"), "es": ("ar", "er", "ir")}


def not_needed(toks: list[str], i: int) -> bool:
    """Does the negation at toks[i] say that a specific thing was not needed ("the UAE did not require a separate
    e-government budget for the pandemic", "le pays n'a pas eu besoin d'un budget distinct", "no fue necesario un
    presupuesto específico")? Then it denies that the thing exists, though the need word is one of a burden lifted.
    The shape: a need word (kind `need_word`) right after the negation, then a `specific` word in its object before
    any infinitive: "Citizens do not need to bring a separate copy", "no es necesario presentar un formulario
    específico" lift a burden from the citizen (a measure in place), as before."""
    c = cues()
    need = next((j for j in range(i + 1, min(len(toks), i + 1 + NEED_REACH)) if toks[j] in c.words["need_word"]), None)
    if need is None:
        return False
    endings = INFINITIVE_ENDINGS.get(current_language(), ())
    for t in toks[need + 1:need + 1 + OBJECT_REACH]:
        if t == "to" or (endings and len(t) > 3 and t.endswith(endings) and t not in c.words["specific"]):
            return False   # "need to bring …", "besoin de fournir …", "necesario presentar …": a burden lifted
        if has_cue([t], "specific"):
            return True
    return False
