"""The question catalogue and the other mapping files agree with the code that reads them."""
from __future__ import annotations

import csv

import pytest

from loaders import catalogue
from loaders.paths import DATA

ISSUE_ITEMS = {
    2: ["e_services", "e_participation", "open_data", "procurement", "other"],
    5: ["planning", "education", "health", "social_welfare", "employment", "environment", "justice",
        "finance", "industry"],
    29: ["ai", "robotics", "blockchain", "5g", "iot", "other"],
}
ISSUE_THEMES = {
    "legal_framework": set(range(9, 19)),
    "inclusion": {33, 35, 36, 38, 24},
    "e_participation": {34, 37, 39, 40},
}


def test_every_numbered_question_and_the_consent_item_are_catalogued():
    qs = catalogue.questions(2022)
    assert [q.question for q in qs] == list(range(1, 46))
    assert {q.section for q in qs} == set("ABCDEFGH")
    consent = catalogue.entry(2022, 45)
    assert consent.section == "H" and consent.printed_number == "" and consent.answer_type == "yes_no"


@pytest.mark.parametrize("question,slugs", ISSUE_ITEMS.items(), ids=[f"Q{q}" for q in ISSUE_ITEMS])
def test_sub_items_have_stable_slugs(question, slugs):
    assert [e.item for e in catalogue.items(2022, question)] == slugs
    assert catalogue.entry(2022, question).answer_type == "items"
    assert all(e.form_label for e in catalogue.items(2022, question))


@pytest.mark.parametrize("theme,questions", ISSUE_THEMES.items())
def test_theme_membership(theme, questions):
    assert {e.question for e in catalogue.questions(2022) if theme in e.themes} == questions


def test_emerging_tech_theme_is_q18_and_the_q29_items():
    got = {e.key for e in catalogue.load(2022) if "emerging_tech" in e.themes}
    assert got == {(18, "")} | {(29, s) for s in ISSUE_ITEMS[29]}


def test_items_roll_up_rows_are_not_scored_twice():
    for e in catalogue.load(2022):
        assert e.scored == (e.answer_type != "items")


def test_phrase_and_glyph_files_use_only_known_values():
    from loaders.formats.text import glyphs, phrases

    assert phrases() and {a for _, a, _ in phrases()} <= {"yes", "no", "unknown"}
    g = glyphs()
    assert g.marked and g.unmarked and not (g.marked & g.unmarked)
    with (DATA / "countries_overrides.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            assert len(r["iso3"]) == 3 and r["iso3"].isupper()


def test_a_catalogue_with_an_unknown_theme_fails_loudly(tmp_path):
    src = (DATA / "catalogue" / "msq_2022.csv").read_text(encoding="utf-8")
    (tmp_path / "msq_2022.csv").write_text(src.replace("legal_framework", "legal_frame", 1), encoding="utf-8")
    with pytest.raises(ValueError, match="theme"):
        catalogue.load(2022, tmp_path)
