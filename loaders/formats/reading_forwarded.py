"""A text forwarded to a deciding body ("the Open Data Guidelines have been forwarded to the Council of Ministers"): an output word naming the text's subject is no output reported."""
from __future__ import annotations

from typing import Callable

from .reading_words import cues

# The preposition between a text's head and what it is about ("Policy on Data", "Politique des données", "Ley de Datos").
OF = {"of", "on", "de", "des", "du", "sur", "del"}
ARTICLES = {"the", "a", "an", "le", "la", "les", "l", "el", "los", "las"}
NAME_REACH = 3


def output_names_a_text(before: list[str], is_instrument: Callable[[str], bool]) -> bool:
    """Is every output word before a sending cue the modifier of a text's name, an instrument word right after it
    ("Open Data Guidelines", "Statistics Act", "Politique des données", "Ley de Datos")? Then the thing sent is the
    text, a step awaited, not results reported (round eighteen np_bikram_sambat 17). "Results submitted to the
    Office" has no instrument after its output word, and stays a report."""
    outputs = cues().words["output_noun"]
    hits = [k for k, t in enumerate(before) if t in outputs]
    return bool(hits) and all(_in_name(before, k, is_instrument) for k in hits)


def _in_name(before: list[str], k: int, is_instrument: Callable[[str], bool]) -> bool:
    """The output word at k modifies a text's head: the head follows within NAME_REACH words with only modifiers
    between ("Data Sharing Policy"), or comes before it across a preposition ("Politique sur les données")."""
    for j in range(k + 1, min(len(before), k + 1 + NAME_REACH)):
        if before[j] in OF or before[j] in ARTICLES:
            break
        if is_instrument(before[j]):
            return True
    for j in range(k - 1, max(-1, k - 1 - NAME_REACH), -1):
        if is_instrument(before[j]):
            return any(t in OF for t in before[j + 1:k])
    return False
