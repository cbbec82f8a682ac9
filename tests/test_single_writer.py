"""One writer, many readers: ingest beside an open reader, two writers at once, versions, crashes, messages."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd

from loaders import ingest, store
from loaders.schema import ANSWER_COLUMNS
from tests.test_msq_text import skeleton

ROOT = Path(__file__).resolve().parents[1]


def rows(db, sql, params=None):
    con = store.open_reader(db)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def run_cli(*args, env_extra=None, timeout=120):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "loaders", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def response(tmp_path: Path, name: str, country: str = "Denmark", answers: dict | None = None) -> Path:
    path = tmp_path / name
    path.write_text(skeleton(answers or {}, country=country), encoding="utf-8")
    return path


def test_a_writer_succeeds_while_another_process_holds_the_database_open_for_reading(tmp_path, seed_path):
    db = tmp_path / "msq.duckdb"
    ingest.ingest_paths([seed_path], db)
    # Another process (the app) keeps a read-only connection open and queries it throughout the ingest.
    reader = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from loaders import store
        con = store.open_reader({str(db)!r})
        print(con.execute("SELECT count(*) FROM answers").fetchone()[0], flush=True)
        sys.stdin.readline()
        print(con.execute("SELECT count(*) FROM answers").fetchone()[0], flush=True)
    """)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "65"
        other = response(tmp_path, "kenya.txt", country="Kenya")
        done = run_cli("ingest", other, "--db", db, "--wait", "5")
        assert done.returncode == 0, done.stderr
        assert "OK" in done.stdout
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "65"  # the open reader keeps its consistent snapshot
    finally:
        reader.kill()
        reader.wait()
    assert rows(db, "SELECT count(DISTINCT country_iso3) FROM answers_current") == [(2,)]  # a new reader sees it


def test_two_writers_started_at_once_both_finish(tmp_path):
    db = tmp_path / "msq.duckdb"
    a = response(tmp_path, "a.txt", country="Denmark")
    b = response(tmp_path, "b.txt", country="Kenya")
    procs = [subprocess.Popen([sys.executable, "-m", "loaders", "ingest", str(f), "--db", str(db)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in (a, b)]
    results = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert rows(db, "SELECT country_iso3 FROM answers_current GROUP BY 1 ORDER BY 1") == [("DNK",), ("KEN",)]


def test_a_writer_that_cannot_get_the_database_says_who_holds_it_and_exits_non_zero(tmp_path, seed_path):
    db = tmp_path / "msq.duckdb"
    ingest.ingest_paths([seed_path], db)
    with store.writing(db, purpose="a long correction"):
        done = run_cli("ingest", response(tmp_path, "k.txt", country="Kenya"), "--db", db, "--wait", "0.5")
    assert done.returncode != 0
    lines = [x for x in done.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert f"pid {os.getpid()}" in lines[0] and "a long correction" in lines[0] and "--wait" in lines[0]
    assert rows(db, "SELECT count(DISTINCT country_iso3) FROM answers") == [(1,)]


def test_reingesting_an_earlier_version_makes_it_current_again(tmp_path):
    db = tmp_path / "msq.duckdb"
    first = response(tmp_path, "v1.txt", answers={10: ["☐ Yes ☒ No"]})
    second = response(tmp_path, "v2.txt", answers={10: ["☒ Yes ☐ No"]})
    ingest.ingest_paths([first], db)
    ingest.ingest_paths([second], db)
    assert rows(db, "SELECT answer FROM answers_current WHERE question = 10") == [("yes",)]
    [again] = ingest.ingest_paths([first], db)
    assert again.status == "unchanged"
    assert rows(db, "SELECT answer FROM answers_current WHERE question = 10") == [("no",)]
    versions = rows(db, "SELECT path, version_rank FROM response_versions ORDER BY version_rank")
    assert [Path(p).name for p, _ in versions] == ["v1.txt", "v2.txt"]  # both kept, v2 superseded


def test_in_one_folder_the_newest_file_wins_not_the_alphabetically_last(tmp_path):
    db = tmp_path / "msq.duckdb"
    folder = tmp_path / "responses"
    folder.mkdir()
    newer = response(folder, "a_final.txt", answers={10: ["☒ Yes ☐ No"]})
    older = response(folder, "z_draft.txt", answers={10: ["☐ Yes ☒ No"]})
    os.utime(older, (time.time() - 3600, time.time() - 3600))
    os.utime(newer, (time.time(), time.time()))
    ingest.ingest_paths([folder], db)
    assert rows(db, "SELECT answer FROM answers_current WHERE question = 10") == [("yes",)]


def _doc(sha: str, submitted: str | None, answer: str) -> store.DocumentRows:
    frame = pd.DataFrame([{
        "country_iso3": "DNK", "country_name": "Denmark", "edition": 2022, "section": "C", "question": 10,
        "item": "", "themes": ["legal_framework"], "answer": answer, "basis": "marked", "detail": "",
        "links": [], "document_sha256": sha, "is_synthetic": False, "flag": None}], columns=ANSWER_COLUMNS)
    return store.DocumentRows(path=f"{sha[:4]}.xlsx", sha256=sha, format="form_export", loader="test",
                              country_iso3="DNK", edition=2022, is_synthetic=False,
                              submitted_at=pd.Timestamp(submitted).to_pydatetime() if submitted else None,
                              answers=frame, contacts=[], notes=[])


def test_the_documents_own_date_orders_versions_ingested_together(tmp_path):
    db = tmp_path / "msq.duckdb"
    with store.writing(db) as w:  # ingested in one run: the later-dated form wins though it came first
        w.put_document(_doc("b" * 64, "2022-05-01 10:00", "yes"))
        w.put_document(_doc("a" * 64, "2022-03-01 10:00", "no"))
    assert rows(db, "SELECT answer FROM answers_current") == [("yes",)]


def test_a_kill_during_the_evidence_rebuild_leaves_the_published_database_as_it_was(tmp_path, seed_path):
    db = tmp_path / "msq.duckdb"
    ingest.ingest_paths([seed_path], db)
    before = rows(db, "SELECT count(*) FROM evidence")
    assert before[0][0] > 0
    other = response(tmp_path, "k.txt", country="Kenya")
    marker = tmp_path / "in-rebuild"
    proc = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time, pathlib
        from loaders import source_agreement, ingest
        real = source_agreement.derive
        def slow(con):
            out = real(con)
            pathlib.Path({str(marker)!r}).write_text("x")
            time.sleep(60)
            return out
        source_agreement.derive = slow
        ingest.ingest_paths([{str(other)!r}], {str(db)!r})
    """)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
        assert marker.exists(), "the writer never reached the evidence rebuild"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert rows(db, "SELECT count(*) FROM evidence") == before
    assert rows(db, "SELECT DISTINCT country_iso3 FROM answers") == [("DNK",)]
    [r] = ingest.ingest_paths([other], db)  # the next writer is not blocked by the dead one
    assert r.status == "ok"
    assert not list(tmp_path.glob(".msq.duckdb.writing-*"))
    assert rows(db, "SELECT count(DISTINCT country_iso3) FROM evidence WHERE source = 'msq'") == [(2,)]


def test_a_db_that_is_not_a_database_is_named_in_one_line(tmp_path, seed_path):
    not_db = tmp_path / "answers.csv"
    not_db.write_text("a,b\n1,2\n", encoding="utf-8")
    done = run_cli("ingest", seed_path, "--db", not_db)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "not a DuckDB database" in done.stderr and str(not_db) in done.stderr
    assert not_db.read_text(encoding="utf-8") == "a,b\n1,2\n"  # never overwritten


def test_an_empty_folder_says_there_is_nothing_to_ingest(tmp_path):
    (tmp_path / "empty").mkdir()
    done = run_cli("ingest", tmp_path / "empty", "--db", tmp_path / "x.duckdb")
    assert done.returncode == 1 and "nothing to ingest" in done.stderr and "Traceback" not in done.stderr


def test_coverage_without_a_database_says_to_build_it(tmp_path):
    done = run_cli("coverage", "--db", tmp_path / "missing.duckdb")
    assert done.returncode == 1 and "python -m loaders build" in done.stderr and "Traceback" not in done.stderr


def test_an_unexpected_reader_error_is_called_a_fault_of_the_tool_and_logged(tmp_path, seed_path, monkeypatch):
    from loaders import prepare

    log = tmp_path / "errors.log"
    monkeypatch.setattr(prepare, "LOG_FILE", log)

    def broken(*args, **kwargs):
        raise KeyError("internal")

    monkeypatch.setattr(prepare.detect, "load_document", broken)
    [r] = ingest.ingest_paths([seed_path], tmp_path / "x.duckdb", workers=1)
    assert r.status == "rejected" and "fault of the tool" in r.message and str(log) in r.message
    assert "KeyError" in log.read_text(encoding="utf-8")


def test_parallel_ingest_gives_the_same_rows_as_serial_ingest(tmp_path):
    from synthetic.corpus import write_corpus

    corpus = tmp_path / "demo"
    write_corpus(corpus, countries=["DNK", "KEN", "BRA", "VNM", "FRA", "JPN", "CHL", "NGA", "IND", "TUR",
                                    "MEX", "EGY", "NZL"])
    db = tmp_path / "parallel.duckdb"
    reports = ingest.ingest_paths([corpus], db, workers=2)  # 13 files: above PARALLEL_FROM, so in workers
    assert {r.status for r in reports} == {"ok"} and len(reports) == 13
    got = rows(db, "SELECT country_iso3, question, item, answer, basis, detail, links FROM answers ORDER BY ALL")
    serial = tmp_path / "serial.duckdb"
    ingest.ingest_paths([corpus], serial, workers=1)
    assert got == rows(serial, "SELECT country_iso3, question, item, answer, basis, detail, links FROM answers "
                               "ORDER BY ALL")
