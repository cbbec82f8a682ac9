"""AppTest fixtures: a tiny hand-written store (fixture_db.py) and a helper that opens one page of app.py."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from . import fixture_db

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"
# The fixture holds real evidence, so pages open on real data only; tests about the demo countries ask for them.
DEMO = {"synthetic": "true"}
TIMEOUT = 60  # seconds for one script run; generous because the first run imports plotly and pandas

PAGES = {
    "overview": "app_pages/overview.py",
    "legal": "app_pages/legal_framework.py",
    "emerging": "app_pages/emerging_tech.py",
    "inclusion": "app_pages/inclusion.py",
    "profile": "app_pages/country_profile.py",
    "compare": "app_pages/compare.py",
    "data": "app_pages/data.py",
    "evidence": "app_pages/evidence.py",
}


@pytest.fixture(scope="session")
def fixture_store(tmp_path_factory) -> Path:
    return fixture_db.build(tmp_path_factory.mktemp("store") / "msq_fixture.duckdb")


@pytest.fixture(autouse=True)
def msq_db(fixture_store, monkeypatch) -> Path:
    """Every app test reads the fixture store (ui.data honours MSQ_DB)."""
    monkeypatch.setenv("MSQ_DB", str(fixture_store))
    return fixture_store


def open_page(page: str, query_params: dict | None = None) -> AppTest:
    """app.py run once (the router draws the sidebar), then switched to `page` with the given URL params."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params.update(query_params or {})
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    if page != "overview":
        at.switch_page(PAGES[page]).run()
    return at


def fingerprint(at: AppTest) -> str:
    """Everything a user reads on the main area: text, metrics, tables and chart data (not the sidebar)."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "metric"):
        parts += [f"{kind}:{getattr(e, 'value', '')}" for e in getattr(at.main, kind)]
    parts += [f"df:{d.value.to_csv(index=False)}" for d in at.main.dataframe]
    parts += [f"table:{t.value.to_csv(index=False)}" for t in at.main.table]
    for chart in at.get("plotly_chart"):
        spec = json.loads(chart.proto.spec)
        parts.append("plot:" + json.dumps(spec.get("data"), sort_keys=True))
    return "\n".join(parts)


@pytest.fixture
def downloads(monkeypatch) -> dict[str, object]:
    """File name -> the callable a download button registered (the bytes are built only when clicked)."""
    seen: dict[str, object] = {}
    original = MediaFileManager.add_deferred

    def record(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        seen[file_name] = data_callable
        return original(self, data_callable, mimetype, coordinates, file_name=file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)
    return seen


def read_download(downloads: dict, suffix: str) -> tuple[list[str], pd.DataFrame]:
    """The '# ' citation lines and the rows of the CSV download whose file name ends with `suffix`."""
    name = next(n for n in downloads if n.endswith(suffix))
    text = downloads[name]().decode("utf-8-sig")
    comments = [ln for ln in text.splitlines() if ln.startswith("# ")]
    return comments, pd.read_csv(io.StringIO(text), comment="#", keep_default_na=False)
