"""Word (.docx) responses -> the questionnaire text layout -> msq_text.parse_text.

Ticks come from checkbox content controls (w14:checkbox/w14:checked), legacy check-box form fields
(w:ffData/w:checkBox), Wingdings symbols (w:sym) and ☒/☐ characters; all become ☒/☐ before the label.
Tables become "label  cell text" lines, hyperlink targets are passed as known links (so a URL is never
cut), and reviewer comments (word/comments.xml) are kept as notes of the document.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .. import editions, ticks
from ..records import ParsedDocument, ParseError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
HYPERLINK_FIELD_RE = re.compile(r'HYPERLINK\s+"([^"]+)"', re.IGNORECASE)
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
            tag = etree.QName(child).localname if isinstance(child.tag, str) else ""
            ns = etree.QName(child).namespace if isinstance(child.tag, str) else ""
            if ns != W:
                continue
            if tag in {"pPr", "rPr", "del", "moveFrom", "commentRangeStart", "commentRangeEnd", "proofErr",
                       "bookmarkStart", "bookmarkEnd"}:
                continue
            if tag == "r":
                out.append(self.run(child))
            elif tag == "hyperlink":
                rid = child.get(f"{{{R}}}id")
                if rid and rid in self.rels:
                    self._link(self.rels[rid])
                out.append(self.inline(child))
            elif tag == "sdt":
                out.append(self.sdt_inline(child))
            elif tag == "fldSimple":
                m = HYPERLINK_FIELD_RE.search(child.get(_w("instr"), ""))
                if m:
                    self._link(m.group(1))
                out.append(self.inline(child))
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

    def run(self, r) -> str:
        font = self._run_font(r)
        out: list[str] = []
        for child in r:
            if not isinstance(child.tag, str) or etree.QName(child).namespace != W:
                continue
            tag = etree.QName(child).localname
            if tag == "fldChar":
                kind = child.get(_w("fldCharType"))
                if kind == "begin":
                    cb = child.find(f"{_w('ffData')}/{_w('checkBox')}")
                    state = None
                    if cb is not None:
                        checked = cb.find(_w("checked"))
                        state = _on(checked) if checked is not None else _on(cb.find(_w("default")))
                    self._in_field.append({"instr": "", "checkbox": state, "shown": False})
                elif kind == "separate" and self._in_field:
                    f = self._in_field[-1]
                    m = HYPERLINK_FIELD_RE.search(f["instr"])
                    if m:
                        self._link(m.group(1))
                    if f["checkbox"] is not None:
                        out.append(self._tick(f["checkbox"]))
                        f["shown"] = True
                elif kind == "end" and self._in_field:
                    f = self._in_field.pop()
                    if f["checkbox"] is not None and not f["shown"]:
                        out.append(self._tick(f["checkbox"]))
                continue
            if tag == "instrText":
                if self._in_field:
                    self._in_field[-1]["instr"] += child.text or ""
                continue
            if self._in_field and self._in_field[-1]["checkbox"] is not None:
                continue  # a check-box field's cached result: its state was emitted already
            if tag == "t":
                text = child.text or ""
                for ch in text:
                    mapped = ticks.normalise(ch, font)
                    if mapped in (ticks.TICKED, ticks.UNTICKED):
                        self.ticks += 1
                    out.append(mapped)
            elif tag == "sym":
                code = child.get(_w("char"), "")
                try:
                    ch = chr(int(code, 16))
                except ValueError:
                    continue
                mapped = ticks.normalise(ch, child.get(_w("font")) or font)
                if mapped in (ticks.TICKED, ticks.UNTICKED):
                    self.ticks += 1
                    out.append(mapped)
            elif tag == "tab":
                out.append(" ")
            elif tag in {"br", "cr"}:
                out.append("\n")
            elif tag == "noBreakHyphen":
                out.append("-")
        return "".join(out)

    def paragraph(self, p) -> list[str]:
        return self.inline(p).split("\n")

    def table(self, tbl) -> list[str]:
        lines: list[str] = []
        for tr in tbl.findall(_w("tr")):  # direct rows only: a nested table is rendered inside its cell
            cells = []
            for tc in tr.findall(_w("tc")):
                paras: list[str] = []
                for block in tc:
                    paras += self.block(block)
                cells.append([s.strip() for s in paras if s.strip()])
            cells = [c for c in cells if c]
            if not cells:
                lines.append("")
                continue
            # "label  first line of the answer", then the answer's further paragraphs on their own lines.
            label = " ".join(cells[0])
            rest = [s for c in cells[1:] for s in c]
            lines.append(f"{label}  {rest[0]}" if rest else label)
            lines += rest[1:]
            lines.append("")
        return lines

    def block(self, el) -> list[str]:
        if not isinstance(el.tag, str):
            return []
        tag = etree.QName(el).localname
        if tag == "p":
            return self.paragraph(el)
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
    return DocxText(text=text, links=r.links, notes=_comments(document), ticks=r.ticks)


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
