"""One vocabulary: figures name each source's own indicator with its proxy mark and confidence, as the pages do."""
from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd
import pytest

from analysis import queries, vocabulary
from analysis.filters import Filters, apply
from figures import charts, textwidth
from loaders import catalogue
from loaders.source_agreement import crosswalk_frame
from tests.app import fixture_db
from ui import tables

AS_OF = date(2026, 11, 20)
ALL = Filters(edition=2022, include_synthetic=True, members_only=True)


def _figures(db, filters) -> dict[str, charts.Chart]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        answers = queries.answers(con)
        reference = charts.Reference(queries.egdi(con), queries.evidence(con), crosswalk_frame(), as_of=AS_OF)
    finally:
        con.close()
    return {c.name: c for c in charts.reference_set(apply(answers, filters), filters, reference, as_of=AS_OF)}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return fixture_db.build(tmp_path_factory.mktemp("vocabulary") / "msq.duckdb")


@pytest.fixture(scope="module")
def figures(store) -> dict[str, charts.Chart]:
    return _figures(store, ALL)


@pytest.fixture(scope="module")
def denmark(store) -> dict[str, charts.Chart]:
    """One country: one responding country per bar, so the count axis is short and the labels set the height."""
    return _figures(store, Filters(edition=2022, countries=("DNK",), include_synthetic=False, members_only=True))


def _bars(chart: charts.Chart) -> list[str]:
    """The bar labels as a reader sees them (wrapped lines joined)."""
    return [" ".join(textwidth.lines(y)) for y in chart.figure.data[0].y]


def test_crosswalk_labels_are_the_questionnaires_own():
    cat = catalogue.frame(2022).set_index(["question", "item"])["label"]
    cw = crosswalk_frame()
    wrong = [(q, i, lab, cat.get((q, i))) for q, i, lab in zip(cw["msq_question"], cw["msq_item"], cw["label"])
             if cat.get((q, i)) != lab]
    assert wrong == []


def test_every_mapping_says_how_its_item_relates_to_the_question():
    cw = vocabulary.with_relations(crosswalk_frame())
    for code, rel in (("gtmi_code", "gtmi_relation"), ("unctad_area", "unctad_relation")):
        mapped = cw[code].fillna("") != ""
        assert set(cw.loc[mapped, rel]) <= set(vocabulary.RELATIONS)
        assert set(cw.loc[~mapped, rel]) == {""}


@pytest.mark.parametrize("question, label", [
    ("Q11", "Q11 ≈ UNCTAD Cybercrime legislation · low confidence"),  # not 'Q11 Cybersecurity law'
    ("Q14", "Q14 ≈ GTMI I-12 e-Procurement portal · low confidence"),  # a portal, not a law
    ("Q17", "Q17 ≈ GTMI I-29 Open Data portal · low confidence"),
    ("Q18", "Q18 ≈ GTMI I-17 National strategy on disruptive/innovative technologies · low confidence"),
    ("Q10", "Q10 = GTMI I-38 Data Protection / Privacy law · high confidence"),
])
def test_every_country_figure_names_the_source_indicator_with_its_mark(figures, question, label):
    bars = _bars(figures["legal-every-country"])
    assert any(b.startswith(label) for b in bars), bars
    source_bars = [b for b in bars if b.startswith(question + " ") and ("GTMI" in b or "UNCTAD" in b)]
    assert source_bars and all(("≈" in b) or ("=" in b) for b in source_bars)


def test_two_questions_on_one_indicator_say_so_on_the_figure(figures):
    bars = _bars(figures["legal-every-country"])
    q12 = next(b for b in bars if b.startswith("Q12 ≈ GTMI I-42"))
    q13 = next(b for b in bars if b.startswith("Q13 = GTMI I-42"))
    assert q12.endswith("same indicator as Q13") and q13.endswith("same indicator as Q12")


def test_figures_explain_the_marks(figures):
    for name in ("legal-every-country", "evidence-agreement"):
        source = " ".join(textwidth.lines(next(a.text for a in figures[name].figure.layout.annotations
                                                  if a.name == "source")))
        assert vocabulary.KEY in source


def test_agreement_figure_sets_the_question_beside_the_sources_own_indicator(figures):
    bars = _bars(figures["evidence-agreement"])
    assert "Q11 Cybersecurity law ≈ UNCTAD Cybercrime legislation · low confidence" in bars
    assert not any("Cybersecurity law · UNCTAD" in b for b in bars)


def test_the_ai_question_has_one_label_in_the_finder_the_charts_and_the_vocabulary():
    cat = catalogue.frame(2022)
    rows = cat[(cat["question"] == 29) & (cat["item"] == "ai")].assign(edition=2022)
    finder = tables.question_columns(rows)["column"].iloc[0]
    chart = charts._questions(rows)["column"].iloc[0]
    terms = vocabulary.all_terms().set_index(["indicator", "source"])
    assert finder == chart == terms.loc[("emerging_tech_strategy", "msq"), "question_label"]
    gtmi = terms.loc[("emerging_tech_strategy", "gtmi")]
    assert (gtmi["relation"], gtmi["confidence"], gtmi["mark"]) == ("broader", "low", "≈")


def test_a_source_item_without_a_relation_fails_loudly(tmp_path, monkeypatch):
    bad = pd.read_csv(vocabulary.CROSSWALK, dtype=str, keep_default_na=False)
    bad.loc[0, "gtmi_relation"] = "roughly"
    path = tmp_path / "crosswalk.csv"
    bad.to_csv(path, index=False)
    with pytest.raises(ValueError, match="gtmi_relation must be one of"):
        vocabulary._relations(str(path))


@pytest.mark.parametrize("name", ["evidence-agreement", "legal-every-country"])
def test_wrapped_labels_get_the_height_they_need(denmark, name):
    fig = denmark[name].figure
    lines = max(len(textwidth.lines(y)) for y in fig.data[0].y)
    per_bar = (fig.layout.height - fig.layout.margin.t - fig.layout.margin.b) / len(fig.data[0].y)
    assert per_bar >= lines * 13 * textwidth.LINE_HEIGHT + 6  # neighbouring labels never overlap
