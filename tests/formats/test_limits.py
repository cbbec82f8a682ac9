"""Limits: zip bombs, huge text, too many pages or rows are refused in bounded memory, naming the limit."""
from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders import limits, uploads
from loaders.formats import detect, sheets
from loaders.records import ParseError
from tests import hostile
from tests.hostile import CONTENT_TYPES, W

from .conftest import GENERATED

ROOT = Path(__file__).resolve().parents[2]
RSS_CEILING_MB = 500


def _load_in_subprocess(*paths: Path) -> list[dict]:
    """Load each file in turn in one fresh interpreter: its message and the peak resident memory (MB)
    reached so far (the high-water mark only grows, so each figure bounds every load up to that file).

    VmHWM of /proc/self/status, not ru_maxrss: Linux carries the parent's high-water mark into ru_maxrss
    across fork and exec, so a child of a large pytest process would report pytest's memory."""
    code = (
        "import json, re, sys\n"
        "def peak():\n"
        "    status = open('/proc/self/status').read()\n"
        "    return int(re.search(r'VmHWM:\\s+(\\d+) kB', status).group(1)) / 1024\n"
        "from loaders.formats import detect\n"
        "from loaders.records import ParseError\n"
        "for path in sys.argv[1:]:\n"
        "    try:\n"
        "        detect.load_document(path); msg = ''\n"
        "    except ParseError as e:\n"
        "        msg = str(e)\n"
        "    print(json.dumps({'message': msg, 'peak_mb': peak()}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, *map(str, paths)], cwd=ROOT, capture_output=True, text=True,
                         timeout=300, check=True)
    return [json.loads(line) for line in out.stdout.strip().splitlines()[-len(paths):]]


@pytest.fixture(scope="module")
def refused(tmp_path_factory) -> dict[str, dict]:
    """A docx zip bomb, one hiding its size, a PDF stream bomb and a 50 MB text, loaded in one subprocess."""
    tmp = tmp_path_factory.mktemp("bombs")
    files = {"docx": hostile.zip_bomb(tmp / "bomb.docx"), "liar": hostile.zip_bomb(tmp / "liar.docx", lie=True),
             "pdf": hostile.pdf_stream_bomb(tmp / "bomb.pdf"), "text": hostile.huge_text(tmp / "huge.txt")}
    results = _load_in_subprocess(*files.values())
    return {k: {**r, "size": files[k].stat().st_size} for k, r in zip(files, results)}


@pytest.fixture
def tight(monkeypatch):
    """Lower one limit for a test (the same code path as the real number, on a tiny file)."""
    def set_limit(name: str, value: float) -> None:
        table = dict(limits.table())
        table[name] = dataclasses.replace(table[name], value=float(value))
        monkeypatch.setattr(limits, "table", lambda: table)
    return set_limit


def test_a_zip_bomb_docx_is_refused_in_bounded_memory_naming_the_limit(refused):
    got = refused["docx"]
    assert got["size"] < 1024 * 1024  # a few hundred KB on disk, BOMB_MB inflated
    assert f"word/document.xml inflating to {hostile.BOMB_MB:.1f} MB" in got["message"]
    assert "limit zip_xml_member_mb" in got["message"] and "20 MB" in got["message"]
    assert got["peak_mb"] < RSS_CEILING_MB


def test_a_bomb_that_hides_its_size_is_refused_without_inflating_past_its_declared_size(refused):
    got = refused["liar"]
    assert "word/document.xml is damaged" in got["message"]
    assert got["peak_mb"] < RSS_CEILING_MB


def test_a_pdf_whose_content_stream_is_a_bomb_is_refused_in_bounded_memory(refused):
    got = refused["pdf"]
    assert got["size"] < 1024 * 1024
    assert re.search(r"a stream at byte [\d,]+ inflating to more than 50.0 MB .*limit pdf_stream_mb", got["message"])
    assert got["peak_mb"] < RSS_CEILING_MB


def test_a_50_mb_text_file_is_refused_before_it_is_read(refused):
    got = refused["text"]
    assert re.search(r"50\.0 MB, is over the limit of 15 MB for plain text and CSV \(limit text_file_mb",
                     got["message"])
    assert got["peak_mb"] < RSS_CEILING_MB


def test_a_workbook_part_over_its_declared_size_limit_is_refused(tmp_path, tight):
    import random

    tight("xlsx_part_mb", 1)
    rng = random.Random(3)
    cells = "".join(f"<c><v>{rng.random()}</v></c>" for _ in range(60000))  # ~1.6 MB, compresses ~2 times
    path = tmp_path / "export.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", f"<sheetData><row>{cells}</row></sheetData>")
    with pytest.raises(limits.LimitError, match=r"part xl/worksheets/sheet1.xml inflating to 1.\d MB .*xlsx_part_mb"):
        detect.sniff(path)


def test_questionnaire_text_has_its_own_tighter_limit(tmp_path, tight):
    tight("questionnaire_text_mb", 0.01)  # about 10 KB
    text = (GENERATED / "TUR_text.txt").read_bytes()
    path = tmp_path / "q.txt"
    path.write_bytes(text)
    assert len(text) > 0.01 * 1024 * 1024
    with pytest.raises(limits.LimitError, match=r"over the limit of 0.01 MB for questionnaire text.*questionnaire_text_mb"):
        detect.load_document(path)


def test_a_part_that_compresses_too_well_is_a_bomb_even_under_the_size_limits(tmp_path):
    bomb = hostile.zip_bomb(tmp_path / "ratio.docx", 10)  # 10 MB of one letter: ~1000 times smaller on disk
    with pytest.raises(limits.LimitError, match=r"inflating [\d,]+ times .*limit zip_ratio"):
        detect.load_document(bomb)


def test_an_excel_workbook_bomb_is_refused_before_openpyxl_opens_it(tmp_path):
    path = hostile.xlsx(tmp_path / "export.xlsx", [b"<row/>" * (60 * 1024 * 1024 // 6)])  # 60 MB of empty rows
    with pytest.raises(limits.LimitError, match=r"part xl/worksheets/sheet1.xml inflating .*limit zip_ratio"):
        detect.load_document(path)


def test_a_text_node_over_the_limit_is_refused_while_streaming(tmp_path, tight):
    tight("xml_text_chars", 1000)
    path = tmp_path / "long.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{"word " * 400}'
                                        "</w:t></w:r></w:p></w:body></w:document>")
    with pytest.raises(limits.LimitError, match=r"a text of 2,000 characters in part word/document.xml.*xml_text_chars"):
        detect.load_document(path)


def test_too_many_zip_parts_are_refused_from_the_end_record(tmp_path, tight):
    tight("zip_members", 5)
    path = tmp_path / "many.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<x/>")
        for i in range(6):
            z.writestr(f"word/media/{i}.png", b"x")
    with pytest.raises(limits.LimitError, match=r"7 parts is over the limit of 5 files.*zip_members"):
        detect.sniff(path)


def test_a_pdf_over_the_page_limit_is_refused_before_any_page_is_read(tmp_path, tight):
    tight("pdf_pages", 3)
    pdf = pdfium.PdfDocument.new()
    for _ in range(4):
        pdf.new_page(595, 842)
    pdf.save(str(tmp_path / "long.pdf"))
    pdf.close()
    with pytest.raises(limits.LimitError, match=r"a PDF of 4 pages is over the limit of 3 pages.*pdf_pages"):
        detect.load_document(tmp_path / "long.pdf")


def test_a_pdf_page_with_too_much_text_is_refused(tmp_path, tight):
    tight("pdf_page_chars", 50)
    with pytest.raises(limits.LimitError, match=r"page 1 holding [\d,]+ characters.*pdf_page_chars"):
        detect.load_document(GENERATED / "TUR.pdf")


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_sheet_over_the_row_limit_is_refused(tmp_path, tight, kind):
    import openpyxl

    tight("table_rows", 10)
    rows = [["country", "edition", "question", "item", "answer"]] + [["DNK", "2022", str(i), "", "yes"]
                                                                      for i in range(1, 20)]
    path = tmp_path / f"t.{kind}"
    if kind == "csv":
        path.write_text("\n".join(",".join(r) for r in rows), encoding="utf-8")
    else:
        wb = openpyxl.Workbook()
        for r in rows:
            wb.active.append(r)
        wb.save(path)
    with pytest.raises(limits.LimitError, match=r"more than 10 rows is over the limit of 10 rows.*table_rows"):
        sheets.read(path)


# --- NUL characters: removed with a note; mostly-NUL text is binary and refused ------------------------


def test_a_few_nul_characters_in_questionnaire_text_are_removed_with_a_note(tmp_path):
    text = (GENERATED / "TUR_text.txt").read_text(encoding="utf-8")
    clean = detect.load_document(GENERATED / "TUR_text.txt")[0]
    at = text.index("COUNTRY NAME")
    path = tmp_path / "nul.txt"
    path.write_text(text[:at] + "\x00" + text[at:].replace("Türkiye", "Tür\x00kiye", 1), encoding="utf-8")
    doc = detect.load_document(path)[0]
    assert doc.country_name == clean.country_name
    assert doc.answers == clean.answers
    assert any("2 NUL character(s) removed" in n for n in doc.notes)


def test_text_made_largely_of_nul_characters_is_refused_as_binary(tmp_path):
    path = hostile.nul_bytes(tmp_path / "bin.txt", n=600)
    with pytest.raises(ParseError, match=r"binary file.*limit binary_share"):
        detect.load_document(path)


def test_random_bytes_are_binary_even_with_few_nul_bytes(tmp_path):
    import random

    rng = random.Random(5)
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(rng.randrange(1, 256) for _ in range(5000)))  # no NUL at all
    with pytest.raises(ParseError, match=r"a binary file, not text: .*binary_share.*unknown kind; supported: MSQ"):
        detect.load_document(path)


def test_utf16_text_without_a_byte_order_mark_is_text_not_binary(tmp_path):
    text = (GENERATED / "TUR_text.txt").read_text(encoding="utf-8")
    path = tmp_path / "le.txt"
    path.write_bytes(text.encode("utf-16-le"))
    assert detect.load_document(path)[0].country_name == "Türkiye"


def test_nul_in_a_csv_cell_is_removed_with_a_note(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"country,edition,question,item,answer\nDNK,2022,9,,y\x00es\n" + b"DNK,2022,10,,no\n" * 200)
    sheet = sheets.read(path)
    assert sheet.rows[0][4] == "yes" and any("NUL" in n for n in sheet.notes)


# --- one place for the numbers -------------------------------------------------------------------------


def test_the_browser_and_the_server_use_the_same_upload_limit_in_the_same_unit():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert limits.get("upload_file_mb").unit == "MB"
    assert config["server"]["maxUploadSize"] == limits.value("upload_file_mb") == uploads.MAX_FILE_MB
    over = limits.nbytes("upload_file_mb") + 1
    assert uploads.check("a.pdf", over).startswith(f"{over / 1024 / 1024:.1f} MB is over the 25 MB limit")
    assert uploads.check("a.pdf", limits.nbytes("upload_file_mb")) == ""


def test_every_limit_the_code_names_is_in_the_data_file_and_every_row_is_used():
    name_re = re.compile(r"""["']([a-z0-9]+(?:_[a-z0-9]+)*_(?:mb|pages|chars|members|ratio|rows|share|files|seconds|cells))["']""")
    named = set()
    for path in (ROOT / "loaders").rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if path.name == "limits.py" or "limits." in line:
                named |= set(name_re.findall(line))
    assert named <= set(limits.table()), named - set(limits.table())
    assert set(limits.table()) <= named, set(limits.table()) - named


def test_the_limits_file_rejects_an_unknown_unit(tmp_path, monkeypatch):
    bad = tmp_path / "limits.csv"
    bad.write_text("name,value,unit,applies_to,why\nx,1,parsecs,y,z\n", encoding="utf-8")
    monkeypatch.setattr(limits, "LIMITS_CSV", bad)
    limits.table.cache_clear()
    try:
        with pytest.raises(ValueError, match="unknown unit 'parsecs'"):
            limits.table()
    finally:
        limits.table.cache_clear()


# --- properties ------------------------------------------------------------------------------------------

_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200)


@given(_TEXT, st.lists(st.integers(min_value=0, max_value=200), max_size=2))
def test_property_removing_nul_keeps_every_other_character_in_order(text, spots):
    dirty = text
    for at in sorted(spots, reverse=True):
        dirty = dirty[:at] + "\x00" + dirty[at:]
    if limits.binary_share(dirty) > limits.value("binary_share"):
        with pytest.raises(limits.LimitError, match="binary_share"):
            limits.clean_nul(dirty, "x")
        return
    clean, notes = limits.clean_nul(dirty, "x")
    assert clean == text and "\x00" not in clean
    assert bool(notes) == ("\x00" in dirty)


# A leading U+FEFF is a byte order mark and rightly dropped: not part of the property.
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"), min_size=1,
               max_size=200),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_property_text_in_any_common_encoding_decodes_to_itself(text, encoding):
    assert sheets.decode_bytes(text.encode(encoding), "x") == text


# ---------------------------------------------------------------------------------------------
# Workbooks counted before they are read: rows, cells as a reader pads them, shared-string characters.

def _no_openpyxl(monkeypatch):
    import openpyxl

    def never(*a, **k):
        raise AssertionError("openpyxl was asked to read a workbook the counts should have refused")
    monkeypatch.setattr(openpyxl, "load_workbook", never)


def test_cells_pointing_at_one_huge_shared_string_are_refused_before_reading(tmp_path, monkeypatch):
    path = hostile.shared_strings_bomb(tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 50_000  # a small file: the expansion is in the references
    _no_openpyxl(monkeypatch)
    with pytest.raises(ParseError, match=r"limit shared_string_chars in data/limits.csv"):
        sheets.read(path)


def test_many_cells_pointing_at_short_shared_strings_pass(tmp_path):
    limits.check_sheets(hostile.shared_strings_bomb(tmp_path / "fine.xlsx", chars=100, cells=4_000))  # 400,000 characters


def test_a_declared_dimension_that_pads_every_row_is_refused_naming_sheet_cells(tmp_path, monkeypatch):
    path = hostile.wide_padding(tmp_path / "wide.xlsx")
    _no_openpyxl(monkeypatch)
    with pytest.raises(ParseError, match=r"2,000 rows by 16,384 columns .*limit sheet_cells"):
        sheets.read(path)


def test_a_sheet_over_the_row_limit_is_refused_from_its_bytes(tmp_path, monkeypatch, tight):
    tight("table_rows", 1_000)
    path = hostile.million_rows(tmp_path / "rows.xlsx", n=3_000)
    _no_openpyxl(monkeypatch)
    with pytest.raises(ParseError, match=r"limit table_rows"):
        sheets.read(path)


def test_a_row_number_far_ahead_counts_as_the_rows_a_reader_fills_in(tmp_path, monkeypatch, tight):
    tight("table_rows", 1_000)
    path = hostile.xlsx(tmp_path / "gap.xlsx", [b'<row r="1"><c r="A1"><v>1</v></c></row>',
                                        b'<row r="900000"><c r="A900000"><v>2</v></c></row>'])
    _no_openpyxl(monkeypatch)
    with pytest.raises(ParseError, match=r"limit table_rows"):
        sheets.read(path)


def test_a_workbook_part_declaring_an_external_entity_is_refused_as_the_files_fault(tmp_path):
    with pytest.raises(ParseError, match=r"sharedStrings.xml declares a DTD or entities"):
        sheets.read(hostile.external_entity(tmp_path / "xxe.xlsx"))


def test_utf16_text_with_a_broken_surrogate_is_refused_naming_the_bytes(tmp_path):
    path = hostile.utf16_broken_surrogate(tmp_path / "broken.txt")
    with pytest.raises(ParseError, match=r"not valid utf-16 \(illegal UTF-16 surrogate\); save it again as UTF-8"):
        detect.sniff(path)


def test_a_utf16_head_cut_inside_a_surrogate_pair_is_not_a_broken_file():
    text = "a" * 10 + "\U0001F600"
    data = "\ufeff".encode("utf-16-le") + text.encode("utf-16-le")
    assert sheets.decode_bytes(data[:-2], "head.txt").startswith("a" * 10)
