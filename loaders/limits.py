"""Size, page and inflated-size limits for every format (data/limits.csv), checked before anything is inflated."""
from __future__ import annotations

import csv
import os
import re
import struct
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .paths import DATA
from .records import ParseError

LIMITS_CSV = DATA / "limits.csv"
MB = 1024 * 1024  # Streamlit's server.maxUploadSize and st.file_uploader count megabytes as MiB
UNITS = frozenset({"MB", "files", "pages", "characters", "times", "rows", "share", "seconds", "cells"})
XML_SUFFIXES = (".xml", ".rels", ".vml")
# The parts whose text is read (answers, comments, cells); other XML parts (styles, themes) are only
# bounded by their declared size and by libxml2's own cap on a text node (10 MB).
TEXT_PARTS_RE = re.compile(r"^(?:word/(?:document|comments|footnotes|endnotes|header\d*|footer\d*)\.xml"
                           r"|xl/sharedStrings\.xml|xl/worksheets/[^/]+\.xml)$", re.IGNORECASE)
RATIO_FLOOR = 1 * MB  # small parts may compress very well (a styles part of repeated defaults); not a bomb


class LimitError(ParseError):
    """A file over one of the limits; the message names the limit, its value and where it is set."""


@dataclass(frozen=True)
class Limit:
    name: str
    value: float
    unit: str
    applies_to: str
    why: str

    def __str__(self) -> str:
        v = int(self.value) if float(self.value).is_integer() else self.value
        return f"{v:,} {self.unit}" if self.unit != "share" else f"{self.value:.0%}"


@lru_cache(maxsize=1)
def table() -> dict[str, Limit]:
    """Every limit by name, from data/limits.csv (the one place the numbers live)."""
    out: dict[str, Limit] = {}
    with LIMITS_CSV.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["unit"] not in UNITS:
                raise ValueError(f"limits.csv: {row['name']}: unknown unit {row['unit']!r} (known: {sorted(UNITS)})")
            if row["name"] in out:
                raise ValueError(f"limits.csv: {row['name']} is listed twice")
            out[row["name"]] = Limit(row["name"], float(row["value"]), row["unit"], row["applies_to"], row["why"])
    return out


def get(name: str) -> Limit:
    return table()[name]


def value(name: str) -> int | float:
    """The number of a limit (an int where it is whole: files, pages, rows, MB)."""
    v = get(name).value
    return int(v) if v.is_integer() else v


def nbytes(name: str) -> int:
    """A limit in MB as bytes."""
    lim = get(name)
    if lim.unit != "MB":
        raise ValueError(f"limit {name} is in {lim.unit}, not MB")
    return int(lim.value * MB)


def over(source: str, what: str, name: str) -> LimitError:
    """The error for `source` whose `what` (e.g. '50.0 MB') is over limit `name`."""
    lim = get(name)
    return LimitError(f"{source}: {what} is over the limit of {lim} for {lim.applies_to} "
                      f"(limit {name} in data/limits.csv)")


def _mb(n: int) -> str:
    return f"{n / MB:.1f} MB"


def check_size(path: Path, name: str) -> int:
    """The file's size in bytes; LimitError when it is over limit `name` (in MB). Reads nothing."""
    size = path.stat().st_size
    if size > nbytes(name):
        raise over(path.name, f"its size, {_mb(size)},", name)
    return size


# The end of a zip file, as the format's specification (PKWARE APPNOTE 4.3.14-4.3.16) lays it out: the
# end-of-central-directory record (22 bytes and a comment of at most 64 KiB) and, for zip64, a locator
# just before it pointing at a zip64 end record. Read here so the entry count is known before Python's
# zipfile loads a directory of millions of entries; the stdlib's own reader for it is private.
_EOCD = struct.Struct("<4s4H2LH")
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_EOCD = struct.Struct("<4sQ2H2L4Q")


def _declared_entries(path: Path) -> int | None:
    """Entry count from the zip's end record, read before the central directory is loaded."""
    try:
        with path.open("rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            tail_start = max(0, size - _EOCD.size - 0xFFFF)
            f.seek(tail_start)
            tail = f.read()
            at = tail.rfind(b"PK\x05\x06")
            if at < 0 or len(tail) - at < _EOCD.size:
                return None
            entries = _EOCD.unpack_from(tail, at)[4]
            if entries != 0xFFFF or at < _ZIP64_LOCATOR.size:
                return entries
            sig, _disk, end64_offset, _disks = _ZIP64_LOCATOR.unpack_from(tail, at - _ZIP64_LOCATOR.size)
            if sig != b"PK\x06\x07":
                return entries
            f.seek(end64_offset)
            record = f.read(_ZIP64_EOCD.size)
    except OSError:
        return None
    if len(record) < _ZIP64_EOCD.size or record[:4] != b"PK\x06\x06":
        return None
    return _ZIP64_EOCD.unpack(record)[7]


def check_zip(path: Path) -> None:
    """Reject a .docx/.xlsx package whose parts would inflate past the limits, from declared sizes only.

    Python's zipfile never inflates a part past the size its directory declares (a part that lies
    fails its CRC check), so checking declared sizes bounds what any later reader can inflate.
    """
    check_size(path, "zip_file_mb")
    entries = _declared_entries(path)
    if entries is not None and entries > value("zip_members"):
        raise over(path.name, f"a zip package of {entries:,} parts", "zip_members")
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError):
        return  # not a readable zip: the format reader says so in its own words
    if len(infos) > value("zip_members"):
        raise over(path.name, f"a zip package of {len(infos):,} parts", "zip_members")
    total = 0
    for info in infos:
        size = info.file_size
        total += size
        xml = info.filename.lower().endswith(XML_SUFFIXES)
        # Workbook parts are streamed (openpyxl read-only); Word's are parsed whole: a tighter limit.
        name = ("xlsx_part_mb" if info.filename.startswith("xl/") else "zip_xml_member_mb") if xml else "zip_member_mb"
        if size > nbytes(name):
            raise over(path.name, f"part {info.filename} inflating to {_mb(size)}", name)
        if size > RATIO_FLOOR and size > value("zip_ratio") * max(info.compress_size, 1):
            ratio = size / max(info.compress_size, 1)
            raise over(path.name, f"part {info.filename} inflating {ratio:,.0f} times ({_mb(info.compress_size)} "
                       f"to {_mb(size)}; a zip bomb?)", "zip_ratio")
    if total > nbytes("zip_total_mb"):
        raise over(path.name, f"parts inflating to {_mb(total)} in all", "zip_total_mb")


def scan_xml(path: Path, members: tuple[str, ...] | None = None) -> None:
    """Stream the package's text parts (TEXT_PARTS_RE, or `members`); reject a text node over xml_text_chars.

    Streaming keeps memory to one element at a time; entities are never expanded.
    """
    from lxml import etree

    limit = value("xml_text_chars")
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return
    with z:
        names = [n for n in z.namelist() if (TEXT_PARTS_RE.match(n) if members is None else n in members)]
        for member in names:
            _refuse_dtd(path, z, member)
            with z.open(member) as f:
                try:
                    for _, el in etree.iterparse(f, events=("end",), resolve_entities=False, no_network=True,
                                                 huge_tree=False, load_dtd=False):
                        for text in (el.text, el.tail):
                            if text and len(text) > limit:
                                raise over(path.name, f"a text of {len(text):,} characters in part {member}",
                                           "xml_text_chars")
                        el.clear(keep_tail=False)
                        parent = el.getparent()
                        if parent is not None:
                            while el.getprevious() is not None:
                                del parent[0]
                except etree.XMLSyntaxError as e:
                    raise ParseError(f"{path.name}: part {member} is damaged XML ({e}); open and re-save the file "
                                     "(a NUL byte or a cut-off file does this)") from e
                except zipfile.BadZipFile as e:
                    raise ParseError(f"{path.name}: part {member} is damaged ({e}); save a fresh copy") from e


def _refuse_dtd(path: Path, z: zipfile.ZipFile, member: str) -> None:
    """Office never writes a DTD into a package part: one there (an external entity, an entity bomb) is hostile."""
    try:
        with z.open(member) as f:
            head = f.read(8192)
    except (zipfile.BadZipFile, zlib.error, OSError) as e:
        raise ParseError(f"{path.name}: part {member} is damaged ({e}); save a fresh copy") from e
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise ParseError(f"{path.name}: part {member} declares a DTD or entities (<!DOCTYPE …>), which Office never "
                         "writes; it is not read. Open the file in Excel or Word and save it again")


def check_package(path: Path) -> None:
    """Declared sizes, sheet sizes, then a streaming scan of the XML: a .docx/.xlsx that passes is safe to open."""
    check_zip(path)
    check_sheets(path)
    scan_xml(path)


# A workbook's sheets, counted from their bytes (no XML tree is built): the rows and cells a reader would
# see, and the characters the cells would hold once each shared-string index is replaced by its text.
SHEET_RE = re.compile(r"^xl/worksheets/[^/]+\.xml$", re.IGNORECASE)
ROW_R_RE = re.compile(rb'<(?:\w+:)?row\b[^>]*?\sr="(\d{1,9})"')
ROW_RE = re.compile(rb"<(?:\w+:)?row[\s>/]")
WIDE_COLUMN_RE = re.compile(rb'\sr="([A-Z]{2,3})\d')
SHARED_REF_RE = re.compile(rb'<(?:\w+:)?c\s[^>]*?\bt="s"[^>]*>\s*<(?:\w+:)?v>\s*(\d{1,9})\s*<')
DIMENSION_RE = re.compile(rb'<(?:\w+:)?dimension\s[^>]*?ref="[A-Z]*\d*:?([A-Z]{1,3})?(\d{1,9})?"')
SCAN_CHUNK = 1024 * 1024
CARRY_MAX = 8 * 1024 * 1024  # a piece without any end tag this long is read as it is (one huge text node)


def _column_number(letters: bytes) -> int:
    n = 0
    for c in letters:
        n = n * 26 + c - 64
    return n


def _shared_lengths(z: zipfile.ZipFile) -> list[int]:
    """The length in characters of every shared string, streamed; entities are never expanded."""
    from lxml import etree

    name = next((n for n in z.namelist() if n.lower() == "xl/sharedstrings.xml"), None)
    if name is None:
        return []
    out: list[int] = []
    with z.open(name) as f:
        for _, el in etree.iterparse(f, events=("end",), tag="{*}si", resolve_entities=False, no_network=True,
                                     huge_tree=False, load_dtd=False):
            out.append(sum(len(t) for t in el.itertext()))
            el.clear(keep_tail=False)
    return out


def _pieces(f):
    """A part's bytes in pieces that end just after an end tag, so no cell or row is cut in two."""
    carry = b""
    while True:
        chunk = f.read(SCAN_CHUNK)
        buffer = carry + chunk
        if not chunk:
            if buffer:
                yield buffer
            return
        k = buffer.rfind(b"</")
        while k >= 0 and buffer.find(b">", k) < 0:
            k = buffer.rfind(b"</", 0, k)
        if k < 0 and len(buffer) < CARRY_MAX:
            carry = buffer
            continue
        cut = buffer.find(b">", k) + 1 if k >= 0 else len(buffer)
        yield buffer[:cut]
        carry = buffer[cut:]


def _count_sheet(path: Path, z: zipfile.ZipFile, member: str) -> int:
    """Rows and rows x columns of one sheet, counted piece by piece (see check_sheets); returns how many
    cells hold a shared-string reference."""
    rows = max_row = width = declared = refs = 0
    row_limit, cell_limit = value("table_rows"), value("sheet_cells")
    with z.open(member) as f:
        for piece in _pieces(f):
            if not declared and (m := DIMENSION_RE.search(piece)):
                declared = _column_number(m.group(1)) if m.group(1) else 0
                max_row = max(max_row, int(m.group(2)) if m.group(2) else 0)
            rows += piece.count(b"<row") or len(ROW_RE.findall(piece))  # `<x:row` in a prefixed sheet
            max_row = max(max_row, _last_row_number(piece))  # in file order; the reader checks the rest
            if max(rows, max_row) > row_limit:
                check_rows(path.name, max(rows, max_row))
            # Only references of two or three letters can widen a sheet past column Z: 26 bounds the rest
            # (table_rows x 26 is under sheet_cells, so the bound never refuses a sheet on its own).
            letters = set(WIDE_COLUMN_RE.findall(piece))
            width = max(width, 26 if b' r="' in piece else 0, *map(_column_number, letters))
            cells = max(rows, max_row) * max(width, declared)
            if cells > cell_limit:
                raise over(path.name, f"sheet {member} of {max(rows, max_row):,} rows by {max(width, declared):,} "
                           f"columns ({cells:,} cells as read)", "sheet_cells")
            refs += piece.count(b't="s"')
    return refs


def _shared_chars(path: Path, z: zipfile.ZipFile, member: str, shared: list[int]) -> None:
    """The characters a sheet's cells hold once each shared-string reference is filled in, counted exactly."""
    chars = 0
    with z.open(member) as f:
        for piece in _pieces(f):
            for index, n in Counter(SHARED_REF_RE.findall(piece)).items():
                i = int(index)
                chars += n * (shared[i] if i < len(shared) else 0)
            if chars > value("shared_string_chars"):
                raise over(path.name, f"sheet {member} whose cells hold more than {chars:,} characters once "
                           "shared strings are filled in", "shared_string_chars")


def _last_row_number(piece: bytes) -> int:
    at = max(piece.rfind(b"<row"), piece.rfind(b":row "))
    m = ROW_R_RE.search(piece, max(0, at - 1)) if at >= 0 else None
    return int(m.group(1)) if m else 0


def check_sheets(path: Path) -> None:
    """Reject a workbook whose sheets a reader would expand past table_rows, sheet_cells or shared_string_chars.

    Counted from the bytes before openpyxl reads anything: rows (and the highest row number, since a
    reader fills the gaps), the widest row or declared dimension (a reader pads every row to it), and
    the shared-string characters the cells point at (one huge string referenced by every cell).
    """
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return
    with z:
        sheets = [n for n in z.namelist() if SHEET_RE.match(n)]
        if not sheets:
            return
        try:
            shared = _shared_lengths(z)
        except Exception as e:  # noqa: BLE001 - lxml's XMLSyntaxError and zlib errors: a damaged part
            raise ParseError(f"{path.name}: part xl/sharedStrings.xml is damaged or unsafe ({type(e).__name__}: "
                             f"{e}); open and re-save the file") from e
        for member in sheets:
            try:
                refs = _count_sheet(path, z, member)
                if refs * max(shared, default=0) > value("shared_string_chars"):  # else no need to look closer
                    _shared_chars(path, z, member, shared)
            except (zipfile.BadZipFile, zlib.error, EOFError) as e:
                raise ParseError(f"{path.name}: part {member} is damaged ({e}); save a fresh copy") from e


STREAM_RE = re.compile(rb"(?<!end)stream\r?\n")
INFLATE_CHUNK = 64 * 1024


def _inflated_size(data: bytes, start: int, cap: int) -> int | None:
    """Bytes a zlib stream at `start` inflates to, counted up to cap+1 in small pieces; None if not zlib."""
    d = zlib.decompressobj()
    total, pos = 0, start
    try:
        while not d.eof and total <= cap:
            if d.unconsumed_tail:
                piece = d.unconsumed_tail  # input held back because the last output piece was full
            elif pos < len(data):
                piece, pos = data[pos:pos + INFLATE_CHUNK], pos + INFLATE_CHUNK
            else:
                break
            total += len(d.decompress(piece, INFLATE_CHUNK))  # at most 64 KB of output at a time
    except zlib.error:
        return None if total == 0 else total
    return total


def check_pdf_streams(path: Path) -> None:
    """Reject a PDF whose compressed streams inflate past pdf_stream_mb each or pdf_inflated_mb in all.

    Each stream is inflated in 64 KB pieces and the output thrown away, so memory stays small; pdfium
    then never meets a stream bomb. Streams that are not zlib (JPEG images, damaged data) are skipped.
    """
    check_size(path, "pdf_file_mb")
    data = path.read_bytes()
    one, every = nbytes("pdf_stream_mb"), nbytes("pdf_inflated_mb")
    total = 0
    for m in STREAM_RE.finditer(data):
        size = _inflated_size(data, m.end(), min(one, every - total))
        if not size:
            continue
        if size > one:
            raise over(path.name, f"a stream at byte {m.end():,} inflating to more than {_mb(one)}", "pdf_stream_mb")
        total += size
        if total > every:
            raise over(path.name, f"streams inflating to more than {_mb(every)} in all", "pdf_inflated_mb")


def check_rows(source: str, rows: int) -> None:
    if rows > value("table_rows"):
        raise over(source, f"a sheet of more than {value('table_rows'):,} rows", "table_rows")


# ---------------------------------------------------------------------------------------------
# NUL characters: never content. Removed with a note; text made largely of control characters is binary.

CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # C0 controls except tab, line feed, form feed, CR


def binary_share(text: str) -> float:
    """Share of NUL and other control characters (not tab, line or page breaks) in `text`."""
    return len(CONTROL_RE.findall(text)) / len(text) if text else 0.0


def check_binary(text: str, source: str, hint: str = "save it again as UTF-8 text") -> None:
    """LimitError when `text` is over binary_share: a binary file decoded as if it were text."""
    share = binary_share(text)
    if share > value("binary_share"):
        raise LimitError(f"{source}: a binary file, not text: {share:.0%} of its characters are NUL or other control "
                         f"characters, over the limit of {get('binary_share')} (limit binary_share in "
                         f"data/limits.csv); {hint}")


def clean_nul(text: str, source: str, *, reject_binary: bool = True) -> tuple[str, list[str]]:
    """(text without NUL characters, notes); LimitError first when the text is binary (see check_binary)."""
    if reject_binary:
        check_binary(text, source)
    n = text.count("\x00")
    if not n:
        return text, []
    first = text.index("\x00")
    line = text.count("\n", 0, first) + 1
    return text.replace("\x00", ""), [f"{n:,} NUL character(s) removed (the first on line {line}); "
                                      "the file may have been damaged when saved"]
