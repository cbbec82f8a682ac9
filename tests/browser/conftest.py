"""Fixtures for the browser journey: a test database, a `streamlit run` server and Debian's Chromium."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
OUTPUT = ROOT / "test-output"
SCREENSHOTS = OUTPUT / "screenshots"
# Flags that keep Chromium from calling home or doing work the test does not need.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SERVER_START_SECONDS = 60
SEED = ROOT / "data" / "responses" / "2022" / "msq_2022_denmark.txt"
# Two African countries, so that the journey's region filter visibly changes every view.
DEMO_COUNTRIES = {"KEN": "Kenya", "GHA": "Ghana", "BRA": "Brazil", "JPN": "Japan", "FRA": "France"}


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives Debian's Chromium against `streamlit run app.py`")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        pytest.skip(f"Debian Chromium not found at {CHROMIUM}: install it with `apt-get install chromium` "
                    "(never `playwright install`, which downloads a browser and fails offline)")
    pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")
    return CHROMIUM


@pytest.fixture(scope="session")
def journey_db(tmp_path_factory) -> Path:
    """A store built by the project's own ingest: Denmark's real response plus five generated demo countries."""
    from loaders.ingest import ingest_paths

    folder = tmp_path_factory.mktemp("journey")
    db = folder / "msq.duckdb"
    demo = folder / "demo"
    demo.mkdir()
    from loaders.synthetic.cli import write_document

    files = [SEED, *(write_document(demo, iso3, 2022, 0, name) for iso3, name in DEMO_COUNTRIES.items())]
    reports = ingest_paths(files, db)
    rejected = [r.line() for r in reports if r.status == "rejected"]
    assert not rejected, rejected
    return db


@pytest.fixture(scope="session")
def app_url(chromium_path, journey_db):
    """`streamlit run app.py` on a free port with MSQ_DB pointing at the journey database."""
    if not (ROOT / "app.py").exists():
        pytest.skip("app.py is not there yet")
    OUTPUT.mkdir(exist_ok=True)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "MSQ_DB": str(journey_db), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    log = (OUTPUT / "streamlit-journey.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--server.fileWatcherType", "none",
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + SERVER_START_SECONDS
        while not _healthy(url):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not become healthy; see {log.name}")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(chromium_path), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def offline(browser):
    """Makes pages in fresh browser contexts that reach only the app; other requests are blocked and listed."""
    blocked: list[str] = []
    contexts = []

    def new_page(app_url: str):
        context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
        context.route(lambda url: not url.startswith(app_url),
                      lambda route: (blocked.append(route.request.url), route.abort()))
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(30_000)
        return page

    yield new_page
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "browser-blocked-requests.txt").write_text("".join(f"{u}\n" for u in sorted(set(blocked))))
    for context in contexts:
        context.close()
