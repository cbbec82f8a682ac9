"""Every figure of `python -m loaders figures` keeps its text on the canvas and apart: checked in Chromium.

The figures are drawn as SVG by Kaleido and measured by figures.textcheck (each <text>'s box as Chromium lays
it out). Skipped with a reason when Debian's Chromium is missing.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from analysis import queries
from analysis.filters import Filters, apply, theme_rows
from analysis.page_config import PAGE_THEMES
from cli import figures as figures_cli
from cli.main import main
from figures import charts, textcheck
from tests.app import fixture_db

CHROMIUM = Path("/usr/bin/chromium")
AS_OF = date(2026, 11, 20)
ALL_NAMES = list(figures_cli.FIGURE_NAMES) + list(figures_cli.REFERENCE_FIGURE_NAMES)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason=f"{CHROMIUM} is missing: install Debian's Chromium (apt-get install chromium)")


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return fixture_db.build(tmp_path_factory.mktemp("textfit") / "msq.duckdb")


@pytest.fixture(scope="module")
def answers(store):
    con = duckdb.connect(str(store), read_only=True)
    try:
        return queries.answers(con)
    finally:
        con.close()


LONG_TITLE = ("Laws reported by the governments that answered the Member States Questionnaire, "
              "compared question by question across every selected country and sub-region")


@pytest.fixture(scope="module")
def extra_charts(answers) -> dict:
    """Figures the fixture's five countries do not produce through the command: a matrix split by region, and
    long titles, filter lines and headers that must wrap."""
    everyone = Filters(edition=2022, include_synthetic=True)
    legal = theme_rows(apply(answers, everyone), PAGE_THEMES["legal"])
    many = Filters(edition=2022, countries=("DNK", "FRA", "KEN", "BRA", "JPN", "DEU", "NGA", "VNM", "KOR", "TUR"),
                   sub_regions=("Northern Europe", "Western Africa", "South America"), theme="legal_framework",
                   include_synthetic=True)
    return {
        "split-matrix": charts.answer_matrix(legal, everyone, title="Laws reported: answers by country",
                                             name="legal-matrix", as_of=AS_OF, split=True),
        "long-shares": charts.answer_shares(legal, many, title=LONG_TITLE, name="legal-shares", as_of=AS_OF),
        "long-matrix": charts.answer_matrix(legal, many, title=LONG_TITLE, name="legal-matrix", as_of=AS_OF),
        "long-by-region": charts.share_by_region(legal, many, title=LONG_TITLE, name="legal-by-region", as_of=AS_OF),
        "long-sections": charts.coverage_by_section(apply(answers, everyone), many, as_of=AS_OF),
    }


@pytest.fixture(scope="module")
def drawn(store, extra_charts, tmp_path_factory) -> dict:
    """The figures command's SVGs and the extra charts' SVGs, all measured in one Chromium session."""
    out = tmp_path_factory.mktemp("textfit_out")
    code = main(["figures", "--out", str(out), "--db", str(store), "--include-synthetic", "--format", "svg"])
    assert code == figures_cli.EXIT_OK
    extra = tmp_path_factory.mktemp("textfit_extra")
    jobs = [figures_cli.job(c.figure, extra / f"{key}.svg", "svg") for key, c in extra_charts.items()]
    figures_cli.render(jobs, str(CHROMIUM))
    svgs = sorted(out.glob("*.svg")) + [j[1] for j in jobs]
    problems: dict[str, list[str]] = {s.name: [] for s in svgs}
    for p in textcheck.check(svgs, str(CHROMIUM)):
        problems[p.file].append(str(p))
    return {"problems": problems, "extra_dir": extra}


@pytest.mark.parametrize("name", ALL_NAMES)
def test_figure_text_stays_on_the_canvas_and_apart(drawn, name):
    files = [f for f in drawn["problems"] if f"_{name}_" in f]
    assert files, f"{name} was not drawn"
    assert [p for f in files for p in drawn["problems"][f]] == []


def test_matrix_split_by_region_repeats_the_column_headers_and_keeps_text_apart(answers, extra_charts, drawn):
    fig = extra_charts["split-matrix"].figure
    heatmaps = [t for t in fig.data if t.type == "heatmap"]
    regions = apply(answers, Filters(edition=2022, include_synthetic=True))["region"].nunique()
    assert len(heatmaps) == regions >= 3  # one block per region
    headings = [a.text for a in fig.layout.annotations if a.name == "block_heading"]
    assert headings[0].startswith("<b>Africa</b>") and len(headings) == len(heatmaps)
    for i in range(1, len(heatmaps) + 1):  # every block has its own copy of the column headers, on top
        assert fig.layout[f"xaxis{'' if i == 1 else i}"].side == "top"
    svg = (drawn["extra_dir"] / "split-matrix.svg").read_text(encoding="utf-8")
    assert svg.count(">Q9 Access to information law<") == len(heatmaps)
    assert drawn["problems"]["split-matrix.svg"] == []


@pytest.mark.parametrize("key", ["long-shares", "long-matrix", "long-by-region", "long-sections"])
def test_long_titles_and_filter_lines_wrap_without_overlap(extra_charts, drawn, key):
    layout = extra_charts[key].figure.layout
    if layout.meta["title"] == LONG_TITLE:
        assert "<br>" in layout.title.text  # wrapped, not cut off at the canvas edge
    assert "<br>" in layout.title.subtitle.text  # ten country names and three sub-regions: two lines
    assert drawn["problems"][f"{key}.svg"] == []
