"""Word (.docx) responses -> the questionnaire text layout -> msq_text.parse_text.

Ticks come from checkbox content controls (w14:checkbox/w14:checked), legacy check-box form fields
(w:ffData/w:checkBox: w:checked, else w:default), Wingdings symbols (w:sym), typed glyphs (☒ ☐ ✔ ✓) and
an "X" typed into a cell of its own; all become ☒/☐ before their label. Every paragraph and every table
cell keeps its own line, so a question is never merged with its answer; a row of options ("☒ Yes | ☐ No",
"Yes | X | No | ") becomes one "☒ Yes ☐ No" line, and a table with "Yes" and "No" columns gives each row
such a line. Text boxes are read on lines of their own; struck-through and hidden words are not read.
Hyperlink targets are passed as known links (so a URL is never cut) and written after a link whose
visible text is not a URL; reviewer comments (word/comments.xml) are kept as notes.
The package's declared sizes and XML text nodes are checked (loaders.limits) before python-docx opens it.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .. import editions, limits, ticks
from ..records import ParsedDocument, ParseError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
HYPERLINK_FIELD_RE = re.compile(r'HYPERLINK\s+"([^"]+)"', re.IGNORECASE)
URL_IN_TEXT_RE = re.compile(r"(?:https?://|www\.)\S", re.IGNORECASE)
# A cell holding only a typed mark is a tick for the label beside it (✓ ✔ ☒ ☐ come from the glyph table).
TYPED_MARKS = frozenset({"x", "✗", "✘"})
NUMBER_CELL_RE = re.compile(r"^(?:Q(?:uestion)?\.?\s*)?(\d{1,2})\s*[.):]?$", re.IGNORECASE)
OPTION_LABEL_MAX = 60  # an option's label is a few words; a longer cell is a question or an answer
# A form field's label ("COUNTRY NAME*", "Email:"): its value in the next cell stays on its line, as the
# printed form writes "COUNTRY NAME* Denmark". A question ("4. Does…?*") is never such a label.
FIELD_LABEL_RE = re.compile(r"^(?!\d{1,2}[.)]\s)[^?]{1,40}[*:]$")
LOADER = "loaders.msq_docx"
FORMAT = "docx"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _on(el, attr: str = "val", ns: str = W) -> bool:
    """A Word on/off property: present without a value means on."""
    if el is None:
        return False
    v = el.get(f"{{{ns}}}{attr}")
    return v is None or v.lower() not in {"0", "false", "off"}


def _checkbox_state(begin) -> bool | None:
    """A legacy form check box's state from its field's begin mark (checked, else its default); None if none."""
    box = begin.find(f"{_w('ffData')}/{_w('checkBox')}")
    if box is None:
        return None
    checked = box.find(_w("checked"))
    return _on(checked) if checked is not None else _on(box.find(_w("default")))


@dataclass
class DocxText:
    """A Word document rendered into the text layout, with its link targets and comments."""

    text: str
    links: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    ticks: int = 0  # tick boxes found (content controls, form fields, glyphs)


class _Renderer:
    def __init__(self, rels: dict[str, str]):
        self.rels = rels
        self.links: list[str] = []
        self.ticks = 0
        self._in_field: list[dict] = []  # stack of complex fields: {"instr": str, "checkbox": bool|None}

    def _link(self, url: str) -> None:
        url = url.strip()
        if url and not url.lower().startswith("mailto:") and url not in self.links:
            self.links.append(url)

    def _target(self, url: str, shown: str) -> str:
        """Record a link target; return " (target)" to write after visible text that is not itself a URL.

        The answer's links are read from its text: a link shown as "the Act" would otherwise be lost.
        """
        self._link(url)
        url = url.strip()
        if not url or url.lower().startswith("mailto:") or URL_IN_TEXT_RE.search(shown) or not shown.strip():
            return ""
        return f" ({url})"

    def _tick(self, on: bool) -> str:
        self.ticks += 1
        return ticks.TICKED if on else ticks.UNTICKED

    def _run_font(self, r) -> str | None:
        fonts = r.find(f"{_w('rPr')}/{_w('rFonts')}")
        if fonts is None:
            return None
        return fonts.get(_w("ascii")) or fonts.get(_w("hAnsi")) or fonts.get(_w("cs"))

    def inline(self, el, font: str | None = None) -> str:
        """Text of a paragraph-level element, in document order, with ticks as ☒/☐."""
        out: list[str] = []
        for child in el:
            if not isinstance(child.tag, str):
                continue
            qname = etree.QName(child)
            if qname.namespace != W:
                continue
            tag = qname.localname
            if tag in {"pPr", "rPr", "del", "moveFrom", "commentRangeStart", "commentRangeEnd", "proofErr",
                       "bookmarkStart", "bookmarkEnd"}:
                continue
            if tag == "r":
                out.append(self.run(child))
            elif tag == "hyperlink":
                rid = child.get(f"{{{R}}}id")
                shown = self.inline(child)
                out.append(shown)
                if rid and rid in self.rels:
                    out.append(self._target(self.rels[rid], shown))
            elif tag == "sdt":
                out.append(self.sdt_inline(child))
            elif tag == "fldSimple":
                m = HYPERLINK_FIELD_RE.search(child.get(_w("instr"), ""))
                shown = self.inline(child)
                out.append(shown)
                if m:
                    out.append(self._target(m.group(1), shown))
            elif tag in {"ins", "moveTo", "smartTag", "customXml", "sdtContent"}:
                out.append(self.inline(child))
        return "".join(out)

    def sdt_inline(self, sdt) -> str:
        box = sdt.find(f"{_w('sdtPr')}/{{{W14}}}checkbox")
        content = sdt.find(_w("sdtContent"))
        if box is not None:
            # The control's state is the truth; its glyph run can lag behind in edited files.
            return self._tick(_on(box.find(f"{{{W14}}}checked"), ns=W14))
        if sdt.find(f"{_w('sdtPr')}/{_w('showingPlcHdr')}") is not None:
            return ""  # an empty control shows "Click or tap here to enter text.": not an answer
        return self.inline(content) if content is not None else ""

    def _struck_or_hidden(self, r) -> bool:
        """A run struck through ("delete as appropriate": Yes / N̶o̶) or hidden is not what the respondent says."""
        rpr = r.find(_w("rPr"))
        if rpr is None:
            return False
        return any(el is not None and _on(el) for el in (rpr.find(_w("strike")), rpr.find(_w("dstrike")),
                                                           rpr.find(_w("vanish"))))

    def text_boxes(self, el) -> str:
        """Text typed into text boxes inside a run (w:drawing, w:pict, mc:AlternateContent), one line each.

        Of an mc:AlternateContent only the first branch holding a text box is read: Word writes the same
        box twice (a DrawingML choice and a VML fallback).
        """
        if etree.QName(el).namespace == MC:
            for branch in el:
                if next(branch.iter(_w("txbxContent")), None) is not None:
                    return self.text_boxes(branch)
            return ""
        lines: list[str] = []
        for box in el.iter(_w("txbxContent")):
            if any(a.tag == _w("txbxContent") for a in box.iterancestors()):
                continue  # a box inside a box is read with its outer box
            for block in box:
                lines += [x for x in self.block(block) if x.strip()]
        return ("\n" + "\n".join(lines) + "\n") if lines else ""

    def run(self, r) -> str:
        """A run's text: typed text, ticks (glyphs, symbols, form check boxes), tabs and breaks, text boxes."""
        font = self._run_font(r)
        out: list[str] = []
        struck = self._struck_or_hidden(r)
        for child in r:
            if not isinstance(child.tag, str):
                continue
            qname = etree.QName(child)
            ns, tag = qname.namespace, qname.localname
            if ns == MC or tag in {"drawing", "pict"}:
                out.append(self.text_boxes(child))
            elif ns != W or (struck and tag in {"t", "sym"}):
                continue
            elif tag == "fldChar":
                out += self._field_mark(child.get(_w("fldCharType")), child)
            elif tag == "instrText":
                if self._in_field:
                    self._in_field[-1]["instr"] += child.text or ""
            elif self._in_field and self._in_field[-1]["checkbox"] is not None:
                continue  # a check-box field's cached result: its state was emitted already
            else:
                out.append(self._run_content(tag, child, font))
        return "".join(out)

    def _field_mark(self, kind: str | None, mark) -> list[str]:
        """A field's begin / separate / end mark: a form check box's state, a HYPERLINK field's target."""
        if kind == "begin":
            self._in_field.append({"instr": "", "checkbox": _checkbox_state(mark), "shown": False})
            return []
        if not self._in_field or kind not in ("separate", "end"):
            return []
        if kind == "separate":
            f = self._in_field[-1]
            m = HYPERLINK_FIELD_RE.search(f["instr"])
            if m:
                f["url"], f["text"] = m.group(1), ""  # the result text that follows shows the link
            if f["checkbox"] is None:
                return []
            f["shown"] = True
            return [self._tick(f["checkbox"])]
        f = self._in_field.pop()
        out = [self._tick(f["checkbox"])] if f["checkbox"] is not None and not f["shown"] else []
        return out + ([self._target(f["url"], f["text"])] if f.get("url") else [])

    def _run_content(self, tag: str, child, font: str | None) -> str:
        """Typed text (its tick glyphs translated), a symbol that is a tick, a tab, a break, a hyphen."""
        if tag == "t":
            text = child.text or ""
            if self._in_field and "text" in self._in_field[-1]:
                self._in_field[-1]["text"] += text
            mapped, n = ticks.translate(text, font)
            self.ticks += n
            return mapped
        if tag == "sym":
            return self._symbol(child, font)
        return {"tab": " ", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}.get(tag, "")

    def _symbol(self, sym, font: str | None) -> str:
        """A w:sym character: a tick or an empty box, anything else dropped (a bullet, an arrow)."""
        try:
            ch = chr(int(sym.get(_w("char"), ""), 16))
        except ValueError:
            return ""
        mapped = ticks.normalise(ch, sym.get(_w("font")) or font)
        if mapped not in (ticks.TICKED, ticks.UNTICKED):
            return ""
        self.ticks += 1
        return mapped

    def paragraph(self, p) -> list[str]:
        return self.inline(p).split("\n")

    @staticmethod
    def _children(el, tag: str) -> list:
        """Direct `tag` children of a table or row, also those wrapped in content controls or custom XML
        (a repeating-section control wraps whole rows). A nested table is rendered inside its cell."""
        out = []
        for child in el:
            if child.tag == _w(tag):
                out.append(child)
            elif child.tag in (_w("sdt"), _w("customXml")):
                inner = child.find(_w("sdtContent")) if child.tag == _w("sdt") else child
                if inner is not None:
                    out += _Renderer._children(inner, tag)
        return out

    def _cells(self, tr) -> list[tuple[int, list[str]]]:
        """(grid column, non-empty lines) of each cell of a row; merged cells count their span."""
        out, col = [], 0
        for tc in self._children(tr, "tc"):
            lines: list[str] = []
            for block in tc:
                lines += self.block(block)
            out.append((col, [" ".join(x.split()) for x in lines if x.strip()]))
            span = tc.find(f"{_w('tcPr')}/{_w('gridSpan')}")
            col += int(span.get(_w("val"), "1")) if span is not None and span.get(_w("val"), "").isdigit() else 1
        return out

    @staticmethod
    def _mark(text: str) -> bool | None:
        """True/False for a cell that holds only a tick mark (ticked/empty box), None for anything else."""
        t = text.strip()
        if t in (ticks.TICKED, ticks.UNTICKED):
            return t == ticks.TICKED
        return True if t.casefold() in TYPED_MARKS else None

    def _option_line(self, texts: list[str]) -> str | None:
        """One "☒ Yes ☐ No" line for a row of options, else None.

        Either every filled cell starts with a box ("☒ Yes" | "☐ No"), or short labels alternate with
        cells holding only a mark, on either side of the label ("Yes" | "X" | "No" | "").
        """
        filled = [t for t in texts if t]
        if not filled or any(len(t) > OPTION_LABEL_MAX for t in filled):
            return None
        if all(t[0] in (ticks.TICKED, ticks.UNTICKED) for t in filled) and any(self._mark(t) is None for t in filled):
            return " ".join(filled)
        if len(texts) < 2 or len(texts) % 2:
            return None
        marks = [i for i, t in enumerate(texts) if self._mark(t) is not None]
        labels = [i for i, t in enumerate(texts) if t and self._mark(t) is None]
        if not marks or not labels or len({i % 2 for i in labels}) != 1 or any(i % 2 == labels[0] % 2 for i in marks):
            return None
        first = 1 - labels[0] % 2  # the column parity of the marks: 0 when a mark precedes its label
        pairs = [(texts[i], texts[i + 1]) if first == 0 else (texts[i + 1], texts[i]) for i in range(0, len(texts), 2)]
        out = []
        for mark, label in pairs:
            if label:
                self.ticks += 1
                out.append(f"{ticks.TICKED if self._mark(mark) else ticks.UNTICKED} {label}")
        return " ".join(out)

    @staticmethod
    def _yes_no_columns(header: list[tuple[int, list[str]]]) -> tuple[int, int] | None:
        """Grid columns of a header row's "Yes" and "No" cells (a table answered by marking columns)."""
        names = {col: " ".join(lines).strip(" :*").casefold() for col, lines in header}
        yes = [c for c, n in names.items() if n == "yes"]
        no = [c for c, n in names.items() if n == "no"]
        return (yes[0], no[0]) if len(yes) == 1 and len(no) == 1 else None

    def table(self, tbl) -> list[str]:
        rows = [self._cells(tr) for tr in self._children(tbl, "tr")]
        # Column headings "Yes" / "No" over rows to mark; a row holding marks itself is a row of options.
        columns = (self._yes_no_columns(rows[0]) if len(rows) > 1
                   and all(self._mark(" ".join(c)) is None for _, c in rows[0]) else None)
        lines: list[str] = []
        for k, cells in enumerate(rows):
            if columns and k == 0:
                lines.append("")  # the column headings are the form's, not an answer
                continue
            if columns:
                lines += self._marked_columns_row(cells, columns)
            else:
                option = self._option_line([" ".join(c) for _, c in cells])
                if option:
                    lines.append(option)
                else:
                    lines += self._plain_row([c for _, c in cells])
            lines.append("")
        return lines

    def _plain_row(self, cells: list[list[str]]) -> list[str]:
        """Every cell's lines in order; a cell holding only a question number prefixes the next cell,
        and a form field's label keeps its one-line value ("COUNTRY NAME*" | "Uruguay")."""
        filled = [c for c in cells if c]
        if len(filled) == 2 and len(filled[0]) == 1 and len(filled[1]) == 1 and FIELD_LABEL_RE.match(filled[0][0]):
            return [f"{filled[0][0]} {filled[1][0]}"]
        out: list[str] = []
        number = None
        for lines in cells:
            if not lines:
                continue
            m = NUMBER_CELL_RE.match(lines[0]) if len(lines) == 1 else None
            if m and number is None:
                number = m.group(1)
                continue
            if number is not None:
                lines = [f"{number}. {lines[0]}"] + lines[1:]
                number = None
            out += lines
        if number is not None:
            out.append(f"{number}.")
        return out

    def _marked_columns_row(self, cells: list[tuple[int, list[str]]], columns: tuple[int, int]) -> list[str]:
        """A row of a table with Yes/No columns: its other cells, then "☒ Yes ☐ No" from the marks."""
        yes_col, no_col = columns
        state = {}
        before, after = [], []
        for col, lines in cells:
            if col in columns:
                text = " ".join(lines)
                mark = self._mark(text) if text else False
                # Anything typed into a Yes/No cell other than a box or an X still marks it.
                state[col] = bool(text) if mark is None else mark
                continue
            (before if col < min(columns) else after).append(lines)
        if not state:
            return self._plain_row(before + after)
        self.ticks += 2
        line = (f"{ticks.TICKED if state.get(yes_col) else ticks.UNTICKED} Yes "
                f"{ticks.TICKED if state.get(no_col) else ticks.UNTICKED} No")
        return self._plain_row(before) + [line] + self._plain_row(after)

    def block(self, el) -> list[str]:
        if not isinstance(el.tag, str):
            return []
        tag = etree.QName(el).localname
        if tag == "p":
            # A blank line after every paragraph: Word's paragraph break is kept, so "No" and the
            # explanation in the next paragraph stay two paragraphs of the answer, not one sentence.
            return self.paragraph(el) + [""]
        if tag == "tbl":
            return self.table(el)
        if tag == "sdt":
            content = el.find(_w("sdtContent"))
            if el.find(f"{_w('sdtPr')}/{{{W14}}}checkbox") is not None:
                return [self.sdt_inline(el)]
            if el.find(f"{_w('sdtPr')}/{_w('showingPlcHdr')}") is not None:
                return [""]
            return [s for child in (content if content is not None else []) for s in self.block(child)]
        if tag in {"customXml", "ins"}:
            return [s for child in el for s in self.block(child)]
        return []


def _open(path: Path):
    """python-docx Document, with its errors turned into messages a user can act on."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    limits.check_package(path)  # declared part sizes and XML text nodes, before python-docx inflates anything
    try:
        return docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError) as e:
        raise ParseError(f"{path.name}: not a Word .docx file (not a zip package; a .doc from Word 97-2003? "
                         "save it as .docx)") from e
    except KeyError as e:
        # python-docx says only "There is no item named '[Content_Types].xml' in the archive".
        raise ParseError(f"{path.name}: a zip file that is not a Word document (no {e.args[0] if e.args else 'part'}"
                         "); supported: .docx saved by Word or LibreOffice") from e
    except ValueError as e:
        raise ParseError(f"{path.name}: not a Word document ({e})") from e
    except etree.XMLSyntaxError as e:
        raise ParseError(f"{path.name}: the Word document's XML is damaged ({e}); open and re-save it in Word") from e


def _comments(document) -> list[str]:
    notes = []
    for rel in document.part.rels.values():
        if rel.reltype != COMMENTS_REL or rel.is_external:
            continue
        root = etree.fromstring(rel.target_part.blob)
        for c in root.iter(_w("comment")):
            text = " ".join(" ".join(t.text or "" for t in p.iter(_w("t"))) for p in c.iter(_w("p"))).strip()
            if text:
                author = c.get(_w("author")) or "reviewer"
                notes.append(f"Comment by {author}: {' '.join(text.split())}")
    return notes


def docx_to_text(path: str | Path) -> DocxText:
    """Render a Word response into the text layout that msq_text.parse_text reads."""
    path = Path(path)
    document = _open(path)
    rels = {rid: rel.target_ref for rid, rel in document.part.rels.items() if rel.is_external}
    r = _Renderer(rels)
    lines: list[str] = []
    for block in document.element.body:
        lines += r.block(block)
    # Every line ends with a space, as in the published-PDF text: the text parser then never mistakes
    # a paragraph holding only a URL for a page's link list; a blank paragraph is a lone space.
    text = "\n".join(line.rstrip() + " " for line in lines)
    # NUL is never content (see loaders.limits); XML holds no other control characters.
    text, nul_notes = limits.clean_nul(text, path.name, reject_binary=False)
    return DocxText(text=text, links=r.links, notes=_comments(document) + nul_notes, ticks=r.ticks)


def load(path: str | Path, edition: int | None = None) -> list[ParsedDocument]:
    """One Word response -> one ParsedDocument (a list, like every loader)."""
    from .text import parse_text

    path = Path(path)
    rendered = docx_to_text(path)
    if not rendered.text.strip():
        raise ParseError(f"{path.name}: the Word document has no text")
    ed = editions.resolve(editions.from_text(rendered.text), edition, path.name)
    doc = parse_text(rendered.text, source_name=path.name, known_links=rendered.links, edition=ed,
                     loader=LOADER, fmt=FORMAT)
    return [doc.model_copy(update={"notes": doc.notes + rendered.notes})]
