"""Layouts at a phone's width (390 px) and a desktop's (1400 px): sidebar, chart width, plot areas, text.

Every page of the navigation is opened with the demo countries on (more charts) at both widths. At 390 px
the sidebar starts collapsed and every chart keeps a plot area with readable labels; at 1400 px charts use
the main column's full width; at both, no text of any chart leaves its canvas or collides with other text
(figures.textcheck, the check the chapter figures pass, run on the charts as the browser draws them).
"""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from figures import textcheck

from .conftest import OUTPUT, SCREENSHOTS
from .test_journey import nav_links, no_exception, settle

pytestmark = pytest.mark.browser

PHONE, DESKTOP = 390, 1400
MIN_PLOT = (120, 80)    # px: the smallest plot area (width, height) a reader can still read values from
MIN_FONT = 10           # px: the smallest text size a label may have
# Pages that draw at least one chart on the journey database (the check must not pass by measuring nothing).
WITH_CHARTS = {"/", "/legal-framework", "/emerging-tech", "/inclusion", "/evidence"}
STABLE_SECONDS = 3      # Plotly's code loads lazily in a fresh browser: the charts appear after the page settles
FULL_WIDTH = 0.97       # share of the main column a chart must span at desktop width ...
COLUMN_SHARE = 0.93     # ... and share of the window beside the sidebar that column must span


@pytest.fixture(scope="module")
def pages(app_url, browser):
    context = browser.new_context(viewport={"width": DESKTOP, "height": 900})
    page = context.new_page()
    page.goto(app_url + "/?synthetic=true")
    settle(page)
    found = [(t, urlsplit(h).path) for t, h in nav_links(page)]
    context.close()
    return found


def open_at(offline, app_url, width: int, path: str):
    page = offline(app_url)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(app_url + path + "?synthetic=true")
    settle(page)
    no_exception(page)
    charts_drawn(page)
    return page


def charts_drawn(page) -> None:
    """Wait until every chart is drawn and no new one has appeared for STABLE_SECONDS."""
    page.wait_for_function(
        """(polls) => {
            const charts = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')];
            const now = charts.length + ':' + charts.every(c => c.querySelector('.main-svg .draglayer, .main-svg .geo'));
            const drawn = charts.every(c => c.querySelector('.main-svg'));
            window.__layoutSeen = (drawn && window.__layoutLast === now) ? (window.__layoutSeen || 0) + 1 : 0;
            window.__layoutLast = now;
            return window.__layoutSeen >= polls;
        }""", arg=STABLE_SECONDS * 4, polling=250, timeout=60_000)


def sidebar_open(page) -> bool:
    box = page.locator("[data-testid='stSidebar']").bounding_box()
    return bool(box) and box["x"] + box["width"] > 5 and page.locator(
        "[data-testid='stSidebar']").get_attribute("aria-expanded") != "false"


def column_widths(page) -> tuple[float, float]:
    """(the main column's content width, the window's width left of the sidebar) in px."""
    return page.evaluate("""() => {
        const column = document.querySelector('[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"]');
        const sidebar = document.querySelector('[data-testid="stSidebar"]');
        const open = sidebar && sidebar.getAttribute('aria-expanded') !== 'false';
        return [column.getBoundingClientRect().width,
                window.innerWidth - (open ? sidebar.getBoundingClientRect().width : 0)];
    }""")


def chart_problems(page, width: int, seen: list[str]) -> list[str]:
    out = []
    column, free = column_widths(page)
    for n, chart in enumerate(textcheck.measure_charts(page), start=1):
        name = f"chart {n}"
        out += [str(p) for p in textcheck.problems_in(name, chart)]
        smallest = min(chart["plots"], key=lambda p: p[0] * p[1], default=None)
        seen.append(f"{name}: {chart['width']:.0f}×{chart['height']:.0f} px in a {column:.0f} px column "
                    f"({free:.0f} px beside the sidebar); smallest plot area "
                    + (f"{smallest[0]:.0f}×{smallest[1]:.0f}" if smallest else "none (a map)")
                    + f"; smallest text {chart['min_font']} px")
        if smallest and (smallest[0] < MIN_PLOT[0] or smallest[1] < MIN_PLOT[1]):
            out.append(f"{name}: plot area {smallest[0]:.0f}×{smallest[1]:.0f} px on a {chart['width']:.0f} px chart")
        if chart["min_font"] is not None and chart["min_font"] < MIN_FONT:
            out.append(f"{name}: text of {chart['min_font']:.1f} px")
        if width == DESKTOP and (chart["width"] < FULL_WIDTH * column or column < COLUMN_SHARE * free):
            out.append(f"{name}: {chart['width']:.0f} px wide in a {column:.0f} px column of {free:.0f} px")
    return out


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_every_page_lays_out_its_charts_at(width, app_url, offline, pages):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems, seen = [], []
    for _, path in pages:
        page = open_at(offline, app_url, width, path)
        if width == PHONE and sidebar_open(page):
            problems.append(f"{path}: the sidebar starts open at {width} px")
        before = len(seen)
        if path in WITH_CHARTS and not page.locator("[data-testid='stPlotlyChart']").count():
            problems.append(f"{path}: no chart was drawn")
        problems += [f"{path}: {p}" for p in chart_problems(page, width, seen)]
        seen[before:] = [f"{path}: {x}" for x in seen[before:]]
        page.screenshot(path=str(SCREENSHOTS / f"layout-{width}-{path.strip('/') or 'overview'}.png"))
        page.context.close()
    (OUTPUT / f"layout-problems-{width}.txt").write_text("\n".join(problems) + "\n")
    (OUTPUT / f"layout-charts-{width}.txt").write_text("\n".join(seen) + "\n")
    assert seen, "no chart was measured"
    assert not problems, "\n".join(problems[:40])
