"""The CSV delimiter guess: the standard library's public Sniffer choice, and a table reads back as written."""
from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.formats import sheets

CSV_CHARS = st.sampled_from(list(',;\t "\'\nab1.x'))


def _stdlib_choice(sample: str) -> str | None:
    """What csv.Sniffer's public sniff() picks among the same candidates (None: it cannot tell)."""
    try:
        return csv.Sniffer().sniff(sample, delimiters=sheets.DELIMITERS).delimiter
    except csv.Error:
        return None


PREAMBLE_THEN_SEMICOLONS = "\n".join(["Export of the MSQ answers"] * 10 + [f"C{i};2022;yes" for i in range(300)])


@pytest.mark.parametrize("sample, expected", [
    ("country;edition;question\nFrance;2022;1\nChile;2022;2\n", ";"),
    ("a,b;c\n1,2;3\n4,5;6\n", ","),                                           # both steady: comma first
    ("x\ty\tz\n1\t2\t3\n", "\t"),
    ("country;value\nFrance;1,5\nChile;2,25\nPeru;3\n", ";"),                  # decimal commas are not columns
    ('country,answer\nFrance,"yes; in force"\nChile,"no; planned"\n', ","),   # a quoted field beside commas
    ('"country";"answer"\n"France";"yes, in force"\n', ";"),
    ("COUNTRY NAME *: Chile\nQuestion 1, the portal; yes\n\nPlain text, with commas, here\n", None),
    ("no delimiter at all\n", None),
    ("", None),
    (PREAMBLE_THEN_SEMICOLONS, ";"),                                           # a title block, then the table
], ids=["semicolons", "comma-and-semicolon", "tabs", "decimal-commas", "quoted-semicolons", "quoted-commas",
        "questionnaire-text", "one-column", "empty", "title-block-first"])
def test_the_delimiter_guess_is_the_standard_sniffers_choice(sample, expected):
    assert sheets.guess_delimiter(sample) == expected == _stdlib_choice(sample)


@settings(max_examples=400, deadline=None)
@given(st.text(CSV_CHARS, max_size=300))
def test_the_delimiter_guess_matches_the_standard_sniffer_on_any_text(sample):
    assert sheets.guess_delimiter(sample) == _stdlib_choice(sample)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(CSV_CHARS, max_size=60), min_size=1, max_size=40))
def test_the_delimiter_guess_matches_the_standard_sniffer_line_by_line(lines):
    sample = "\n".join(lines)  # many lines: the ten-line steps and the 91-100% bar both come into play
    assert sheets.guess_delimiter(sample) == _stdlib_choice(sample)


# A cell as people type them: words, numbers, dates, links, now and then the table's own delimiter (which
# csv.writer quotes). Never the other two candidates: a column holding another candidate on every row
# cannot be told from a column separator, whoever reads it. Punctuation sits inside a word ("12/2020",
# "e-gov.dk"): a quoted cell ending in '/' or '.' beside another starting with one reads to the standard
# Sniffer as a table separated by '/', and the replacement keeps that choice (the quotes test below).
WORD = st.from_regex(r"[a-zA-Z0-9éü]([a-zA-Z0-9éü./:-]{0,10}[a-zA-Z0-9éü])?", fullmatch=True)


def _cell(delimiter: str, quotes: bool):
    joiner = st.sampled_from([" ", " ", "-", f"{delimiter} ", delimiter] + ['"', '" ', "/", ". "] * quotes)
    return st.tuples(st.lists(WORD, min_size=1, max_size=4), joiner).map(lambda p: p[1].join(p[0]))


@st.composite
def written_tables(draw, quotes: bool = False):
    """(delimiter, rows, the text csv.writer makes of them): 2-6 columns, 2-25 rows."""
    delimiter = draw(st.sampled_from(list(sheets.DELIMITERS)))
    width = draw(st.integers(2, 6))
    row = st.lists(_cell(delimiter, quotes), min_size=width, max_size=width)
    rows = draw(st.lists(row, min_size=2, max_size=25))
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return delimiter, rows, out.getvalue()


@settings(max_examples=300, deadline=None)
@given(written_tables())
def test_a_table_written_with_any_delimiter_reads_back_the_same_cells(table):
    delimiter, rows, text = table
    sheet = sheets.read_csv_text(text, "table.csv")
    assert [sheet.header, *sheet.rows] == rows
    assert (sheets.guess_delimiter(text) or ",") == delimiter  # a comma table may give no sign: comma it is
    assert sheets.guess_delimiter(text) == _stdlib_choice(text)


@settings(max_examples=300, deadline=None)
@given(written_tables(quotes=True))
def test_a_table_with_quotes_in_its_cells_gets_the_standard_sniffers_delimiter(table):
    # Quotes inside cells and punctuation at their edges can defeat the guess (two rows of 'the "Digital
    # Nepal" plan'); when they do, the standard Sniffer is defeated the same way: nothing a user gets changes.
    _, _, text = table
    assert sheets.guess_delimiter(text) == _stdlib_choice(text)


@pytest.mark.parametrize("text, header, rows", [
    ("Name, organisation\nAna, Ministry\nLuis, Agency\n", ["Name", "organisation"],
     [["Ana", "Ministry"], ["Luis", "Agency"]]),
    ("country;score\nFrance;0,91\nChile;0,85\n", ["country", "score"], [["France", "0,91"], ["Chile", "0,85"]]),
    ("only one column\nFrance\nChile\n", ["only one column"], [["France"], ["Chile"]]),
])
def test_a_csv_file_reads_with_the_delimiter_its_rows_use(text, header, rows):
    sheet = sheets.read_csv_text(text, "x.csv")
    assert (sheet.header, sheet.rows) == (header, rows)
