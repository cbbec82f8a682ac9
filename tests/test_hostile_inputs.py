"""One folder of hostile and good files through every entry point: each bad file is its own REJECTED line."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from loaders import ingest, store, uploads
from tests.hostile import FORGED_NAME, HOSTILE, hostile_folder

ROOT = Path(__file__).resolve().parents[1]
GOOD = {"DNK", "KEN"}
# What each hostile file is rejected for: the words a user reads in its line.
WHY = {
    "utf16-broken-surrogate.txt": "not valid utf-16",
    "recursive-pages.pdf": "recursive-pages.pdf: ",
    "external-entity.xlsx": "declares a DTD or entities",
    "shared-strings-bomb.xlsx": "limit shared_string_chars",
    "million-rows.xlsx": "limit table_rows",
    "wide-padding.xlsx": "limit sheet_cells",
    "zip-bomb.docx": "limit zip_xml_member_mb",
    "nul-bytes.txt": "limit binary_share",
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """One file of each hostile kind found so far, a good Danish response and a good Kenyan one named with a newline."""
    path = tmp_path_factory.mktemp("hostile") / "responses"
    hostile_folder(path / "2022")
    return path


def stored(db: Path) -> set[str]:
    con = store.open_reader(db)
    try:
        return {r[0] for r in con.execute("SELECT DISTINCT country_iso3 FROM answers").fetchall()}
    finally:
        con.close()


def check_reports(reports, forged: str = FORGED_NAME) -> None:
    by_name = {Path(r.path).name: r for r in reports}
    for name, why in WHY.items():
        r = by_name[name]
        assert r.status == "rejected", (name, r)
        assert why in r.message, (name, r.message)
        assert "fault of the tool" not in r.message, (name, r.message)
    assert by_name[forged].status == "ok"
    assert all("\n" not in r.line() for r in reports)


def test_ingest_from_the_command_line_stores_the_good_files_and_prints_one_escaped_line_per_file(folder, tmp_path):
    db = tmp_path / "msq.duckdb"
    done = subprocess.run([sys.executable, "-m", "loaders", "ingest", str(folder), "--db", str(db), "--workers", "1"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 1, done.stderr  # some files rejected: exit 1, never a fault of the tool (4)
    lines = done.stdout.splitlines()
    assert len(lines) == len(HOSTILE) + 2  # one line per file, whatever a file's name holds
    assert sum(line.startswith("REJECTED") for line in lines) == len(HOSTILE)
    assert any(line.startswith("OK") and "kenya\\nREJECTED  forged.txt" in line for line in lines)
    assert "fault of the tool" not in done.stdout
    assert stored(db) == GOOD


def test_build_stores_the_good_files_of_a_hostile_responses_folder(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "RESPONSES_DIR", folder)
    monkeypatch.setattr(ingest, "SHIPPED_DIR", tmp_path / "no-shipped")
    monkeypatch.setattr(ingest, "REFERENCE_DIR", tmp_path / "no-reference")
    db = tmp_path / "msq.duckdb"
    check_reports(ingest.build_database(db, demo=False, workers=2))
    assert stored(db) == GOOD


def test_a_first_start_builds_the_database_from_a_hostile_responses_folder(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "RESPONSES_DIR", folder)
    monkeypatch.setattr(ingest, "SHIPPED_DIR", tmp_path / "no-shipped")
    monkeypatch.setattr(ingest, "REFERENCE_DIR", tmp_path / "no-reference")
    db = tmp_path / "msq.duckdb"
    result: list = []
    # The app builds from a script thread: the files are read in a worker process there.
    worker = threading.Thread(target=lambda: result.append(ingest.ensure_database(db)))
    worker.start()
    worker.join(600)
    assert result == [True]
    assert stored(db) == GOOD


def test_an_upload_of_hostile_and_good_files_keeps_the_good_ones_only(folder, tmp_path):
    keep, staging = tmp_path / "uploads", tmp_path / ".staging"
    files = [(p.name, p.read_bytes()) for p in sorted((folder / "2022").iterdir())]
    staged = uploads.stage(files, keep, staging)
    db = tmp_path / "msq.duckdb"
    held: list = []

    def progress(done, total, path):  # called as each file is read: the writer lock must be free then
        held.append(store.holder(db))

    result: list = []
    worker = threading.Thread(target=lambda: result.append(ingest.ingest_uploads(staged, db, progress=progress)))
    worker.start()  # the Add responses page runs it from a script thread
    worker.join(600)
    [reports] = result
    check_reports(reports, uploads.safe_name(FORGED_NAME))
    assert stored(db) == GOOD
    assert sorted(p.name for p in keep.iterdir()) == sorted(uploads.safe_name(n) for n in ("denmark.txt", FORGED_NAME))
    assert not any(staging.rglob("*"))
    assert held and all(h is None for h in held)


def test_a_link_leading_outside_the_folder_is_skipped_with_a_line(tmp_path, seed_path):
    inside = tmp_path / "responses"
    inside.mkdir()
    (inside / "elsewhere.txt").symlink_to(seed_path)
    shutil.copy(seed_path, inside / "here.txt")
    (inside / "same-folder.txt").symlink_to(inside / "here.txt")
    files, skipped = ingest.expand_with_skips([inside])
    assert {f.name for f in files} == {"here.txt", "same-folder.txt"}  # a link within the folder is read
    [line] = skipped
    assert line.status == "skipped" and "elsewhere.txt" in line.path and str(seed_path) in line.message
    reports = ingest.ingest_paths([inside], tmp_path / "msq.duckdb")
    assert [r.status for r in reports if r.path.endswith("elsewhere.txt")] == ["skipped"]


def test_a_file_name_with_control_characters_prints_on_one_line():
    r = ingest.FileReport("data/x\nOK        y.txt\x1b[2J", "rejected", "x\nOK: bad")
    assert r.line().count("\n") == 0
    assert "x\\nOK        y.txt\\x1b[2J" in r.line() and "x\\nOK: bad" in r.line()


def _children(pid: int) -> set[int]:
    out = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.add(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_killed_ingest_leaves_no_parse_worker_behind(tmp_path):
    from synthetic.corpus import write_corpus

    corpus = tmp_path / "demo"
    write_corpus(corpus, countries=["DNK", "KEN", "BRA", "VNM", "FRA", "JPN", "CHL", "NGA", "IND", "TUR",
                                    "MEX", "EGY", "NZL", "PER", "ARG", "GHA"])
    proc = subprocess.Popen([sys.executable, "-m", "loaders", "ingest", str(corpus), "--db", str(tmp_path / "x.duckdb"),
                             "--workers", "2"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while not workers and proc.poll() is None and time.monotonic() < deadline:
            workers = {c for c in _children(proc.pid)
                       if b"loaders.parse_pool" in Path(f"/proc/{c}/cmdline").read_bytes()}
            time.sleep(0.05)
        assert workers, "the ingest never started a parse worker"
    finally:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 15
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if _alive(w)]


def test_a_file_over_parse_seconds_is_rejected_naming_the_limit(tmp_path, seed_path, monkeypatch):
    import dataclasses

    from loaders import limits, prepare

    table = dict(limits.table())
    table["parse_seconds"] = dataclasses.replace(table["parse_seconds"], value=1.0)
    monkeypatch.setattr(limits, "table", lambda: table)

    def slow(path, sha, edition):
        while True:
            pass

    monkeypatch.setattr(prepare, "parse_file", slow)
    [r] = ingest.ingest_paths([seed_path], tmp_path / "msq.duckdb", workers=1)
    assert r.status == "rejected" and "limit parse_seconds" in r.message and "after 1 seconds" in r.message


def test_a_worker_that_does_not_stop_at_parse_seconds_is_killed_and_its_file_rejected(monkeypatch):
    import dataclasses

    from loaders import limits, parse_pool

    table = dict(limits.table())
    table["parse_seconds"] = dataclasses.replace(table["parse_seconds"], value=0.5)
    monkeypatch.setattr(limits, "table", lambda: table)
    monkeypatch.setattr(parse_pool, "GRACE", 0.5)
    got = parse_pool.run([30.0, 0.0], _sleep, 1, ["stuck.txt", "quick.txt"], lambda i, r: None,
                         lambda i, exc: str(exc))
    assert "stuck.txt" in got[0] and "limit parse_seconds" in got[0]
    assert got[1] == "slept 0.0"


def _sleep(seconds: float) -> str:
    time.sleep(seconds)  # in the worker, parse_seconds is data/limits.csv's: no alarm at 0.5 s
    return f"slept {seconds}"


def test_the_pool_runs_in_a_thread_that_is_not_the_main_one():
    from loaders import parse_pool

    out: list = []
    t = threading.Thread(target=lambda: out.append(parse_pool.run([0.0], _sleep, 1, ["a"], lambda i, r: None,
                                                                  lambda i, e: str(e))))
    t.start()
    t.join(120)
    assert out == [["slept 0.0"]]
    assert os.getpid()  # the test process itself is untouched
