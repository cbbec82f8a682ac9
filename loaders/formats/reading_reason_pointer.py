"""A not-applicable with its reason, a pointer in brackets inside it ("Not applicable, as there is no sub-national government (see Q4)"): its own answer."""
from __future__ import annotations

import re

from . import reading_references as references
from .reading_clauses import strip_label
from .reading_words import has_cue, sentences, tokens

BRACKET_RE = re.compile(r"\(([^()]*)\)")
CUE_WORDS = 3   # "Not applicable", "N/A", "Sans objet", "No aplica": the cue among the sentence's first words


def inapplicable_reason_points(detail: str) -> bool:
    """"Not applicable, as there is no sub-national government (please see Q4).", "Sans objet, le pays n'ayant pas de
    collectivités territoriales (voir Q4).", "No aplica, pues no existen gobiernos subnacionales (ver pregunta 4)."
    (after round twenty-three GG): one sentence that opens on a not-applicable (kind `inapplicable`) and gives its
    reason, a pointer in brackets inside that reason. The pointer shows where the reason is told (the unitary state,
    said in the answer on the CIO), not the answer asked: the answer pointed to answers another question, so its yes
    or no is not carried over (only its links), as for a referral beside a pointer (reading_belongs_then_referral).
    "Not applicable (see Q4)" gives no reason of its own: the pointer answers, as before; "See Q4" alone too."""
    sents = [s for s in sentences(strip_label(detail)) if s.strip()]
    if len(sents) != 1 or not any(references.is_pointer(m.group(1)) for m in BRACKET_RE.finditer(sents[0])):
        return False
    rest = tokens(BRACKET_RE.sub(" ", sents[0]))
    words = [t for t in rest if t.isalpha()]
    return has_cue(rest[:CUE_WORDS + 1], "inapplicable") and len(words) > CUE_WORDS
