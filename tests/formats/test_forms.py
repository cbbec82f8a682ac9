"""Online-form exports: header mapping (exact, fuzzy with score, unmapped listed), values, one document per row."""
from __future__ import annotations

import csv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import catalogue
from loaders.formats import form_export as msq_forms
from loaders.formats.form_export import Target
from loaders.records import ParseError

Q9 = "9. Is there any legislation, law or regulation on access to information, such as a Freedom of Information Act?"
Q9_DETAIL = "9. If yes, please provide link and detail."
Q10 = "10. Is there any legislation, law or regulation on data privacy and/or protection?"
Q10_DETAIL = "10. If yes, please provide link and detail."
Q20 = "20. How long is the period/cycle of the national e-government strategy or equivalent?"
AI = "29. Artificial intelligence (AI)"


def _write(tmp_path, header: list[str], rows: list[list[str]], name: str = "export.csv"):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def _answer(doc, q: int, item: str = ""):
    return next(a for a in doc.answers if (a.question, a.item) == (q, item))


def test_every_catalogue_entry_has_a_form_column_and_every_column_a_catalogue_entry():
    table = msq_forms.mapping(2022)  # raises when a row names a question the catalogue lacks
    covered = {(t.question, t.item) for t in table.values() if t.question is not None}
    wanted = {e.key for e in catalogue.load(2022) if e.answer_type != "items" or e.item}
    assert wanted <= covered


@pytest.mark.parametrize("value,answer,basis", [("Yes", "yes", "marked"), ("No", "no", "marked"),
                                                ("yes ", "yes", "marked"), ("", "unknown", "none")])
def test_a_form_choice_is_an_explicit_answer_and_a_blank_is_unknown(tmp_path, value, answer, basis):
    doc = msq_forms.load(_write(tmp_path, ["COUNTRY NAME", Q9], [["Denmark", value]]))[0]
    assert (_answer(doc, 9).answer, _answer(doc, 9).basis) == (answer, basis)


def test_a_blank_choice_with_a_written_detail_follows_the_text_rules(tmp_path):
    doc = msq_forms.load(_write(tmp_path, ["COUNTRY NAME", Q10, Q10_DETAIL],
                                [["Denmark", "", "No such law exists yet."]]))[0]
    assert (_answer(doc, 10).answer, _answer(doc, 10).basis) == ("no", "inferred")


def test_detail_columns_give_detail_and_complete_links(tmp_path):
    url = "https://example.org/a/very/long/path/that/would/wrap/in/a/pdf/law-2016.html"
    doc = msq_forms.load(_write(tmp_path, ["COUNTRY NAME", Q9, Q9_DETAIL],
                                [["Denmark", "Yes", f"The act of 2016; {url}"]]))[0]
    a = _answer(doc, 9)
    assert a.links == [url] and "act of 2016" in a.detail


def test_reworded_headers_match_by_wording_and_the_score_is_reported(tmp_path):
    header = ["COUNTRY NAME", "Q9: Is there legislation, law or regulation on access to information "
              "(Freedom of Information Act)?", "Q10 If yes, please give link and details"]
    doc = msq_forms.load(_write(tmp_path, header, [["Denmark", "Yes", "Law 2; https://example.org/law2"]]))[0]
    assert _answer(doc, 9).answer == "yes"
    assert _answer(doc, 10).links == ["https://example.org/law2"]
    fuzzy = [n for n in doc.notes if "matched by wording" in n]
    assert len(fuzzy) == 2 and all("score" in n for n in fuzzy)


def test_a_header_that_maps_to_nothing_is_listed_never_dropped_silently(tmp_path):
    doc = msq_forms.load(_write(tmp_path, ["COUNTRY NAME", Q9, "Favourite colour"], [["Denmark", "Yes", "blue"]]))[0]
    assert any("'Favourite colour' maps to no catalogue question" in n for n in doc.notes)


def test_a_question_number_keeps_similar_prompts_apart():
    hmap = msq_forms.map_headers(["9. If yes, please give link and detail", "10. If yes, give link and detail"], 2022)
    assert [m.target for m in hmap.matches] == [Target(9, "", "detail"), Target(10, "", "detail")]


def test_an_unnumbered_prompt_with_no_question_before_it_is_not_guessed_and_warned():
    hmap = msq_forms.map_headers(["If yes, please provide link and details"], 2022)
    assert hmap.matches[0].target is None and "no question column before it" in hmap.matches[0].method
    assert hmap.warnings()


def test_choice_and_sub_item_columns(tmp_path):
    header = ["COUNTRY NAME", Q20, AI, AI + ": link/detail", "29. Robotics"]
    doc = msq_forms.load(_write(tmp_path, header, [["Denmark", "Other: seven-year", "Yes", "AI plan", "No"]]))[0]
    assert (_answer(doc, 20).answer, _answer(doc, 20).basis, _answer(doc, 20).detail) == \
        ("yes", "marked", "Other: seven-year")
    assert (_answer(doc, 29, "ai").answer, _answer(doc, 29, "ai").basis) == ("yes", "marked")
    assert (_answer(doc, 29, "robotics").answer, _answer(doc, 29, "robotics").basis) == ("no", "marked")
    assert _answer(doc, 29).answer == "yes"


def test_one_document_per_row_with_the_row_named(tmp_path):
    docs = msq_forms.load(_write(tmp_path, ["COUNTRY NAME", Q9], [["Denmark", "Yes"], ["", ""], ["Viet Nam", "No"]]))
    assert [d.country_name for d in docs] == ["Denmark", "Viet Nam"]
    assert docs[1].notes[0] == "export.csv row 4"


@pytest.mark.parametrize("value", ["Maybe", "Yes/No", "2"])
def test_a_choice_outside_yes_no_fails_naming_row_and_question(tmp_path, value):
    with pytest.raises(ParseError, match=rf"row 2, question 9: value '{value}'"):
        msq_forms.load(_write(tmp_path, ["COUNTRY NAME", Q9], [["Denmark", value]]))


def test_two_rows_for_one_country_fail(tmp_path):
    with pytest.raises(ParseError, match="second response for Kingdom of Denmark"):
        msq_forms.load(_write(tmp_path, ["COUNTRY NAME", Q9], [["Denmark", "Yes"], ["Kingdom of Denmark", "No"]]))


def test_an_export_without_a_country_column_fails(tmp_path):
    with pytest.raises(ParseError, match="no 'COUNTRY NAME' column"):
        msq_forms.load(_write(tmp_path, [Q9, Q10], [["Yes", "No"]]))


def test_synthetic_rows_are_marked_synthetic(generated):
    assert all(d.is_synthetic for d in msq_forms.load(generated / "forms.xlsx"))


@given(st.text(max_size=60))
def test_header_key_is_idempotent(header):
    assert msq_forms.key(msq_forms.key(header)) == msq_forms.key(header)


YES_NO = [e for e in catalogue.questions(2022) if e.answer_type == "yes_no"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["Yes", "No", ""]), min_size=len(YES_NO), max_size=len(YES_NO)))
def test_any_pattern_of_form_choices_reads_back_exactly(choices):
    import tempfile
    from pathlib import Path

    headers = ["COUNTRY NAME"] + [f"{e.printed_number}. {e.text}" if e.printed_number else e.text for e in YES_NO]
    with tempfile.TemporaryDirectory() as tmp:
        doc = msq_forms.load(_write(Path(tmp), headers, [["Viet Nam"] + choices]))[0]
    for e, choice in zip(YES_NO, choices):
        a = _answer(doc, e.question)
        want = {"Yes": ("yes", "marked"), "No": ("no", "marked"), "": ("unknown", "none")}[choice]
        assert (a.answer, a.basis) == want, e.question
