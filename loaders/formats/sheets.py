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
from collections import Counter
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


DELIMITERS = ",;\t"  # the delimiters a CSV file may use
PREFERRED = ",\t;"   # when several are equally steady: comma, then tab, then semicolon
CHUNK = 10            # lines are weighed ten at a time: a table's delimiter shows in its first lines
# A quoted field with the same delimiter on both sides, at a line start, at a line end, alone on its line.
QUOTED = tuple(re.compile(p, re.DOTALL | re.MULTILINE) for p in (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
))


def guess_delimiter(sample: str) -> str | None:
    """The delimiter of a CSV sample (one of DELIMITERS), or None when nothing marks one.

    The same choice as the standard library's public `csv.Sniffer().sniff(sample, delimiters=DELIMITERS)`
    (tests/formats/test_delimiter_guess.py holds them side by side), counting only the three candidates
    where the standard one counts all 127 ASCII characters on every line (about 10x slower on a
    questionnaire text, which is sniffed whenever its first line holds a comma).
    """
    return _quote_neighbour(sample) or _steady_delimiter(sample)


def _quote_neighbour(sample: str) -> str | None:
    """The delimiter most often found right beside a quoted field, from the first shape that occurs."""
    for pattern in QUOTED:
        found = [m.groupdict().get("delim") for m in pattern.finditer(sample)]
        if found:
            beside = Counter(d for d in found if d and d in DELIMITERS)
            return max(beside, key=beside.get) if beside else None  # a tie: the one seen first
    return None


def _steady_delimiter(sample: str) -> str | None:
    """The delimiter found the same number of times on (nearly) every line, ten lines at a time."""
    lines = [line for line in sample.split("\n") if line]
    counts = {d: Counter() for d in DELIMITERS}
    steady: list[str] = []
    for seen in range(CHUNK, len(lines) + CHUNK, CHUNK):
        for line in lines[seen - CHUNK:seen]:
            for d in DELIMITERS:
                counts[d][line.count(d)] += 1
        steady = _steadiest(counts, min(seen, len(lines)))
        if len(steady) == 1:
            return steady[0]
        if steady:
            break  # several equally steady: more lines do not change which
    return next((d for d in PREFERRED if d in steady), None)


def _steadiest(counts: dict[str, Counter], lines: int) -> list[str]:
    """The candidates whose most common per-line count (not zero) holds on the most lines, 91-100%.

    A candidate's steadiness is (lines with its most common count - lines with any other) / lines; the
    bar starts at 100% and drops a point at a time to 91%: all the candidates over the first bar any
    clears are steady.
    """
    score = {}
    for d, per_line in counts.items():
        mode = max(per_line, key=per_line.get)  # a tie: the count seen first
        margin = 2 * per_line[mode] - lines
        if mode > 0 and margin > 0:
            score[d] = margin
    for bar in range(100, 90, -1):
        steady = [d for d, margin in score.items() if 100 * margin >= bar * lines]
        if steady:
            return steady
    return []


def read_csv_text(text: str, name: str, max_rows: int | None = None) -> Sheet:
    sample = text[:20000]
    delimiter = guess_delimiter(sample) or ","
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
