"""A near future: "is set to publish", "est appelé à devenir", "está llamado a ser" say what is still to come."""
from __future__ import annotations

from .reading_words import cues, current_language, starts_at

# An infinitive after the frame, reflexive ones included ("llamada a convertirse").
INFINITIVE_ENDINGS = {"fr": ("er", "ir", "re", "oir"), "es": ("ar", "er", "ir", "arse", "erse", "irse")}
NOT_A_VERB = {"the", "a", "an", "this", "that", "its", "their", "our", "zero", "default"}


def near_future(toks: list[str]) -> tuple[int, tuple[str, ...]] | None:
    """(position, cue) of a near future in the clause, or None: a frame of what is about to happen (kind
    `near_future`: "set to", "poised to", "due to", "on track to", "slated to"; "appelé à", "s'apprête à", "sur le
    point de"; "llamado a", "a punto de") followed by a verb: "The Data Office is set to publish the framework in
    2023", "the platform is poised to transform how citizens co-create policy", "le portail est appelé à devenir
    le guichet unique", "la plataforma está llamada a ser …". Like the future tense, a plan, not a measure in
    place. Not a frame before a noun ("set to English by default", "due to the pandemic"): in English the word
    after it must be no determiner or number, in French and Spanish an infinitive."""
    c = cues()
    endings = INFINITIVE_ENDINGS.get(current_language())
    for i, t in enumerate(toks):
        for p in c.by_first["near_future"].get(t, ()):
            if not starts_at(toks, i, p) or i + len(p) >= len(toks):
                continue
            verb = toks[i + len(p)]
            if endings is not None:
                if verb.endswith(endings) and len(verb) > 3:
                    return i, p
            elif verb.isalpha() and verb not in NOT_A_VERB and verb not in c.words["deictic"]:
                return i, p
    return None
