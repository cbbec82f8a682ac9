"""A text as the subject of a planning verb on what a text addresses ("La Política prevé …", "The Strategy envisages …"): the text provides for it, not a plan."""
from __future__ import annotations

from collections.abc import Callable

from .reading_words import cues

Finder = Callable[..., "tuple[int, tuple[str, ...]] | None"]
HEAD_REACH = 4   # "The Digital Government Strategy envisages", "La Política Integral prevé": the text heads the clause


def text_provides(toks: list[str], at: int, find: Finder, verb_at: Callable[[list[str]], int | None]) -> bool:
    """Is the planning cue at toks[at] ("prevé", "prévoit", "envisages", "foresees") the verb of a clause whose
    subject is a text (status class `instrument` within the first words: strategy, plan, política, loi; further on,
    "The Government, through its Strategy, envisages …", the subject is a body that plans), with no draft word and
    no verb before the cue? Read only on a question about what a text addresses (the caller's COVERAGE): there
    "La Política Integral prevé, entre sus lineamientos, el desarrollo de la identificación digital" says the text
    refers to digital identity, which is what is asked; the plan word is the text's content, not the status of the
    thing asked (round twenty-three HH). On other questions the same words may announce a text still to come
    ("The Strategy foresees a digital ID law by 2024" on a question about the law): not read here."""
    if toks[at] in cues().words["modal"] & cues().words["auxiliary"]:
        return False   # "Un cadre … sera adopté en 2023", "will be adopted": a text still to come, not its content
    head = toks[:at]
    hit = find(head, "instrument")
    if hit is None or hit[0] >= HEAD_REACH:
        return False
    return find(head, "draft") is None and verb_at(head) is None
