"""The reading engine's entry point: one answer in its language, read with that language's cue tables."""
from __future__ import annotations

import pytest

from loaders.formats import reading_polarity as polarity
from loaders.formats.reading_words import supported_languages, table_path


def test_english_is_always_read():
    assert "en" in supported_languages()
    assert polarity.read_answer("No.", lang="en").answer == "no"


@pytest.mark.parametrize("lang", ["pt", "de", "und"])
def test_an_answer_in_a_language_without_tables_is_unknown_and_flagged(lang):
    r = polarity.read_answer("Não existe lei específica.", lang=lang, edition=2022)
    assert r.answer == "unknown"
    # The flag names the language ("answer in Portuguese: not read"); the evidence gives its code.
    assert r.flag and "not read" in r.flag
    assert r.evidence == f"language not read: '{lang}'"


def test_each_supported_language_has_the_english_table_files():
    for lang in supported_languages():
        assert table_path("polarity_cues.csv", lang).exists()
        assert table_path("answer_phrases.csv", lang).exists(), lang


@pytest.mark.parametrize("lang", sorted(supported_languages()))
def test_each_language_has_status_cues_for_what_affirms(lang):
    """A language without data/reading/<lang>/status_cues.csv reads any clause that denies nothing as a
    statement (evidence 'stated'): the pre-issue-14 default. Its tables turn this XPASS."""
    if not table_path("status_cues.csv", lang).exists():
        pytest.xfail(f"{lang}: status_cues.csv not written yet (in force, operating, in place, status classes)")
    from loaders.formats import reading_evidence as evidence
    assert evidence.classes(lang).words["in_force"] and evidence.classes(lang).words["body"]
