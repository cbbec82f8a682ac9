"""Adding responses from the browser: limits, safe names, the per-file report, and the page itself."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders import ingest, uploads

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name,safe", [
    ("MSQ 2022 (Türkiye).docx", "MSQ_2022_Türkiye.docx"),
    ("../../etc/passwd.csv", "passwd.csv"),
    ("C:\\Users\\me\\answers.PDF", "answers.pdf"),
    ("no_extension", "no_extension"),
])
def test_uploaded_names_lose_folders_and_odd_characters(name, safe):
    assert uploads.safe_name(name) == safe


@pytest.mark.parametrize("name,size,refused", [
    ("a.pdf", 10, ""), ("a.docx", uploads.MAX_FILE_MB * 1024 * 1024, ""),
    ("a.pdf", uploads.MAX_FILE_MB * 1024 * 1024 + 1, "over the 25 MB limit"),
    ("a.exe", 10, "type .exe is not accepted"), ("a.pdf", 0, "empty"),
])
def test_size_and_type_limits_are_enforced(name, size, refused):
    why = uploads.check(name, size)
    assert (refused in why) if refused else why == ""


def test_too_many_files_at_once_are_refused(tmp_path):
    saved = uploads.save([(f"{i}.csv", b"x") for i in range(uploads.MAX_FILES + 1)], tmp_path)
    assert all(s.path is None and "limit" in s.refused for s in saved)


def test_saving_never_overwrites_a_different_file_and_skips_an_identical_one(tmp_path):
    first = uploads.save([("r.txt", b"one")], tmp_path)[0]
    same = uploads.save([("r.txt", b"one")], tmp_path)[0]
    other = uploads.save([("r.txt", b"two")], tmp_path)[0]
    assert same.path == first.path and not same.new
    assert other.path != first.path and other.path.read_bytes() == b"two"


def test_upload_then_ingest_reports_each_file_and_keeps_only_what_was_read(tmp_path, fixtures):
    files = [("wingdings.docx", (fixtures / "wingdings_ticks.docx").read_bytes()),
             ("scan.pdf", (fixtures / "scanned_page.pdf").read_bytes()),
             ("photo.pdf", b"\xff\xd8\xff\xe0" + b"\x00" * 32),  # a JPEG named .pdf: content decides
             ("photo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 32)]
    saved = uploads.save(files, tmp_path / "uploads")
    readable = [s for s in saved if s.path is not None]
    reports = ingest.ingest_paths([s.path for s in readable], tmp_path / "msq.duckdb")
    by_name = {s.name: r for s, r in zip(readable, reports)}
    assert by_name["wingdings.docx"].status == "ok" and by_name["wingdings.docx"].countries == ("TZA",)
    assert "page 2 of 2 has no text layer" in by_name["scan.pdf"].message
    assert "looks like a JPEG image" in by_name["photo.pdf"].message
    assert "type .jpg is not accepted" in next(s.refused for s in saved if s.name == "photo.jpg")
    for s in readable:
        if by_name[s.name].status == "rejected":
            uploads.discard(s)
    assert sorted(p.name for p in (tmp_path / "uploads").iterdir()) == ["wingdings.docx"]


def test_the_page_states_its_limits_and_offers_the_uploader(tmp_path, fixtures, monkeypatch):
    from streamlit.testing.v1 import AppTest

    db = tmp_path / "msq.duckdb"
    ingest.ingest_paths([fixtures / "wingdings_ticks.docx"], db)
    monkeypatch.setenv("MSQ_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app_pages" / "add_responses.py"), default_timeout=60).run()
    assert not at.exception
    assert at.title[0].value == "Add responses"
    assert any("Limits:" in m.value and "25 MB" in m.value for m in at.markdown)
    assert at.selectbox[0].options[0] == "Read it from each document"
