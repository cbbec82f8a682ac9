"""Long tables: closed value sets enforced loudly, row named; one document per country and edition."""
from __future__ import annotations

import csv

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import catalogue
from loaders.formats import long_table
from loaders.records import ANSWERS, ParseError

HEADER = ["country", "edition", "question", "item", "answer", "detail", "links", "basis"]
GOOD = [
    ["Türkiye", "2022", "9", "", "yes", "Law 4982; https://example.org/a", "https://example.org/a", "marked"],
    ["Türkiye", "2022", "29", "ai", "no", "", "", ""],
    ["Viet Nam", "2022", "10", "", "unknown", "", "", ""],
]


def _csv(tmp_path, rows, header=HEADER, name="table.csv"):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_rows_become_one_document_per_country_with_every_catalogue_entry(tmp_path):
    docs = long_table.load(_csv(tmp_path, GOOD))
    assert [d.country_name for d in docs] == ["Türkiye", "Viet Nam"]
    assert all(len(d.answers) == len(catalogue.load(2022)) for d in docs)
    a9 = next(a for a in docs[0].answers if a.question == 9)
    assert (a9.answer, a9.basis, a9.links) == ("yes", "marked", ["https://example.org/a"])
    ai = next(a for a in docs[0].answers if (a.question, a.item) == (29, "ai"))
    assert (ai.answer, ai.basis) == ("no", "inferred")  # no basis column value: an analyst's reading
    missing = next(a for a in docs[0].answers if a.question == 1)
    assert (missing.answer, missing.basis) == ("unknown", "none")
    assert any("not in the table" in n for n in docs[0].notes)


def test_an_xlsx_long_table_reads_like_the_csv(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    for r in GOOD:
        wb.active.append([int(v) if v.isdigit() else v for v in r])
    wb.save(tmp_path / "table.xlsx")
    a = long_table.load(tmp_path / "table.xlsx")
    b = long_table.load(_csv(tmp_path, GOOD))
    assert [d.answers for d in a] == [d.answers for d in b]


@pytest.mark.parametrize("column,value,message", [
    ("answer", "Yes!", "answer 'Yes!' is not one of yes, no, unknown"),
    ("answer", "", "answer '' is not one of"),
    ("answer", "n/a", "answer 'n/a' is not one of"),
    ("basis", "ticked", "basis 'ticked' is not one of marked, inferred, none"),
    ("question", "9a", "question '9a' is not a question number"),
    ("item", "quantum", "question 9 item 'quantum' is not in the MSQ 2022 catalogue"),
    ("edition", "twenty", "edition 'twenty' is not a survey year"),
    ("edition", "2024", "edition 2024 has no question catalogue"),
    ("country", "Atlantis", "country name 'Atlantis' is not recognised"),
])
def test_a_bad_value_fails_loudly_naming_the_row_and_the_value(tmp_path, column, value, message):
    rows = [list(r) for r in GOOD]
    rows[1][HEADER.index(column)] = value
    rows[1][HEADER.index("question")] = "9" if column not in ("question",) else value
    rows[1][HEADER.index("item")] = value if column == "item" else ""
    if column == "answer":
        rows[1][HEADER.index("basis")] = ""
    with pytest.raises(ParseError, match="table.csv row 3: " + message.replace("(", r"\(").replace("?", r"\?")):
        long_table.load(_csv(tmp_path, rows))


def test_unknown_with_basis_marked_is_refused(tmp_path):
    rows = [GOOD[0][:4] + ["unknown", "", "", "marked"]]
    with pytest.raises(ParseError, match="row 2: an unknown answer cannot have basis 'marked'"):
        long_table.load(_csv(tmp_path, rows))


def test_a_repeated_row_is_refused(tmp_path):
    with pytest.raises(ParseError, match="row 3: a second row for TUR 2022 question 9"):
        long_table.load(_csv(tmp_path, [GOOD[0], GOOD[0]]))


def test_missing_columns_are_named(tmp_path):
    with pytest.raises(ParseError, match="missing answer"):
        long_table.load(_csv(tmp_path, [["DNK", "2022", "9", ""]], header=["country", "edition", "question", "item"]))


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=12).filter(lambda s: s.strip().casefold() not in ANSWERS))
def test_any_answer_outside_the_closed_set_is_refused(value):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows([HEADER[:5], ["DNK", "2022", "9", "", value]])
        with pytest.raises(ParseError):
            long_table.load(path)


def test_the_layout_names_the_rows_and_responses(tmp_path):
    path = tmp_path / "table.csv"
    path.write_text("country,edition,question,item,answer\nNOR,2022,9,,yes\nNOR,2022,10,,no\nVNM,2022,9,,no\n",
                    encoding="utf-8")
    from loaders.formats import long_table

    assert {d.layout for d in long_table.load(path)} == {"long table, 3 rows, 2 responses"}
