"""PDF text by position: lines, table cells and rows, rows that run over a page break, running headers.

pdfium gives a page's characters in the order the PDF draws them. Word and LibreOffice draw a table cell
by cell, so a row of a two-column response (question | answer) comes as the question's lines, then the
answer's; but where a row runs over a page break its cells' tails open the next page, after that page's
running header, and a question's tail would be read as its answer. Here every page is cut into lines (by
baseline), lines into blocks (a cell or a paragraph: lines going down one column), blocks into rows
(blocks side by side), and a row that continues at the top of the next page is joined to its start,
column by column. Running headers and footers (the same text at the top or bottom of several pages) are
dropped. Each row is then written cell after cell, each cell on lines of its own, a blank line after the
row: the layout the Word reader writes for a table.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .. import catalogue, ticks
from .docx import FIELD_LABEL_RE, NUMBER_CELL_RE

LINE_BREAKS = "\r\n"
BOXES = (ticks.TICKED, ticks.UNTICKED)
# A cell that starts a row of its own: a question number ("4.", "12)"), a section letter ("C. Legal…").
ROW_START_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|[A-H]\.)\s")
SECTION_RE = re.compile(r"^\s*[A-H]\.\s+\S")
SECTION_MAX = 120    # characters: a heading, not a paragraph that happens to start with "A. "
LEADING_NUMBER_RE = re.compile(r"^\s*\d{1,2}[.)]\s*")
PAGE_NUMBER_RE = re.compile(r"^\s*(?:page\s*)?\d+(?:\s*(?:of|/)\s*\d+)?\s*$", re.IGNORECASE)
SPACE_GAP = 0.2      # a gap wider than this many font sizes between two characters is a space
CELL_GAP = 1.0       # ... and wider than this, before a column's left edge, is a gap between cells
COLUMN_LINES = 3     # lines that must start at one x for it to be a column's left edge
NEAR = 1.5           # points: the same x or baseline


@dataclass
class Char:
    ch: str
    left: float
    bottom: float
    right: float
    top: float
    size: float


class Line:
    """Characters on one baseline, with their bounds kept as they are added (read many times)."""

    def __init__(self, chars: list[Char] | None = None):
        self.chars: list[Char] = []
        self.ink: list[Char] = []  # the characters that draw something (not spaces)
        self.left = self.bottom = float("inf")
        self.right = self.top = float("-inf")
        self.size = 0.0
        for c in chars or ():
            self.add(c)

    def add(self, c: Char) -> None:
        self.chars.append(c)
        if c.ch.strip():
            self.ink.append(c)
            self.left, self.right = min(self.left, c.left), max(self.right, c.right)
            self.bottom, self.top = min(self.bottom, c.bottom), max(self.top, c.top)
            self.size = max(self.size, c.size or (c.top - c.bottom))

    def text(self) -> str:
        """The line's words left to right; a gap with no space drawn in it is a space (pieces that pdfium
        gave as two lines on one baseline, characters drawn out of order)."""
        ordered = all(a.left <= b.left + NEAR for a, b in zip(self.ink, self.ink[1:]))
        chars = self.chars if ordered else sorted(self.ink, key=lambda c: c.left)
        out, last = [], None
        for c in chars:
            if not c.ch.strip():
                out.append(c.ch)
                continue
            # Between single characters in drawing order pdfium's own spaces are right (a tight box
            # leaves a gap before "." too).
            piece = not ordered or len(c.ch) > 1 or len(last.ch) > 1 if last is not None else False
            if (piece and out and not out[-1][-1:].isspace() and not c.ch[:1].isspace()
                    and c.left - last.right > SPACE_GAP * max(c.size, last.size, 1.0)):
                out.append(" ")
            out.append(c.ch)
            last = c
        return "".join(out).strip()


@dataclass
class Block:
    """A cell, or a paragraph outside a table: lines going down one column."""

    lines: list[Line]

    @property
    def left(self) -> float:
        return min(ln.left for ln in self.lines)

    @property
    def right(self) -> float:
        return max(ln.right for ln in self.lines)

    @property
    def top(self) -> float:
        return max(ln.top for ln in self.lines)

    @property
    def bottom(self) -> float:
        return min(ln.bottom for ln in self.lines)

    def texts(self) -> list[str]:
        return [t for t in (ln.text() for ln in self.lines) if t]

    def beside(self, other: "Block") -> bool:
        return self.right <= other.left + NEAR or other.right <= self.left + NEAR


@dataclass
class Row:
    blocks: list[Block]

    @property
    def top(self) -> float:
        return max(b.top for b in self.blocks)

    @property
    def bottom(self) -> float:
        return min(b.bottom for b in self.blocks)

    def cells(self) -> list[Block]:
        return sorted(self.blocks, key=lambda b: b.left)


# --- a page: characters -> lines -> blocks -> rows -------------------------------------------------


def lines_of(chars: list[Char]) -> list[Line]:
    """Lines in drawing order: a new line at pdfium's line break or where the baseline changes."""
    out: list[Line] = []
    current = Line()
    for c in chars:
        if c.ch in LINE_BREAKS:
            if current.ink:
                out.append(current)
            current = Line()
            continue
        if c.ch.strip() and current.ink:
            mid = (c.bottom + c.top) / 2
            if not current.bottom - NEAR <= mid <= current.top + NEAR:
                out.append(current)
                current = Line()
        current.add(c)
    if current.ink:
        out.append(current)
    return out


def column_edges(lines: list[Line]) -> list[float]:
    """x positions where at least COLUMN_LINES lines start: the left edges of a table's columns."""
    starts = Counter(round(ln.left) for ln in lines)
    return sorted(x for x, n in starts.items() if n + starts.get(x - 1, 0) + starts.get(x + 1, 0) >= COLUMN_LINES)


def split_at_columns(line: Line, edges: list[float]) -> list[Line]:
    """A line that pdfium ran across two cells on one baseline ("COUNTRY NAME* Estonia"), cut at the gap
    before a column's left edge."""
    ink = line.ink
    cuts = [k for k in range(1, len(ink))
            if ink[k].left - ink[k - 1].right > CELL_GAP * max(ink[k].size, 1.0)
            and any(abs(ink[k].left - e) <= NEAR for e in edges)]
    if not cuts:
        return [line]
    out, start = [], 0
    for k in cuts + [len(ink)]:
        lo, hi = ink[start].left, ink[k - 1].right
        out.append(Line([c for c in line.chars if lo - NEAR <= c.left and c.right <= hi + NEAR
                         and (c.ch.strip() or lo <= c.left <= hi)]))
        start = k
    return [ln for ln in out if ln.ink]


def blocks_of(lines: list[Line]) -> list[Block]:
    """Consecutive lines going down one column form a block; a move up or sideways starts the next."""
    out: list[Block] = []
    for ln in lines:
        if out:
            block = out[-1]
            last = block.lines[-1]
            same_baseline = abs(ln.bottom - last.bottom) <= NEAR and 0 <= ln.left - last.right < 3 * ln.size
            below = (ln.top <= last.bottom + NEAR and last.bottom - ln.top < 3 * max(ln.size, last.size)
                     and ln.left < block.right and ln.right > block.left
                     and ln.left >= block.left - 4 * ln.size)  # far left of the block: a column to its left
            # A borderless table stacks its first column without a gap: a question number or section
            # letter at the column's edge starts the next row's cell.
            below = below and not (abs(ln.left - block.left) <= NEAR and ROW_START_RE.match(ln.text()))
            if same_baseline:
                for c in ln.chars:
                    last.add(c)
                continue
            if below:
                block.lines.append(ln)
                continue
        out.append(Block([ln]))
    return out


def rows_of(blocks: list[Block]) -> list[Row]:
    """Consecutive blocks side by side, at overlapping heights, form a table row.

    A cell that starts beside a lower line of the block before it (a table right under a paragraph:
    "COUNTRY NAME*" read on with the title above it) takes that block's lines from its own height on
    into its row."""
    out: list[Row] = []
    for b in blocks:
        if out:
            row = out[-1]
            if len(row.blocks) == 1 and row.bottom - NEAR <= b.top < row.top - NEAR:
                above = row.blocks[0]
                j = next(k for k, ln in enumerate(above.lines) if ln.top <= b.top + NEAR)
                if Block(above.lines[j:]).beside(b):
                    row.blocks = [Block(above.lines[:j])]
                    out.append(Row([Block(above.lines[j:])]))
                    row = out[-1]
            if b.top >= row.bottom - NEAR and b.bottom <= row.top + NEAR and all(b.beside(o) for o in row.blocks):
                row.blocks.append(b)
                continue
        out.append(Row([b]))
    return out


# --- the document: running headers, rows over page breaks, the text layout ---------------------------


def _masked(line: Line) -> str:
    """A line's text with digits masked: a running header with a page number is the same on every page."""
    return re.sub(r"\d+", "#", line.text())


def _running(line: Line, ends: list[Line]) -> bool:
    """Is the line at a page's top or bottom a running header or footer: the same text at the same height
    as at the top or bottom of another page, or only a page number?"""
    text = _masked(line)
    if ROW_START_RE.match(line.text()) or any(g in text for g in BOXES):
        return False  # a question or a tick box line may well open two pages at the same height
    again = sum(1 for o in ends if _masked(o) == text and abs(o.top - line.top) <= 2 * NEAR)
    return again >= 2 or PAGE_NUMBER_RE.match(line.text()) is not None


def _top_line(lines: list[Line]) -> Line:
    return max(lines, key=lambda ln: ln.top)


def _bottom_line(lines: list[Line]) -> Line:
    return min(lines, key=lambda ln: ln.bottom)


def drop_running(pages: list[list[Line]]) -> list[list[Line]]:
    """Each page's lines without its running header and footer (a few lines each at most)."""
    pages = [list(p) for p in pages]
    for extreme in (_top_line, _bottom_line):
        for _ in range(3):
            ends = [(p, extreme(p)) for p in pages if p]
            gone = [(p, line) for p, line in ends if _running(line, [o for _, o in ends])]
            for p, line in gone:
                p.remove(line)
            if not gone:
                break
    return pages


@lru_cache(maxsize=1)
def _form_norms() -> tuple[str, ...]:
    """The questionnaire's printed questions and labels (letters and digits only)."""
    from .text import norm

    out = {norm(e.text) for ed in catalogue.editions() for e in catalogue.questions(ed)}
    out |= {norm(t) for ed in catalogue.editions() for _, t in catalogue.form_text(ed)}
    return tuple(t for t in out if len(t) >= 8)


def _text_continues(before: str, after: str) -> bool:
    """Does `after` (the first cell of a page's first row) carry on the text of `before` (the same column at
    the foot of the previous page)?"""
    from .text import norm

    after = after.strip()
    if not after or ROW_START_RE.match(after):
        return False
    if after[0].islower() or after[0] in "*?)]:;,." or before.rstrip().endswith(("-", ",", "/", "(")):
        return True
    head = norm(LEADING_NUMBER_RE.sub("", before))
    whole = norm(LEADING_NUMBER_RE.sub("", before) + " " + after)
    # The questionnaire's own wording: the two parts together are (the start of) a printed question.
    return any(t.startswith(head) and len(head) < len(t) and (t.startswith(whole) or whole.startswith(t))
               for t in _form_norms())


def _same_column(a: Block, b: Block) -> bool:
    return a.left < b.right and b.left < a.right


def continues(prev: Row, row: Row) -> bool:
    """Is `row`, the first on a page, the rest of `prev`, the last on the page before?"""
    first, *_ = prev.cells()
    if not all(any(_same_column(b, p) for p in prev.blocks) for b in row.blocks):
        return False
    lead = row.cells()[0]
    if not _same_column(lead, first):
        # The first column is empty here: only a later cell (the answer) carries on.
        return lead.left >= first.right - NEAR
    return _text_continues(" ".join(first.texts()), " ".join(lead.texts()))


def join_pages(pages: list[list[Row]]) -> list[list[Block]]:
    """Every row of the document as its cells (left to right), a row run over a page break made whole."""
    rows: list[list[Block]] = []
    for k, page in enumerate(pages):
        for n, row in enumerate(page):
            prev = pages[k - 1][-1] if k and n == 0 and pages[k - 1] else None
            if prev is not None and rows and continues(prev, row):
                cells = rows[-1]
                for b in row.cells():
                    home = next((c for c in cells if _same_column(c, b)), None)
                    if home is None:
                        cells.append(b)
                        cells.sort(key=lambda c: c.left)
                    else:
                        home.lines += b.lines
                continue
            rows.append(row.cells())
    return rows


def render(rows: list[list[Block]]) -> list[str]:
    """Each row's cells on lines of their own, a blank line after the row; a form field's label keeps its
    one-line value ("COUNTRY NAME*" | "Estonia") and a question number in a cell of its own numbers the
    question beside it, as the Word reader writes them."""
    lines: list[str] = []
    for cells in rows:
        texts = [b.texts() for b in cells]
        texts = [t for t in texts if t]
        if len(texts) == 2 and len(texts[0]) == 1 and len(texts[1]) == 1 and FIELD_LABEL_RE.match(texts[0][0]):
            lines.append(f"{texts[0][0]} {texts[1][0]}")
        elif len(texts) == 1 and SECTION_RE.match(texts[0][0]) and len(" ".join(texts[0])) <= SECTION_MAX:
            # A section heading wrapped in its cell ("B. COVID-19 Response and" / "Recovery") is one heading.
            lines.append(" ".join(texts[0]))
        elif len(texts) == 2 and len(texts[0]) == 1 and (m := NUMBER_CELL_RE.match(texts[0][0])):
            # A question number in a cell of its own numbers the question beside it.
            lines += [f"{m.group(1)}. {texts[1][0]}"] + texts[1][1:]
        else:
            lines += [t for cell in texts for t in cell]
        lines.append("")
    return lines


def is_table(rows: list[list[Block]]) -> bool:
    """Is the document a two-column table (question | answer): several rows of two cells side by side, and
    none of more? Wider tables (option rows, Yes/No columns) need their empty cells, which a PDF does not
    draw: they keep the drawing order."""
    widths = [len(cells) for cells in rows]
    return widths.count(2) >= 3 and max(widths) == 2


def layout(pages_chars: list[list[Char]]) -> list[str] | None:
    """The text layout of a PDF by position, or None when it holds no table (its drawing order is kept)."""
    pages_lines = [lines_of(chars) for chars in pages_chars]
    if not any(pages_lines):
        return None
    edges = column_edges([ln for p in pages_lines for ln in p])
    pages_lines = drop_running([[piece for ln in p for piece in split_at_columns(ln, edges)] for p in pages_lines])
    rows = join_pages([rows_of(blocks_of(p)) for p in pages_lines])
    return render(rows) if is_table(rows) else None
