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


# A tracker export in the UNCTAD layout (data.csv + document_links.json), written by hand for the journey:
# African countries with and without a cybercrime law beside their data protection law.
UNCTAD_HEADER = ("code,country,Electronic Transactions,Consumer Protection,Privacy and Data Protection,Cybercrime,"
                 "Indirect Taxation,Africa,Latin America and Caribbean,Asia and Oceania,Developing countries,"
                 "Developed countries,Least developed countries,Landlocked developing countries,"
                 "Small island developing states")
UNCTAD_ROWS = [  # m49, name, e-transactions, consumer, privacy, cybercrime, tax, region flags
    ("208", "Denmark", "Legislation", "Legislation", "Legislation", "Legislation", "Legislation", "0,0,0,0,1,0,0,0"),
    ("404", "Kenya", "Legislation", "Legislation", "Legislation", "Legislation", "Legislation", "1,0,0,1,0,0,0,0"),
    ("834", "United Republic of Tanzania", "Legislation", "Legislation", "Legislation", "No Legislation",
     "Legislation", "1,0,0,1,0,1,0,0"),
    ("288", "Ghana", "Legislation", "Legislation", "Legislation", "Legislation", "Legislation", "1,0,0,1,0,0,0,0"),
    ("566", "Nigeria", "Legislation", "Legislation", "Draft Legislation", "Legislation", "Legislation",
     "1,0,0,1,0,0,0,0"),
    ("854", "Burkina Faso", "Legislation", "No Data", "Legislation", "Draft Legislation", "No Legislation",
     "1,0,0,1,0,1,1,0"),
    ("076", "Brazil", "Legislation", "Legislation", "Legislation", "Legislation", "Legislation", "0,1,0,1,0,0,0,0"),
]
# Countries the journey expects for "African countries with a data protection law but no cybercrime law".
AFRICA_DP_NO_CYBERCRIME = ["Burkina Faso", "United Republic of Tanzania"]


def write_unctad(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [UNCTAD_HEADER] + [",".join([str(int(c)), f'"{n}"', *rest[:5], rest[5]]) for c, n, *rest in UNCTAD_ROWS]
    (folder / "data.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "document_links.json").write_text(
        '{"834": {"countryName": "United Republic of Tanzania", "Privacy and Data Protection": '
        '[["https://www.example.org/tza-pdpa.pdf", "Personal Data Protection Act, 2022"]], "Cybercrime": false}}',
        encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def journey_db(tmp_path_factory) -> Path:
    """A store built by the project's own ingest from real-format files: Denmark's real response, the shipped
    World Bank GTMI extract, a tracker export in the UNCTAD layout, and five generated demo countries."""
    from loaders.ingest import ingest_paths
    from loaders.paths import SHIPPED_DIR
    from synthetic.corpus import write_document

    folder = tmp_path_factory.mktemp("journey")
    db = folder / "msq.duckdb"
    demo = folder / "demo"
    demo.mkdir()
    files = [SEED, SHIPPED_DIR, write_unctad(folder / "unctad"),
             *(write_document(demo, iso3, 2022, 0, name) for iso3, name in DEMO_COUNTRIES.items())]
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
