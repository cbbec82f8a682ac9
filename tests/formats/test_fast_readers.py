"""Fast paths read exactly as the slow ones: the tick glyphs of a Word run, country names without a library.

The CSV delimiter guess, measured against the standard library's Sniffer, is in test_delimiter_guess.py.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import ticks

GLYPHS = st.sampled_from(list(ticks.table()) + ["þ", "¨", "o", "x", "a", " ", "☒", "☐", "é"])


@settings(max_examples=300, deadline=None)
@given(st.text(GLYPHS, max_size=40), st.sampled_from([None, "", "Arial", "Wingdings", "Wingdings 2", "Symbol"]))
def test_tick_translation_of_a_run_matches_per_character_normalising(text, font):
    expected = "".join(ticks.normalise(c, font) for c in text)
    count = sum(ticks.normalise(c, font) in (ticks.TICKED, ticks.UNTICKED) for c in text)
    assert ticks.translate(text, font) == (expected, count)


@pytest.mark.parametrize("font, text, shown", [
    ("Wingdings", "\u00fe\u00a8", "☒☐"),                  # Wingdings ticks given as plain bytes
    ("Calibri", "\u00fe", "\u00fe"),                       # an Icelandic thorn in an ordinary font stays text
])
def test_symbol_font_bytes_become_ticks_only_in_a_symbol_font(font, text, shown):
    assert ticks.translate(text, font)[0] == shown


def test_country_names_known_to_the_un_table_read_the_same_without_country_converter():
    from loaders import countries

    for iso3, row in countries.un_table().items():
        assert countries.name(iso3) == countries.info(iso3)["country_name"] == row["un_name"]
        assert countries.to_iso3(row["un_name"]) == countries._exact_names()[row["un_name"].casefold()]
