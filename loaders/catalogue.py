"""Reads the per-edition question catalogues in data/catalogue/ and answers questions about them."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .paths import CATALOGUE_DIR

ANSWER_TYPES = {"yes_no", "choice", "text", "items"}
THEMES = {
    "legal_framework", "emerging_tech", "inclusion", "e_participation",
    "institutional", "covid", "strategy", "usage",
}


@dataclass(frozen=True)
class Entry:
    """One catalogue row: a question (item == '') or one of its sub-items."""

    edition: int
    section: str
    section_title: str
    question: int
    item: str
    printed_number: str
    label: str
    text: str
    answer_type: str
    required: bool
    form_label: str
    options: tuple[str, ...]
    themes: tuple[str, ...]
    scored: bool

    @property
    def key(self) -> tuple[int, str]:
        return (self.question, self.item)


def catalogue_path(edition: int, directory: Path = CATALOGUE_DIR) -> Path:
    return directory / f"msq_{edition}.csv"


def editions(directory: Path = CATALOGUE_DIR) -> list[int]:
    """Survey editions that have a catalogue file."""
    out = []
    for p in directory.glob("msq_*.csv"):
        stem = p.stem.removeprefix("msq_")
        if stem.isdigit():
            out.append(int(stem))
    return sorted(out)


@lru_cache(maxsize=None)
def load(edition: int, directory: Path = CATALOGUE_DIR) -> tuple[Entry, ...]:
    """All entries of one edition's catalogue, in questionnaire order; fails loudly on bad rows."""
    path = catalogue_path(edition, directory)
    if not path.exists():
        raise FileNotFoundError(f"no question catalogue for edition {edition}: expected {path}")
    entries = []
    with path.open(encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f), start=2):
            themes = tuple(t for t in row["themes"].split(";") if t)
            bad = set(themes) - THEMES
            if row["answer_type"] not in ANSWER_TYPES or bad or int(row["edition"]) != edition:
                raise ValueError(f"{path}:{n}: bad answer_type, theme {sorted(bad)} or edition")
            entries.append(Entry(
                edition=edition, section=row["section"], section_title=row["section_title"],
                question=int(row["question"]), item=row["item"], printed_number=row["printed_number"],
                label=row["label"], text=row["text"], answer_type=row["answer_type"],
                required=row["required"] == "1", form_label=row["form_label"],
                options=tuple(o for o in row["options"].split("|") if o), themes=themes,
                scored=row["scored"] == "1",
            ))
    keys = [e.key for e in entries]
    if len(keys) != len(set(keys)):
        raise ValueError(f"{path}: duplicate (question, item) rows")
    return tuple(entries)


def questions(edition: int) -> list[Entry]:
    return [e for e in load(edition) if not e.item]


def items(edition: int, question: int) -> list[Entry]:
    return [e for e in load(edition) if e.question == question and e.item]


def entry(edition: int, question: int, item: str = "") -> Entry:
    for e in load(edition):
        if e.key == (question, item):
            return e
    raise KeyError(f"edition {edition} has no question {question} item {item!r}")


def sections(edition: int) -> dict[str, str]:
    """Section letter -> title, in order."""
    return {e.section: e.section_title for e in load(edition)}


@lru_cache(maxsize=None)
def form_text(edition: int, directory: Path = CATALOGUE_DIR) -> tuple[tuple[str, str], ...]:
    """(kind, text) lines of form boilerplate (prompts, notes, headings) that are never answers."""
    path = directory / f"msq_{edition}_form_text.csv"
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as f:
        return tuple((r["kind"], r["text"]) for r in csv.DictReader(f))


def frame(edition: int):
    """The catalogue as a pandas DataFrame (themes as a list column)."""
    import pandas as pd

    return pd.DataFrame([{**e.__dict__, "themes": list(e.themes), "options": list(e.options)}
                         for e in load(edition)])
