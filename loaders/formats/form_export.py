"""Online-form exports (.xlsx/.csv from any survey tool or Excel; one row per country) -> one ParsedDocument per row.

The header block (one to three rows: codes, printed wording, sub-column labels, import ids; a codebook sheet
for coded headers) is found by its shape in export_layout; a question's sub-columns (one per option, typed
"other" text) take their target from its first column; metadata columns are known by their values.

Headers are the questionnaire's printed wording (data/catalogue/form_headers_<edition>.csv), with or without
the question number, trimmed by the tool, made unique by the tool (".1", " 2", "_1", "(2)") or worded slightly
differently (rapidfuzz, score reported, answers flagged). A shared follow-up prompt ("If yes, please provide
link and detail.") belongs to the question column just before it. Multi-select cells ("A;B;") tick sub-items.
Each row is written out in the questionnaire text layout (a form choice is an explicit tick: ☒/☐) and read by
text.parse_text, so a form answer follows the same rules as the same answer in a PDF or Word file. A column
that looks like a question and is left unread becomes a document warning, never a silent OK.
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from .. import catalogue, countries, editions, ticks
from ..paths import CATALOGUE_DIR
from ..records import FLAG_MAX, ParsedDocument, ParseError, quoted, shorten
from . import export_layout, sheets

LOADER = "loaders.msq_forms"
FORMAT = "form_export"
FUZZY_CUTOFF = 85.0           # headers without a question number (rapidfuzz QRatio)
FUZZY_CUTOFF_NUMBERED = 75.0  # headers that start with one ("Q10 …", "10. …")
FUZZY_MARGIN = 5.0
QUESTION_LIKE_CUTOFF = 60.0   # an unread header this close to any questionnaire wording looks like a question
TRUNCATED_MIN = 50            # a header cut by the tool must keep this many characters to be matched by prefix
CONTACT_FIELDS = ("name", "title", "organization", "email")
FIELDS = {"meta", "submitted", "synthetic", "country", "status", "answer", "detail", "options"} | {
    f"contact_{f}" for f in CONTACT_FIELDS}
NUMBER_RE = re.compile(r"^\s*(?:q(?:uestion)?\s*)?(\d{1,2})(?:\s*[.):\-]\s*|\s+)", re.IGNORECASE)
# What form tools append to make a repeated header unique: ".1", " 2", "_1", "(2)", "[2]", or just "2".
SUFFIX_RE = re.compile(r"(?:\.\d{1,3}|_\d{1,3}|\s+\d{1,3}|\s*\(\d{1,3}\)|\s*\[\d{1,3}\]|(?<=[^\d\s])\d{1,2})$")
GRID_RE = re.compile(r"^(?P<q>.+?)\s*\[(?P<row>[^\[\]]+)\]$")
YES = {"yes", "y", "true", "1", "oui", "sí", "si", "x", "☒", "☑", "✓", "✔"}
NO = {"no", "n", "false", "0", "non"}
CONTACT_LABELS = (("name", "Your name"), ("title", "Title"), ("organization", "Organization"), ("email", "Email"))
QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


@dataclass(frozen=True)
class Target:
    """Where a column's values go: a catalogue entry's answer/detail/options, the country, a contact field, meta."""

    question: int | None
    item: str
    field: str


@dataclass(frozen=True)
class Row:
    """One row of the header file: a printed wording and where its column goes."""

    header: str
    target: Target
    follows: frozenset[int]  # for shared prompts: the questions whose column it may follow
    lead: bool               # a tool's metadata column, only in the leading block (ID, Email, …)


@dataclass
class HeaderMatch:
    header: str
    column: int
    target: Target | None
    score: float      # 100 for an exact match, the rapidfuzz score for a fuzzy one, 0 when unmapped
    method: str       # exact | made unique | truncated | grid | fuzzy | renumbered | unmapped | ambiguous | …
    question_like: bool = False
    doubt: str = ""   # why answers read from this column are flagged ("" when the header is certain)
    main_target: Target | None = None  # the question's own target, for its sub-columns

    @property
    def approximate(self) -> bool:
        return bool(self.doubt)


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
        # A doubtful header that lost its target afterwards (a second column for one question) is unmapped.
        return [m for m in self.matches if m.approximate and m.target is not None]

    def notes(self) -> list[str]:
        out = [f"form export: {len(self.mapped)} of {len([m for m in self.matches if m.header])} columns "
               f"matched to the MSQ {self.edition} catalogue"]
        for m in self.fuzzy:
            how = f"score {m.score:.0f}" if m.method == "fuzzy" else m.doubt
            out.append(f"column {quoted(m.header, 120)} matched by wording to {_describe(m.target)}, {how}")
        for m in self.unmapped:
            out.append(f"column {quoted(m.header, 120)} maps to no catalogue question ({m.method}); its values were not read")
        return out

    def warnings(self) -> list[str]:
        return [f"column {quoted(m.header, 120)} looks like a question but was not read ({m.method})"
                for m in self.unmapped if m.question_like]


def _describe(t: Target) -> str:
    if t.question is None:
        return t.field
    return f"question {t.question}{' item ' + t.item if t.item else ''} ({t.field})"


def headers_path(edition: int) -> Path:
    return CATALOGUE_DIR / f"form_headers_{edition}.csv"


def key(header: str) -> str:
    """How headers are compared: case, spacing, line breaks, quote styles, stars and end punctuation ignored."""
    return " ".join(header.translate(QUOTES).replace("*", " ").casefold().split()).strip(" :;?.")


def _ranges(text: str) -> frozenset[int]:
    out: set[int] = set()
    for part in filter(None, text.split(";")):
        a, _, b = part.partition("-")
        out.update(range(int(a), int(b or a) + 1))
    return frozenset(out)


@lru_cache(maxsize=None)
def rows(edition: int) -> tuple[Row, ...]:
    """The header file's rows; fails loudly on a field, question or duplicate the code does not know."""
    path = headers_path(edition)
    if not path.exists():
        raise ParseError(f"no online-form header mapping for edition {edition}: expected {path}")
    out: list[Row] = []
    seen: set[tuple[str, bool]] = set()
    with path.open(encoding="utf-8", newline="") as f:
        for n, r in enumerate(csv.DictReader(f), start=2):
            q = int(r["question"]) if r["question"] else None
            t = Target(q, r["item"], r["field"])
            if t.field not in FIELDS:
                raise ValueError(f"{path}:{n}: field {t.field!r} not in {sorted(FIELDS)}")
            follows = _ranges(r["follows"])
            for number in ({q} if q is not None else set()) | follows:
                catalogue.entry(edition, number, t.item if number == q else "")  # KeyError: unknown question
            k = (_strip_number(key(r["header"])), r["lead"] == "1")
            if k in seen:
                raise ValueError(f"{path}:{n}: header {r['header']!r} appears twice")
            seen.add(k)
            out.append(Row(r["header"], t, follows, r["lead"] == "1"))
    return tuple(out)


@lru_cache(maxsize=None)
def _table(edition: int) -> dict[tuple[str, bool], Row]:
    return {(_strip_number(key(r.header)), r.lead): r for r in rows(edition)}


def mapping(edition: int) -> dict[str, Target]:
    """Normalised printed wording -> Target (outside the leading metadata block)."""
    return {k: r.target for (k, lead), r in _table(edition).items() if not lead}


def _number(header: str) -> int | None:
    m = NUMBER_RE.match(header)
    return int(m.group(1)) if m else None


def _strip_number(k: str) -> str:
    return NUMBER_RE.sub("", k, count=1)


# ---------------------------------------------------------------------------------------------
# Header matching


def _exact(clean: str, table: dict[tuple[str, bool], Row], lead: bool) -> Row | None:
    k = _strip_number(key(clean))
    return (table.get((k, True)) if lead else None) or table.get((k, False))


def _truncated(clean: str, table: dict[tuple[str, bool], Row]) -> Row | None:
    """A header the tool cut short (Microsoft Forms keeps 250 characters): the one wording it begins."""
    k = _strip_number(key(clean))
    if len(k) < TRUNCATED_MIN:
        return None
    hits = {r.target: r for (c, lead), r in table.items() if not lead and c.startswith(k)}
    return next(iter(hits.values())) if len(hits) == 1 else None


def _candidates(clean: str) -> list[tuple[str, str]]:
    """(text to look up, method): the header, then the header without a tool's de-duplication suffix."""
    out = [(clean, "exact")]
    stripped = SUFFIX_RE.sub("", clean).strip()
    if stripped and stripped != clean:
        out.append((stripped, "made unique"))
    return out


def _fuzzy(header: str, table: dict[tuple[str, bool], Row]) -> tuple[Row | None, float, str]:
    """Best printed wording by similarity; a printed question number narrows the candidates first."""
    number = _number(header)
    # "9. If yes…" must never match "10. …": with a number, only that question's rows (and shared prompts that
    # may follow it) compete, and a looser cutoff is safe; without one, the winner must clearly beat the next.
    choices = {c: r for (c, lead), r in table.items() if not lead and (
        number is None or r.target.question == number or number in r.follows)}
    cutoff, margin = (FUZZY_CUTOFF_NUMBERED, 0.0) if number is not None else (FUZZY_CUTOFF, FUZZY_MARGIN)
    found = process.extract(_strip_number(key(header)), list(choices), scorer=fuzz.QRatio, limit=2,
                            score_cutoff=cutoff)
    if not found:
        return None, 0.0, "unmapped"
    (c1, best, _), rest = found[0], found[1:]
    if rest and best - rest[0][1] < max(margin, 0.5) and choices[c1].target != choices[rest[0][0]].target:
        return None, float(best), "ambiguous"
    return choices[c1], float(best), "fuzzy"


def _grid(clean: str, table, edition: int) -> Target | None:
    """Google Forms grid rows: "<question wording> [<item label>]" -> that item's Yes/No answer."""
    m = GRID_RE.match(clean)
    if not m:
        return None
    row = _exact(m.group("q"), table, False) or _truncated(m.group("q"), table)
    if row is None or row.target.field != "options":
        return None
    item = option_item(edition, row.target.question, m.group("row"))
    return Target(row.target.question, item, "answer") if item else None


def _worded_like_a_question(header: str) -> bool:
    """A printed number, a question mark or a sentence: a question whatever its position."""
    return _number(header) is not None or "?" in header or len(header.split()) >= 5


def _labelled_text(clean: str, table, edition: int) -> Target | None:
    """"<question wording> [Comment]": a label that is none of the question's options names its typed text."""
    m = GRID_RE.match(clean)
    if not m:
        return None
    row = _exact(m.group("q"), table, False) or _truncated(m.group("q"), table)
    if row is None or row.target.question is None or row.follows:
        return None
    if catalogue.items(edition, row.target.question) and option_item(edition, row.target.question, m.group("row")):
        return None
    return _sub_target(edition, row.target, m.group("row"), False)[0]


def _question_like(header: str, edition: int) -> bool:
    """A number, a question mark, a sentence, or wording close to the questionnaire's."""
    if _number(header) is not None or "?" in header or len(header.split()) >= 5:
        return True
    found = process.extractOne(key(header), [k for k, _ in _table(edition)], scorer=fuzz.QRatio)
    return bool(found and found[1] >= QUESTION_LIKE_CUTOFF)


def _resolve(row: Row, header: str, previous: int | None) -> tuple[Target | None, str]:
    """A row's target in this position: shared prompts take the question column just before them."""
    t = row.target
    number = _number(header)
    if t.question is not None:
        if number is not None and number != t.question and number not in row.follows:
            # The printed wording is stronger evidence than a number a form author or tool put in front of it.
            return t, f"numbered {number} but worded as question {t.question}"
        return t, ""
    if t.field.startswith("contact_"):
        # The respondent block comes before the questions; the same fields after question 4 are the CIO's.
        q = number if number is not None else previous
        if q is None:
            return Target(None, "", t.field), ""
        return (Target(q, "", t.field), "") if q in row.follows else (None, f"contact field after question {q}")
    if not row.follows:
        return t, ""
    q = number if number is not None else previous
    if q is None:
        return None, "a follow-up prompt with no question column before it"
    if q not in row.follows:
        return None, f"a follow-up prompt after question {q}, which has no such prompt"
    return Target(q, t.item, t.field), ""


def _match_one(clean: str, table, edition: int, lead: bool, previous: int | None):
    """(header-file row, target, score, method, doubt) for one header in its position."""
    row, score, method = None, 100.0, "unmapped"
    for text, how in _candidates(clean):
        row = _exact(text, table, lead)
        if row is None and len(text) >= TRUNCATED_MIN:
            row, how = _truncated(text, table), "truncated"
        if row is not None:
            method = how
            break
    target, why = (None, "")
    if row is not None:
        target, why = _resolve(row, clean, previous)
    else:
        grid = _grid(clean, table, edition)
        labelled = None if grid is not None else _labelled_text(clean, table, edition)
        if grid is not None:
            target, method = grid, "grid"
        elif labelled is not None:
            target, method = labelled, "typed-text column"
        else:
            row, score, method = _fuzzy(clean, table)
            if row is None:
                score = 0.0 if method == "unmapped" else score
            else:
                target, why = _resolve(row, clean, previous)
    doubt = ""
    if row is not None and target is None:
        method = why
    elif target is not None and why:
        method, doubt = "renumbered", f"form header {quoted(clean)} is {why}; read by its wording"
    if method == "fuzzy" and target is not None:
        doubt = f"form header matched approximately: {quoted(clean)} (score {score:.0f})"
    return row, target, score, method, doubt


def _sub_target(edition: int, main: Target | None, label: str, first: bool) -> tuple[Target | None, str]:
    """A sub-column's target from its question's: an option of it, the question itself, or its typed text."""
    if main is None or main.question is None:
        return (main, "") if first else (None, f"a sub-column {quoted(label)} of an unread column")
    item = option_item(edition, main.question, label) if catalogue.items(edition, main.question) else None
    if item:
        return Target(main.question, item, "answer"), "option column"
    if first:
        return main, ""
    if main.item or main.field == "detail":
        return Target(main.question, main.item, "detail"), "typed-text column"
    kind = catalogue.entry(edition, main.question).answer_type
    if kind == "items":
        items = {e.item for e in catalogue.items(edition, main.question)}
        return Target(main.question, "other" if "other" in items else "", "detail"), "typed-text column"
    if kind == "choice":
        return Target(main.question, "", "other"), "typed-text column"
    return Target(main.question, "", "detail"), "typed-text column"


def map_headers(header: list[str], edition: int, layout: export_layout.Layout | None = None) -> HeaderMap:
    """Match every column header to the printed wording: exactly (also without a tool's suffix or cut short),
    as a grid row, else by wording (rapidfuzz); shared prompts go to the question column before them.
    With a `layout`, a question's sub-columns (options, typed "other" text) take their target from its first."""
    table = _table(edition)
    result = HeaderMap(edition)
    used: dict[Target, str] = {}
    by_col: dict[int, HeaderMatch] = {}
    previous: int | None = None
    lead = True
    subs, groups = (layout.sub, layout.group) if layout else ({}, {})
    for col, raw in enumerate(header):
        clean = " ".join(raw.split())
        if not clean:
            continue
        first = groups.get(col, col)
        if first != col and first in by_col:
            head = by_col[first]
            row, score, doubt = None, head.score, head.doubt
            target, method = _sub_target(edition, head.main_target, subs.get(col, ""), False)
        else:
            row, target, score, method, doubt = _match_one(clean, table, edition, lead, previous)
        main_target = target
        if col in subs and first == col:
            target, how = _sub_target(edition, target, subs[col], True)
            method = how or method
        if (target is not None and target.field not in {"meta", "submitted", "detail", "status", "other"}
                and not target.field.startswith("contact_") and target in used):
            target, method, doubt = None, f"a second column for {_describe(target)}, after {quoted(used[target])}", ""
        if target is not None and target.field == "detail" and row is not None and row.follows and target in used:
            target, method, doubt = None, f"a second follow-up prompt after question {target.question}", ""
        if target is not None:
            used.setdefault(target, clean)
            if target.question is not None:
                previous = target.question
        if not (target is not None and target.field in {"meta", "submitted"} and lead):
            lead = False
        m = HeaderMatch(clean, col, target, score if target is not None or method == "ambiguous" else 0.0, method,
                        doubt=doubt if target is not None else "")
        m.main_target = main_target
        if target is None:
            m.question_like = _question_like(clean, edition)
        by_col[col] = m
        result.matches.append(m)
    return result


def guess_edition(header: list[str]) -> int | None:
    """The edition whose form headers match the most question columns; None when none or a tie."""
    counts = {}
    for ed in catalogue.editions():
        if headers_path(ed).exists():
            counts[ed] = len([m for m in _row_map(tuple(header), ed).mapped if m.target.question is not None])
    best = max(counts.values(), default=0)
    winners = [ed for ed, n in counts.items() if n == best]
    return winners[0] if best >= 1 and len(winners) == 1 else None


def looks_like_form_export(header: list[str], rows: list[list[str]] | None = None, path: Path | None = None) -> bool:
    """A country column and at least one column that is an MSQ question (index files also say "Country Name"),
    in the header row or in one of the rows under it (tools write up to three header rows), or through the
    workbook's codebook sheet when the headers are codes."""
    top = [header] + list(rows or [])[:export_layout.MAX_TOP - 1]
    book = _codebook_of(path) if path is not None else None
    if book:
        top += [export_layout.translate(r, book[1]) for r in top]
    return any("country name" in {key(h) for h in r} and guess_edition(r) is not None for r in top)


def _codebook_of(path: Path):
    """The codebook sheet of a workbook with more than one sheet (code -> wording), else None."""
    if sheets.sheet_count(path) < 2:
        return None
    return export_layout.codebook_from(sheets.read_xlsx_sheets(path))


# ---------------------------------------------------------------------------------------------
# Cell values


def _yes_no_value(value: str, where: str) -> bool | None:
    v = value.strip().rstrip(";").strip().casefold()
    if not v:
        return None
    if v in YES:
        return True
    if v in NO:
        return False
    raise ParseError(f"{where}: value {quoted(value)} is not Yes, No or blank")


def _option_names(e: catalogue.Entry) -> set[str]:
    """How a form prints a sub-item as a choice: its printed label, without "; link/detail:", " or similar"."""
    label = e.form_label
    short = label.split(";")[0].strip()
    names = {label, short, re.sub(r"\s+(?:or similar|\(if any\))$", "", short)}
    return {key(n) for n in names if n}


def option_item(edition: int, question: int, text: str) -> str | None:
    k = key(text)
    for e in catalogue.items(edition, question):
        if k in _option_names(e):
            return e.item
    return None


def split_options(edition: int, question: int, cell: str) -> tuple[list[str], list[str]]:
    """A multi-select cell -> (items chosen, texts that are no printed option); ";" separates (Microsoft Forms,
    with or without a trailing one), else ", " (Google Forms) joined back where an option holds a comma."""
    value = cell.strip()
    if not value:
        return [], []
    parts = [p.strip() for p in value.split(";")] if ";" in value else _comma_parts(edition, question, value)
    chosen, unknown = [], []
    for p in filter(None, parts):
        item = option_item(edition, question, p)
        if item is None:
            unknown.append(p)
        elif item not in chosen:
            chosen.append(item)
    return chosen, unknown


def _comma_parts(edition: int, question: int, value: str) -> list[str]:
    pieces = [p.strip() for p in value.split(",")]
    out, i = [], 0
    while i < len(pieces):
        for j in range(len(pieces), i, -1):  # longest run of pieces that is one printed option
            joined = ", ".join(pieces[i:j])
            if option_item(edition, question, joined) is not None:
                out.append(joined)
                i = j
                break
        else:
            out.append(pieces[i])
            i += 1
    return out


def parse_submitted(value: str) -> datetime | None:
    """A form's completion time -> naive UTC datetime (naive as written when it gives no zone); None if not a date."""
    from dateutil import parser as dateparser

    v = value.strip()
    if not v:
        return None
    # Google writes "GMT+2"; dateutil reads POSIX-style signs the other way round, so say it as an offset.
    v = re.sub(r"\s*(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?$",
                lambda m: f" {m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}", v)
    try:
        when = dateparser.parse(v, dayfirst=False)
    except (ValueError, OverflowError):
        return None
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc).replace(tzinfo=None)
    return when


# ---------------------------------------------------------------------------------------------
# One row -> the text layout


def _box(on: bool) -> str:
    return ticks.TICKED if on else ticks.UNTICKED


def _lines(text: str) -> list[str]:
    return [s.strip() for s in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


@dataclass
class FormRow:
    """What one row says, per catalogue entry, after multi-select cells are split."""

    values: dict[Target, list[str]]
    item_ticks: dict[tuple[int, str], bool] = field(default_factory=dict)
    other_text: dict[int, list[str]] = field(default_factory=dict)
    flags: dict[tuple[int, str], str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def get(self, question, item, fld) -> str:
        return "\n\n".join(v for v in self.values.get(Target(question, item, fld), []) if v.strip())


def expand(values: dict[Target, list[str]], edition: int, where: str) -> FormRow:
    """Multi-select and item Yes/No cells -> sub-item ticks; a cell that names no option stays written text."""
    row = FormRow({k: list(v) for k, v in values.items()})
    for t in [t for t in row.values if t.field == "answer" and t.question is not None]:
        e = catalogue.entry(edition, t.question, t.item)
        if e.answer_type != "yes_no":
            continue
        for k, cell in enumerate(row.values[t]):
            try:
                _yes_no_value(cell, where)
            except ParseError:
                # Typed words in a Yes/No column ("Yes, since 2016", "Partly"): nothing is lost; the words are
                # read as the written answer, and the answer is flagged for review.
                row.values[t][k] = ""
                row.values.setdefault(Target(t.question, t.item, "detail"), []).insert(0, cell)
                label = f"question {t.question}{' item ' + t.item if t.item else ''}"
                row.flags[(t.question, t.item)] = f"form answer {quoted(cell)} is not Yes or No; read from its words"
                row.warnings.append(f"{where}, {label}: value {quoted(cell, 120)} is not Yes, No or blank; "
                                    "read as the written answer")
    for q in catalogue.questions(edition):
        if q.answer_type != "items":
            continue
        items = [e.item for e in catalogue.items(edition, q.question)]
        for cell in values.get(Target(q.question, "", "options"), []):
            chosen, unknown = split_options(edition, q.question, cell)
            if not chosen and unknown:
                # Free text in the question's own column: the question's written detail.
                row.values.setdefault(Target(q.question, "", "detail"), []).append(cell)
                continue
            if unknown and "other" in items:
                # A tool's "Other" choice exports the text typed into it among the choices.
                chosen.append("other")
                row.other_text.setdefault(q.question, []).extend(unknown)
            elif unknown:
                row.warnings.append(f"{where}, question {q.question}: choice(s) {unknown} are none of the printed "
                                    "options; not read")
            if chosen:
                for item in items:
                    row.item_ticks[(q.question, item)] = item in chosen
        for e in catalogue.items(edition, q.question):
            _item_tick(row, q.question, e.item, where)
    return row


def _item_tick(row: FormRow, question: int, item: str, where: str) -> None:
    """A sub-item's own Yes/No cell (a grid row); typed words there are its written answer, flagged and warned."""
    cell = row.get(question, item, "answer")
    try:
        tick = _yes_no_value(cell, f"{where}, question {question} {item}")
    except ParseError:
        row.values[Target(question, item, "answer")] = []
        row.values.setdefault(Target(question, item, "detail"), []).insert(0, cell)
        row.flags[(question, item)] = f"form answer {quoted(cell)} is not Yes or No; read from its words"
        row.warnings.append(f"{where}, question {question} item {item}: value {quoted(cell, 120)} is not Yes, "
                            "No or blank; read as the written answer")
        return
    if tick is not None:
        row.item_ticks[(question, item)] = tick


def row_to_text(values: dict[Target, list[str]] | FormRow, edition: int, where: str) -> str:
    """A form row written in the layout text.parse_text reads."""
    row = values if isinstance(values, FormRow) else expand(values, edition, where)
    get = row.get
    out: list[str] = []
    if get(None, "", "synthetic"):
        out += ["SYNTHETIC DEMO DATA — not a real government response", ""]
    out += [f"Member States Questionnaire (MSQ) for the United Nations E-Government Survey {edition}", ""]
    out += [f"COUNTRY NAME* {get(None, '', 'country')}", ""]
    for f, label in CONTACT_LABELS:
        v = get(None, "", f"contact_{f}")
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
                v = get(q.question, "", f"contact_{f}")
                if v:
                    out.append(f"{label}* {' '.join(v.split())}")
            out += [""] + _lines(get(q.question, "", "detail"))
        elif q.answer_type == "choice":
            out += _choice_lines(q, get(q.question, "", "answer"), row, where)
        elif q.answer_type == "items":
            out += _lines(get(q.question, "", "detail"))
            for e in catalogue.items(edition, q.question):
                text = get(q.question, e.item, "detail")
                if e.item == "other" and row.other_text.get(q.question):
                    text = "\n\n".join(filter(None, ["Other: " + "; ".join(row.other_text[q.question]), text]))
                detail = _lines(text)
                tick = row.item_ticks.get((q.question, e.item))
                glyph = "" if tick is None else _box(tick) + " "
                out += ["", f"{glyph}{e.form_label} {detail[0]}".rstrip()] + detail[1:]
        else:
            out += _lines(get(q.question, "", "detail"))
        out.append("")
    # Trailing spaces as in the published text: a line holding only a URL is then answer text.
    return "\n".join(line.rstrip() + " " for line in out)


def _choice_lines(q, value: str, row: FormRow, where: str) -> list[str]:
    v = " ".join(value.split()).rstrip(";").strip()
    chosen, other = None, ""
    if v:
        for option in q.options:
            if v.casefold() == option.casefold():
                chosen = option
            elif option.casefold() == "other" and v.casefold().startswith("other"):
                chosen, other = option, v[5:].lstrip(" :-–")
        if chosen is None and any(o.casefold() == "other" for o in q.options):
            # Microsoft and Google Forms export the text typed into "Other" on its own.
            chosen, other = next(o for o in q.options if o.casefold() == "other"), v
        elif chosen is None:
            raise ParseError(f"{where}, question {q.question}: value {quoted(value)} is not one of {list(q.options)}")
    return [f"{_box(o == chosen)} {o}{' ' + other if o == chosen and other else ''}" for o in q.options]


# ---------------------------------------------------------------------------------------------
# Reading the file


def _column_name(col: int) -> str:
    name = ""
    col += 1
    while col:
        col, r = divmod(col - 1, 26)
        name = chr(65 + r) + name
    return name


FORMULA_TAG_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")  # a cell's <f> element, any namespace prefix
SCAN_CHUNK = 1024 * 1024


def _has_formulas(path: Path) -> bool:
    """True unless no worksheet part holds an <f> element (then no cell can be a formula): streamed, C speed."""
    try:
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                    continue
                with z.open(name) as f:
                    tail = b""
                    while chunk := f.read(SCAN_CHUNK):
                        if FORMULA_TAG_RE.search(tail + chunk):
                            return True
                        tail = chunk[-64:]  # a tag cut by the chunk boundary
    except (zipfile.BadZipFile, OSError, KeyError):
        return True  # let openpyxl say what is wrong
    return False


def _formulas(path: Path, sheet: sheets.Sheet) -> list[str]:
    """Formula cells without a cached value (a workbook written by a script, never opened in Excel): their
    literal text replaces the empty value, and each one is reported."""
    import openpyxl

    if not _has_formulas(path):
        return []  # opening the workbook a second time costs as much as reading it
    wb = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=False)
    found = []
    try:
        header_row = sheet.first_row - 1
        for r, values in enumerate(wb.worksheets[0].iter_rows(values_only=True), start=1):
            for c, v in enumerate(values):
                text = getattr(v, "text", v)  # array formulas
                if not (isinstance(text, str) and text.startswith("=")):
                    continue
                name = f"{_column_name(c)}{r}"
                if r == header_row and c < len(sheet.header) and not sheet.header[c]:
                    sheet.header[c] = text
                    found.append(f"cell {name} (a header) holds a formula without a computed value ({text}); "
                                 "read as its literal text")
                k = r - sheet.first_row
                if 0 <= k < len(sheet.rows) and c < len(sheet.rows[k]) and not sheet.rows[k][c]:
                    sheet.rows[k][c] = text
                    col = sheet.header[c] if c < len(sheet.header) else ""
                    found.append(f"cell {name} (column {quoted(col)}) holds a formula without a computed value "
                                 f"({text}); read as its literal text")
    finally:
        wb.close()
    return found


@dataclass
class Export:
    """A form export read and mapped: the header map, its rows and file-level warnings per row number."""

    hmap: HeaderMap
    rows: list[tuple[int, dict[Target, list[str]]]]
    cell_warnings: dict[int, list[str]]
    notes: list[str]
    layout: export_layout.Layout | None = None
    file_warnings: list[str] = field(default_factory=list)  # the file's, said once per document

    def describe(self) -> str:
        """The layout recognised, for the ingest line: 'form export, 2 header rows (…), 3 respondents'."""
        n = len(self.rows)
        head = self.layout.describe() if self.layout else "1 header row"
        return f"form export, {head}, {n} respondent{'s' if n != 1 else ''}"


HEADER_MAX = 1000  # characters: a longer cell is a respondent's text, never a header (and slow to compare)


def _row_map(cells: tuple[str, ...], edition: int) -> HeaderMap:
    """map_headers of a candidate header row, once per file read (edition guess, layout, sniffing); read-only."""
    return _row_map_cached(tuple(c if len(c) <= HEADER_MAX else "" for c in cells), edition)


@lru_cache(maxsize=256)
def _row_map_cached(cells: tuple[str, ...], edition: int) -> HeaderMap:
    return map_headers(list(cells), edition)


def _match_kinds(edition: int):
    def match_row(cells: list[str]) -> list[str | None]:
        out: list[str | None] = [None] * len(cells)
        for m in _row_map(tuple(cells), edition).matches:
            if m.target is not None and m.target.field == "country":
                out[m.column] = "country"
            elif m.target is not None and m.target.question is not None:
                out[m.column] = "question"
        return out
    return match_row


def _is_country(text: str) -> bool:
    if not text.strip() or len(text) > 80:
        return False
    try:
        countries.to_iso3(text)
    except countries.UnknownCountry:
        return False
    return True


def _edition_of(top: list[list[str]]) -> int | None:
    """The edition whose form headers match question cells in the top rows; None when none or several."""
    found = {ed for ed in (guess_edition(r) for r in top) if ed is not None}
    return found.pop() if len(found) == 1 else None


def _codebook(path: Path, sheet: sheets.Sheet):
    return _codebook_of(path) if sheet.kind == "xlsx" else None


def _leading(hmap: HeaderMap) -> set[int]:
    """Columns before the first country or question column: the tool's block of respondent metadata."""
    first = next((m.column for m in hmap.mapped if m.target.field == "country" or m.target.question is not None),
                 None)
    return {m.column for m in hmap.matches if first is None or m.column < first}


def _metadata_by_shape(hmap: HeaderMap, data: list[list[str]]) -> None:
    """Unread columns whose values are all IPs, e-mails, dates or ids are respondent metadata, not questions;
    without a completion-time column, the last date column of the leading block is the submission time."""
    leading = _leading(hmap)
    has_submitted = any(m.target.field == "submitted" for m in hmap.mapped)
    dates = []
    for m in hmap.unmapped:
        if m.method not in ("unmapped", "ambiguous"):
            continue  # a prompt or second column: its own reason stands
        shape = export_layout.column_shape([r[m.column] for r in data if m.column < len(r)])
        coded = export_layout.is_code(m.header) and any(ch.isdigit() for ch in m.header)
        if shape and (m.column in leading or not (m.question_like or coded)):
            m.question_like, m.method = False, f"respondent metadata: {shape} values"
            if shape == "date" and m.column in leading:
                dates.append(m)
        elif m.column in leading and not _worded_like_a_question(m.header):
            # Names, languages, statuses, custom data: the tool's block before the first question.
            m.question_like, m.method = False, "respondent metadata: a column before the first question"
        elif coded and not m.question_like:
            m.question_like, m.method = True, "a coded column with no wording (no label row or codebook sheet)"
    if dates and not has_submitted:
        m = dates[-1]
        m.target, m.method, m.score = Target(None, "", "submitted"), "the last date column of the metadata block", 100


def read_export(path: Path, edition: int | None) -> Export:
    sheet = sheets.read(path)
    if not sheet.header:
        raise ParseError(f"{path.name}: the form export is empty")
    formula_warnings = [f"{path.name}: {w}" for w in _formulas(path, sheet)] if sheet.kind == "xlsx" else []
    raw = [sheet.header] + sheet.rows
    top = raw[:export_layout.MAX_TOP]
    book = _codebook(path, sheet)
    translated = [export_layout.translate(r, book[1]) for r in top] if book else []
    ed = edition if edition is not None else _edition_of(top + translated)
    ed = editions.resolve(None, ed, path.name)
    layout = export_layout.find(raw, _match_kinds(ed), _is_country, book)
    hmap = map_headers(layout.header, ed, layout)
    first_row = sheet.first_row - 1 + layout.data_start
    data = raw[layout.data_start:]
    _metadata_by_shape(hmap, data)
    if not any(m.target and m.target.field == "country" for m in hmap.matches):
        raise ParseError(f"{path.name}: no 'COUNTRY NAME' column; the form export needs one column naming "
                         "the country of each response")
    if not any(m.target.question is not None for m in hmap.mapped):
        raise ParseError(f"{path.name}: no column is an MSQ {ed} question (see data/catalogue/"
                         f"{headers_path(ed).name}); is this an online-form export?")
    out, by_row = [], {}
    for w in formula_warnings:
        m = re.search(r": cell [A-Z]+(\d+)", w)
        by_row.setdefault(int(m.group(1)) if m else 0, []).append(w)
    options = _option_columns(hmap)
    for k, cells in enumerate(data):
        if not any(c.strip() for c in cells):
            continue
        n = first_row + k
        values: dict[Target, list[str]] = {}
        for m in hmap.mapped:
            values.setdefault(m.target, []).append(cells[m.column] if m.column < len(cells) else "")
        _ticks_from_option_columns(values, options, cells, ed)
        by_row.setdefault(n, []).extend(_other_text(values, f"{path.name} row {n}"))
        out.append((n, values))
    return Export(hmap, out, by_row, list(getattr(sheet, "notes", [])) + layout.notes, layout,
                  _headerless(layout.header, data))


def _headerless(header: list[str], data: list[list[str]]) -> list[str]:
    """Columns with values but no header (a second header row removed by hand): never read, always warned."""
    out = []
    for col, h in enumerate(header):
        filled = sum(1 for r in data if col < len(r) and r[col].strip())
        if not h.strip() and filled:
            out.append(f"column {_column_name(col)} has no header but holds values in {filled} "
                       f"row{'s' if filled != 1 else ''}; not read (name the column, or keep the tool's header rows)")
    return out


def _option_columns(hmap: HeaderMap) -> dict[int, list[HeaderMatch]]:
    """Question -> its one-column-per-option matches (a tool's split multi-select)."""
    out: dict[int, list[HeaderMatch]] = {}
    for m in hmap.mapped:
        if m.method == "option column":
            out.setdefault(m.target.question, []).append(m)
    return out


def _ticks_from_option_columns(values: dict[Target, list[str]], options: dict[int, list[HeaderMatch]],
                               cells: list[str], edition: int) -> None:
    """One column per option: a filled cell (the label, 1, Y, a tick) chooses it; once any option of the
    question is chosen the empty ones are No (as in a multi-select cell), else all stay blank (unknown)."""
    for q, matches in options.items():
        chosen = {}
        for m in matches:
            cell = (cells[m.column] if m.column < len(cells) else "").strip()
            value = cell.rstrip(";").strip().casefold()
            chosen[m.target] = bool(value) and value not in NO
            if value and value not in YES | NO and key(cell) not in _option_names(
                    catalogue.entry(edition, q, m.target.item)):
                # Words typed into an option's column ("Other: quantum computing") are that option's detail.
                values.setdefault(Target(q, m.target.item, "detail"), []).append(cell)
        any_chosen = any(chosen.values())
        for t, on in chosen.items():
            values[t] = ["Yes" if on else ("No" if any_chosen else "")]


def _other_text(values: dict[Target, list[str]], where: str) -> list[str]:
    """Text typed into a choice question's "other" box joins its answer as the Other option's words."""
    warnings = []
    for t in [t for t in values if t.field == "other"]:
        texts = [v.strip() for v in values.pop(t) if v.strip()]
        if not texts:
            continue
        answer = Target(t.question, "", "answer")
        current = " ".join(v for v in values.get(answer, []) if v.strip()).strip()
        if not current or current.casefold().startswith("other"):
            values[answer] = ["Other: " + "; ".join(texts)]
        else:
            warnings.append(f"{where}, question {t.question}: typed text {quoted('; '.join(texts))} beside the "
                            f"choice {quoted(current)}; not read")
    return warnings


def read_rows(path: Path, edition: int | None) -> tuple[HeaderMap, list[tuple[int, dict[Target, list[str]]]]]:
    """The header map and (spreadsheet row number, target -> cell texts) for every non-empty row."""
    e = read_export(path, edition)
    return e.hmap, e.rows


def _flags(hmap: HeaderMap, values: dict[Target, list[str]], form: FormRow, edition: int) -> dict[tuple[int, str], str]:
    """(question, item) -> why its reading is doubtful: an approximate header, an off-list choice."""
    out: dict[tuple[int, str], str] = {}
    for m in hmap.fuzzy:
        t = m.target
        if t.question is None or not any(v.strip() for v in values.get(t, [])):
            continue
        reason = m.doubt
        keys = [(t.question, e.item) for e in catalogue.items(edition, t.question)] if t.field == "options" \
            else [(t.question, t.item)]
        for k in keys:
            out[k] = f"{out[k]}; {reason}" if k in out else reason
    for k, reason in form.flags.items():
        out[k] = f"{out[k]}; {reason}" if k in out else reason
    return out


def load(path: str | Path, edition: int | None = None) -> list[ParsedDocument]:
    """An online-form export -> one ParsedDocument per country row."""
    from .text import parse_text

    path = Path(path)
    export = read_export(path, edition)
    hmap = export.hmap
    if not export.rows:
        raise ParseError(f"{path.name}: the form export has a header row but no responses")
    docs, seen = [], {}
    for n, values in export.rows:
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
        form = expand(values, hmap.edition, where)
        doc = parse_text(row_to_text(form, hmap.edition, where), source_name=where, edition=hmap.edition,
                         loader=LOADER, fmt=FORMAT)
        flags = _flags(hmap, values, form, hmap.edition)
        # model_copy skips validation: the flag is bounded here as AnswerRecord bounds it.
        answers = [a.model_copy(update={"flag": shorten("; ".join(filter(None, [a.flag, flags[(a.question, a.item)]])),
                                                        FLAG_MAX)})
                   if (a.question, a.item) in flags else a for a in doc.answers]
        notes = [where] + hmap.notes() + export.notes
        status = " ".join(v for v in values.get(Target(None, "", "status"), []) if v.strip())
        if status:
            notes.append(f"respondent says: {status}")
        submitted, written = None, ""
        for v in values.get(Target(None, "", "submitted"), []):
            if v.strip():
                written = v
                submitted = parse_submitted(v)
                break
        if written and submitted is None:
            notes.append(f"completion time {quoted(written)} is not a date; the response has no submission time")
        # Column problems are the file's, the same for every row: worded once, without the row.
        warnings = [f"{path.name}: {w}" for w in hmap.warnings() + export.file_warnings] + \
            export.cell_warnings.get(n, []) + form.warnings
        docs.append(doc.model_copy(update={
            "answers": answers, "layout": export.describe(), "notes": notes + doc.notes, "submitted_at": submitted,
            "warnings": list(getattr(doc, "warnings", [])) + warnings}))
    return docs
