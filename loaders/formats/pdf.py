"""PDF responses (pypdfium2) -> the questionnaire text layout -> msq_text.parse_text.

Text comes in pdfium's reading order; tick glyphs of any font become ☒/☐; fillable-form check boxes
(AcroForm widgets) are written as ☒/☐ in front of the label they sit next to; link annotations give
the complete URLs. A page without a text layer (a scan) rejects the document with the page named.
"""
from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from .. import editions, limits, ticks
from ..records import ParsedDocument, ParseError
from . import pdf_rows

LOADER = "loaders.formats.pdf"
FORMAT = "pdf"
HYPHEN_MARK = "\ufffe"   # pdfium's mark for a hyphen at a line end, where it joined the two lines
CHECKABLE = {raw.FPDF_FORMFIELD_CHECKBOX, raw.FPDF_FORMFIELD_RADIOBUTTON}


@dataclass
class PdfText:
    """A PDF rendered into the text layout, with its link targets and what was found on the way."""

    text: str
    links: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    pages: int = 0
    form_ticks: int = 0
    glyph_ticks: int = 0
    # Characters with their positions, page by page (pdf_rows reads table rows from them); None once a
    # page has form check boxes, whose ticks are placed by text order.
    positions: list[list[pdf_rows.Char]] | None = field(default_factory=list)


def _open(path: Path) -> pdfium.PdfDocument:
    """The PDF, opened lazily (pdfium reads pages on demand) after its size, inflated streams and page
    count pass the limits."""
    limits.check_pdf_streams(path)
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if "password" in msg:
            raise ParseError(f"{path.name}: the PDF is password-protected; save an unprotected copy") from e
        if "format" in msg or "damaged" in msg or "file" in msg:
            raise ParseError(f"{path.name}: not a readable PDF (pdfium: {e}); it may be truncated or damaged — "
                             "open it in a PDF reader and save or download a fresh copy") from e
        raise ParseError(f"{path.name}: the PDF could not be opened (pdfium: {e})") from e
    pages = len(doc)  # from the page tree: no page is loaded yet
    if pages > limits.value("pdf_pages"):
        doc.close()
        raise limits.over(path.name, f"a PDF of {pages:,} pages", "pdf_pages")
    return doc


def _font(textpage: pdfium.PdfTextPage, i: int, buf=None, flags=None) -> str:
    """The name of the font character `i` is drawn in ('' if unknown); `buf`/`flags` may be reused per page."""
    buf = buf if buf is not None else ctypes.create_string_buffer(128)
    flags = flags if flags is not None else ctypes.c_int()
    n = raw.FPDFText_GetFontInfo(textpage.raw, i, buf, len(buf), ctypes.byref(flags))
    # pdfium leaves the buffer alone when the name does not fit: a fresh buffer then reads as ''.
    return buf.value.decode("utf-8", "replace") if 0 < n <= len(buf) else ""


def _uri(doc: pdfium.PdfDocument, action) -> str:
    if not action or raw.FPDFAction_GetType(action) != raw.PDFACTION_URI:
        return ""
    n = raw.FPDFAction_GetURIPath(doc.raw, action, None, 0)
    if n <= 0:
        return ""
    buf = ctypes.create_string_buffer(n)
    raw.FPDFAction_GetURIPath(doc.raw, action, buf, n)
    return buf.value.decode("utf-8", "replace").strip()


def _page_links(doc: pdfium.PdfDocument, page: pdfium.PdfPage) -> list[str]:
    out = []
    pos, link = ctypes.c_int(0), raw.FPDF_LINK()
    while raw.FPDFLink_Enumerate(page.raw, ctypes.byref(pos), ctypes.byref(link)):
        url = _uri(doc, raw.FPDFLink_GetAction(link))
        if url and not url.lower().startswith("mailto:"):
            out.append(url)
    return out


def _checkboxes(doc: pdfium.PdfDocument, page: pdfium.PdfPage) -> list[tuple[tuple[float, float, float, float], bool]]:
    """(rect as left, bottom, right, top; checked) of every check box / radio widget on the page."""
    if doc.formenv is None:
        return []
    out = []
    for i in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annot = raw.FPDFPage_GetAnnot(page.raw, i)
        try:
            if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_WIDGET:
                continue
            if raw.FPDFAnnot_GetFormFieldType(doc.formenv.raw, annot) not in CHECKABLE:
                continue
            rect = raw.FS_RECTF()
            raw.FPDFAnnot_GetRect(annot, ctypes.byref(rect))
            box = (min(rect.left, rect.right), min(rect.bottom, rect.top),
                   max(rect.left, rect.right), max(rect.bottom, rect.top))
            out.append((box, bool(raw.FPDFAnnot_IsChecked(doc.formenv.raw, annot))))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return out


def _insert_at(chars: list[str], boxes: list, box: tuple[float, float, float, float]) -> int:
    """Index of the first character right of a check box on its line (where its label starts)."""
    left, bottom, right, top = box
    mid = (bottom + top) / 2
    best, best_x = None, None
    for i, b in enumerate(boxes):
        if b is None or not chars[i].strip():
            continue
        cl, cb, cr, ct = b
        if cb - 2 <= mid <= ct + 2 and cl >= left - 1 and (best_x is None or cl < best_x):
            best, best_x = i, cl
    if best is not None:
        return best
    # No text to its right: put it before the first character below it (a box at a line's end).
    below = [i for i, b in enumerate(boxes) if b is not None and b[3] < bottom and chars[i].strip()]
    return below[0] if below else len(chars)


@lru_cache(maxsize=1)
def _symbol_bytes() -> frozenset[str]:
    """Plain bytes that are tick glyphs when drawn in a symbol font (U+F0xx rows of the glyph table)."""
    return frozenset(chr(ord(g) - 0xF000) for g in ticks.table() if 0xF000 <= ord(g) < 0xF100)


@lru_cache(maxsize=1)
def _candidates_re() -> re.Pattern:
    """The characters `_page_text` must look at: tick glyphs, and plain bytes that are ticks in a symbol font.

    Found at C speed, so the per-character work in Python is done only where a tick may be.
    """
    chars = set(ticks.table()) | _symbol_bytes()
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def _page_text(doc: pdfium.PdfDocument, page: pdfium.PdfPage, out: PdfText, source: str = "", k: int = 0) -> str:
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        if n > limits.value("pdf_page_chars"):
            raise limits.over(source, f"page {k + 1} holding {n:,} characters", "pdf_page_chars")
        text = textpage.get_text_range(0, n) if n else ""
        chars = list(text) if len(text) == n else list(text) + [""] * max(0, n - len(text))
        symbol_bytes, glyphs = _symbol_bytes(), ticks.table()
        buf, flags = ctypes.create_string_buffer(128), ctypes.c_int()
        for m in _candidates_re().finditer(text):
            i, ch = m.start(), m.group()
            mapped = glyphs.get(ch)
            # A Wingdings tick may come out as its plain byte ("þ", "¨"): check the font only then.
            if mapped is None and ch in symbol_bytes and ticks.is_symbol_font(_font(textpage, i, buf, flags)):
                mapped = ticks.normalise(ch, "wingdings")
            if mapped is not None:
                chars[i] = mapped
                out.glyph_ticks += 1
        widgets = _checkboxes(doc, page)
        # Character boxes are only needed to place form check boxes; most PDFs have none.
        boxes = [textpage.get_charbox(i) if ch not in "\r\n" else None for i, ch in enumerate(chars)] if widgets else []
        for box, checked in widgets:
            at = _insert_at(chars, boxes, box)
            chars.insert(at, (ticks.TICKED if checked else ticks.UNTICKED) + " ")
            boxes.insert(at, None)
            out.form_ticks += 1
        page_text = "".join(chars)
        if widgets:
            out.positions = None
        elif out.positions is not None:
            out.positions.append(_positioned(textpage, chars))
    finally:
        textpage.close()
    # pdfium joins a line that ends in a hyphen with the next and marks the hyphen; in these forms a
    # line-end hyphen is a real one (Word and LibreOffice do not hyphenate by default), so keep it.
    return page_text.replace(HYPHEN_MARK, "-").replace("\r\n", "\n").replace("\r", "\n")


def _positioned(textpage: pdfium.PdfTextPage, chars: list[str]) -> list[pdf_rows.Char]:
    """The page's text with positions (ticks already mapped): each of pdfium's lines that pdfium covers
    with one rectangle is one piece; the characters of any other line (two cells on one baseline, boxes
    drawn out of order, a hyphen joining two lines) are placed one by one. Asking pdfium for every
    character's box would cost several times the whole read."""
    out: list[pdf_rows.Char] = []
    start = 0
    for end in [i for i, ch in enumerate(chars) if ch in "\r\n"] + [len(chars)]:
        if end > start and textpage.count_rects(start, end - start) == 1:
            left, bottom, right, top = textpage.get_rect(0)
            text = "".join(chars[start:end]).replace(HYPHEN_MARK, "-")
            out.append(pdf_rows.Char(text, left, bottom, right, top, top - bottom))
        else:
            for i in range(start, end):
                left, bottom, right, top = textpage.get_charbox(i)
                ch = "-" if chars[i] == HYPHEN_MARK else chars[i]
                out.append(pdf_rows.Char(ch, left, bottom, right, top, raw.FPDFText_GetFontSize(textpage.raw, i)))
        if end < len(chars):
            out.append(pdf_rows.Char(chars[end], 0, 0, 0, 0, 0))
        start = end + 1
    return out


def _has_images(page: pdfium.PdfPage) -> bool:
    return any(True for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2))


_BREAK = re.compile(r"[ \t]*\n[ \t]*")


def mend_links(text: str, links: list[str]) -> str:
    """Put back together every link target that the page layout broke over lines (or pages).

    The link annotations hold the complete URLs; where the visible text shows one of them split by a
    line break, the break is removed, so the parser sees the whole URL whatever punctuation surrounds it.
    Each URL is looked up once in the text with its line breaks taken out (no pattern per URL: a PDF
    holds hundreds of links).
    """
    urls = [u for u in sorted(set(links), key=len, reverse=True) if len(u) >= 12]
    if not urls or "\n" not in text:
        return text
    # The text without line breaks (and the spaces around them), and where each kept character was.
    flat_parts: list[str] = []
    origin: list[int] = []
    last = 0
    for m in _BREAK.finditer(text):
        flat_parts.append(text[last:m.start()])
        origin.extend(range(last, m.start()))
        last = m.end()
    flat_parts.append(text[last:])
    origin.extend(range(last, len(text)))
    flat = "".join(flat_parts)
    spans: list[tuple[int, int, str]] = []  # (start, end) in `text` to replace by the whole URL
    for url in urls:  # longest first: a URL that is the start of a longer one never cuts that one
        at = flat.find(url)
        while at >= 0:
            start, end = origin[at], origin[at + len(url) - 1] + 1
            if "\n" in text[start:end] and not any(s < end and start < e for s, e, _ in spans):
                spans.append((start, end, url))
            at = flat.find(url, at + len(url))
    for start, end, url in sorted(spans, reverse=True):
        text = text[:start] + url + text[end:]
    return text


def pdf_to_text(path: str | Path) -> PdfText:
    """Render a PDF response into the text layout that msq_text.parse_text reads."""
    path = Path(path)
    doc = _open(path)
    out = PdfText(text="")
    try:
        if doc.get_formtype() != raw.FORMTYPE_NONE:
            doc.init_forms()
        out.pages = len(doc)
        pages, scanned = [], []
        for k in range(len(doc)):
            page = doc[k]
            try:
                text = _page_text(doc, page, out, path.name, k)
                if not text.strip() and _has_images(page):
                    scanned.append(k + 1)
                for url in _page_links(doc, page):
                    if url not in out.links:
                        out.links.append(url)
            except pdfium.PdfiumError as e:
                raise ParseError(f"{path.name}: page {k + 1} could not be read (pdfium: {e}); the PDF may be "
                                 "damaged — save a fresh copy") from e
            finally:
                page.close()
            pages.append(text)
    finally:
        doc.close()
    if scanned:
        which = ", ".join(map(str, scanned))
        label = "page" if len(scanned) == 1 else "pages"
        raise ParseError(f"{path.name}: {label} {which} of {out.pages} {'has' if len(scanned) == 1 else 'have'} "
                         "no text layer — scanned? run OCR first (e.g. ocrmypdf) and load the OCR'd PDF")
    if not any(p.strip() for p in pages):
        raise ParseError(f"{path.name}: the PDF has no text at all; is it the filled questionnaire?")
    # Every line ends with a space, as in the published-PDF text the parser was written for: then a
    # line holding only a URL is answer text, never mistaken for a page's list of links.
    # A document of tables is read by position (rows run over page breaks, running headers dropped);
    # any other keeps pdfium's drawing order.
    by_position = pdf_rows.layout(out.positions) if out.positions else None
    lines: list[str] = []
    for line in by_position if by_position is not None else "\n".join(pages).split("\n"):
        if line.strip() == "*" and lines:
            # A required-field star wrapped onto a line of its own belongs to the question above it.
            lines[-1] = lines[-1].rstrip() + " *"
            continue
        lines.append(line)
    text = "\n".join(line.rstrip() + " " for line in lines)
    # NUL is never content (see loaders.limits); a text layer is never "binary", only odd glyphs.
    text, out.notes = limits.clean_nul(text, path.name, reject_binary=False)
    out.text = mend_links(text, out.links)
    return out


def load(path: str | Path, edition: int | None = None) -> list[ParsedDocument]:
    """One PDF response -> one ParsedDocument (a list, like every loader)."""
    from .text import parse_text

    path = Path(path)
    rendered = pdf_to_text(path)
    ed = editions.resolve(editions.from_text(rendered.text), edition, path.name)
    doc = parse_text(rendered.text, source_name=path.name, known_links=rendered.links, edition=ed,
                     loader=LOADER, fmt=FORMAT)
    return [doc.model_copy(update={"notes": doc.notes + rendered.notes})]
