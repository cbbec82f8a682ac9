"""What the figures say in words: plurals, the filter named exactly, the data's own date, whole-number ticks,
the command's place options, and the rules of the text checker (no browser needed)."""
from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import queries
from analysis.filters import Filters, apply, theme_rows
from analysis.page_config import PAGE_THEMES
from cli import figures as figures_cli
from figures import charts, style, textcheck, textwidth
from tests.app import fixture_db

AS_OF = date(2026, 11, 20)


@pytest.fixture(scope="module")
def answers(tmp_path_factory):
    db = fixture_db.build(tmp_path_factory.mktemp("words") / "msq.duckdb")
    con = duckdb.connect(str(db), read_only=True)
    try:
        return queries.answers(con)
    finally:
        con.close()


@pytest.mark.parametrize("n, word", [(0, "0 countries"), (1, "1 country"), (2, "2 countries"), (193, "193 countries")])
def test_counts_take_the_right_plural(n, word):
    assert style.plural(n, "country", "countries") == word


@pytest.mark.parametrize("filters, phrase", [
    (Filters(regions=("Europe",), sub_regions=("Northern Europe",)), " in Northern Europe"),  # the narrower one
    (Filters(regions=("Africa",)), " in Africa"),
    (Filters(sub_regions=("Eastern Africa", "Western Africa")), " in Eastern Africa and Western Africa"),
    (Filters(countries=("DNK",)), " (Denmark)"),
    (Filters(countries=("DNK", "FRA")), " among Denmark and France"),
    (Filters(countries=("DNK", "FRA", "KEN", "BRA")), " among the 4 countries chosen"),
    (Filters(), ""),
])
def test_summary_names_the_active_place_filter_exactly(filters, phrase):
    assert style.scope(filters, {"DNK": "Denmark", "FRA": "France"}) == phrase


def test_summaries_say_one_country_and_name_the_sub_region(answers):
    f = Filters(edition=2022, regions=("Europe",), sub_regions=("Northern Europe",), include_synthetic=True)
    rows = apply(answers, f)
    assert set(rows["country_iso3"]) == {"DNK"}
    legal = theme_rows(rows, PAGE_THEMES["legal"])
    loaded = charts.responses_loaded(rows, f, as_of=AS_OF).summary
    assert loaded.startswith("1 country in Northern Europe has a response loaded: 1 real and 0 synthetic, "
                             "in 1 sub-region.")
    assert charts.answer_shares(legal, f, title="Laws", name="legal-shares").summary.startswith(
        "Of 1 responding country in Northern Europe, 1 reports")
    assert charts.answer_matrix(legal, f, title="Laws", name="legal-matrix").summary.startswith(
        "1 country in Northern Europe × 10 questions: 9 answers are yes, ")
    assert "countrys" not in loaded and "1 countries" not in loaded


def test_region_heatmap_turns_to_sub_regions_once_a_region_is_chosen(answers):
    f = Filters(edition=2022, regions=("Europe",), include_synthetic=True)
    legal = theme_rows(apply(answers, f), PAGE_THEMES["legal"])
    chart = charts.share_by_region(legal, f, title="Laws reported, by region: share answering yes",
                                   name="legal-by-region")
    assert chart.figure.layout.meta["title"] == "Laws reported, by sub-region: share answering yes"
    assert set(chart.table["sub_region"]) == {"Northern Europe", "Western Europe"}
    assert "sub-region" in chart.summary and "Across 2 sub-regions in Europe" in chart.summary


def test_data_as_of_is_each_sources_own_vintage_and_the_drawing_date_is_apart():
    text = style.source_line([2022], as_of=date(2026, 11, 20), drawn=date(2026, 11, 29),
                             sources=("msq", "egdi", "gtmi", "unctad"),
                             source_years={"egdi": "2022", "gtmi": "2022", "unctad": "as of 2026-03-15"})
    lines = text.split("\n")
    assert lines[-2] == "Data as of: MSQ 2022 edition; EGDI 2022 survey; GTMI 2022; UNCTAD tracker as of 2026-03-15."
    assert lines[-1] == "Figure drawn 2026-11-29 with the MSQ dashboard."
    assert "2026-11-20" not in text  # the day the files were loaded says nothing about the data


def test_subtitle_names_countries_not_codes(answers):
    f = Filters(edition=2022, countries=("DNK", "KEN"), include_synthetic=True)
    fig = charts.coverage_by_section(apply(answers, f), f, as_of=AS_OF).figure
    assert "Denmark, Kenya" in fig.layout.meta["subtitle"] and "DNK" not in fig.layout.meta["subtitle"]


def test_counts_and_ranks_get_whole_number_ticks(answers):
    f = Filters(edition=2022, include_synthetic=True)
    fig = charts.responses_loaded(apply(answers, f), f, as_of=AS_OF).figure
    assert fig.layout.yaxis.tickformat == "d" and fig.layout.yaxis.dtick == 1  # 2 countries at most: 0, 1, 2


@given(st.integers(min_value=1, max_value=100_000))
def test_integer_axis_steps_are_whole_and_at_most_eight_per_axis(top):
    axis = style.integer_axis(top)
    assert isinstance(axis["dtick"], int) and axis["dtick"] >= 1 and axis["tickformat"] == "d"
    assert top / axis["dtick"] <= 8


@pytest.mark.parametrize("given_regions, given_countries, expected", [
    (["africa"], None, (("Africa",), (), ())),
    (["Northern Europe"], None, ((), ("Northern Europe",), ())),
    (None, ["dnk", "Kenya"], ((), (), ("DNK", "KEN"))),
])
def test_figures_command_reads_regions_sub_regions_and_countries(answers, given_regions, given_countries, expected):
    places, error = figures_cli.resolve_places(answers, given_regions, given_countries)
    assert error is None and places == expected


def test_figures_command_names_the_choices_for_an_unknown_region(answers):
    places, error = figures_cli.resolve_places(answers, ["Atlantis"], None)
    assert places is None and "Atlantis" in error and "Northern Europe" in error and "Africa" in error


def test_estimated_widths_grow_with_text_and_weight():
    assert textwidth.width("Denmark", 13) < textwidth.width("Denmark and France", 13)
    assert textwidth.width("Denmark", 13) < textwidth.width("Denmark", 13, bold=True)
    assert textwidth.width("a<br>bbbb", 10) == textwidth.width("bbbb", 10)  # the widest line
    assert all(textwidth.width(line, 19, bold=True) <= 500
               for line in textwidth.wrap("word " * 80, 500, 19, bold=True))


def test_text_width_table_covers_the_marks_the_figures_print():
    table = pd.read_csv(textwidth.WIDTHS_FILE, keep_default_na=False)
    chars = {chr(c) for c in table["codepoint"]}
    assert set("✓✗◐—–·…≡≠†") | set("ABCXYZabcxyz0123456789%()'") <= chars
    printed = table[table["codepoint"] != 0xAD]  # the soft hyphen takes no room unless a line breaks there
    assert ((printed["regular"] > 0) & (printed["bold"] >= printed["regular"] - 0.001)).all()


# ---------------------------------------------------------------- the checker's rules, on hand-drawn boxes

def _box(text, kind, x0, y0, x1, y1):
    return {"text": text, "kind": kind, "corners": [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]}


def _rotated(text, kind, cx, cy, length, height, degrees):
    import math

    a = math.radians(degrees)
    ux, uy, vx, vy = math.cos(a), math.sin(a), -math.sin(a), math.cos(a)
    pts = [(0, 0), (length, 0), (length, height), (0, height)]
    return {"text": text, "kind": kind, "corners": [[cx + px * ux + py * vx, cy + px * uy + py * vy] for px, py in pts]}


def test_checker_reports_text_leaving_the_canvas_and_colliding_titles():
    page = {"width": 400, "height": 300, "texts": [
        _box("A long title", "title", 10, 5, 420, 30),  # past the right edge
        _box("subtitle", "subtitle", 10, 28, 200, 45),  # 2 px into the title
        _box("✓ yes", "legend", 10, 60, 60, 75),
    ]}
    found = textcheck.problems_in("fig.svg", page)
    assert [p.what for p in found] == ["outside", "overlap"]
    assert "title 'A long title'" in str(found[0]) and "subtitle 'subtitle'" in str(found[1])


def test_checker_measures_rotated_labels_by_their_true_shape():
    # Two headers at -45°, 30 px apart: their upright bounding boxes overlap, the labels themselves do not.
    page = {"width": 400, "height": 300, "texts": [
        _rotated("Q9 Access to information law", "tick", 100, 200, 150, 14, -45),
        _rotated("Q10 Data protection law", "tick", 130, 200, 150, 14, -45),
    ]}
    assert textcheck.problems_in("fig.svg", page) == []
    page["texts"].append(_box("legend", "legend", 180, 100, 200, 115))  # lies across the first label only
    assert [p.what for p in textcheck.problems_in("fig.svg", page)] == ["overlap"]


def test_checker_lets_the_watermark_cross_text_but_not_leave_the_canvas():
    page = {"width": 400, "height": 300, "texts": [
        _rotated(style.SYNTHETIC_MARK, "annotation:1", 50, 250, 300, 40, -20),
        _box("Q10", "tick", 100, 150, 140, 165),
    ]}
    assert textcheck.problems_in("fig.svg", page) == []
    page["texts"][0] = _rotated(style.SYNTHETIC_MARK, "annotation:1", 50, 250, 500, 40, -20)
    assert [p.what for p in textcheck.problems_in("fig.svg", page)] == ["outside"]


@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABC()–:", min_size=1, max_size=14), min_size=1,
                max_size=30), st.integers(min_value=120, max_value=900))
def test_balanced_title_wrap_keeps_the_line_count_and_the_width(words, max_px):
    text = " ".join(words)
    greedy = textwidth.wrap(text, max_px, 19, bold=True)
    balanced = textwidth.wrap(text, max_px, 19, bold=True, balance=True)
    assert " ".join(balanced) == text and len(balanced) == len(greedy)
    for line in balanced:
        assert textwidth.width(line, 19, bold=True) <= max_px or " " not in line  # a lone long word may overflow


def test_a_wrapped_title_does_not_end_on_one_lonely_word():
    title = "Digital inclusion and e-participation (Q24, Q33–Q40): countries answering yes, no, unknown"
    lines = textwidth.wrap(title, 935, 19, bold=True, balance=True)
    assert len(lines) == 2 and len(lines[-1].split()) > 2
