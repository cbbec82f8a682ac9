"""Sniff a file's format from its bytes (never its extension), pick the loader, or reject it clearly.

Limits (loaders.limits) are checked here before anything is inflated or read whole: a zip's declared
part sizes, a text file's size; each loader checks the rest (PDF pages, XML text nodes, sheet rows).
"""
from __future__ import annotations

import importlib
import re
import zipfile
from pathlib import Path

from .. import editions, limits
from ..records import ParsedDocument, ParseError, quoted
from . import sheets

SUPPORTED = ("supported: MSQ text/PDF/Word (.docx), online-form export .xlsx/.csv, "
             "long table .csv/.xlsx, EGDI/GTMI/UNCTAD files")
COUNTRY_LINE_RE = re.compile(r"^\s*COUNTRY NAME\s*\*", re.IGNORECASE | re.MULTILINE)
MSQ_TEXT_RE = re.compile(r"COUNTRY NAME|Member States Questionnaire|E-Government Survey\s+20\d\d", re.IGNORECASE)

# (magic bytes, what it is) for files we recognise only to reject them with a useful message.
FOREIGN = (
    (b"\xff\xd8\xff", "a JPEG image (a scan or photo? run OCR first and load the PDF with a text layer)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image (a scan or screenshot? run OCR first)"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image (a scan? run OCR first)"),
    (b"MM\x00*", "a TIFF image (a scan? run OCR first)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Office 97-2003 file (.doc/.xls); save it as .docx or .xlsx"),
    (b"{\\rtf", "an RTF document; save it as .docx"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"),
    (b"Rar!", "a RAR archive; unpack it first"),
    (b"7z\xbc\xaf", "a 7-Zip archive; unpack it first"),
)


def _reference_kind(path: Path) -> str | None:
    """The official reference file kind (EGDI/GTMI/UNCTAD), when loaders.reference is installed."""
    from .. import reference  # lazily: most files are not reference files

    try:
        return reference.sniff(path) or None
    except Exception:  # noqa: BLE001 — a sniffer's failure only means "not a reference file"
        return None


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            mimetype = z.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except zipfile.BadZipFile as e:
        raise ParseError(f"{path.name}: a damaged zip package (.docx/.xlsx?): {e}; save a fresh copy; {SUPPORTED}") from e
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "opendocument" in mimetype:
        raise ParseError(f"{path.name}: looks like an OpenDocument file ({mimetype}); save it as .docx or .xlsx; "
                         f"{SUPPORTED}")
    if "ppt/presentation.xml" in names:
        raise ParseError(f"{path.name}: looks like a PowerPoint presentation; {SUPPORTED}")
    raise ParseError(f"{path.name}: a zip archive that is not a Word or Excel document; unpack it first; {SUPPORTED}")


def _table_kind(path: Path, sheet: sheets.Sheet) -> str:
    from . import form_export as msq_forms
    from . import long_table

    # Official index files first: they too have country columns ("Country Name").
    ref = _reference_kind(path)
    if ref:
        return f"reference:{ref}"
    if long_table.looks_like_long_table(sheet.header):
        return "long_table"
    if msq_forms.looks_like_form_export(sheet.header, sheet.rows, path if sheet.kind == "xlsx" else None):
        return "form_export"
    shown = ", ".join(quoted(h, 40) for h in sheet.header[:6])
    raise ParseError(f"{path.name}: a table whose columns ({shown}…) are neither an online-form export (needs "
                     "'COUNTRY NAME' and question columns in one of its first rows, or codes explained by a "
                     "codebook sheet) nor a long table (country, edition, question, item, "
                     f"answer, …); {SUPPORTED}")


def _binary(path: Path, head: bytes) -> None:
    """Reject a file whose start is not text: control characters over binary_share once decoded (UTF-16 aware)."""
    try:
        text = sheets.decode_bytes(head, path.name)
    except ParseError:
        if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
            raise  # text by its byte-order mark, with broken characters: say so, not "binary"
        text = head.decode("latin-1")
    limits.check_binary(text, path.name, f"a file of an unknown kind; {SUPPORTED}")


def sniff(path: str | Path) -> str:
    """The format of a file from its content: text, pdf, docx, form_export, long_table or reference:<kind>."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError as e:
        raise ParseError(f"{path.name}: cannot be read ({e.strerror or e})") from e
    if not head.strip():
        raise ParseError(f"{path.name}: the file is empty; {SUPPORTED}")
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        limits.check_zip(path)  # declared sizes only: nothing is inflated before this passes
        kind = _zip_kind(path)
        if kind == "docx":
            return "docx"
        return _table_kind(path, sheets.read_xlsx(path, max_rows=50))
    for magic, what in FOREIGN:
        if head.startswith(magic):
            raise ParseError(f"{path.name}: looks like {what}; {SUPPORTED}")
    low = head[:512].lstrip().lower()
    if low.startswith((b"<!doctype html", b"<html")):
        raise ParseError(f"{path.name}: looks like a web page (HTML); save the questionnaire as PDF or .docx; {SUPPORTED}")
    _binary(path, head)
    text, _ = sheets.read_text(path)  # text_file_mb is checked before the file is read
    first = text.lstrip().split("\n", 1)[0]
    if any(d in first for d in ",;\t"):
        # A header row first: a table, even when its headers name "COUNTRY NAME" or the survey.
        sheet = sheets.read_csv_text(text, path.name, max_rows=50)
        # A title row may come before the header rows ("MSQ 2022 export,,,"): any of the first rows will do.
        if sheet.rows and any(len([c for c in r if c]) >= 2 for r in [sheet.header] + sheet.rows[:8]):
            try:
                return _table_kind(path, sheet)
            except ParseError:
                # Questionnaire text whose first line happens to hold commas still has its country line.
                if not COUNTRY_LINE_RE.search(text[:20000]):
                    raise
    if MSQ_TEXT_RE.search(text[:5000]):
        return "text"
    ref = _reference_kind(path)
    if ref:
        return f"reference:{ref}"
    raise ParseError(f"{path.name}: plain text that is not an MSQ response (no 'COUNTRY NAME' line or "
                     f"'E-Government Survey' title); {SUPPORTED}")


def _load_text(path: Path, edition: int | None) -> list[ParsedDocument]:
    from .text import parse_text

    limits.check_size(path, "questionnaire_text_mb")  # parse_text's time grows with the text: bound it
    text, notes = sheets.read_text(path)
    ed = editions.resolve(editions.from_text(text), edition, path.name)
    doc = parse_text(text, source_name=path.name, edition=ed, loader="loaders.formats.text", fmt="text")
    return [doc.model_copy(update={"notes": notes + doc.notes})] if notes else [doc]


LOADERS = {
    "pdf": "loaders.formats.pdf",
    "docx": "loaders.formats.docx",
    "form_export": "loaders.formats.form_export",
    "long_table": "loaders.formats.long_table",
}


def load_document(path: str | Path, edition: int | None = None, kind: str | None = None) -> list[ParsedDocument]:
    """Every response in one file (a form export or long table may hold several), by content detection.

    `kind` is what `sniff(path)` just said about this file, when the caller asked it already (sniffing
    a workbook opens it: twice costs a third of reading it).
    """
    path = Path(path)
    kind = kind or sniff(path)
    if kind == "text":
        return _load_text(path, edition)
    if kind.startswith("reference:"):
        raise ParseError(f"{path.name}: an official reference file ({kind.split(':', 1)[1]}), not an MSQ "
                         "response; `python -m loaders ingest` stores it with the reference data")
    module = importlib.import_module(LOADERS[kind])
    return module.load(path, edition=edition)
