"""A bare "none" to the open question ("Please provide any other information …"): nothing given, not a denial.

"Néant.", "None.", "Ninguno.", "Nil.", "Rien." answer a question asking whether something exists; to the last, open
question, which asks for any other information and not whether anything exists, one such word says only that nothing
is given, as a blank or a dash does: `unknown`. What says there is nothing to add ("Rien à ajouter", "Nothing to add",
"No further comments", "RAS", "Nil further") and a typed "No." / "Non." still answer it `no`.
"""
from __future__ import annotations

from .reading_words import cues, tokens

NONE_WORDS_ONLY = 1   # "Néant.", "None.": one word, no more


def bare_none(text: str) -> bool:
    """Is the whole answer one negator word that is not the language's typed No ("Néant", "None", "Ninguno")?"""
    words = [t for t in tokens(text) if t.isalpha()]
    c = cues()
    return (len(words) == NONE_WORDS_ONLY and words[0] in c.words["negator"]
            and words[0] not in c.words["explicit_no"])
