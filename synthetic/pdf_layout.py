"""Draw a synthetic response as PDF: the .docx rendering converted by LibreOffice headless.

LibreOffice 7.4 keeps the checkbox content controls as ☒/☐ glyphs in the text layer, but its headless
export writes no link annotations (checked with 7.4.7: docx and odt input, with and without filter
options). A PDF saved from Word keeps its hyperlinks, so after conversion we add one URI link
annotation over each URL's visible text (every line of a wrapped URL), as Word would have.
Needs `soffice` on PATH; the generated fixtures are committed so tests and CI do not.
"""
from __future__ import annotations

import ctypes
import shutil
import subprocess
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from . import docx_layout, response

HYPHEN_MARK = "\ufffe"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(docx_path: Path, out_dir: Path, timeout: float = 180) -> Path:
    """LibreOffice headless .docx -> .pdf in out_dir (a private profile, so parallel runs do not clash)."""
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out_dir), str(docx_path)],
                       check=True, capture_output=True, timeout=timeout)
    pdf = out_dir / (docx_path.stem + ".pdf")
    if not pdf.exists():
        raise RuntimeError(f"LibreOffice wrote no PDF for {docx_path}")
    return pdf


def _line_rects(textpage, start: int, length: int) -> list[tuple[float, float, float, float]]:
    """One rectangle per text line covered by characters start..start+length."""
    rects: list[list[float]] = []
    for i in range(start, start + length):
        left, bottom, right, top = textpage.get_charbox(i)
        if right <= left:
            continue
        if rects and abs(rects[-1][1] - bottom) < 3:
            r = rects[-1]
            r[0], r[1], r[2], r[3] = min(r[0], left), min(r[1], bottom), max(r[2], right), max(r[3], top)
        else:
            rects.append([left, bottom, right, top])
    return [tuple(r) for r in rects]


def add_links(pdf_path: Path, urls: list[str], out_path: Path) -> int:
    """Add a URI link annotation over every occurrence of each visible URL, in order; returns how many."""
    doc = pdfium.PdfDocument(str(pdf_path))
    added = 0
    try:
        pages = [doc[k] for k in range(len(doc))]
        textpages = [p.get_textpage() for p in pages]
        # All characters without line breaks, and where each came from: a URL wrapped over lines, or
        # split by a page break, is whole again in `flat`.
        flat: list[str] = []
        where: list[tuple[int, int]] = []
        for k, tp in enumerate(textpages):
            for i, ch in enumerate(tp.get_text_range(0, tp.count_chars())):
                if ch in "\r\n":
                    continue
                flat.append("-" if ch == HYPHEN_MARK else ch)
                where.append((k, i))
        flat_text = "".join(flat)
        cursor = 0
        for visible in urls:
            at = flat_text.find(visible, cursor)
            if at < 0:
                raise RuntimeError(f"URL not found in the PDF text: {visible!r}")
            cursor = at + len(visible)
            spans: dict[int, list[int]] = {}
            for k, i in where[at:at + len(visible)]:
                spans.setdefault(k, []).append(i)
            for k, idx in spans.items():
                for left, bottom, right, top in _line_rects(textpages[k], idx[0], idx[-1] - idx[0] + 1):
                    annot = raw.FPDFPage_CreateAnnot(pages[k].raw, raw.FPDF_ANNOT_LINK)
                    raw.FPDFAnnot_SetRect(annot, ctypes.byref(raw.FS_RECTF(left, top, right, bottom)))
                    raw.FPDFAnnot_SetURI(annot, docx_layout.link_target(visible).encode("utf-8"))
                    raw.FPDFPage_CloseAnnot(annot)
                    added += 1
        for tp in textpages:
            tp.close()
        doc.save(str(out_path))
    finally:
        doc.close()
    return added


def visible_urls(r: response.SyntheticResponse) -> list[str]:
    """Every URL as written in the .docx rendering, in document order (the order the PDF shows them)."""
    from loaders import catalogue

    out = []
    for q in catalogue.questions(r.edition):
        cells = [r.cell(q.question)] + [r.cell(q.question, e.item) for e in catalogue.items(r.edition, q.question)]
        for cell in cells:
            for para in cell.paragraphs:
                for line in para:
                    out += [m.group(0).rstrip(docx_layout.URL_TRAILING) for m in docx_layout.URL_RE.finditer(line)]
    return out


def render(r: response.SyntheticResponse, path: str | Path, *, links: bool = True) -> Path:
    """Write the response as PDF (via .docx and LibreOffice); links=False leaves out link annotations."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        docx_path = docx_layout.render(r, tmp / f"{path.stem}.docx")
        pdf = convert(docx_path, tmp)
        if links:
            add_links(pdf, visible_urls(r), path)
        else:
            shutil.copyfile(pdf, path)
    return path
