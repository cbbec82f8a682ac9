"""Survey-tool export layouts (metadata first, two and three header rows, coded headers with a label row or a
codebook): each read into the same rows as the same responses typed in Word, and said in the ingest line."""
from __future__ import annotations

import csv
import datetime as dt
import functools

import pytest

from loaders import catalogue, countries
from loaders.formats import detect, export_layout
from loaders.formats import form_export as msq_forms
from loaders.records import FLAG_MAX, AnswerRecord, ParseError

from .conftest import FIXTURES, GENERATED, GENERATED_ISO3

EXPORTS = FIXTURES / "exports"
# (file, the layout its ingest line names)
LAYOUTS = [
    ("meta_first.csv", "form export, 1 header row, 3 respondents"),
    ("meta_first.xlsx", "form export, 1 header row, 3 respondents"),
    ("two_rows.csv", "form export, 2 header rows (wording, sub-column labels), 3 respondents"),
    ("two_rows.xlsx", "form export, 2 header rows (wording, sub-column labels), 3 respondents"),
    ("two_rows_plain.csv", "form export, 2 header rows (wording, sub-column labels), 3 respondents"),
    ("two_rows_plain.xlsx", "form export, 2 header rows (wording, sub-column labels), 3 respondents"),
    ("three_rows.csv", "form export, 3 header rows (short codes, wording, import ids), 3 respondents"),
    ("three_rows.xlsx", "form export, 3 header rows (short codes, wording, import ids), 3 respondents"),
    ("wording_only.csv", "form export, 1 header row, 3 respondents"),
    ("wording_only.xlsx", "form export, 1 header row, 3 respondents"),
    ("coded_labels.csv", "form export, 2 header rows (short codes, wording), 3 respondents"),
    ("coded_labels.xlsx", "form export, 2 header rows (short codes, wording), 3 respondents"),
    ("coded_book.xlsx", "form export, 1 header row (short codes, codebook sheet 'Codebook'), 3 respondents"),
]
NAMES = [n for n, _ in LAYOUTS]
Q9 = "Is there any legislation, law or regulation on access to information, such as a Freedom of Information Act?"
Q20 = "How long is the period/cycle of the national e-government strategy or equivalent?"
Q29 = catalogue.entry(2022, 29).text


@functools.cache
def _docs(path):
    return {countries.to_iso3(d.country_name): d for d in detect.load_document(path)}


def _rows(doc):
    return {(a.question, a.item): (a.answer, a.basis, a.detail, tuple(a.links)) for a in doc.answers}


def _write(tmp_path, rows, name="export.csv"):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def _answer(doc, q, item=""):
    return next(a for a in doc.answers if (a.question, a.item) == (q, item))


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("iso3", GENERATED_ISO3)
def test_each_layout_reads_into_the_rows_of_the_same_response_typed_in_word(name, iso3):
    word = _rows(_docs(GENERATED / f"{iso3}.docx")[iso3])
    got = _rows(_docs(EXPORTS / name)[iso3])
    # A multi-select (Q29) marks its unchosen options No; the Word form may leave a box blank: those differ.
    differ = {k for k in word if k[0] == 29 and word[k][:2] != got[k][:2]}
    assert {k: v[:2] + v[3:] for k, v in got.items() if k not in differ} == \
        {k: v[:2] + v[3:] for k, v in word.items() if k not in differ}
    assert all(got[k][0] == "no" and word[k][0] == "unknown" for k in differ)


@pytest.mark.parametrize("name", NAMES)
def test_each_layout_gives_exactly_the_rows_of_the_one_row_export(name):
    reference = _docs(GENERATED / "forms.csv")
    got = _docs(EXPORTS / name)
    assert set(got) == set(GENERATED_ISO3)
    for iso3 in GENERATED_ISO3:
        assert _rows(got[iso3]) == _rows(reference[iso3]), iso3
        assert got[iso3].warnings == [] and got[iso3].is_synthetic


@pytest.mark.parametrize("name,layout", LAYOUTS)
def test_the_layout_recognised_is_named_for_the_ingest_line(name, layout):
    assert detect.sniff(EXPORTS / name) == "form_export"
    assert {d.layout for d in _docs(EXPORTS / name).values()} == {layout}


@pytest.mark.parametrize("name", ["meta_first.csv", "two_rows.xlsx", "three_rows.csv", "coded_labels.xlsx",
                                  "coded_book.xlsx"])
def test_the_last_date_of_the_metadata_block_is_the_submission_time(name):
    # The three responses were completed on 4, 5 and 6 May 2021 at 10:31, 10:38 and 10:45.
    got = {iso: d.submitted_at for iso, d in _docs(EXPORTS / name).items()}
    assert got == {"TUR": dt.datetime(2021, 5, 4, 10, 31), "CIV": dt.datetime(2021, 5, 5, 10, 38),
                   "VNM": dt.datetime(2021, 5, 6, 10, 45)}


def test_metadata_columns_are_noted_by_their_values_and_never_warned():
    doc = _docs(EXPORTS / "two_rows.csv")["TUR"]
    notes = "\n".join(doc.notes)
    assert "'IP Address' maps to no catalogue question (respondent metadata: IP address values)" in notes
    assert "'Collector ID' maps to no catalogue question (respondent metadata: id values)" in notes
    assert "'First Name' maps to no catalogue question (respondent metadata: a column before the first" in notes
    assert doc.warnings == []


# --- the faults of issue 16 -----------------------------------------------------------------------------------

def test_a_second_column_for_a_fuzzily_matched_question_is_warned_not_a_tool_fault(tmp_path):
    reworded = "Q10 Is there legislation, law or regulation on data privacy / protection?"
    path = _write(tmp_path, [["COUNTRY NAME", reworded, reworded + " (comments)"], ["Norway", "Yes", "the law"]])
    doc = msq_forms.load(path)[0]
    assert _answer(doc, 10).answer == "yes" and "matched approximately" in _answer(doc, 10).flag
    assert len(doc.warnings) == 1 and "a second column for question 10" in doc.warnings[0]


def test_a_second_header_row_is_not_taken_for_a_respondent(tmp_path):
    path = _write(tmp_path, [["Respondent ID", "COUNTRY NAME", f"9. {Q9}", ""],
                             ["", "Response", "Response", "Open-Ended Response"],
                             ["114", "Norway", "Yes", "The FOI Act https://nor.example/foi"]])
    doc = msq_forms.load(path)[0]
    assert doc.layout == "form export, 2 header rows (wording, sub-column labels), 1 respondent"
    assert (_answer(doc, 9).answer, _answer(doc, 9).links) == ("yes", ["https://nor.example/foi"])


def test_a_flag_quoting_a_whole_question_is_shortened_to_the_column_bound(tmp_path):
    reworded = f"9. {Q9} Please give the name of the law and a link."
    doc = msq_forms.load(_write(tmp_path, [["COUNTRY NAME", reworded], ["Norway", "Yes"]]))[0]
    flag = _answer(doc, 9).flag
    assert flag.startswith("form header matched approximately: '9. Is there any") and "…" in flag
    assert all(a.flag is None or 1 <= len(a.flag) <= FLAG_MAX for a in doc.answers)
    assert len(AnswerRecord(question=9, answer="yes", basis="marked", flag="x" * 500).flag) == FLAG_MAX


# --- sub-columns ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("answer,other,detail", [("", "Seven-year", "Other: Seven-year"),
                                                  ("Other (please specify)", "Seven-year", "Other: Seven-year"),
                                                  ("Five-year", "", "Five-year")])
def test_text_typed_into_a_choice_questions_other_box_is_the_other_option(tmp_path, answer, other, detail):
    path = _write(tmp_path, [["COUNTRY NAME", f"20. {Q20}", ""], ["Response", "Response", "Other (please specify)"],
                             ["Viet Nam", answer, other]])
    a = _answer(msq_forms.load(path)[0], 20)
    assert (a.answer, a.basis, a.detail) == ("yes", "marked", detail)


@pytest.mark.parametrize("cells,ticks", [(["Robotics", "", "5G"], ("yes", "no", "yes")),
                                         (["1", "0", ""], ("yes", "no", "no")),
                                         (["", "", ""], ("unknown", "unknown", "unknown"))])
def test_one_column_per_option_ticks_its_items(tmp_path, cells, ticks):
    path = _write(tmp_path, [["COUNTRY NAME", f"29. {Q29}", "", ""], ["", "Robotics", "Blockchains", "5G"],
                             ["Viet Nam"] + cells])
    doc = msq_forms.load(path)[0]
    assert tuple(_answer(doc, 29, i).answer for i in ("robotics", "blockchain", "5g")) == ticks


def test_coded_headers_without_a_label_row_or_codebook_are_refused_with_the_reason(tmp_path):
    path = _write(tmp_path, [["id", "country", "Q9", "Q10"], ["1", "Norway", "Yes", "No"]])
    with pytest.raises(ParseError, match="neither an online-form export") as e:
        detect.sniff(path)
    assert "\n" not in str(e.value)


def test_a_coded_column_the_codebook_does_not_explain_is_warned(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["id", "cn", "Q9", "Q77"])
    wb.active.append(["1", "Norway", "Yes", "Yes"])
    book = wb.create_sheet("Codes")
    for row in (["code", "text"], ["cn", "COUNTRY NAME"], ["Q9", Q9]):
        book.append(row)
    wb.save(tmp_path / "coded.xlsx")
    doc = detect.load_document(tmp_path / "coded.xlsx")[0]
    assert _answer(doc, 9).answer == "yes"
    assert len(doc.warnings) == 1 and "'Q77'" in doc.warnings[0] and "coded column" in doc.warnings[0]


# --- shapes -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("cell,shape", [("192.0.2.10", "IP address"), ("2001:db8::1", "IP address"),
                                        ("focal.point@gov.example", "e-mail"), ("05/04/2021 10:31:00 AM", "date"),
                                        ("2021-05-04T10:31:00+02:00", "date"), ("R_3kD9xQ2mP7v0Lz", "id"),
                                        ("114582336", "id"), ("Yes", None), ("Ministry of Justice", None)])
def test_metadata_values_are_known_by_their_shape(cell, shape):
    assert export_layout.meta_shape(cell) == shape


@pytest.mark.parametrize("row,kind", [(['{"ImportId":"QID9"}', '{"ImportId":"QID9_TEXT"}'], "import ids"),
                                      (["Q9", "Q9_TEXT", "Q29[SQ001]", "legal/q9"], "short codes"),
                                      (["MSQ 2022 responses", ""], "title")])
def test_header_rows_are_known_by_their_shape(row, kind):
    assert export_layout.row_kind(row) == kind


def test_the_printed_wording_never_holds_the_separator_that_splits_a_label_from_its_question():
    for e in catalogue.load(2022):
        assert " - " not in e.text and " - " not in e.form_label, e.key


# --- what the ingest says ---------------------------------------------------------------------------------------

def test_each_file_line_names_its_layout_and_each_country_gets_a_line_of_its_own(tmp_path):
    from loaders.ingest import ingest_paths

    reports = ingest_paths([EXPORTS / "two_rows.csv", EXPORTS / "coded_book.xlsx"], tmp_path / "a.duckdb")
    assert "form export, 2 header rows (wording, sub-column labels), 3 respondents): 195 rows" in reports[0].line()
    assert "form export, 1 header row (short codes, codebook sheet 'Codebook'), 3 respondents)" in reports[1].line()
    for r in reports:
        head, *documents = r.lines()
        assert head == r.line() and head.startswith("OK") and "[CIV, TUR, VNM]" in head
        assert [d.split()[:2] for d in documents] == [["OK", "TUR"], ["OK", "CIV"], ["OK", "VNM"]]
        assert all(d.endswith(": 65 rows") for d in documents)


def test_a_file_of_one_response_has_its_line_only(tmp_path):
    from loaders.ingest import ingest_paths

    path = _write(tmp_path, [["COUNTRY NAME", Q9], ["Norway", "Yes"]])
    report = ingest_paths([path], tmp_path / "a.duckdb")[0]
    assert report.lines() == [report.line()] and "form export, 1 header row, 1 respondent)" in report.line()


def test_values_under_no_header_are_warned_never_dropped_in_silence(tmp_path):
    # A two-row export whose label row was deleted by hand: the typed text sits under a blank header cell.
    path = _write(tmp_path, [["COUNTRY NAME", f"9. {Q9}", ""], ["Norway", "Yes", "The FOI Act https://nor.example/foi"]])
    doc = msq_forms.load(path)[0]
    assert _answer(doc, 9).answer == "yes"
    assert doc.warnings == ["export.csv: column C has no header but holds values in 1 row; not read (name the "
                            "column, or keep the tool's header rows)"]


def test_the_fixture_script_shares_nothing_with_the_readers():
    source = (EXPORTS / "make_exports.py").read_text(encoding="utf-8")
    assert "import loaders" not in source and "from loaders" not in source and "form_headers" not in source


def test_words_in_a_grid_row_of_a_portal_question_are_its_written_answer_not_a_rejection(tmp_path):
    q2 = catalogue.entry(2022, 2).text
    path = _write(tmp_path, [["COUNTRY NAME", f"{q2} [E-services or similar]", f"{q2} [Open government data]"],
                             ["Norway", "Partly, see https://nor.example/e", "Yes"]])
    doc = msq_forms.load(path)[0]
    e = _answer(doc, 2, "e_services")
    assert e.links == ["https://nor.example/e"] and e.basis != "marked" and "is not Yes or No" in e.flag
    assert (_answer(doc, 2, "open_data").answer, _answer(doc, 2, "open_data").basis) == ("yes", "marked")
    assert len(doc.warnings) == 1 and "question 2 item e_services" in doc.warnings[0]
