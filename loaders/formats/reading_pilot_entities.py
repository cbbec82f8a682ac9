"""A thing said implemented or deployed in pilot places ("en entidades piloto", "dans des communes pilotes"): a pilot."""
from __future__ import annotations

from collections.abc import Callable

# Prepositions that place a measure somewhere ("implemented in …", "implementado en …", "déployé dans …").
PLACE_PREPOSITIONS = {"in", "across", "within", "en", "dans"}
# Words that close the place phrase: the pilot word must sit inside it.
PHRASE_ENDS = {",", ";", ":", "(", ")", ".", "–", "—", "and", "y", "et", "since", "after", "following", "desde",
               "tras", "después", "depuis", "après", "before", "antes", "avant", "until", "hasta", "jusqu"}
PLACE_REACH = 4   # "in pilot districts", "en entidades piloto", "dans trois communes pilotes"

Finder = Callable[..., "tuple[int, tuple[str, ...]] | None"]


def _pilot_word(tok: str, find: Finder) -> bool:
    """A pilot word, or its plural as an adjective after a plural noun ("entités pilotes", "municipios pilotos")."""
    return find([tok], "pilot") is not None or (tok.endswith("s") and find([tok[:-1]], "pilot") is not None)


def pilot_places(toks: list[str], find: Finder, verbs: set[str]) -> tuple[int, int] | None:
    """"El laboratorio se encuentra implementado en entidades piloto (…)", "La encuesta está implementada en municipios
    piloto", "L'enquête est mise en œuvre dans des entités pilotes" (round eighteen es_bolivia_plurinacional 29/iot,
    32, 42): the thing runs only where it is being tried, so its status is a pilot (the analyst's no), as English
    "implemented in pilot entities" already read. The pilot word sits in the place phrase right after a verb or a copula
    ("is", "se encuentra", "déployé"); a pilot in the subject ("The survey in pilot ministries was extended") or after
    a time word ("operating in all districts since the pilot") is not the thing's status. The span of the cue, or None."""
    for i, t in enumerate(toks):
        if t not in PLACE_PREPOSITIONS or i < 2:
            continue
        if not any(w in verbs for w in toks[:i]) and find(toks, "operating", 0, i) is None:
            continue
        for j in range(i + 1, min(len(toks), i + 1 + PLACE_REACH)):
            if toks[j] in PHRASE_ENDS or toks[j] in PLACE_PREPOSITIONS:
                break
            if _pilot_word(toks[j], find):
                return i, j + 1
    return None
