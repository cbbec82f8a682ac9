"""A text's own vision on what a text addresses ("the target vision of the Strategic Roadmap provides …"): the text's content, not an idea."""
from __future__ import annotations

from collections.abc import Callable

from .reading_words import cues

Finder = Callable[..., "tuple[int, tuple[str, ...]] | None"]
TEXT_REACH = 4   # "of the Strategic Roadmap", "of the National Digital Agenda", "du Plan national", "de la Estrategia"


def vision_of_text(toks: list[str], at: int, cue: tuple[str, ...], find: Finder) -> bool:
    """Is the idea noun at toks[at] ("vision", "concept"; status class `idea`) the head of an of-phrase (kind
    `of_word`) that names, within a short noun phrase, a text (status class `instrument`)? "The target vision of the
    Strategic Roadmap … provides the application of artificial intelligence", "La vision du Plan national prévoit
    …", "La visión de la Agenda Digital contempla …": the vision is what the text says, so on a question about what
    a text addresses (the caller's COVERAGE) the text refers to the topic; the idea is the text's, not a status of
    the thing asked (round twenty-eight TT: read no, `status idea`). Not "a vision of the next strategy" (a text
    itself to come: a word of order, planning or draft before the instrument), nor "a vision of digital services"."""
    after = at + len(cue)
    if after >= len(toks) or toks[after] not in cues().words["of_word"]:
        return False
    for j in range(after + 1, min(len(toks), after + 1 + TEXT_REACH)):
        if not toks[j].isalpha() or any(find(toks, cls, j, j + 1) is not None for cls in ("ordinal", "planned", "draft")):
            return False
        if find(toks, "instrument", j, j + 1) is not None:
            return True
    return False
