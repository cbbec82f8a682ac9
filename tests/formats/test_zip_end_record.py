"""The zip end record is read as the format specifies: the entry count agrees with Python's zipfile,
for plain zips, zips with a comment, zip64 archives and files that are no zip at all."""
from __future__ import annotations

import io
import zipfile

import pytest

from loaders.limits import _declared_entries


def _zip(path, entries: int, comment: bytes = b"") -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as z:
        for i in range(entries):
            z.writestr(f"p{i}.xml", b"<a/>")
        z.comment = comment


@pytest.mark.parametrize("entries, comment", [(0, b""), (1, b""), (3, b"made by hand"), (40, b"x" * 65535)])
def test_entry_count_of_a_plain_zip_matches_zipfile(tmp_path, entries, comment):
    path = tmp_path / "a.docx"
    _zip(path, entries, comment)
    with zipfile.ZipFile(path) as z:
        assert _declared_entries(path) == len(z.infolist()) == entries


def test_entry_count_of_a_zip64_archive_comes_from_its_zip64_end_record(tmp_path):
    path = tmp_path / "many.xlsx"
    _zip(path, 0x10000 + 5)  # more entries than the classic end record can count: zipfile writes zip64
    tail = path.read_bytes()[-200:]
    assert b"PK\x06\x06" in tail and b"PK\x06\x07" in tail
    assert _declared_entries(path) == 0x10000 + 5


@pytest.mark.parametrize("content", [b"", b"plain text, no zip", b"PK\x05\x06 truncated", bytes(range(256)) * 4])
def test_a_file_that_is_no_zip_has_no_declared_count(tmp_path, content):
    path = tmp_path / "x.docx"
    path.write_bytes(content)
    assert _declared_entries(path) is None


def test_a_missing_file_has_no_declared_count(tmp_path):
    assert _declared_entries(tmp_path / "gone.docx") is None


def test_the_count_is_read_from_the_end_even_when_the_directory_lies(tmp_path):
    # A bomb declares more entries than the limit: the count must be known before zipfile loads them.
    buf = io.BytesIO()
    _zip(buf, 2)
    data = bytearray(buf.getvalue())
    at = data.rfind(b"PK\x05\x06")
    data[at + 8:at + 12] = (60000).to_bytes(2, "little") * 2
    path = tmp_path / "bomb.docx"
    path.write_bytes(bytes(data))
    assert _declared_entries(path) == 60000
