"""A denial narrowed to a scope the question does not ask ("Nothing specific to e-government" to a question on sandboxes in digital technologies): it does not deny what was asked."""
from __future__ import annotations

from .reading_clauses import STOP
from .reading_words import cues, has_cue, language, tokens

SCOPE_REACH = 4    # "specific to e-government", "propre à l'administration électronique", "específico para el sector público"
STEM_LETTERS = 5   # words compared on their first letters: the question is in English, the answer may not be


def narrowed_unasked(toks: list[str], topic: str) -> tuple[str, ...] | None:
    """A word narrowing the denial (polarity kind `specific`: specific, dedicated; spécifique; específico) followed by
    a link to its scope (kind `narrowing_link`: to, for; à, pour; para, a) and a scope none of whose words the
    question uses ("[SZI]: Nothing specific to e-government" to "Does the Government have any measure in policy
    experimentation and/or regulatory sandboxes in using digital technologies?"): only a narrower thing is denied,
    so the clause does not make an answer that affirms something no. The narrowing words, or None (no scope, or a
    scope the question names: "no law specific to data protection" to a question on data protection)."""
    if not topic:
        return None
    c = cues()
    for i, t in enumerate(toks):
        if t not in c.words["specific"] or i + 1 >= len(toks) or toks[i + 1] not in c.words["narrowing_link"]:
            continue
        scope = [s for s in toks[i + 2:i + 2 + SCOPE_REACH] if s.replace("-", "").isalpha() and s not in STOP
                 and len(s) > 2 and not has_cue([s], "narrowing_link")]
        if scope and not {s[:STEM_LETTERS] for s in scope} & _asked(topic):
            return tuple(toks[i:i + 2 + SCOPE_REACH])
    return None


def _asked(topic: str) -> set[str]:
    with language("en"):
        return {t[:STEM_LETTERS] for t in tokens(topic) if t.replace("-", "").isalpha() and len(t) > 2}
