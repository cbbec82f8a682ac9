"""Fast paths read exactly as the slow ones: the CSV delimiter guess and the tick glyphs of a Word run."""
from __future__ import annotations

import csv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import ticks
from loaders.formats import sheets

CSV_CHARS = st.sampled_from(list(',;\t "\'\nab1.x'))


def _stdlib_choice(sample: str):
    try:
        d = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        return None
    return d.delimiter, d.skipinitialspace, d.quotechar, d.doublequote


def _our_choice(sample: str):
    try:
        d = sheets._Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        return None
    return d.delimiter, d.skipinitialspace, d.quotechar, d.doublequote


@pytest.mark.parametrize("sample", [
    "country;edition;question\nFrance;2022;1\nChile;2022;2\n",
    "a,b;c\n1,2;3\n4,5;6\n",
    "COUNTRY NAME *: Chile\nQuestion 1, the portal; yes\n\nPlain text, with commas, here\n",
    "x\ty\tz\n1\t2\t3\n",
    "no delimiter at all\n",
])
def test_delimiter_guess_matches_the_standard_sniffer(sample):
    assert _our_choice(sample) == _stdlib_choice(sample)


@settings(max_examples=300, deadline=None)
@given(st.text(CSV_CHARS, max_size=300))
def test_delimiter_guess_matches_the_standard_sniffer_on_any_text(sample):
    assert _our_choice(sample) == _stdlib_choice(sample)


def test_questionnaire_text_read_as_csv_keeps_its_rows():
    text = "Name, organisation\nAna, Ministry\nLuis, Agency\n"
    sheet = sheets.read_csv_text(text, "x.csv")
    assert sheet.header == ["Name", "organisation"]
    assert sheet.rows == [["Ana", "Ministry"], ["Luis", "Agency"]]


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
