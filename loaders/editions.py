"""Which survey edition a document answers, and the crosswalk of equivalent questions across editions."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import catalogue
from .paths import CATALOGUE_DIR
from .records import ParseError

TITLE_RE = re.compile(r"E-Government\s+Survey\s+(20\d\d)", re.IGNORECASE)
CROSSWALK = CATALOGUE_DIR / "crosswalk.csv"
CROSSWALK_COLUMNS = ("concept", "edition", "question", "item", "relation", "note")
RELATIONS = {"same", "reworded", "narrower", "broader"}


def from_text(text: str, head_chars: int = 3000) -> int | None:
    """The edition named in a document's title ("… E-Government Survey 2022"), or None."""
    m = TITLE_RE.search(text[:head_chars])
    return int(m.group(1)) if m else None


def resolve(found: int | None, given: int | None, source_name: str) -> int:
    """The edition to parse with: the document's own, else --edition; a disagreement is an error."""
    if found is not None and given is not None and found != given:
        raise ParseError(f"{source_name}: the document says edition {found} but --edition {given} was given; "
                         "drop --edition or check the file")
    edition = found if found is not None else given
    if edition is None:
        raise ParseError(f"{source_name}: no survey edition found (no 'E-Government Survey 20XX' title or "
                         "form layout); pass --edition YEAR")
    if edition not in catalogue.editions():
        raise ParseError(f"{source_name}: edition {edition} has no question catalogue (have "
                         f"{catalogue.editions()}); add data/catalogue/msq_{edition}.csv and crosswalk rows")
    return edition


@dataclass(frozen=True)
class Link:
    """One catalogue entry's place in a cross-edition concept."""

    concept: str
    edition: int
    question: int
    item: str
    relation: str
    note: str


@lru_cache(maxsize=4)
def crosswalk(path: Path = CROSSWALK) -> tuple[Link, ...]:
    """All crosswalk rows; fails loudly on a bad relation or an entry missing from its catalogue."""
    out = []
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != CROSSWALK_COLUMNS:
            raise ValueError(f"{path}: columns must be {CROSSWALK_COLUMNS}")
        for n, row in enumerate(reader, start=2):
            link = Link(row["concept"], int(row["edition"]), int(row["question"]), row["item"],
                        row["relation"], row["note"])
            if link.relation not in RELATIONS:
                raise ValueError(f"{path}:{n}: relation {link.relation!r} not in {sorted(RELATIONS)}")
            if link.edition in catalogue.editions():
                catalogue.entry(link.edition, link.question, link.item)  # KeyError names the bad row
            out.append(link)
    return tuple(out)


def equivalents(edition: int, question: int, item: str = "") -> dict[int, tuple[int, str]]:
    """edition -> (question, item) of the same concept in every edition the crosswalk knows."""
    links = crosswalk()
    concepts = {x.concept for x in links if (x.edition, x.question, x.item) == (edition, question, item)}
    return {x.edition: (x.question, x.item) for x in links if x.concept in concepts}


