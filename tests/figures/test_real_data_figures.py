"""Figures on real data without the demo: every figure whose sources cover the filter is drawn, the others are
named with the reason they were skipped."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import pytest

from analysis import queries
from analysis.filters import Filters, apply
from cli import figures as figures_cli
from cli.main import main
from figures import charts, textwidth
from loaders.source_agreement import crosswalk_frame
from tests.app import fixture_db

AS_OF = date(2026, 11, 20)
AFRICA = Filters(edition=2022, regions=("Africa",), include_synthetic=False, members_only=True)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return fixture_db.build(tmp_path_factory.mktemp("real") / "msq.duckdb")


@pytest.fixture(scope="module")
def africa(store):
    con = duckdb.connect(str(store), read_only=True)
    try:
        answers = queries.answers(con)
        reference = charts.Reference(queries.egdi(con), queries.evidence(con), crosswalk_frame(), as_of=AS_OF)
    finally:
        con.close()
    rows = apply(answers, AFRICA)
    assert rows.empty  # the fixture's only real responses are European: Africa has the sources alone
    return charts.chapter_set(rows, AFRICA, as_of=AS_OF, reference=reference)


def test_africa_on_real_data_draws_the_figures_its_sources_cover(africa):
    drawn, skipped = africa
    assert [c.name for c in drawn] == ["legal-every-country", "emerging-every-country", "inclusion-every-country"]
    legal = drawn[0]
    assert legal.figure.layout.meta["sources"] == ["gtmi", "unctad"] and not legal.synthetic
    source = " ".join(textwidth.lines(next(a.text for a in legal.figure.layout.annotations if a.name == "source")))
    assert "MSQ bars" not in source and "self-report" not in source


def test_every_skipped_figure_says_why(africa):
    _, skipped = africa
    reasons = {k.name: k.reason for k in skipped}
    assert set(charts.MSQ_FIGURES) <= set(reasons)
    assert all("covers 0 of 54 UN Member States" in reasons[n] for n in charts.MSQ_FIGURES)
    assert "no response matches" in reasons["evidence-agreement"]


def test_figures_command_prints_what_it_skipped(store, tmp_path, monkeypatch, capsys):
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("/usr/bin/chromium is missing (apt-get install chromium): the command stops before drawing")
    monkeypatch.setattr(figures_cli, "render", lambda jobs, browser: [0.0] * len(jobs))  # no drawing: the plan is tested
    code = main(["figures", "--out", str(tmp_path), "--db", str(store), "--region", "africa"])
    printed = capsys.readouterr().out
    assert code == figures_cli.EXIT_OK
    assert "skipped responses-loaded: no questionnaire response in Africa (the self-report covers 0 of 54" in printed
    assert "3 figures (12 skipped)" in printed
    index = json.loads((tmp_path / "figures.json").read_text(encoding="utf-8"))
    assert {i["name"] for i in index if "skipped" not in i} == {"legal-every-country", "emerging-every-country",
                                                                "inclusion-every-country"}
    assert len([i for i in index if "skipped" in i]) == 12
