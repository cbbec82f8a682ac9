"""Figure builders carry the house style inside the figure; the figures command writes PNG and SVG files."""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import duckdb
import pytest

from analysis import queries
from analysis.filters import Filters, apply, theme_rows
from cli import figures as figures_cli
from cli.main import main
from figures import charts, style, textwidth
from tests.app import fixture_db

CHROMIUM = Path("/usr/bin/chromium")
AS_OF = date(2026, 11, 20)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return fixture_db.build(tmp_path_factory.mktemp("figures") / "msq.duckdb")


@pytest.fixture(scope="module")
def answers(store):
    con = duckdb.connect(str(store), read_only=True)
    try:
        return queries.answers(con)
    finally:
        con.close()


def _annotation(fig, name):
    return next((a for a in fig.layout.annotations if a.name == name), None)


def _visible(text: str) -> str:
    """A plotly label as a reader sees it: lines joined, tags dropped, entities decoded."""
    return " ".join(textwidth.lines(text))


WITH_SYNTHETIC = Filters(edition=2022, include_synthetic=True, members_only=True)
REAL_ONLY = Filters(edition=2022, include_synthetic=False, members_only=True)


@pytest.fixture(scope="module")
def chapter_set(answers) -> dict:
    return {c.name: c for c in charts.standard_set(apply(answers, WITH_SYNTHETIC), WITH_SYNTHETIC, as_of=AS_OF)}


@pytest.mark.parametrize("name", ["responses-loaded", "coverage-by-section", "coverage-map", "legal-shares",
                                  "legal-by-region", "legal-matrix", "emerging-shares", "emerging-matrix",
                                  "inclusion-shares", "inclusion-matrix"])
def test_every_chapter_figure_has_title_filters_source_date_and_synthetic_mark(chapter_set, name):
    chart = chapter_set[name]
    layout = chart.figure.layout
    assert layout.meta["title"] and _visible(layout.title.text) == layout.meta["title"]
    assert _visible(layout.title.subtitle.text).endswith(WITH_SYNTHETIC.describe())
    source = _visible(_annotation(chart.figure, "source").text)
    assert "Source: UN DESA" in source and "self-report" in source
    # the data's own date (the survey edition), not the day it was loaded; the drawing date on its own
    assert "Data as of: MSQ 2022 edition." in source and AS_OF.isoformat() not in source
    assert f"Figure drawn {date.today().isoformat()} with the MSQ dashboard." in source
    assert f"<b>{style.SYNTHETIC_MARK}</b>" in layout.title.subtitle.text  # leads the subtitle, in red
    assert _annotation(chart.figure, "synthetic_watermark").text == style.SYNTHETIC_MARK
    assert chart.synthetic
    assert chart.summary.endswith(".") and not chart.table.empty


def test_real_only_figures_carry_no_synthetic_mark(answers):
    for chart in charts.standard_set(apply(answers, REAL_ONLY), REAL_ONLY, as_of=AS_OF):
        assert _annotation(chart.figure, "synthetic_watermark") is None, chart.name
        assert style.SYNTHETIC_MARK not in chart.figure.layout.title.subtitle.text
        assert style.SYNTHETIC_NOTE not in _annotation(chart.figure, "source").text
        assert chart.figure.layout.title.subtitle.text == "MSQ 2022 · real responses only"


def test_matrix_tells_yes_no_unknown_apart_by_symbol_and_colour(answers):
    rows = theme_rows(apply(answers, WITH_SYNTHETIC), ("legal_framework",))
    fig = charts.answer_matrix(rows, WITH_SYNTHETIC, title="Laws", name="legal-matrix", as_of=AS_OF).figure
    heat = fig.data[0]
    cells = {c for row in heat.text for c in row}
    assert {"✓", "✗", "?", "✓*", "✗*"} <= cells  # marked and inferred answers of every state
    assert [t.name for t in fig.data[1:]] == ["✓ yes", "✗ no", "? unknown"]
    assert len({style.ANSWER_COLOURS[a] for a in style.ANSWERS}) == 3
    assert "Japan †" in heat.y and not any("JPN" in y for y in heat.y)  # names, not codes; † synthetic
    japan = list(heat.y).index("Japan †")
    assert heat.text[japan][2] == "?"  # Japan's Q11 is unknown: never drawn as "no"


def test_free_text_in_figures_is_escaped(answers):
    rows = theme_rows(apply(answers, WITH_SYNTHETIC), ("legal_framework",))
    fig = charts.answer_matrix(rows, WITH_SYNTHETIC, title="Laws", name="legal-matrix", as_of=AS_OF).figure
    hover = json.dumps(fig.data[0].customdata.tolist())
    assert "<script>" not in hover and "&lt;script&gt;" in hover


def test_toolbar_saves_svg_at_print_scale_with_a_telling_name(answers):
    f = Filters(edition=2022, regions=("Europe",), countries=("DNK", "FRA"), include_synthetic=False)
    chart = charts.answer_shares(theme_rows(apply(answers, f), ("legal_framework",)), f,
                                 title="Laws", name="legal-shares", as_of=AS_OF)
    opts = style.plotly_config(chart.figure, style.file_stem(chart.name, f))["toImageButtonOptions"]
    assert opts["format"] == "svg" and opts["scale"] >= 2
    assert opts["filename"] == "msq2022_legal-shares_europe_DNK-FRA_real-only"


def test_empty_selection_draws_a_titled_empty_figure(answers):
    f = Filters(edition=2022, countries=("ZZZ",))
    chart = charts.coverage_by_section(apply(answers, f), f, as_of=AS_OF)
    assert chart.table.empty and "No answers" in chart.summary
    assert _annotation(chart.figure, "source") is not None


def test_figures_command_without_a_browser_says_how_to_install_one(store, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-chromium"))
    code = main(["figures", "--out", str(tmp_path / "out"), "--db", str(store), "--include-synthetic"])
    err = capsys.readouterr().err
    assert code == figures_cli.EXIT_NO_BROWSER
    assert "apt-get install chromium" in err and "no-such-chromium" in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_figures_command_refuses_an_unknown_figure_name(store, tmp_path, capsys):
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium); the command stops before naming figures")
    code = main(["figures", "--out", str(tmp_path), "--db", str(store), "--only", "pie-chart"])
    assert code == figures_cli.EXIT_USAGE and "legal-shares" in capsys.readouterr().err


def test_figures_command_writes_png_and_svg_with_one_browser(store, tmp_path, monkeypatch, capsys):
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's Chromium with `apt-get install chromium`")
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    out = tmp_path / "figs"
    code = main(["figures", "--out", str(out), "--db", str(store), "--include-synthetic",
                             "--only", "legal-shares", "coverage-map"])
    captured = capsys.readouterr()
    printed = captured.out
    assert code == 0, captured.err
    stems = ["msq2022_legal-shares_incl-synthetic", "msq2022_coverage-map_incl-synthetic"]
    for stem in stems:
        png, svg = out / f"{stem}.png", out / f"{stem}.svg"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        text = svg.read_text(encoding="utf-8")
        assert style.SYNTHETIC_MARK in text and "Source: UN DESA" in text
        assert (out / f"{stem}.csv").exists()  # the numbers behind the figure
    index = json.loads((out / "figures.json").read_text(encoding="utf-8"))
    assert {i["file_stem"] for i in index} == set(stems)
    assert "with one browser" in printed
    assert os.environ.get("BROWSER_PATH")  # set for choreographer when it was unset


# ---------------------------------------------------------------- independent evidence figures

@pytest.fixture(scope="module")
def reference(store) -> charts.Reference:
    from loaders.source_agreement import crosswalk_frame

    con = duckdb.connect(str(store), read_only=True)
    try:
        return charts.Reference(queries.egdi(con), queries.evidence(con), crosswalk_frame(), as_of=AS_OF)
    finally:
        con.close()


def test_evidence_figures_join_the_chapter_set_only_with_reference_data(answers, reference):
    rows = apply(answers, WITH_SYNTHETIC)
    names = [c.name for c in charts.standard_set(rows, WITH_SYNTHETIC, as_of=AS_OF, reference=reference)]
    assert names[-5:] == list(figures_cli.REFERENCE_FIGURE_NAMES)
    assert not set(figures_cli.REFERENCE_FIGURE_NAMES) & {c.name for c in charts.standard_set(rows, WITH_SYNTHETIC,
                                                                                       as_of=AS_OF)}


@pytest.mark.parametrize("name, sources", [
    ("coverage-vs-egdi", ["msq", "egdi"]),
    ("evidence-agreement", ["msq", "gtmi", "unctad"]),
    ("legal-every-country", ["msq", "gtmi", "unctad"]),
])
def test_evidence_figures_name_each_source_with_its_licence(answers, reference, name, sources):
    rows = apply(answers, WITH_SYNTHETIC)
    chart = next(c for c in charts.reference_set(rows, WITH_SYNTHETIC, reference, as_of=AS_OF) if c.name == name)
    meta = chart.figure.layout.meta
    assert meta["sources"] == sources
    text = _annotation(chart.figure, "source").text
    assert "self-report" in text  # the MSQ is always named for what it is
    if "gtmi" in sources:
        assert "World Bank, GovTech Dataset (GTMI), CC BY 4.0" in text
    if "unctad" in sources:
        assert "UNCTAD Global Cyberlaw Tracker" in text and "licence" in text
    if "egdi" in sources:
        assert "United Nations E-Government Survey (EGDI), 2022" in text
    assert f"Figure drawn {date.today().isoformat()}" in text
    assert chart.synthetic and style.SYNTHETIC_MARK in chart.figure.layout.title.subtitle.text
    assert chart.summary.endswith(".") and not chart.table.empty


def test_egdi_history_is_apart_from_the_questionnaire(reference):
    rows = reference.egdi[reference.egdi["country_iso3"] == "DNK"]
    chart = charts.egdi_history(rows, WITH_SYNTHETIC, country="Denmark", as_of=AS_OF)
    text = _annotation(chart.figure, "source").text
    assert "United Nations E-Government Survey (EGDI), 2018–2022" in text
    assert "Member States Questionnaire" not in text and "do not enter" in text
    assert not chart.synthetic and "MSQ 2022" not in chart.figure.layout.title.subtitle.text
    assert [t.name for t in chart.figure.data][:5] == [v[0] for v in charts.INDEX_LINES.values()]
    assert list(chart.table["EGDI rank"]) == [1, 1, 1]
    assert list(chart.table.columns) == ["year", "EGDI rank", "EGDI", "OSI", "HCI", "TII", "EPI"]
    assert "rank 1" in chart.summary


def test_coverage_against_egdi_labels_axes_and_keeps_countries_without_an_index(answers, reference):
    rows = apply(answers, REAL_ONLY)
    egdi = reference.egdi[reference.egdi["country_iso3"] != "FRA"]
    chart = charts.coverage_vs_egdi(rows, egdi, REAL_ONLY, egdi_year=2022, as_of=AS_OF)
    layout = chart.figure.layout
    assert "EGDI" in layout.xaxis.title.text and "self-report" in layout.yaxis.title.text
    assert set(chart.table["country_iso3"]) == {"DNK", "FRA"}  # France listed, without an index value
    assert chart.table.set_index("country_iso3")["egdi"].isna().loc["FRA"]
    assert "1 has no EGDI 2022 value" in chart.summary
    assert not chart.synthetic
