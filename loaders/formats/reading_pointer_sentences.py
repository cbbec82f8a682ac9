"""A pointer that is a sentence of its own, then sentences of the answer's own ("We would refer to our answer at Q.12. MyGovID is identified in the Strategy as …")."""
from __future__ import annotations

import re

from .reading_words import sentences

STATEMENT_WORDS = 5   # as after a pointer in the same sentence: a clause of its own, not only a name


def statement_after_pointer_sentence(detail: str) -> bool:
    """Do the sentences after an opening pointer sentence make a statement of their own (five words or more)? "We
    would refer to our answer at Q.12. MyGovID is identified in the Strategy as a key enabler …", "Voir la réponse
    à la question 12. La stratégie cite l'identité numérique comme un levier clé.", "Ver respuesta 12. La
    Estrategia menciona la identidad digital como habilitador clave.": the answer says something of its own after
    pointing, so when what it points to reads otherwise, its own words decide, flagged (round fifteen
    ie_civil_service_narrative 26). "Refer to Q.12." alone has nothing after it and stays a reference."""
    sents = sentences(detail.strip())
    rest = " ".join(sents[1:])
    return len(sents) > 1 and len(re.findall(r"[^\W\d_]+", rest)) >= STATEMENT_WORDS
