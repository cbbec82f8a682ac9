"""The store's promises: build keeps what users added, one corrections file per database, a full disk said plainly."""
from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import main as loaders_main
from loaders import ingest, store
from tests.test_msq_text import skeleton

ROOT = Path(__file__).resolve().parents[1]
HEADER = "edition,country_iso3,question,item,answer,reason,reviewed_by,reviewed_at,document_sha256\n"


def rows(db: Path, sql: str, params=None) -> list[tuple]:
    con = store.open_reader(db)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def run_cli(*args, env_extra=None):
    env = {k: v for k, v in os.environ.items() if k not in ("MSQ_DB", "MSQ_CORRECTIONS")} | (env_extra or {})
    return subprocess.run([sys.executable, "-m", "loaders", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def inputs(tmp_path, seed_path, monkeypatch) -> Path:
    """Default inputs in a scratch folder (the Denmark seed as the one real response), no demo corpus."""
    responses = tmp_path / "responses" / "2022"
    responses.mkdir(parents=True)
    shutil.copy(seed_path, responses / seed_path.name)
    monkeypatch.setattr(ingest, "RESPONSES_DIR", tmp_path / "responses")
    monkeypatch.setattr(ingest, "SHIPPED_DIR", tmp_path / "no-shipped")
    monkeypatch.setattr(ingest, "REFERENCE_DIR", tmp_path / "no-reference")
    monkeypatch.setattr(ingest, "DEMO_DIR", tmp_path / "no-demo")
    monkeypatch.setenv("MSQ_CORRECTIONS", str(tmp_path / "corrections.csv"))
    return tmp_path


def countries(db: Path) -> list[str]:
    return [r[0] for r in rows(db, "SELECT DISTINCT country_iso3 FROM answers_current ORDER BY 1")]


# ------------------------------------------------------------------ build keeps responses ingested from elsewhere


def test_build_reads_again_a_response_ingested_from_another_folder(inputs):
    db = inputs / "msq.duckdb"
    ingest.build_database(db, demo=False)
    outside = inputs / "elsewhere" / "kenya.txt"
    outside.parent.mkdir()
    outside.write_text(skeleton({}, country="Kenya"), encoding="utf-8")
    ingest.ingest_paths([outside], db)
    assert countries(db) == ["DNK", "KEN"]

    reports = ingest.build_database(db, demo=False)
    assert countries(db) == ["DNK", "KEN"]
    [line] = [r for r in reports if r.path == str(outside)]
    assert line.status == "ok"


def test_build_keeps_the_stored_rows_of_a_response_whose_file_is_gone_and_says_so(inputs):
    db = inputs / "msq.duckdb"
    outside = inputs / "elsewhere" / "kenya.txt"
    outside.parent.mkdir()
    outside.write_text(skeleton({}, country="Kenya"), encoding="utf-8")
    ingest.build_database(db, demo=False)
    ingest.ingest_paths([outside], db)
    before = rows(db, "SELECT question, item, answer FROM answers WHERE country_iso3 = 'KEN' ORDER BY ALL")
    outside.unlink()

    reports = ingest.build_database(db, demo=False)
    [line] = [r for r in reports if r.path == str(outside)]
    assert line.status == "kept" and "not found" in line.message and "--drop-missing" in line.message
    assert line.line().startswith("KEPT")
    assert rows(db, "SELECT question, item, answer FROM answers WHERE country_iso3 = 'KEN' ORDER BY ALL") == before
    assert countries(db) == ["DNK", "KEN"]

    reports = ingest.build_database(db, demo=False, drop_missing=True)
    [line] = [r for r in reports if r.path == str(outside)]
    assert line.status == "dropped" and line.line().startswith("DROPPED")
    assert countries(db) == ["DNK"]


def test_build_without_the_demo_leaves_the_stored_demo_corpus_out(inputs, monkeypatch):
    from synthetic.corpus import write_document

    demo = inputs / "demo"
    (demo / "2022").mkdir(parents=True)
    write_document(demo / "2022", "KEN")
    monkeypatch.setattr(ingest, "DEMO_DIR", demo)
    db = inputs / "msq.duckdb"
    ingest.build_database(db)
    assert countries(db) == ["DNK", "KEN"]
    reports = ingest.build_database(db, demo=False)
    assert countries(db) == ["DNK"]  # asked for: neither read again nor kept, and no line for each demo file
    assert not [r for r in reports if r.status in ("kept", "dropped")]


def test_build_from_the_command_line_prints_the_kept_line(inputs):
    db = inputs / "msq.duckdb"
    outside = inputs / "kenya.txt"
    outside.write_text(skeleton({}, country="Kenya"), encoding="utf-8")
    ingest.ingest_paths([outside], db)
    outside.unlink()
    done = run_cli("build", "--no-demo", "--db", db, env_extra={"MSQ_CORRECTIONS": str(inputs / "corrections.csv")})
    assert done.returncode == 0, done.stderr
    assert any(line.startswith("KEPT") and "kenya.txt" in line for line in done.stdout.splitlines())
    assert "1 kept" in done.stdout
    assert "KEN" in countries(db)


# ------------------------------------------------------------------ one corrections file per database


def test_a_writer_with_another_corrections_file_is_refused_in_one_line_unless_told(tmp_path, seed_path):
    first, second = tmp_path / "team.csv", tmp_path / "mine.csv"
    first.write_text(HEADER, encoding="utf-8")
    second.write_text(HEADER, encoding="utf-8")
    db = tmp_path / "msq.duckdb"
    done = run_cli("ingest", seed_path, "--db", db, env_extra={"MSQ_CORRECTIONS": str(first)})
    assert done.returncode == 0, done.stderr
    assert rows(db, "SELECT value FROM store_settings WHERE name = 'corrections_file'") == [(str(first),)]
    published = store.version(db)

    other = tmp_path / "kenya.txt"
    other.write_text(skeleton({}, country="Kenya"), encoding="utf-8")
    for env in ({"MSQ_CORRECTIONS": str(second)}, {}):  # another file, or the default one: both refused
        done = run_cli("ingest", other, "--db", db, env_extra=env)
        assert done.returncode == 2
        [line] = done.stderr.strip().splitlines()
        assert str(first) in line and "--corrections-file" in line and "Traceback" not in line
        assert store.version(db) == published  # nothing written

    done = run_cli("ingest", other, "--db", db, "--corrections-file", second)
    assert done.returncode == 0, done.stderr
    assert rows(db, "SELECT value FROM store_settings WHERE name = 'corrections_file'") == [(str(second),)]
    assert [r[0] for r in rows(db, "SELECT DISTINCT country_iso3 FROM answers ORDER BY 1")] == ["DNK", "KEN"]


def test_correct_refuses_another_corrections_file_before_writing_to_it_and_accepts_wait(tmp_path, seed_path):
    first, second = tmp_path / "team.csv", tmp_path / "mine.csv"
    first.write_text(HEADER, encoding="utf-8")
    db = tmp_path / "msq.duckdb"
    assert run_cli("ingest", seed_path, "--db", db, env_extra={"MSQ_CORRECTIONS": str(first)}).returncode == 0
    args = ("correct", "--country", "DNK", "--edition", "2022", "--question", "1", "--answer", "yes",
            "--reason", "checked", "--db", db, "--wait", "5")
    done = run_cli(*args, "--corrections", second)
    assert done.returncode == 2 and "--corrections-file" in done.stderr and not second.exists()
    done = run_cli(*args, "--corrections", first)
    assert done.returncode == 0, done.stderr
    assert "applied to" in done.stdout


# ------------------------------------------------------------------ a full disk


def _enospc_after_half(src, dst, *args, **kwargs):
    data = Path(src).read_bytes()
    Path(dst).write_bytes(data[: len(data) // 2])  # the copy stops part-way, as on a full disk
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_during_the_private_copy_says_so_and_leaves_no_partial_copy(tmp_path, seed_path, monkeypatch,
                                                                                capsys):
    db = tmp_path / "msq.duckdb"
    ingest.ingest_paths([seed_path], db)
    published = store.version(db)
    other = tmp_path / "kenya.txt"
    other.write_text(skeleton({}, country="Kenya"), encoding="utf-8")
    monkeypatch.setattr(store.shutil, "copyfile", _enospc_after_half)

    assert loaders_main(["ingest", str(other), "--db", str(db)]) == 3
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("no space left on device (needed about ") and f"MB at {tmp_path})" in line
    assert "fault of the tool" not in line
    assert store.version(db) == published
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["kenya.txt", "msq.duckdb", "msq.duckdb.lock"])


def test_a_full_disk_while_writing_rows_stops_the_change_not_the_file(tmp_path, seed_path, monkeypatch):
    import duckdb

    db = tmp_path / "msq.duckdb"
    ingest.ingest_paths([seed_path], db)
    published = store.version(db)

    def full(self, doc, order=None):
        raise duckdb.IOException("Could not write file: No space left on device")

    monkeypatch.setattr(store.Writer, "put_document", full)
    other = tmp_path / "kenya.txt"
    other.write_text(skeleton({}, country="Kenya"), encoding="utf-8")
    with pytest.raises(store.DiskFull, match=r"no space left on device \(needed about \d+ MB at "):
        ingest.ingest_paths([other], db)
    assert store.version(db) == published
    assert not list(tmp_path.glob(".msq.duckdb.writing-*"))


def _mount_tmpfs(where: Path, size: str) -> bool:
    where.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True).returncode == 0


def test_on_a_small_full_file_system_the_writer_says_how_much_it_needs(tmp_path, seed_path):
    small = tmp_path / "small"
    if not _mount_tmpfs(small, "6m"):
        pytest.skip("cannot mount a small tmpfs here (needs root); the simulated ENOSPC tests cover the message")
    try:
        db = small / "msq.duckdb"
        done = run_cli("ingest", seed_path, "--db", db)
        assert done.returncode == 0, done.stderr
        free = shutil.disk_usage(small).free
        (small / "filler").write_bytes(b"\0" * max(0, free - db.stat().st_size // 2))  # room for half a copy
        published = store.version(db)
        other = tmp_path / "kenya.txt"
        other.write_text(skeleton({}, country="Kenya"), encoding="utf-8")
        done = run_cli("ingest", other, "--db", db)
        assert done.returncode == 3, done.stdout + done.stderr
        [line] = done.stderr.strip().splitlines()
        assert line.startswith("no space left on device (needed about ") and str(small) in line
        assert store.version(db) == published
        assert not list(small.glob(".msq.duckdb.writing-*"))
    finally:
        subprocess.run(["umount", "-l", str(small)], capture_output=True)


# ------------------------------------------------------------------ a corrections file someone damaged


@pytest.mark.parametrize("damage, said", [
    (lambda text: text.encode("utf-8") + "2022,DNK,1,,yes,révisé,Ana,2026-01-01T00:00:00Z,".encode("cp1252")
     + b"a" * 64 + b"\n", "not UTF-8 text"),
    (lambda text: (text + '2022,DNK,1,,yes,"' + "x" * 200_000 + '",Ana,2026-01-01T00:00:00Z,' + "a" * 64 + "\n")
     .encode("utf-8"), "line 2: cannot be read as CSV"),
])
def test_a_damaged_corrections_file_is_bad_input_in_one_line_not_a_fault_of_the_tool(tmp_path, seed_path, damage,
                                                                                      said):
    file = tmp_path / "corrections.csv"
    file.write_bytes(damage(HEADER))
    done = run_cli("ingest", seed_path, "--db", tmp_path / "msq.duckdb", env_extra={"MSQ_CORRECTIONS": str(file)})
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.strip().splitlines()
    assert said in line and str(file) in line and "fault of the tool" not in line
