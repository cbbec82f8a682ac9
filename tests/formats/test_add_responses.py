"""Adding responses from the browser: limits, safe names, the per-file report, and the page itself."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders import ingest, store, uploads

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
    staged = uploads.stage([(f"{i}.csv", b"x") for i in range(uploads.MAX_FILES + 1)], tmp_path, tmp_path / "stage")
    assert all(s.path is None and "limit" in s.refused for s in staged)


UPLOADS = [("wingdings.docx", "wingdings_ticks.docx"), ("scan.pdf", "scanned_page.pdf")]


def _upload(tmp_path, fixtures, db, extra=()):
    files = [(name, (fixtures / fixture).read_bytes()) for name, fixture in UPLOADS]
    files += [("photo.pdf", b"\xff\xd8\xff\xe0" + b"\x00" * 32),  # a JPEG named .pdf: content decides
              ("photo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 32), *extra]
    staged = uploads.stage(files, tmp_path / "uploads", tmp_path / "stage")
    reports = ingest.ingest_uploads(staged, db)
    return staged, {s.name: r for s, r in zip([s for s in staged if s.sha256], reports)}


def test_an_upload_keeps_what_was_read_and_leaves_nothing_of_what_was_refused(tmp_path, fixtures):
    db = tmp_path / "msq.duckdb"
    staged, by_name = _upload(tmp_path, fixtures, db)
    assert by_name["wingdings.docx"].status == "ok" and by_name["wingdings.docx"].countries == ("TZA",)
    assert "page 2 of 2 has no text layer" in by_name["scan.pdf"].message
    assert "looks like a JPEG image" in by_name["photo.pdf"].message
    assert "type .jpg is not accepted" in next(s.refused for s in staged if s.name == "photo.jpg")
    assert sorted(p.name for p in (tmp_path / "uploads").iterdir()) == ["wingdings.docx"]
    assert not any((tmp_path / "stage").rglob("*.*"))  # nothing left in staging either
    con = store.open_reader(db)
    try:  # the stored path is where the file is kept, not the staging folder it was read from
        [(path,)] = con.execute("SELECT path FROM documents WHERE status = 'ok'").fetchall()
    finally:
        con.close()
    assert path.endswith("uploads/wingdings.docx") and "stage" not in path


def test_a_rejected_file_uploaded_again_is_rejected_again_without_residue(tmp_path, fixtures):
    db = tmp_path / "msq.duckdb"
    for _ in range(2):
        _, by_name = _upload(tmp_path, fixtures, db)
        assert by_name["scan.pdf"].status == "rejected"
        assert sorted(p.name for p in (tmp_path / "uploads").iterdir()) == ["wingdings.docx"]
        assert not any((tmp_path / "stage").rglob("*.*"))


def test_a_failure_after_reading_keeps_neither_the_files_nor_the_rows(tmp_path, fixtures, monkeypatch):
    db = tmp_path / "msq.duckdb"
    ingest.ingest_paths([fixtures / "wingdings_ticks.docx"], db)
    before = store.version(db)

    def disk_full(staged):
        raise OSError("disk full")

    monkeypatch.setattr(uploads, "keep", disk_full)
    kenya = (ROOT / "data" / "responses" / "2022" / "msq_2022_denmark.txt").read_bytes().replace(b"Denmark", b"Kenya")
    staged = uploads.stage([("kenya.txt", kenya)], tmp_path / "uploads", tmp_path / "stage")
    with pytest.raises(OSError, match="disk full"):
        ingest.ingest_uploads(staged, db)
    assert store.version(db) == before  # nothing published
    assert not (tmp_path / "uploads").exists() or not any((tmp_path / "uploads").iterdir())
    assert not any((tmp_path / "stage").rglob("*.*"))


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
