"""A separate or express form denied, then the next sentence points to another answer or names a text for the same thing: no, flagged."""
from __future__ import annotations

import re

from . import reading_evidence as evidence
from . import reading_references as references
from .reading_answer import Answer, Weighed
from .reading_clauses import STOP, clauses, negated, pending, strip_label
from .reading_words import has_cue, subject

SHORT = 2   # function words of any language ("de", "la", "of") carry no initial of a name
ACRONYM = (2, 6)
BRACKET_RE = re.compile(r"\s*\([^()]*\)")   # "ODS", "SDGs", "ODD": the letters of a name written out in the denial


def _initials(denied: list[str], word: str) -> bool:
    """Is `word` the initials of consecutive content words of the denial ("ods" for "Objetivos de Desarrollo
    Sostenible", "sdgs" for "Sustainable Development Goals")? The name written out, then by its letters."""
    letters = word[:-1] if word.endswith("s") and len(word) > ACRONYM[0] + 1 else word
    content = [t for t in denied if t.isalpha() and t not in STOP and len(t) > SHORT]   # "de", "of": no initial
    n = len(letters)
    return ACRONYM[0] <= n <= ACRONYM[1] and any(
        "".join(t[0] for t in content[i:i + n]) == letters for i in range(len(content) - n + 1))


def elsewhere_after_form(w: Weighed, a: Answer, k: int) -> bool:
    """Sentence k denies only a separate or express form of the thing (kinds `specific`, `form_only`, `hedge`: "no
    separate policy", "no hace referencia expresa", "pas de politique séparée"), and the next sentence either is only a
    pointer to another answer ("Voir réponse 24 (axe 3 de la SNTN).", "See Q24.") or, neither denied nor pending,
    takes the denied name up by its letters ("… los Objetivos de Desarrollo Sostenible. Su alineación con los ODS …")
    and names a text ("… por vía de la Agenda 2035"). Why: the denial is of one form, and the writer says where
    the thing sits; whether that counts is for a reviewer. A doubt on the `no`, never a yes: the pointed answer or the
    text may not do what was asked. Not a plain denial ("There is no policy. See Q24."), nor a next sentence about
    another thing ("No separate policy. The Cabinet adopted the Budget Act in 2021.")."""
    toks = w.decider.toks
    if not negated(toks) or pending(toks, w.decider.names) or k + 1 >= len(a.sents):
        return False
    if not any(has_cue(toks, kind) for kind in ("specific", "form_only", "hedge")):
        return False
    sentence = strip_label(a.sents[k + 1])
    if references.is_pointer(BRACKET_RE.sub(" ", sentence).strip()):
        return True   # "Voir réponse 24 (axe 3 de la SNTN).": the bracket says where in that answer
    first = next((cl for cl in clauses(sentence) if cl.main), None)
    if first is None or negated(first.toks) or pending(first.toks, first.names):
        return False
    # the denied name taken up by its letters ("… Objetivos de Desarrollo Sostenible. Su alineación con los ODS …"):
    # a shared word alone is too common ("No separate post-COVID strategy. The Digital Strategy 2030 …" stays clear)
    same = any(_initials(toks, t) for t in subject(first.toks) if t.isalpha())
    return same and evidence.find(first.toks, "instrument") is not None
