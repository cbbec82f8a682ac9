"""Every hostile input the tests and the benchmark use, built here only: the files found so far (each one stopped
an ingest or held the writer once) and the bombs the limit tests refuse (tests/formats/test_limits.py)."""
from __future__ import annotations

import codecs
import zipfile
import zlib
from pathlib import Path

from tests.test_msq_text import skeleton

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'spreadsheetml.sheet.main+xml"/>'
                 '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.spreadsheetml.worksheet+xml"/>'
                 '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
ROOT_RELS = (f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (f'<?xml version="1.0"?><workbook xmlns="{S}" xmlns:r="{R}"><sheets>'
            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{R}/worksheet" Target="worksheets/sheet1.xml"/>'
                 f'<Relationship Id="rId2" Type="{R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')


def _column(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def xlsx(path: Path, sheet_rows, shared: list[str] | bytes = (), *, dimension: str = "") -> Path:
    """A minimal workbook: `sheet_rows` yields the bytes of each <row>; `shared` the shared strings (or raw XML)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        if isinstance(shared, bytes):
            z.writestr("xl/sharedStrings.xml", shared)
        else:
            items = "".join(f"<si><t>{s}</t></si>" for s in shared)
            z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst xmlns="{S}" count="{len(shared)}" '
                                                f'uniqueCount="{len(shared)}">{items}</sst>')
        with z.open("xl/worksheets/sheet1.xml", "w") as f:
            f.write(f'<?xml version="1.0"?><worksheet xmlns="{S}">'.encode())
            if dimension:
                f.write(f'<dimension ref="{dimension}"/>'.encode())
            f.write(b"<sheetData>")
            for row in sheet_rows:
                f.write(row)
            f.write(b"</sheetData></worksheet>")
    return path


def shared_strings_bomb(path: Path, chars: int = 900_000, cells: int = 4_000) -> Path:
    """A small workbook whose cells all point at one large shared string (each cell holds it whole)."""
    def rows():
        per_row = 40
        for r in range(1, cells // per_row + 1):
            cs = "".join(f'<c r="{_column(c)}{r}" t="s"><v>0</v></c>' for c in range(1, per_row + 1))
            yield f'<row r="{r}">{cs}</row>'.encode()
    return xlsx(path, rows(), ["A" * chars])


def million_rows(path: Path, n: int = 1_000_000) -> Path:
    """A workbook of a few MB whose one sheet holds a million short rows."""
    def rows():
        yield b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        for r in range(2, n + 1):
            yield f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}"><v>1</v></c></row>'.encode()
    return xlsx(path, rows(), ["COUNTRY NAME", "Q1"])


BOMB_MB = 300  # what a zip or PDF stream bomb inflates to (past every limit, in a file of a few hundred KB)
TEXT_MB = 50  # a text file over every text limit
EXCEL_COLUMNS = 16_384  # the widest sheet Excel allows (column XFD)


def wide_padding(path: Path, rows_n: int = 2_000) -> Path:
    """A workbook whose dimension claims EXCEL_COLUMNS columns: a reader pads every row to that width."""
    def rows():
        for r in range(1, rows_n + 1):
            yield f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>'.encode()
    return xlsx(path, rows(), [], dimension=f"A1:{_column(EXCEL_COLUMNS)}{rows_n}")


def external_entity(path: Path) -> Path:
    """A workbook whose shared strings declare an external entity (it must never be fetched or expanded)."""
    sst = (f'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           f'<sst xmlns="{S}" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>').encode()
    return xlsx(path, [b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'], sst)


def pdf(path: Path, objects: list[bytes]) -> Path:
    """A PDF of the given objects (numbered from 1, the first the catalog) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def recursive_pdf(path: Path) -> Path:
    """A PDF whose page tree holds itself (a /Pages node that is its own kid)."""
    return pdf(path, [b"<< /Type /Catalog /Pages 2 0 R >>",
                      b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                      b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"])


def pdf_stream_bomb(path: Path, inflated_mb: int = BOMB_MB) -> Path:
    """A one-page PDF whose content stream is `inflated_mb` MB of spaces, deflated to a few hundred KB."""
    z = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    stream = b"".join(z.compress(chunk) for _ in range(inflated_mb)) + z.flush()
    return pdf(path, [b"<< /Type /Catalog /Pages 2 0 R >>",
                      b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                      b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                      f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream
                      + b"\nendstream"])


def zip_bomb(path: Path, inflated_mb: int = BOMB_MB, *, lie: bool = False) -> Path:
    """A .docx of a few hundred KB whose document part inflates to `inflated_mb` MB of one long text.

    With lie=True the zip's headers declare the part as 1,000 bytes (a bomb hiding its size).
    """
    chunk = b"A" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        with z.open("word/document.xml", "w") as f:
            f.write(f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode())
            for _ in range(inflated_mb):
                f.write(chunk)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")
    if lie:
        _declare_size(path, b"word/document.xml", 1000)
    return path


def _declare_size(path: Path, name: bytes, size: int) -> None:
    """Overwrite the uncompressed size the local header and the central directory declare for part `name`."""
    data = bytearray(path.read_bytes())
    for signature, name_at, size_at in ((b"PK\x03\x04", 30, 22), (b"PK\x01\x02", 46, 24)):
        pos = 0
        while (pos := data.find(signature, pos)) >= 0:
            if data[pos + name_at:pos + name_at + len(name)] == name:
                data[pos + size_at:pos + size_at + 4] = size.to_bytes(4, "little")
            pos += 4
    path.write_bytes(bytes(data))


def huge_text(path: Path, mb: int = TEXT_MB) -> Path:
    """A text file of `mb` MB of questionnaire-like lines (over the text limits, refused before it is read)."""
    line = b"E-Government Survey 2022 COUNTRY NAME* Denmark " * 20 + b"\n"
    with path.open("wb") as f:
        f.write(line * (mb * 1024 * 1024 // len(line) + 1))
    return path


def utf16_broken_surrogate(path: Path) -> Path:
    """UTF-16 text with a byte-order mark and a high surrogate followed by a plain letter."""
    body = skeleton({}, country="Chile").encode("utf-16-le")
    path.write_bytes(codecs.BOM_UTF16_LE + body[:200] + b"\x00\xd8A\x00" + body[200:])
    return path


def nul_bytes(path: Path, n: int = 50_000) -> Path:
    """A 'text' file that is mostly NUL bytes (a binary file named .txt)."""
    path.write_bytes(b"COUNTRY NAME* Peru\n" + b"\x00" * n)
    return path


# name -> builder of one hostile file (the name is the file name in the folder)
HOSTILE = {
    "utf16-broken-surrogate.txt": utf16_broken_surrogate,
    "recursive-pages.pdf": recursive_pdf,
    "external-entity.xlsx": external_entity,
    "shared-strings-bomb.xlsx": shared_strings_bomb,
    "million-rows.xlsx": million_rows,
    "wide-padding.xlsx": wide_padding,
    "zip-bomb.docx": zip_bomb,
    "nul-bytes.txt": nul_bytes,
}
# A good response whose file name holds a newline and a forged report line.
FORGED_NAME = "kenya\nREJECTED  forged.txt"


def hostile_folder(folder: Path, *, good: dict[str, str] | None = None) -> dict[str, Path]:
    """A folder with one file of each hostile kind and good responses ({file name: country}); returns all."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {name: build(folder / name) for name, build in HOSTILE.items()}
    for name, country in (good or {"denmark.txt": "Denmark", FORGED_NAME: "Kenya"}).items():
        out[name] = folder / name
        out[name].write_text(skeleton({}, country=country), encoding="utf-8")
    return out
