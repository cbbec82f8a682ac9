"""The main journey in a real browser: open the app, filter, share the link, download the Data page CSV.

Playwright drives Debian's Chromium (/usr/bin/chromium) against `streamlit run app.py`. The test saves a
screenshot of every page under test-output/screenshots/ for a person to look at; it blocks every
request that leaves the machine, and lists the blocked ones in test-output/browser-blocked-requests.txt.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import duckdb
import pandas as pd
import pytest

from analysis import export, queries
from analysis.filters import Filters

from .conftest import OUTPUT, SCREENSHOTS

pytestmark = pytest.mark.browser

REGION = "Africa"
MAX_SCREENSHOT_HEIGHT = 7000
STABLE_POLLS = 3          # the page must look the same on this many polls in a row ...
POLL_MS = 200             # ... this far apart, before a screenshot is taken
VIEW_WAIT_SECONDS = 60    # how long a freshly opened link may take to show the expected view
# The sidebar's last line (ui/filters.py): once it is there, every filter widget has been drawn.
SIDEBAR_END = "Every choice is kept in the address bar"


# ---------------------------------------------------------------- helpers

def settle(page) -> None:
    """Wait until the script run is over, the sidebar is complete, charts are drawn and the page is still.

    The script-state attribute turns 'notRunning' when the server says so, but on a busy machine the
    browser can take seconds more to draw what it received; so also wait until the page stops changing.
    """
    page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']")
    page.wait_for_selector("[data-testid='stMain'] h1")
    page.wait_for_function(
        """([polls, sidebarEnd]) => {
            const app = document.querySelector('[data-testid="stApp"]');
            const sidebar = document.querySelector('[data-testid="stSidebarUserContent"]');
            const charts = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')];
            const ready = app.getAttribute('data-test-script-state') === 'notRunning'
                && document.querySelectorAll('[data-stale="true"]').length === 0
                && (!sidebar || sidebar.innerText.includes(sidebarEnd))
                && charts.every(c => c.querySelector('.main-svg'));
            const now = app.innerText.length + ':' + app.querySelectorAll('*').length;
            window.__journeySeen = (ready && window.__journeyLast === now) ? (window.__journeySeen || 0) + 1 : 0;
            window.__journeyLast = ready ? now : null;
            return window.__journeySeen >= polls;
        }""",
        arg=[STABLE_POLLS, SIDEBAR_END],
        polling=POLL_MS,
        timeout=VIEW_WAIT_SECONDS * 1000,
    )


def no_exception(page) -> None:
    shown = page.locator("[data-testid='stException']")
    assert shown.count() == 0, shown.first.inner_text()


def screenshot(page, name: str) -> None:
    """The whole page: Streamlit scrolls inside its main block, so grow the viewport to its height first."""
    height = page.evaluate(
        "Math.max(...['stMain', 'stAppViewContainer', 'stSidebarContent']"
        ".map(id => document.querySelector(`[data-testid=\"${id}\"]`))"
        ".filter(Boolean).map(e => e.scrollHeight), document.body.scrollHeight)"
    )
    size = page.viewport_size
    tall = min(int(height) + 40, MAX_SCREENSHOT_HEIGHT)
    if tall > size["height"]:
        page.set_viewport_size({"width": size["width"], "height": tall})
        settle(page)  # charts and tables lay themselves out again for the taller window
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    page.set_viewport_size(size)


def view_of(page) -> dict:
    """What a person sees of the current view: page, title, sidebar choices, metric values."""
    return {
        "path": urlsplit(page.url).path,
        "title": page.locator("[data-testid='stMain'] h1").first.inner_text(),
        "filters": page.locator("[data-testid='stSidebarUserContent']").inner_text(),
        "metrics": page.locator("[data-testid='stMetric']").all_inner_texts(),
    }


def wait_for_view(page, expected: dict) -> dict:
    """The view once it equals `expected`, or the last one seen after VIEW_WAIT_SECONDS (for the diff)."""
    for _ in range(int(VIEW_WAIT_SECONDS * 1000 / POLL_MS)):
        seen = view_of(page)
        if seen == expected:
            break
        page.wait_for_timeout(POLL_MS)
    return seen


def metric(page, label: str):
    return page.locator("[data-testid='stMetric']").filter(has_text=label).locator("[data-testid='stMetricValue']")


def nav_links(page) -> list[tuple[str, str]]:
    links = page.locator("[data-testid='stSidebarNavLink']")
    return [(links.nth(i).inner_text().split("\n")[-1].strip(), links.nth(i).get_attribute("href"))
            for i in range(links.count())]


def go_to(page, title: str) -> None:
    """Click a page in the sidebar navigation and wait until that page has drawn."""
    link = page.locator("[data-testid='stSidebarNavLink']").filter(has_text=title).first
    path = urlsplit(link.get_attribute("href")).path
    link.click()
    page.wait_for_url(lambda url: urlsplit(url).path == path)
    settle(page)


def expected_rows(db, filters: Filters) -> pd.DataFrame:
    with duckdb.connect(str(db), read_only=True) as con:
        return export.export_frame(queries.answers(con), filters)


# ---------------------------------------------------------------- the journey

def test_main_journey_filter_share_download_and_screenshots(app_url, journey_db, offline):
    from playwright.sync_api import expect  # imported here: collection must not fail without playwright

    expect.set_options(timeout=VIEW_WAIT_SECONDS * 1000)  # a rerun on a busy 2-core machine takes seconds

    everything = expected_rows(journey_db, Filters(edition=2022, include_synthetic=True))
    africa = expected_rows(journey_db, Filters(edition=2022, regions=(REGION,), include_synthetic=True))
    assert 0 < africa["country_iso3"].nunique() < everything["country_iso3"].nunique()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOTS.glob("*.png"):
        old.unlink()
    page = offline(app_url)
    page.goto(app_url)
    expect(page.locator("[data-testid='stSidebarUserContent']")).to_contain_text(SIDEBAR_END, timeout=60_000)
    settle(page)
    no_exception(page)

    # 1. Every page renders: one screenshot each, in the default view.
    pages = nav_links(page)
    assert len(pages) >= 7, pages
    for n, (title, href) in enumerate(pages, start=1):
        go_to(page, title)
        no_exception(page)
        slug = urlsplit(href).path.strip("/") or "overview"
        screenshot(page, f"{n:02d}-{slug}")

    # 2. The views open on real data only (Denmark); switch the demo countries on, then change a filter on
    # the Overview: the view and the address bar both change.
    go_to(page, pages[0][0])
    expect(metric(page, "Countries shown")).to_have_text("1")
    page.locator("[data-testid='stSidebarUserContent'] label").filter(has_text="Include synthetic demo data").click()
    page.wait_for_url(re.compile(r"[?&]synthetic=true\b"))
    expect(metric(page, "Countries shown")).to_have_text(str(everything["country_iso3"].nunique()))
    page.get_by_role("combobox", name="Region (UN M49)", exact=True).click()
    page.keyboard.type(REGION)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_url(re.compile(rf"[?&]region={REGION}\b"))
    expect(metric(page, "Countries shown")).to_have_text(str(africa["country_iso3"].nunique()))
    expect(metric(page, "Answers shown")).to_have_text(f"{len(africa):,}")
    settle(page)
    filtered = view_of(page)

    # 3. Follow the copied link in a fresh browser session: the same view.
    other = offline(app_url)
    other.goto(page.url)
    settle(other)
    assert wait_for_view(other, filtered) == filtered
    screenshot(other, "20-shared-link-overview")

    # 4. The Data page keeps the filter, and its CSV holds exactly the rows it counts.
    go_to(page, "Data and downloads")
    assert f"region={REGION}" in page.url, f"the region filter was lost on the way to the Data page: {page.url}"
    counted = page.get_by_text(re.compile(r"^[\d,]+ rows · "))
    expect(counted).to_have_count(1)
    shown_rows = int(counted.inner_text().split(" rows")[0].replace(",", ""))
    button = page.locator("[data-testid='stDownloadButton']").filter(has_text="Download CSV")
    expect(button).to_contain_text(f"({shown_rows:,} rows)")
    screenshot(page, "21-data-filtered")
    with page.expect_download() as download:
        button.locator("button").click()
    saved = OUTPUT / "journey-download.csv"
    download.value.save_as(saved)
    got = pd.read_csv(saved, comment="#", keep_default_na=False)
    assert len(got) == shown_rows == len(africa)
    assert set(got["region"]) == {REGION}
    assert list(got.columns) == export.EXPORT_COLUMNS
    head = saved.read_text(encoding="utf-8-sig").splitlines()[:2]
    assert head[0].startswith("# Source: UN DESA Member States Questionnaire")
    assert head[1].startswith("# SYNTHETIC DEMO DATA")  # the journey database holds demo countries


# ---------------------------------------------------------------- the analyst's three questions

def finder_download(page, key: str) -> pd.DataFrame:
    """The finder's own download: exactly the countries it lists, each cell with its source."""
    button = page.locator("[data-testid='stDownloadButton']").filter(has_text="Download this list as CSV")
    with page.expect_download() as download:
        button.locator("button").click()
    saved = OUTPUT / f"finder-{key}.csv"
    download.value.save_as(saved)
    return pd.read_csv(saved, comment="#", keep_default_na=False)


def count_line(page):
    return page.locator("[data-testid='stMarkdownContainer']").filter(
        has_text=re.compile(r"^\d+ of \d+ countr")).first


def test_three_questions_each_in_three_interactions_on_real_data(app_url, offline):
    """On real-format data (Denmark's response, the shipped GTMI extract, a tracker export in the UNCTAD
    layout), with synthetic demo data off by default, as a new analyst would click."""
    from playwright.sync_api import expect

    from .conftest import AFRICA_DP_NO_CYBERCRIME

    expect.set_options(timeout=VIEW_WAIT_SECONDS * 1000)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = offline(app_url)
    page.goto(app_url)
    settle(page)
    assert "synthetic=true" not in page.url

    # (a) African countries with a data protection law but no cybersecurity (cybercrime) law:
    # 1. open Legal framework, 2. click the 'Africa' region pill.
    go_to(page, "Legal framework")
    page.get_by_role("button", name="Africa", exact=True).click()
    page.wait_for_url(re.compile(r"[?&]legal_regions=Africa\b"))
    expect(count_line(page)).to_contain_text(f"{len(AFRICA_DP_NO_CYBERCRIME)} of 54 countries (Africa)")
    expect(count_line(page)).to_contain_text("UNCTAD Cybercrime legislation")
    settle(page)
    no_exception(page)
    screenshot(page, "30-question-a-africa-dp-no-cybercrime")
    got = finder_download(page, "a")
    assert sorted(got["country_name"]) == AFRICA_DP_NO_CYBERCRIME
    assert set(got["source_b"]) == {"UNCTAD Cyberlaw Tracker"} and set(got["answer_b"]) <= {"no", "partial"}

    # (b) Countries with an AI strategy (World Bank GTMI I-17, for every member state): 1. open the page.
    go_to(page, "Emerging technologies")
    expect(count_line(page)).to_contain_text("GTMI I-17")
    n = int(count_line(page).inner_text().split(" of ")[0])
    assert n > 50, "the World Bank extract covers every member state"
    no_exception(page)
    screenshot(page, "31-question-b-ai-strategy")
    got = finder_download(page, "b")
    assert len(got) == n and set(got["source_a"]) == {"World Bank GTMI"}

    # (c) Measures for persons with disabilities: 1. open Inclusion, 2. type the word.
    go_to(page, "Inclusion and e-participation")
    words = page.get_by_role("textbox", name="Written answer to the first condition mentions")
    words.fill("disabilit")
    words.press("Enter")
    page.wait_for_url(re.compile(r"[?&]incl_words=disabilit\b"))
    expect(count_line(page)).to_contain_text("1 of 193 countries")
    settle(page)
    no_exception(page)
    screenshot(page, "32-question-c-disabilities")
    got = finder_download(page, "c")
    assert list(got["country_name"]) == ["Denmark"]
    assert "disabilities" in got["detail_a"].iloc[0]
