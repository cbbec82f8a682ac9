"""An online-form export's header block found by its shape: header rows, sub-column labels, codes, metadata.

Survey tools write one to three header rows above the respondents: short column codes (`Q10`, `Q10_TEXT`,
`Q10[SQ001]`, `group/q10`), the printed question wording (sometimes only over the first of a question's
sub-columns), sub-column labels ("the response", an option, "other, please specify") and import ids as JSON
objects. Which row is which is decided by what the cells look like, never by the name of a tool: the wording
row is the one whose cells match the most catalogue questions; rows of codes, of JSON objects and of short
labels above or below it are header rows too. Coded headers without a wording row take their wording from a
codebook (a sheet of code -> text pairs) when the workbook has one.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

MAX_TOP = 8          # rows searched for the header block (tools write at most three)
MAX_BELOW = 3        # header rows under the wording row (sub-column labels, import ids)
SHAPE_SHARE = 0.6    # a row is "of codes" / "of JSON" when this share of its non-empty cells are
SUB_LABEL_MAX = 120  # characters: a sub-column label is short; a respondent's text often is not
# A column code: a name without spaces, optionally with [sub-question] parts and /group paths.
CODE_RE = re.compile(r"^[A-Za-z_][\w.\-]{0,40}(?:\[[\w.\- ]{1,40}\])*(?:/[A-Za-z_][\w.\-]{0,40}(?:\[[\w.\- ]{1,40}\])*)*$")
URL_RE = re.compile(r"https?://|www\.", re.IGNORECASE)
# Value shapes of respondent metadata: IP addresses, e-mail addresses, dates and times, ids and numbers.
IP_RE = re.compile(r"^(?:\d{1,3}\.){3}\d{1,3}$|^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}$", re.IGNORECASE)
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
DATE_RE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AP]M)?"
                     r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}|(?:GMT|UTC)\s*[+-]?\d{0,2}(?::?\d{2})?))?)?$", re.IGNORECASE)
ID_RE = re.compile(r"^(?=[\w-]*\d)[\w-]{1,64}$")  # 7, 114582336, R_1a2B3c, a uuid: no spaces, a digit


def is_code(cell: str) -> bool:
    return bool(CODE_RE.match(cell.strip()))


def is_json_object(cell: str) -> bool:
    c = cell.strip()
    if not (c.startswith("{") and c.endswith("}")):
        return False
    try:
        return isinstance(json.loads(c), dict)
    except ValueError:
        return False


def meta_shape(cell: str) -> str | None:
    """What kind of respondent metadata a value looks like ('IP address', 'e-mail', 'date', 'id'), else None."""
    c = cell.strip()
    if IP_RE.match(c) and any(ch.isdigit() for ch in c):
        return "IP address"
    if EMAIL_RE.match(c):
        return "e-mail"
    if DATE_RE.match(c):
        return "date"
    if ID_RE.match(c):
        return "id"
    return None


def column_shape(values: list[str]) -> str | None:
    """The metadata kind every non-empty value of a column shares ('date', 'IP address', …), else None."""
    kinds = {meta_shape(v) for v in values if v.strip()}
    if len(kinds) == 1 and None not in kinds:
        return kinds.pop()
    return None


def _share(row: list[str], test: Callable[[str], bool]) -> float:
    cells = [c for c in row if c.strip()]
    return sum(1 for c in cells if test(c)) / len(cells) if cells else 0.0


def row_kind(row: list[str]) -> str:
    """'import ids', 'short codes' or 'title' for a header row that is not the wording row."""
    if _share(row, is_json_object) >= SHAPE_SHARE:
        return "import ids"
    if _share(row, is_code) >= SHAPE_SHARE:
        return "short codes"
    return "title"


@dataclass
class Layout:
    """Where the header block ends and what one header per column says."""

    header: list[str]                    # per column: its printed wording (filled over sub-columns), else the code
    data_start: int                      # index in the raw rows of the first respondent row
    kinds: list[str]                     # what each header row holds, top to bottom
    sub: dict[int, str] = field(default_factory=dict)    # column -> its sub-column label
    group: dict[int, int] = field(default_factory=dict)  # column -> first column of its question
    codes: dict[int, str] = field(default_factory=dict)  # column -> its short code, when the file has codes
    codebook: str = ""                   # the codebook sheet the wording came from, if any
    notes: list[str] = field(default_factory=list)

    @property
    def header_rows(self) -> int:
        return len(self.kinds)

    def describe(self) -> str:
        n = self.header_rows
        what = f"{n} header row{'s' if n != 1 else ''}"
        if n > 1 or self.codebook:
            parts = list(self.kinds) + ([f"codebook sheet {self.codebook!r}"] if self.codebook else [])
            what += f" ({', '.join(parts)})"
        return what


def _pad(row: list[str], width: int) -> list[str]:
    return (list(row) + [""] * width)[:width]


def _is_sub_label_row(row: list[str], wording: list[str], country_col: int | None,
                      is_country: Callable[[str], bool]) -> bool:
    """A row of short labels under the wording (the response, options, "other"), not a respondent's answers:
    its country cell names no country, every cell is short, and it labels a column the wording row left
    blank (a question's further sub-columns) or repeats its country cell's label in another column."""
    country = row[country_col].strip() if country_col is not None else ""
    if country and is_country(country):
        return False
    cells = [c for c in row if c.strip()]
    if not cells or not all(len(c) <= SUB_LABEL_MAX and "\n" not in c and not URL_RE.search(c) for c in cells):
        return False
    fills_blank = any(c.strip() and not w.strip() for c, w in zip(row, wording))
    repeats = bool(country) and sum(1 for c in row if c.strip() == country) >= 2
    return fills_blank or repeats


def _split_suffix(header: list[str], match_one: Callable[[str], bool]) -> dict[int, str]:
    """'<wording> - <label>' headers (one row carrying both): the label, where the wording alone is a question."""
    subs: dict[int, str] = {}
    # The printed wording never holds " - " (tests/formats/test_export_layouts.py checks the catalogue), so
    # a header that does is split wherever its left part alone is a question.
    for col, h in enumerate(header):
        if " - " not in h:
            continue
        parts = h.split(" - ")
        for k in range(1, len(parts)):
            left = " - ".join(parts[:k])
            if match_one(left):
                header[col], subs[col] = left, " - ".join(parts[k:])
                break
    return subs


def _groups(header: list[str], subs: dict[int, str]) -> dict[int, int]:
    """Consecutive columns under one wording form a question's group, led by its first column."""
    out: dict[int, int] = {}
    start = None
    for col, h in enumerate(header):
        if start is not None and h and h == header[start] and (col in subs or start in subs):
            out[col] = start
        else:
            start = col if h else None
            if h:
                out[col] = col
    return out


def _fill_forward(header: list[str], sub_row: list[str]) -> dict[int, str]:
    """Sub-column labels by column; the wording, written once over a question's first sub-column, is
    copied over the further sub-columns the label row names (in place, in `header`)."""
    subs: dict[int, str] = {}
    last = ""
    for col, label in enumerate(sub_row):
        if header[col].strip():
            last = header[col]
        elif label.strip() and last:
            header[col] = last
        if label.strip() and header[col].strip():
            subs[col] = label.strip()
    return subs


def _rows_below(raw: list[list[str]], w: int, width: int, header: list[str], country_col: int | None,
                is_country: Callable[[str], bool]) -> tuple[list[str], list[str] | None]:
    """The header rows under the wording row (import ids, one row of sub-column labels) and that label row."""
    kinds: list[str] = []
    sub_row: list[str] | None = None
    end = w + 1
    while end < len(raw) and end - w <= MAX_BELOW:
        row = _pad(raw[end], width)
        # Codes come above the wording (a respondent's short answers look like codes too); ids may follow it.
        if row_kind(row) == "import ids":
            kinds.append("import ids")
        elif sub_row is None and _is_sub_label_row(row, header, country_col, is_country):
            kinds.append("sub-column labels")
            sub_row = row
        else:
            break
        end += 1
    return kinds, sub_row


def find(raw: list[list[str]], match_row: Callable[[list[str]], list[str | None]],
         is_country: Callable[[str], bool], codebook: tuple[str, dict[str, str]] | None = None) -> Layout:
    """The header block of `raw` (the sheet's rows from its first non-empty one).

    `match_row(cells)` says, per cell, what the catalogue makes of it ('country', 'question' or None);
    `is_country(text)` whether a cell names a country; `codebook` is (sheet name, code -> wording).
    """
    width = max((len(r) for r in raw[:MAX_TOP + MAX_BELOW]), default=0)
    top = [_pad(r, width) for r in raw[:MAX_TOP]]
    # The wording row names the country question (option labels under it may match catalogue items too).
    kinds_of = [match_row(r) for r in top]
    scored = [("country" in k, sum(1 for m in k if m), -i) for i, k in enumerate(kinds_of)]
    has_country, best, w = max(scored, default=(False, 0, 0))
    w = -w
    book_name, book = codebook or ("", {})
    if best == 0 and book:
        # Codes only: the codebook gives each code its wording; the code row is the header row.
        w = next((i for i, r in enumerate(top) if row_kind(r) == "short codes"), 0)
    header = list(top[w]) if top else []
    kinds = [row_kind(r) for r in top[:w]] + ["wording"]
    codes: dict[int, str] = {}
    for r in top[:w]:
        if row_kind(r) == "short codes":
            codes = {c: v for c, v in enumerate(r) if v.strip()}
    used_book = ""
    if book and not has_country:
        translated = translate(header, book)
        if translated != header:
            codes = codes or {c: v for c, v in enumerate(header) if v.strip() and is_code(v)}
            header, used_book, kinds[-1] = translated, book_name, "short codes"
    country_col = next((c for c, m in enumerate(match_row(header)) if m == "country"), None)
    below, sub_row = _rows_below(raw, w, width, header, country_col, is_country)
    kinds += below
    end = w + 1 + len(below)
    subs = _fill_forward(header, sub_row) if sub_row is not None else {}
    subs.update(_split_suffix(header, lambda h: any(match_row([h]))))
    notes = []
    if len(kinds) > 1:
        notes.append(f"form export: {len(kinds)} header rows ({', '.join(kinds)}); respondents from the "
                     f"row after them")
    if used_book:
        notes.append(f"form export: coded column headers read through the codebook sheet {used_book!r}")
    return Layout(header, end, kinds, subs, _groups(header, subs), codes, used_book, notes)


def translate(header: list[str], book: dict[str, str]) -> list[str]:
    """Codes -> wording: the whole code, then its last path part, then 'base [sub-question text]'."""
    low = {k.casefold(): v for k, v in book.items()}
    out = []
    for h in header:
        c = h.strip()
        found = low.get(c.casefold()) or low.get(c.rsplit("/", 1)[-1].casefold())
        if not found and "[" in c:
            base, _, rest = c.rsplit("/", 1)[-1].partition("[")
            sub = rest.rstrip("]")
            if low.get(base.casefold()):
                found = f"{low[base.casefold()]} [{low.get(sub.casefold(), sub)}]"
        out.append(found or h)
    return out


def codebook_from(sheets: dict[str, list[list[str]]]) -> tuple[str, dict[str, str]] | None:
    """The first sheet shaped like a codebook: a column of codes beside a column of longer texts."""
    for name, rows in sheets.items():
        rows = [r for r in rows if any(c.strip() for c in r)]
        if len(rows) < 2:
            continue
        width = max(len(r) for r in rows)
        cols = [[(r + [""] * width)[c] for r in rows] for c in range(width)]
        for a in range(width):
            codes = [v for v in cols[a] if v.strip()]
            if not codes or sum(1 for v in codes if is_code(v)) / len(codes) < SHAPE_SHARE:
                continue
            for b in range(width):
                if b == a:
                    continue
                texts = Counter(len(v.split()) >= 2 for v in cols[b] if v.strip())
                if texts[True] >= max(1, len(codes) // 2):
                    book = {ca.strip(): cb.strip() for ca, cb in zip(cols[a], cols[b]) if ca.strip() and cb.strip()}
                    return name, book
    return None
