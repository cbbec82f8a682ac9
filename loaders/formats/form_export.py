"""Online-form exports (.xlsx/.csv, one row per country) -> one ParsedDocument per row.

Column headers are matched to catalogue (question, item, field) through data/catalogue/form_headers_<edition>.csv,
then by fuzzy matching (rapidfuzz) for headers worded slightly differently, with the score reported; a header
that maps to nothing is listed in every document's notes, never dropped silently. Each row is written out in
the questionnaire text layout (a form choice is an explicit tick: ☒/☐) and read by msq_text.parse_text, so a
form answer follows exactly the same rules as the same answer in a PDF or Word file.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from .. import catalogue, countries, editions, ticks
from . import sheets as tables
from ..paths import CATALOGUE_DIR
from ..records import ParsedDocument, ParseError

LOADER = "loaders.msq_forms"
FORMAT = "form_export"
FUZZY_CUTOFF = 85.0           # headers without a question number (rapidfuzz QRatio)
FUZZY_CUTOFF_NUMBERED = 75.0  # headers that start with one ("Q10 …", "10. …")
FUZZY_MARGIN = 5.0
FIELDS = {"meta", "synthetic", "country", "answer", "detail"} | {
    f"{role}_{f}" for role in ("respondent", "cio") for f in ("name", "title", "organization", "email")}
NUMBER_RE = re.compile(r"^\s*(?:Q(?:uestion)?\s*)?(\d{1,2})\s*[.):\-]?\s+", re.IGNORECASE)
YES = {"yes", "y", "true", "1", "oui", "sí", "si", "x", "☒", "☑", "✓", "✔"}
NO = {"no", "n", "false", "0", "non"}
CONTACT_LABELS = (("name", "Your name"), ("title", "Title"), ("organization", "Organization"), ("email", "Email"))


@dataclass(frozen=True)
class Target:
    """Where a column's values go: a catalogue entry's answer/detail, the country, a contact field, or nowhere."""

    question: int | None
    item: str
    field: str


@dataclass
class HeaderMatch:
    header: str
    column: int
    target: Target | None
    score: float      # 100 for an exact match, the rapidfuzz score for a fuzzy one, 0 when unmapped
    method: str       # exact | fuzzy | unmapped | ambiguous | duplicate


@dataclass
class HeaderMap:
    edition: int
    matches: list[HeaderMatch] = field(default_factory=list)

    @property
    def mapped(self) -> list[HeaderMatch]:
        return [m for m in self.matches if m.target is not None]

    @property
    def unmapped(self) -> list[HeaderMatch]:
        return [m for m in self.matches if m.target is None and m.header]

    @property
    def fuzzy(self) -> list[HeaderMatch]:
        return [m for m in self.matches if m.method == "fuzzy"]

    def notes(self) -> list[str]:
        out = [f"form export: {len(self.mapped)} of {len([m for m in self.matches if m.header])} columns "
               f"matched to the MSQ {self.edition} catalogue"]
        for m in self.fuzzy:
            t = m.target
            out.append(f"column {m.header!r} matched by wording to question {t.question}"
                       f"{' item ' + t.item if t.item else ''} ({t.field}), score {m.score:.0f}")
        for m in self.unmapped:
            out.append(f"column {m.header!r} maps to no catalogue question ({m.method}); its values were not read")
        return out


def headers_path(edition: int) -> Path:
    return CATALOGUE_DIR / f"form_headers_{edition}.csv"


def key(header: str) -> str:
    """How headers are compared: case, spacing, required-field stars and end punctuation ignored."""
    return " ".join(header.replace("*", " ").casefold().split()).strip(" :;?.")


@lru_cache(maxsize=None)
def mapping(edition: int) -> dict[str, Target]:
    """Normalised header -> Target from data/catalogue/form_headers_<edition>.csv; fails loudly on bad rows."""
    path = headers_path(edition)
    if not path.exists():
        raise ParseError(f"no online-form header mapping for edition {edition}: expected {path}")
    out: dict[str, Target] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f), start=2):
            q = int(row["question"]) if row["question"] else None
            t = Target(q, row["item"], row["field"])
            if t.field not in FIELDS:
                raise ValueError(f"{path}:{n}: field {t.field!r} not in {sorted(FIELDS)}")
            if q is not None:
                catalogue.entry(edition, q, t.item)  # KeyError names a question the catalogue lacks
            if key(row["header"]) in out:
                raise ValueError(f"{path}:{n}: header {row['header']!r} appears twice")
            out[key(row["header"])] = t
    return out


def _number(header: str) -> int | None:
    m = NUMBER_RE.match(header)
    return int(m.group(1)) if m else None


def _strip_number(k: str) -> str:
    return NUMBER_RE.sub("", k, count=1)


def _fuzzy(header: str, table: dict[str, Target]) -> tuple[Target | None, float, str]:
    """Best catalogue header by wording; a printed question number narrows the candidates first."""
    number = _number(header)
    # "9. If yes…" must never match "10. If yes…": with a number, only that question's columns compete,
    # and a looser cutoff is safe; without one, the winner must also clearly beat the runner-up.
    choices = {c: t for c, t in table.items() if number is None or t.question == number}
    cutoff, margin = (FUZZY_CUTOFF_NUMBERED, 0.0) if number is not None else (FUZZY_CUTOFF, FUZZY_MARGIN)
    stripped = {c: _strip_number(c) for c in choices}
    found = process.extract(_strip_number(key(header)), stripped, scorer=fuzz.QRatio, limit=2, score_cutoff=cutoff)
    if not found:
        return None, 0.0, "unmapped"
    (_, best, c1), rest = found[0], found[1:]
    if rest and best - rest[0][1] < max(margin, 0.5) and choices[c1] != choices[rest[0][2]]:
        return None, float(best), "ambiguous"
    return choices[c1], float(best), "fuzzy"


def map_headers(header: list[str], edition: int) -> HeaderMap:
    """Match every column header to the mapping file: exactly, else by wording (rapidfuzz), else unmapped."""
    table = mapping(edition)
    result = HeaderMap(edition)
    used: dict[Target, str] = {}
    for col, h in enumerate(header):
        if not h.strip():
            continue
        k = key(h)
        target, score, method = table.get(k), 100.0, "exact"
        if target is None:
            target, score, method = _fuzzy(h, table)
        if target is not None and target.field not in {"meta", "detail"} and target in used:
            target, method = None, f"duplicate of column {used[target]!r}"
        if target is not None:
            used.setdefault(target, h)
        result.matches.append(HeaderMatch(h, col, target, score, method))
    return result


def guess_edition(header: list[str]) -> int | None:
    """The edition whose form headers match the most question columns; None when none or a tie."""
    counts = {}
    for ed in catalogue.editions():
        if headers_path(ed).exists():
            counts[ed] = len([m for m in map_headers(header, ed).mapped if m.target.question is not None])
    best = max(counts.values(), default=0)
    winners = [ed for ed, n in counts.items() if n == best]
    return winners[0] if best >= 1 and len(winners) == 1 else None


def looks_like_form_export(header: list[str]) -> bool:
    """A country column and at least one column that is an MSQ question (index files also say "Country Name")."""
    keys = {key(h) for h in header}
    return "country name" in keys and guess_edition(header) is not None


# ---------------------------------------------------------------------------------------------
# One row -> the text layout


def _yes_no_value(value: str, where: str) -> bool | None:
    v = value.strip().casefold()
    if not v:
        return None
    if v in YES:
        return True
    if v in NO:
        return False
    raise ParseError(f"{where}: value {value!r} is not Yes, No or blank")


def _box(on: bool) -> str:
    return ticks.TICKED if on else ticks.UNTICKED


def _lines(text: str) -> list[str]:
    return [s.strip() for s in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def row_to_text(values: dict[Target, list[str]], edition: int, where: str) -> str:
    """A form row (target -> cell texts) written in the layout msq_text.parse_text reads."""
    def get(question, item, fld) -> str:
        return "\n\n".join(v for v in values.get(Target(question, item, fld), []) if v.strip())

    out: list[str] = []
    if get(None, "", "synthetic"):
        out += ["SYNTHETIC DEMO DATA — not a real government response", ""]
    out += [f"Member States Questionnaire (MSQ) for the United Nations E-Government Survey {edition}", ""]
    out += [f"COUNTRY NAME* {get(None, '', 'country')}", ""]
    for f, label in CONTACT_LABELS:
        v = get(None, "", f"respondent_{f}")
        if v:
            out.append(f"{label}* {' '.join(v.split())}")
    out.append("")
    section = None
    for q in catalogue.questions(edition):
        if q.section != section:
            section = q.section
            out += [f"{q.section}. {q.section_title}", ""]
        number = f"{q.printed_number}. " if q.printed_number else ""
        out += [f"{number}{q.text}", ""]
        if q.answer_type == "yes_no":
            tick = _yes_no_value(get(q.question, "", "answer"), f"{where}, question {q.question}")
            out.append(f"{_box(tick is True)} Yes {_box(tick is False)} No")
            for f, label in CONTACT_LABELS:
                v = get(q.question, "", f"cio_{f}")
                if v:
                    out.append(f"{label}* {' '.join(v.split())}")
            out += [""] + _lines(get(q.question, "", "detail"))
        elif q.answer_type == "choice":
            out += _choice_lines(q, get(q.question, "", "answer"), where)
        elif q.answer_type == "items":
            out += _lines(get(q.question, "", "detail"))
            for e in catalogue.items(edition, q.question):
                detail = _lines(get(q.question, e.item, "detail"))
                glyph = ""
                if e.answer_type == "yes_no":
                    tick = _yes_no_value(get(q.question, e.item, "answer"), f"{where}, question {q.question} {e.item}")
                    glyph = "" if tick is None else _box(tick) + " "
                out += ["", f"{glyph}{e.form_label} {detail[0]}".rstrip()] + detail[1:]
        else:
            out += _lines(get(q.question, "", "detail"))
        out.append("")
    # Trailing spaces as in the published text: a line holding only a URL is then answer text.
    return "\n".join(line.rstrip() + " " for line in out)


def _choice_lines(q, value: str, where: str) -> list[str]:
    v = " ".join(value.split())
    chosen, other = None, ""
    if v:
        for option in q.options:
            if v.casefold() == option.casefold():
                chosen = option
            elif option.casefold() == "other" and v.casefold().startswith("other"):
                chosen, other = option, v[5:].lstrip(" :-–")
        if chosen is None:
            raise ParseError(f"{where}, question {q.question}: value {value!r} is not one of {list(q.options)}")
    return [f"{_box(o == chosen)} {o}{' ' + other if o == chosen and other else ''}" for o in q.options]


# ---------------------------------------------------------------------------------------------


def read_rows(path: Path, edition: int | None) -> tuple[HeaderMap, list[tuple[int, dict[Target, list[str]]]]]:
    """The header map and (spreadsheet row number, target -> cell texts) for every non-empty row."""
    sheet = tables.read(path)
    if not sheet.header:
        raise ParseError(f"{path.name}: the form export is empty")
    ed = edition if edition is not None else guess_edition(sheet.header)
    ed = editions.resolve(None, ed, path.name)
    hmap = map_headers(sheet.header, ed)
    if not any(m.target and m.target.field == "country" for m in hmap.matches):
        raise ParseError(f"{path.name}: no 'COUNTRY NAME' column; the form export needs one column naming "
                         "the country of each response")
    if not any(m.target.question is not None for m in hmap.mapped):
        raise ParseError(f"{path.name}: no column is an MSQ {ed} question (see data/catalogue/"
                         f"{headers_path(ed).name}); is this an online-form export?")
    rows = []
    for k, row in enumerate(sheet.rows):
        if not any(c.strip() for c in row):
            continue
        values: dict[Target, list[str]] = {}
        for m in hmap.mapped:
            values.setdefault(m.target, []).append(row[m.column] if m.column < len(row) else "")
        rows.append((sheet.first_row + k, values))
    return hmap, rows


def load(path: str | Path, edition: int | None = None) -> list[ParsedDocument]:
    """An online-form export -> one ParsedDocument per country row."""
    from .text import parse_text

    path = Path(path)
    hmap, rows = read_rows(path, edition)
    if not rows:
        raise ParseError(f"{path.name}: the form export has a header row but no responses")
    docs, seen = [], {}
    for n, values in rows:
        where = f"{path.name} row {n}"
        country = " ".join(" ".join(values.get(Target(None, "", "country"), [""])).split())
        try:
            iso3 = countries.to_iso3(country)
        except countries.UnknownCountry as e:
            raise ParseError(f"{where}: {e}") from e
        if iso3 in seen:
            raise ParseError(f"{where}: a second response for {country} ({iso3}); the first is row {seen[iso3]}. "
                             "Keep one row per country")
        seen[iso3] = n
        doc = parse_text(row_to_text(values, hmap.edition, where), source_name=where, edition=hmap.edition,
                         loader=LOADER, fmt=FORMAT)
        docs.append(doc.model_copy(update={"notes": [f"{where}"] + hmap.notes() + doc.notes}))
    return docs
