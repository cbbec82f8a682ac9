"""A labelled status field inside a written answer ("Estado: Parcial", "Statut : en vigueur"): the answer's own verdict."""
from __future__ import annotations

import re
from typing import Callable

from . import reading_polarity as polarity

FLAG_FIELD_DISAGREES = "the status field and the rest of the answer disagree"
# A field's value ends at a line end, a bullet, a bar, or where the next label starts: one to three words, the
# first capitalised, before a colon ("Estado: Parcial Base legal: Ley …" when the lines were joined).
VALUE_END_RE = re.compile(r"\n|\s[•|]\s?|\s(?=[A-ZÁÉÍÓÚÑÇ][\w’'-]*(?:\s[\w’'-]+){0,2}\s?:(?!//))")


def status_value(detail: str) -> str | None:
    """The value of the answer's first field whose label is a status label (polarity kind `status_label`:
    "Estado", "Statut", "Situación", "Status"), or None."""
    labels = polarity.cues().words["status_label"] | {" ".join(p) for p in polarity.cues().phrases["status_label"]}
    for m in re.finditer(r"(?:^|\n|[•|])\s*([^\W\d_]+(?:\s[^\W\d_]+){0,2})\s?:\s*(?=\S)(?!//)", detail):
        if " ".join(polarity.tokens(m.group(1))) not in labels:
            continue
        rest = detail[m.end():]
        end = VALUE_END_RE.search(rest)
        value = (rest[:end.start()] if end else rest).strip(" .;,–-")
        return value or None
    return None


def with_status_field(text: str, question: str, edition: int | None,
                      read: Callable[..., polarity.Reading]) -> polarity.Reading:
    """Read the answer; a status field saying "partial" makes it a mixed yes, and a status field whose own
    reading is the opposite of the whole answer's flags the answer (the reviewer decides which part counts:
    "Estado: Sin ley específica" beside "Instrumentos vigentes: …")."""
    whole = read(text, question, edition=edition)
    value = status_value(text)
    if value is None or value.strip() == polarity.strip_label(text).strip():
        return whole
    from . import reading_evidence as evidence
    toks = polarity.tokens(value)
    if len(toks) <= 3 and evidence.find(toks, "partial") is not None:
        return polarity.Reading("yes", polarity.FLAG_MIXED, "status field: partial",
                                evidence.Evidence("in place", tuple(toks)).describe(text))
    own = read(value, question, edition=edition)
    if own.answer in {"yes", "no"} and whole.answer in {"yes", "no"} and own.answer != whole.answer \
            and whole.flag is None:
        return polarity.Reading(whole.answer, FLAG_FIELD_DISAGREES, whole.rule, whole.evidence)
    return whole
