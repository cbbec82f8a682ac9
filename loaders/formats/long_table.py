"""Hand-kept long tables (.csv/.xlsx: country, edition, question, item, answer, detail, links [, basis]).

Every value is checked against the closed sets and the catalogue; a bad row fails the whole file
loudly, naming the row and the value. Catalogue entries the table leaves out become unknown/none.
Without a basis column a yes/no is 'inferred' (an analyst read it, no tick is known) and unknown is 'none'.
"""
from __future__ import annotations

import re
from pathlib import Path

from .. import catalogue, countries, editions
from ..records import ANSWERS, BASES, AnswerRecord, ParsedDocument, ParseError
from . import sheets

LOADER = "loaders.formats.long_table"
FORMAT = "long_table"
REQUIRED = ("country", "edition", "question", "item", "answer")
OPTIONAL = ("detail", "links", "basis", "country_name", "is_synthetic")
ALIASES = {"country_iso3": "country", "iso3": "country", "year": "edition"}
LINK_SPLIT_RE = re.compile(r"[\s;|]+")


def columns(header: list[str]) -> dict[str, int]:
    """Canonical column name -> index, for the columns a long table may have."""
    out: dict[str, int] = {}
    for i, h in enumerate(header):
        name = "_".join(h.strip().casefold().split())
        name = ALIASES.get(name, name)
        if name in REQUIRED + OPTIONAL and name not in out:
            out[name] = i
    return out


def looks_like_long_table(header: list[str]) -> bool:
    return {"country", "question", "answer"} <= set(columns(header))


def _links(cell: str) -> list[str]:
    out: list[str] = []
    for u in LINK_SPLIT_RE.split(cell.strip()):
        if u and u not in out:
            out.append(u)
    return out


def load(path: str | Path, edition: int | None = None) -> list[ParsedDocument]:
    """A long table -> one ParsedDocument per (country, edition), after checking every row."""
    path = Path(path)
    sheet = sheets.read(path)
    cols = columns(sheet.header)
    missing = [c for c in REQUIRED if c not in cols and not (c == "edition" and edition)]
    if missing:
        raise ParseError(f"{path.name}: a long table needs the columns {', '.join(REQUIRED)}; missing "
                         f"{', '.join(missing)} (found {sheet.header})")
    groups: dict[tuple[str, int], dict] = {}
    for k, row in enumerate(sheet.rows):
        n = sheet.first_row + k
        if not any(c.strip() for c in row):
            continue
        cell = {c: (row[i].strip() if i < len(row) else "") for c, i in cols.items()}
        where = f"{path.name} row {n}"
        raw_ed = cell.get("edition", "") or (str(edition) if edition else "")
        if not raw_ed.isdigit():
            raise ParseError(f"{where}: edition {raw_ed!r} is not a survey year")
        ed = editions.resolve(int(raw_ed), edition, where)
        try:
            iso3 = countries.to_iso3(cell["country"])
        except countries.UnknownCountry as e:
            raise ParseError(f"{where}: {e}") from e
        if not cell["question"].isdigit():
            raise ParseError(f"{where}: question {cell['question']!r} is not a question number")
        q, item = int(cell["question"]), cell["item"]
        try:
            catalogue.entry(ed, q, item)
        except KeyError as e:
            raise ParseError(f"{where}: question {q} item {item!r} is not in the MSQ {ed} catalogue") from e
        answer = cell["answer"].casefold()
        if answer not in ANSWERS:
            raise ParseError(f"{where}: answer {cell['answer']!r} is not one of {', '.join(ANSWERS)}")
        basis = cell.get("basis", "").casefold() or ("none" if answer == "unknown" else "inferred")
        if basis not in BASES:
            raise ParseError(f"{where}: basis {cell.get('basis')!r} is not one of {', '.join(BASES)}")
        if answer == "unknown" and basis == "marked":
            raise ParseError(f"{where}: an unknown answer cannot have basis 'marked'")
        g = groups.setdefault((iso3, ed), {"name": cell.get("country_name") or cell["country"], "answers": {},
                                           "synthetic": False})
        if (q, item) in g["answers"]:
            raise ParseError(f"{where}: a second row for {iso3} {ed} question {q} item {item!r}")
        g["synthetic"] |= cell.get("is_synthetic", "").casefold() in {"true", "1", "yes"}
        g["answers"][(q, item)] = AnswerRecord(question=q, item=item, answer=answer, basis=basis,
                                               detail=cell.get("detail", ""), links=_links(cell.get("links", "")))
    if not groups:
        raise ParseError(f"{path.name}: the long table has no rows")
    return _documents(groups, sheet)


def _documents(groups: dict[tuple[str, int], dict], sheet: sheets.Sheet) -> list[ParsedDocument]:
    """One document per (country, edition): catalogue entries the table leaves out are unknown/none."""
    docs = []
    layout = f"long table, {len(sheet.rows)} rows, {len(groups)} response{'s' if len(groups) != 1 else ''}"
    for (iso3, ed), g in groups.items():
        answers, absent = [], 0
        for e in catalogue.load(ed):
            a = g["answers"].get(e.key)
            if a is None:
                absent += 1
                a = AnswerRecord(question=e.question, item=e.item, answer="unknown", basis="none")
            answers.append(a)
        notes = [f"long table: {len(g['answers'])} rows for {iso3} {ed}"]
        if absent:
            notes.append(f"{absent} catalogue entries are not in the table and are recorded as unknown")
        notes += sheet.notes  # e.g. NUL characters removed while reading the file
        docs.append(ParsedDocument(country_name=g["name"], edition=ed, loader=LOADER, format=FORMAT,
                                   answers=answers, notes=notes, is_synthetic=g["synthetic"], layout=layout))
    return docs
