"""Read the first sheet of an .xlsx, or a .csv in any common encoding and delimiter, as rows of text.

Size and row limits (loaders.limits) are checked before a file is read or inflated; NUL characters are
removed with a note (or the file is rejected as binary when it is mostly NULs).
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .. import limits
from ..records import ParseError


@dataclass
class Sheet:
    """A header row and the data rows under it, every cell as stripped text ('' for empty)."""

    header: list[str]
    rows: list[list[str]]
    first_row: int  # spreadsheet row number of the first data row (for messages)
    kind: str       # "xlsx" or "csv"
    notes: list[str] = field(default_factory=list)  # e.g. NUL characters removed


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte of ASCII-heavy text is zero (no BOM), else None."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    # UTF-8 would also "decode" such bytes (NUL is valid UTF-8): decide before trying it.
    if odd > len(head) // 4 and even < odd // 10:
        return "utf-16-le"
    if even > len(head) // 4 and odd < even // 10:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, name: str) -> str:
    """Bytes -> text: BOMs first (UTF-8/UTF-16), UTF-16 without a BOM, UTF-8, then Windows-1252."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            if enc == "utf-16":
                data = data[: len(data) - len(data) % 2]  # a head cut at an odd byte (sniffing reads a head)
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:  # e.g. half of a surrogate pair: the file's fault, named as such
                if e.end >= len(data) and "end of data" in e.reason:
                    return data[:e.start].decode(enc)  # a head cut inside a pair, not a broken file
                raise ParseError(f"{name}: marked as {enc.upper().replace('-SIG', '')} text by its first bytes, but "
                                 f"bytes {e.start}-{e.end - 1} are not valid {enc.replace('-sig', '')} ({e.reason}); "
                                 "save it again as UTF-8 text") from e
    enc16 = _utf16_without_bom(data)
    if enc16:
        try:
            return data[: len(data) - len(data) % 2].decode(enc16)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as e:
        raise ParseError(f"{name}: text in an unknown encoding; save it as UTF-8") from e


def decode_with_notes(data: bytes, name: str) -> tuple[str, list[str]]:
    """Bytes -> (text without NUL characters, notes); ParseError for a binary file (mostly NULs)."""
    return limits.clean_nul(decode_bytes(data, name), name)


def decode(data: bytes, name: str) -> str:
    """Bytes -> text without NUL characters (see decode_with_notes for the note saying so)."""
    return decode_with_notes(data, name)[0]


def read_text(path: Path) -> tuple[str, list[str]]:
    """A text or CSV file's text and notes, after checking its size against text_file_mb."""
    limits.check_size(path, "text_file_mb")
    return decode_with_notes(path.read_bytes(), path.name)


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (dt.datetime, dt.date)):
        return v.isoformat()
    # NUL is never content (see loaders.limits); XML cannot carry one, so this only guards odd writers.
    return str(v).replace("\x00", "").strip()


def _trim(rows: list[list[str]], kind: str, offset: int) -> Sheet:
    rows = [r for r in rows]
    start = next((i for i, r in enumerate(rows) if any(c for c in r)), None)
    if start is None:
        return Sheet([], [], 1, kind)
    header = [c.strip() for c in rows[start]]
    # As wide as the widest row: a second header row (sub-column labels) may run past the first's last cell.
    width = max((max((i + 1 for i, c in enumerate(r) if c), default=0) for r in rows[start:]), default=0)
    header = (header + [""] * width)[:width]
    data = [(r + [""] * width)[:width] for r in rows[start + 1:]]
    # Trailing empty rows are spreadsheet padding, not respondents.
    while data and not any(data[-1]):
        data.pop()
    return Sheet(header, data, start + 2 + offset, kind)


def read_xlsx(path: Path, max_rows: int | None = None) -> Sheet:
    import openpyxl

    limits.check_package(path)  # declared part sizes and XML text nodes, before openpyxl inflates anything
    try:
        # From bytes: openpyxl refuses a workbook whose file name does not end in .xlsx.
        wb = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise ParseError(f"{path.name}: not a readable Excel .xlsx workbook ({type(e).__name__}: {e}); "
                         "re-save it from Excel as .xlsx") from e
    try:
        ws = wb.worksheets[0]
        rows = []
        row_limit = limits.value("table_rows")  # looked up once, not per row
        for k, row in enumerate(ws.iter_rows(values_only=True)):
            if max_rows is not None and k >= max_rows:
                break
            if k >= row_limit:
                limits.check_rows(path.name, k + 1)
            rows.append([_cell(v) for v in row])
    finally:
        wb.close()
    return _trim(rows, "xlsx", 0)


def read_xlsx_sheets(path: Path, max_rows: int = 2000) -> dict[str, list[list[str]]]:
    """Every sheet after the first (a codebook, a readme) as rows of text, at most `max_rows` each."""
    import openpyxl

    limits.check_package(path)
    try:
        wb = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return {}  # the first sheet was read: an unreadable extra sheet only means "no codebook"
    try:
        out = {}
        for ws in wb.worksheets[1:]:
            rows = []
            for k, row in enumerate(ws.iter_rows(values_only=True)):
                if k >= max_rows:
                    break
                rows.append([_cell(v) for v in row])
            out[ws.title] = rows
        return out
    finally:
        wb.close()


def sheet_count(path: Path) -> int:
    """How many sheets an .xlsx declares (from xl/workbook.xml, without loading any sheet)."""
    try:
        with zipfile.ZipFile(path) as z:
            return len(re.findall(rb"<(?:\w+:)?sheet\b", z.read("xl/workbook.xml")))
    except (zipfile.BadZipFile, KeyError, OSError):
        return 0


class _Sniffer(csv.Sniffer):
    """csv.Sniffer whose frequency count looks only at the candidate delimiters.

    The standard one counts all 127 ASCII characters on every line of the sample, although only the
    candidates can win (about 0.2 s for a 20,000-character questionnaire text); the choice is the same.
    """

    def _guess_delimiter(self, data, delimiters):  # the stdlib's algorithm, restricted to `delimiters`
        if delimiters is None:
            return super()._guess_delimiter(data, delimiters)
        data = list(filter(None, data.split("\n")))
        chars = [chr(c) for c in range(127) if chr(c) in delimiters]  # stdlib order: ASCII order
        chunk = min(10, len(data))
        iteration = 0
        frequency: dict[str, dict[int, int]] = {}
        modes: dict[str, tuple[int, int]] = {}
        delims: dict[str, tuple[int, int]] = {}
        start, end = 0, chunk
        while start < len(data):
            iteration += 1
            for line in data[start:end]:
                for char in chars:
                    meta = frequency.setdefault(char, {})
                    freq = line.count(char)
                    meta[freq] = meta.get(freq, 0) + 1
            for char, meta in frequency.items():
                items = list(meta.items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    mode = max(items, key=lambda x: x[1])
                    items.remove(mode)
                    modes[char] = (mode[0], mode[1] - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]
            total = float(min(chunk * iteration, len(data)))
            consistency = 1.0
            while len(delims) == 0 and consistency >= 0.9:
                for k, v in modes.items():
                    if v[0] > 0 and v[1] > 0 and v[1] / total >= consistency:
                        delims[k] = v
                consistency -= 0.01
            if len(delims) == 1:
                delim = next(iter(delims))
                return delim, data[0].count(delim) == data[0].count(f"{delim} ")
            if len(delims) > 1:
                break  # the stdlib adds no candidate once it has two: the rest of the sample changes nothing
            start = end
            end += chunk
        if not delims:
            return "", 0
        for d in self.preferred:
            if d in delims:
                return d, data[0].count(d) == data[0].count(f"{d} ")
        delim = sorted((v, k) for k, v in delims.items())[-1][1]
        return delim, data[0].count(delim) == data[0].count(f"{delim} ")


def read_csv_text(text: str, name: str, max_rows: int | None = None) -> Sheet:
    sample = text[:20000]
    try:
        dialect = _Sniffer().sniff(sample, delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    row_limit = limits.value("table_rows")  # looked up once, not per row
    try:
        for k, row in enumerate(reader):
            if max_rows is not None and k >= max_rows:
                break
            if k >= row_limit:
                limits.check_rows(name, k + 1)
            rows.append([c.strip() for c in row])
    except csv.Error as e:
        raise ParseError(f"{name}: the CSV is malformed near line {reader.line_num} ({e})") from e
    return _trim(rows, "csv", 0)


def read(path: Path, max_rows: int | None = None) -> Sheet:
    """The first sheet of an .xlsx (by content: a zip with xl/workbook.xml) or a CSV file."""
    with path.open("rb") as f:
        head = f.read(4)
    if head.startswith(b"PK"):
        return read_xlsx(path, max_rows)
    text, notes = read_text(path)
    sheet = read_csv_text(text, path.name, max_rows)
    sheet.notes += notes
    return sheet
