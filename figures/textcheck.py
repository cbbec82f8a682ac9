"""Find clipped or overlapping text in rendered SVG figures, from the boxes Chromium itself lays out.

Each SVG is opened in Chromium (Playwright, the system browser); every non-empty <text> gives its box
(getBBox) turned into four corners on the page (getScreenCTM), so rotated tick labels keep their true
shape. A problem is a box that leaves the canvas, or two boxes that overlap where a reader would see
collided text: title, subtitle, legend entries, axis titles, tick labels, colour-bar text, notes and the
labels printed on the data. The synthetic-data watermark lies across the plot on purpose: it must stay on
the canvas but may cross other text.

    python -m figures.textcheck DIR_OR_SVG ...      # prints one line per problem; exit code 1 if any
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

TOLERANCE = 1.0  # px: boxes include the font's ascent and descent, so touching lines may share a pixel

# Shared by both measures below: what kind of text an element is (title, legend, tick, ...), and one record
# per visible, non-empty <text> under `root` (corners on the page, so rotated labels keep their shape).
_KIND_OF = r"""
  const kindOf = (el) => {
    const up = (sel) => el.closest(sel);
    const cls = (el.getAttribute('class') || '');
    if (up('.g-gtitle')) return cls.includes('subtitle') ? 'subtitle' : 'title';
    if (up('.legend')) return 'legend';
    const axisTitle = el.closest('[class^="g-"][class$="title"]');
    if (axisTitle) return 'axis-title:' + axisTitle.getAttribute('class').slice(2);
    if (up('.colorbar')) return cls.includes('title') || up('.cbtitle') ? 'colorbar-title' : 'colorbar-tick';
    const tick = el.closest('.xtick, .ytick');
    if (tick) {
      const layer = el.closest('[class*="axislayer"]');
      const sub = el.closest('.subplot');
      return 'tick:' + (sub ? sub.getAttribute('class') : '') + ':' + tick.getAttribute('class')
             + ':' + (layer ? layer.getAttribute('class') : '');
    }
    const ann = el.closest('.annotation');
    if (ann) return 'annotation:' + (ann.getAttribute('data-index') || '');
    if (cls.includes('bartext')) return 'bar-label';
    if (up('.heatmaplayer')) return 'cell-label';
    if (up('.textpoint')) return 'point-label';
    return 'text:' + cls;
  };
"""
_TEXTS = r"""
  const out = [];
  for (const el of root.querySelectorAll('text')) {
    const text = (el.textContent || '').trim();
    if (!text || el.closest('defs, clipPath')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || parseFloat(style.opacity) === 0) continue;
    let hidden = false;
    for (let p = el; p && p !== root; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.display === 'none' || parseFloat(s.opacity) === 0) { hidden = true; break; }
    }
    if (hidden) continue;
    const b = el.getBBox();
    if (b.width === 0 || b.height === 0) continue;
    const m = el.getScreenCTM();
    const pts = [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]]
      .map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
    out.push({text: text.slice(0, 80), kind: kindOf(el), corners: pts});
  }
"""
# Runs in the page of one SVG file.
_JS = r"""
() => {
  const root = document.documentElement;
  const W = parseFloat(root.getAttribute('width')), H = parseFloat(root.getAttribute('height'));
""" + _KIND_OF + _TEXTS + r"""  return {width: W, height: H, texts: out};
}
"""

# Runs in a live page, on one Plotly chart's container (the app's charts, as a browser draws them): the same
# records, with corners relative to the chart's canvas, plus the plot areas and the smallest font size.
_CHART_JS = r"""
(chart) => {
  const svgs = [...chart.querySelectorAll('svg.main-svg')];
  if (!svgs.length) return null;
  const box = svgs[0].getBoundingClientRect();
  const root = chart;
""" + _KIND_OF + _TEXTS + r"""
  for (const t of out) t.corners = t.corners.map(([x, y]) => [x - box.left, y - box.top]);
  const plots = [...chart.querySelectorAll('.draglayer .nsewdrag')]
    .map(r => { const b = r.getBoundingClientRect(); return [b.width, b.height]; });
  const fonts = [...chart.querySelectorAll('svg.main-svg text')]
    .filter(el => (el.textContent || '').trim() && el.getBBox().width > 0)
    .map(el => parseFloat(getComputedStyle(el).fontSize));
  return {width: box.width, height: box.height, texts: out, plots: plots,
          min_font: fonts.length ? Math.min(...fonts) : null};
}
"""


@dataclass(frozen=True)
class Box:
    text: str
    kind: str
    corners: tuple[tuple[float, float], ...]

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        xs, ys = [c[0] for c in self.corners], [c[1] for c in self.corners]
        return min(xs), min(ys), max(xs), max(ys)


@dataclass(frozen=True)
class Problem:
    file: str
    what: str  # 'outside' or 'overlap'
    detail: str

    def __str__(self) -> str:
        return f"{self.file}: {self.what}: {self.detail}"


def _project(corners, axis) -> tuple[float, float]:
    dots = [c[0] * axis[0] + c[1] * axis[1] for c in corners]
    return min(dots), max(dots)


def _axes(corners):
    for i in range(len(corners)):
        (x1, y1), (x2, y2) = corners[i], corners[(i + 1) % len(corners)]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        if length:
            yield (-dy / length, dx / length)


def overlap_depth(a: Box, b: Box) -> float:
    """How far two (possibly rotated) rectangles overlap, in px along the best separating axis; <= 0: apart."""
    depth = float("inf")
    for axis in (*_axes(a.corners), *_axes(b.corners)):
        a0, a1 = _project(a.corners, axis)
        b0, b1 = _project(b.corners, axis)
        depth = min(depth, min(a1, b1) - max(a0, b0))
        if depth <= 0:
            return depth
    return depth


def _is_watermark(box: Box, watermark: str) -> bool:
    return box.kind.startswith("annotation") and box.text == watermark


def problems_in(name: str, page: dict, *, watermark: str = "SYNTHETIC DEMO DATA") -> list[Problem]:
    """Problems of one measured page ({width, height, texts: [{text, kind, corners}]})."""
    w, h = page["width"], page["height"]
    boxes = [Box(t["text"], t["kind"], tuple(tuple(c) for c in t["corners"])) for t in page["texts"]]
    out = []
    for b in boxes:
        x0, y0, x1, y1 = b.bounds
        if x0 < -TOLERANCE or y0 < -TOLERANCE or x1 > w + TOLERANCE or y1 > h + TOLERANCE:
            out.append(Problem(name, "outside", f"{b.kind} {b.text!r} spans x {x0:.0f}–{x1:.0f}, "
                                                f"y {y0:.0f}–{y1:.0f} on a {w:.0f}×{h:.0f} canvas"))
    checked = [b for b in boxes if not _is_watermark(b, watermark)]
    checked.sort(key=lambda b: b.bounds[0])
    for i, a in enumerate(checked):  # sweep along x: only boxes whose x ranges meet are compared
        ax1 = a.bounds[2]
        for b in checked[i + 1:]:
            if b.bounds[0] > ax1 - TOLERANCE:
                break
            ay0, ay1, by0, by1 = a.bounds[1], a.bounds[3], b.bounds[1], b.bounds[3]
            if min(ay1, by1) - max(ay0, by0) <= TOLERANCE:
                continue
            depth = overlap_depth(a, b)
            if depth > TOLERANCE:
                out.append(Problem(name, "overlap", f"{a.kind} {a.text!r} and {b.kind} {b.text!r} "
                                                    f"overlap by {depth:.1f} px"))
    return out


def measure(svg_files: list[Path], browser: str) -> dict[str, dict]:
    """Every SVG's text boxes, measured in one Chromium page."""
    from playwright.sync_api import sync_playwright

    out = {}
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=browser, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = b.new_page()
            for f in svg_files:
                page.goto(Path(f).resolve().as_uri())
                out[str(f)] = page.evaluate(_JS)
        finally:
            b.close()
    return out


def measure_charts(page, selector: str = "[data-testid='stPlotlyChart']") -> list[dict]:
    """Every Plotly chart drawn in a live Playwright page: {width, height, texts, plots, min_font}, where plots
    are the plot areas' [width, height] in px. Pass each to problems_in() for clipped or overlapping text."""
    return [m for m in page.locator(selector).evaluate_all(f"els => els.map({_CHART_JS})") if m]

def check(svg_files: list[Path], browser: str, *, watermark: str = "SYNTHETIC DEMO DATA") -> list[Problem]:
    """All clipped or overlapping text in the given SVG files."""
    pages = _measure_in_thread(list(svg_files), browser)
    return [p for name, page in pages.items() for p in problems_in(Path(name).name, page, watermark=watermark)]


def _measure_in_thread(files, browser):
    """Playwright's sync API refuses a thread that runs an event loop (a notebook, an async test): use a worker."""
    from .browser import in_own_thread

    return in_own_thread(lambda: measure(files, browser), "msq-figures-textcheck")


def main(argv: list[str] | None = None) -> int:
    from .browser import find_browser

    args = sys.argv[1:] if argv is None else argv
    files = [f for a in args for f in (sorted(Path(a).glob("*.svg")) if Path(a).is_dir() else [Path(a)])]
    browser, looked = find_browser()
    if browser is None:
        print("no Chromium found (looked at " + ", ".join(looked) + "); apt-get install chromium", file=sys.stderr)
        return 3
    found = check(files, browser)
    for p in found:
        print(p)
    print(f"{len(files)} SVG files checked: {len(found)} problem{'s' if len(found) != 1 else ''}")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
