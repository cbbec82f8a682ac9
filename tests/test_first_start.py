"""First start: a missing database gets the real data at once and the demo corpus later, built by one session."""
from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from loaders import ingest, store
from synthetic import demo_corpus
from synthetic.corpus import write_document

ROOT = Path(__file__).resolve().parents[1]
START_DEMO = demo_corpus.start_demo_corpus


def rows(db: Path, sql: str) -> list[tuple]:
    con = store.open_reader(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture
def inputs(tmp_path, seed_path, monkeypatch) -> Path:
    """Default inputs in a scratch folder: one real response (the Denmark seed) and a one-country demo corpus."""
    responses = tmp_path / "responses" / "2022"
    responses.mkdir(parents=True)
    shutil.copy(seed_path, responses / seed_path.name)
    demo = tmp_path / "demo"
    (demo / "2022").mkdir(parents=True)
    write_document(demo / "2022", "KEN")
    monkeypatch.setattr(ingest, "RESPONSES_DIR", tmp_path / "responses")
    monkeypatch.setattr(ingest, "SHIPPED_DIR", tmp_path / "no-shipped")
    monkeypatch.setattr(ingest, "REFERENCE_DIR", tmp_path / "no-reference")
    monkeypatch.setattr(ingest, "DEMO_DIR", demo)
    monkeypatch.setattr(demo_corpus, "DEMO_DIR", demo)
    monkeypatch.setattr(demo_corpus, "DEMO_LOG", tmp_path / "demo-corpus.log")
    return tmp_path


def documents(db: Path) -> list[tuple]:
    return rows(db, "SELECT country_iso3, is_synthetic FROM documents WHERE status = 'ok' ORDER BY country_iso3")


def test_a_missing_database_gets_the_real_data_first_and_the_demo_corpus_later(inputs, monkeypatch):
    db = inputs / "msq.duckdb"
    started = []  # the detached process, kept so the test can wait for it
    monkeypatch.setattr(demo_corpus, "start_demo_corpus",
                        lambda path, *a, **k: started.append(START_DEMO(path, *a, **k)) or started[-1])

    assert demo_corpus.ensure_database(db) is True
    assert documents(db) == [("DNK", False)]  # published before the demo corpus: real data only
    assert len(started) == 1
    assert started[0].wait(timeout=120) == 0, (inputs / "demo-corpus.log").read_text()
    assert documents(db) == [("DNK", False), ("KEN", True)]
    assert store.holder(db) is None


def test_two_app_sessions_starting_at_once_build_the_database_once(inputs, monkeypatch):
    db = inputs / "msq.duckdb"
    demo_starts = []
    monkeypatch.setattr(demo_corpus, "start_demo_corpus", lambda path, *a, **k: demo_starts.append(path))
    together = threading.Barrier(2)
    results = []

    def session():
        together.wait()
        results.append(demo_corpus.ensure_database(db))

    threads = [threading.Thread(target=session) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert sorted(results) == [False, True]
    assert demo_starts == [db]
    assert documents(db) == [("DNK", False)]


def test_an_existing_database_is_left_alone(inputs, monkeypatch):
    db = inputs / "msq.duckdb"
    monkeypatch.setattr(demo_corpus, "start_demo_corpus", lambda *a, **k: pytest.fail("no demo for an existing file"))
    ingest.ingest_paths([inputs / "responses"], db)
    before = store.version(db)
    assert demo_corpus.ensure_database(db) is False
    assert store.version(db) == before


def test_the_lock_holder_says_what_is_being_written_and_nothing_once_it_is_done(inputs):
    db = inputs / "msq.duckdb"
    assert store.holder(db) is None
    with store.writing(db, purpose=ingest.DEMO_PURPOSE):
        held = store.holder(db)
        assert held["purpose"] == ingest.DEMO_PURPOSE and held["pid"] > 0
    assert store.holder(db) is None


def test_the_sidebar_says_the_demo_corpus_is_being_added_while_it_is(inputs, monkeypatch):
    db = inputs / "msq.duckdb"
    ingest.ingest_paths([inputs / "responses"], db)
    monkeypatch.setenv("MSQ_DB", str(db))
    with store.writing(db, purpose=ingest.DEMO_PURPOSE):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    notes = " ".join(i.value for i in at.sidebar.info)
    assert "Adding the synthetic demo corpus in the background" in notes
    at.run()
    assert not any("demo corpus" in i.value for i in at.sidebar.info)


def test_the_note_shows_from_the_moment_the_demo_process_starts_before_it_holds_the_lock(inputs, monkeypatch):
    db = inputs / "msq.duckdb"
    ingest.ingest_paths([inputs / "responses"], db)
    monkeypatch.setenv("MSQ_DB", str(db))
    starting = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    monkeypatch.setattr(demo_corpus, "_demo_process", starting)
    try:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
        assert "Adding the synthetic demo corpus" in " ".join(i.value for i in at.sidebar.info)
    finally:
        starting.kill()
        starting.wait()
    assert not demo_corpus.demo_running()
