"""Uploads leave nothing behind: staged privately, kept by an atomic rename only once accepted."""
from __future__ import annotations

import os
import time

import pytest

from loaders import limits, uploads
from loaders.formats import detect
from loaders.records import ParseError

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32


@pytest.fixture
def dirs(tmp_path):
    """(uploads folder, staging folder) side by side, as data/responses/uploads and data/.staging are."""
    return tmp_path / "responses" / "uploads", tmp_path / ".staging"


def _add(files, dirs) -> dict[str, str]:
    """What the Add responses page does: stage, read each staged file, keep it or discard it."""
    folder, staging = dirs
    result = {}
    for s in uploads.stage(files, folder, staging):
        if s.path is None:
            result[s.name] = f"refused: {s.refused}"
            continue
        try:
            detect.load_document(s.path)  # stands in for the store's verdict (ingest_paths' FileReport.status)
        except ParseError as e:
            uploads.discard(s)
            result[s.name] = f"rejected: {e}"
            continue
        uploads.keep(s)
        result[s.name] = f"kept: {s.kept.name}" + ("" if s.new else " (already there)")
    return result


def test_a_rejected_upload_leaves_nothing_on_disk_and_an_accepted_one_is_kept(dirs, fixtures):
    folder, staging = dirs
    files = [("wingdings.docx", (fixtures / "wingdings_ticks.docx").read_bytes()),
             ("photo.pdf", JPEG),                       # a JPEG named .pdf: the content decides
             ("photo.jpg", JPEG)]                       # refused by its type before anything is written
    got = _add(files, dirs)
    assert got["wingdings.docx"] == "kept: wingdings.docx"
    assert got["photo.pdf"].startswith("rejected: photo.pdf: looks like a JPEG image")
    assert got["photo.jpg"].startswith("refused: type .jpg is not accepted")
    assert sorted(p.name for p in folder.iterdir()) == ["wingdings.docx"]
    assert not any(staging.rglob("*"))  # the private staging folder is gone too


def test_uploading_a_rejected_file_again_is_rejected_again_without_residue(dirs, fixtures):
    folder, staging = dirs
    bad = [("scan.pdf", (fixtures / "scanned_page.pdf").read_bytes())]
    first = _add(bad, dirs)
    second = _add(bad, dirs)
    assert first == second and "has no text layer" in first["scan.pdf"]
    assert not folder.exists() or not any(folder.iterdir())
    assert not any(staging.rglob("*"))


def test_nothing_reaches_the_uploads_folder_before_it_is_accepted(dirs, fixtures):
    folder, staging = dirs
    staged = uploads.stage([("r.docx", (fixtures / "wingdings_ticks.docx").read_bytes())], folder, staging)[0]
    # Between staging and the store's verdict (or after a crash there) a build sees nothing new.
    assert not folder.exists() or not any(folder.iterdir())
    assert staged.path.parent.parent == staging and staged.path.name == "r.docx" == staged.target.name
    assert oct(staged.path.parent.stat().st_mode & 0o777) == "0o700"  # this session's own folder
    uploads.keep(staged)
    assert staged.kept == folder / "r.docx" and staged.path is None and not any(staging.iterdir())


def test_a_staging_folder_left_by_a_crash_is_swept_by_a_later_upload(dirs):
    folder, staging = dirs
    orphan = uploads.stage([("a.txt", b"x")], folder, staging)[0].path.parent
    old = time.time() - uploads.STALE_SECONDS - 60
    os.utime(orphan, (old, old))
    uploads.stage([("b.txt", b"y")], folder, staging)
    assert not orphan.exists()


def test_keeping_never_overwrites_a_different_file_and_keeps_identical_bytes_once(dirs):
    folder, staging = dirs
    one = uploads.stage([("r.txt", b"one")], folder, staging)[0]
    again = uploads.stage([("r.txt", b"one")], folder, staging)[0]
    other = uploads.stage([("r.txt", b"two")], folder, staging)[0]
    for s in (one, again, other):
        uploads.keep(s)
    assert again.kept == one.kept and not again.new
    assert other.kept != one.kept and other.kept.read_bytes() == b"two" and one.kept.read_bytes() == b"one"
    assert sorted(p.name for p in folder.iterdir()) == ["r-" + other.sha256[:8] + ".txt", "r.txt"]


def test_two_files_of_one_name_in_one_upload_are_both_staged(dirs):
    folder, staging = dirs
    a, b = uploads.stage([("r.txt", b"one"), ("r.txt", b"two")], folder, staging)
    assert a.path != b.path and a.path.read_bytes() == b"one" and b.path.read_bytes() == b"two"
    uploads.discard(a)
    uploads.discard(b)
    assert not any(staging.iterdir())


@pytest.mark.parametrize("name,size,refused", [
    ("a.pdf", 10, ""), ("a.docx", 25 * 1024 * 1024, ""),
    ("a.pdf", 25 * 1024 * 1024 + 1, "25.0 MB is over the 25 MB limit"),
    ("a.exe", 10, "type .exe is not accepted"), ("a.pdf", 0, "empty"),
])
def test_an_upload_over_the_size_limit_is_refused_before_it_is_written(dirs, name, size, refused):
    folder, staging = dirs
    assert limits.value("upload_file_mb") == 25
    s = uploads.stage([(name, b"x" * size)], folder, staging)[0]
    assert (refused in s.refused and s.path is None) if refused else s.refused == ""
    if refused:
        assert not staging.exists() or not any(staging.rglob("*"))


def test_too_many_files_at_once_are_all_refused_naming_the_limit(dirs):
    folder, staging = dirs
    staged = uploads.stage([(f"{i}.csv", b"x") for i in range(uploads.MAX_FILES + 1)], folder, staging)
    assert all(s.path is None and "limit upload_files" in s.refused for s in staged)
    assert not staging.exists()


def test_keeping_twice_or_after_discarding_is_an_error_not_a_silent_loss(dirs):
    folder, staging = dirs
    s = uploads.stage([("r.txt", b"one")], folder, staging)[0]
    uploads.discard(s)
    with pytest.raises(ValueError, match="nothing staged to keep"):
        uploads.keep(s)


def test_with_the_ingest_pipeline_only_what_the_store_accepted_is_kept(dirs, fixtures, tmp_path):
    from loaders.ingest import ingest_paths

    folder, staging = dirs
    files = [("wingdings.docx", (fixtures / "wingdings_ticks.docx").read_bytes()),
             ("scan.pdf", (fixtures / "scanned_page.pdf").read_bytes())]
    for attempt in range(2):  # the second upload of the same files: same verdicts, still no residue
        staged = uploads.stage(files, folder, staging)
        reports = ingest_paths([s.path for s in staged], tmp_path / "msq.duckdb")
        status = {}
        for s, r in zip(staged, reports):
            status[s.name] = r.status
            if r.status in ("ok", "warn", "unchanged"):
                uploads.keep(s)
            else:
                uploads.discard(s)
        assert status == {"wingdings.docx": "ok" if attempt == 0 else "unchanged", "scan.pdf": "rejected"}
        assert sorted(p.name for p in folder.iterdir()) == ["wingdings.docx"]
        assert not any(staging.rglob("*"))
