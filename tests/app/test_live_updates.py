"""The app shows what a writer published on its next rerun: no restart, no stale cache, no lock held."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from loaders import ingest, store
from tests.test_msq_text import skeleton

from .conftest import APP, TIMEOUT

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "responses" / "2022" / "msq_2022_denmark.txt"


def _real_responses(at: AppTest) -> str:
    return next(m.value for m in at.main.metric if m.label == "Real responses")


def test_a_new_ingest_shows_on_the_next_rerun_while_the_app_is_open(tmp_path, monkeypatch):
    db = tmp_path / "msq.duckdb"
    ingest.ingest_paths([SEED], db)
    monkeypatch.setenv("MSQ_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    assert not at.exception, [e.value for e in at.exception]
    assert _real_responses(at) == "1"

    kenya = tmp_path / "kenya.txt"
    kenya.write_text(skeleton({10: ["☒ Yes ☐ No"]}, country="Kenya"), encoding="utf-8")
    # The app holds its reader open: the writer must not wait for it, and must not be refused.
    [report] = ingest.ingest_paths([kenya], db, wait=5)
    assert report.status == "ok"

    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert _real_responses(at) == "2"


def test_the_cache_key_changes_with_every_published_write(tmp_path):
    db = tmp_path / "msq.duckdb"
    ingest.ingest_paths([SEED], db)
    first = store.version(db)
    with store.writing(db, purpose="no-op"):
        pass
    assert store.version(db) != first  # even a write that changed nothing publishes a new file
