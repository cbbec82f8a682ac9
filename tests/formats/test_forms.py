"""Online-form exports as Microsoft Forms and Google Forms write them: printed wording as headers, tool-made
duplicate names, follow-up prompts, multi-select cells, metadata, formulas, and warnings for unread columns."""
from __future__ import annotations

import csv
import datetime as dt
import inspect
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import catalogue
from loaders.formats import form_export as msq_forms
from loaders.formats.form_export import Target
from loaders.paths import DATA
from loaders.records import ParseError
from synthetic import forms_layout

from .conftest import FIXTURES

FORMS = FIXTURES / "forms"
FULL_EXPORTS = ("msforms.xlsx", "msforms.csv", "google.csv", "google.xlsx")
DENMARK = DATA / "responses" / "2022" / "msq_2022_denmark.txt"

# Printed wording, typed from the questionnaire.
Q9 = "Is there any legislation, law or regulation on access to information, such as a Freedom of Information Act?"
Q10 = "Is there any legislation, law or regulation on data privacy and/or protection?"
Q19 = "Is there a national e-government strategy or equivalent?"
Q20 = "How long is the period/cycle of the national e-government strategy or equivalent?"
Q29 = ("Does the national e-government strategy make specific reference to the use of new/emerging technologies "
       "such as artificial Intelligence (AI), robotics, blockchains, 5G and Internet of Things (IoT)? Please provide "
       "link and detail.")
Q43 = ("Please provide information about any ongoing global/regional partnership and/or digital cooperation, "
       "focusing on e-government and digital technologies (e.g. enhance North-South, South-South, triangular, "
       "regional, and international cooperation)")
IF_YES = "If yes, please provide link and detail."
SOCIAL = "Social Welfare (inclusion, social protection, etc.)"


def _write(tmp_path, header: list[str], rows: list[list[str]], name: str = "export.csv"):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def _answer(doc, q: int, item: str = ""):
    return next(a for a in doc.answers if (a.question, a.item) == (q, item))


def _doc(docs, country: str):
    return next(d for d in docs if d.country_name == country)


# --- the whole questionnaire, as each tool exports it -------------------------------------------------------

# Where each hand-written URL of the fixtures belongs: /a<question>[/<what the item is>].
URL_ITEMS = {"e-services": "e_services", "e-participation": "e_participation", "open-data": "open_data",
             "procurement": "procurement", "other": "other", "planning": "planning", "education": "education",
             "health": "health", "welfare": "social_welfare", "labour": "employment", "environment": "environment",
             "justice": "justice", "finance": "finance", "trade": "industry", "ai": "ai", "robotics": "robotics",
             "blockchain": "blockchain", "5g": "5g", "iot": "iot", "guidelines": ""}
URL_RE = re.compile(r"https://(?:nor|kor)\.example/a(\d+)(?:/([\w-]+))?")

# Republic of Korea's row, read as an analyst would (every entry not listed is unknown / none).
KOREA = {
    (1, ""): ("yes", "inferred"), (2, ""): ("yes", "inferred"), (3, ""): ("yes", "inferred"),
    # Q2 multi-select "E-services or similar; Open government data": the other portals were left unticked.
    (2, "e_services"): ("yes", "marked"), (2, "open_data"): ("yes", "marked"),
    (2, "e_participation"): ("no", "marked"), (2, "procurement"): ("no", "marked"), (2, "other"): ("no", "marked"),
    (4, ""): ("no", "marked"),
    # Q5 multi-select left empty: only Education has a written answer.
    (5, ""): ("yes", "inferred"), (5, "education"): ("yes", "inferred"),
    (9, ""): ("no", "marked"),
    (10, ""): ("yes", "inferred"),  # no choice made, but the law is written under "If yes"
    (12, ""): ("yes", "marked"), (19, ""): ("yes", "marked"),
    (20, ""): ("yes", "marked"),  # "Seven-year" typed into Other
    # Q29 "Artificial intelligence (AI); Quantum computing": the typed choice is the Other option.
    (29, ""): ("yes", "inferred"), (29, "ai"): ("yes", "marked"), (29, "other"): ("yes", "marked"),
    (29, "robotics"): ("no", "marked"), (29, "blockchain"): ("no", "marked"), (29, "5g"): ("no", "marked"),
    (29, "iot"): ("no", "marked"),
    (39, ""): ("yes", "marked"), (45, ""): ("no", "marked"),
}


@pytest.fixture(scope="module")
def full():
    return {name: msq_forms.load(FORMS / name) for name in FULL_EXPORTS}


@pytest.mark.parametrize("name", FULL_EXPORTS)
def test_a_full_questionnaire_export_reads_every_column(name):
    export = msq_forms.read_export(FORMS / name, None)
    assert export.hmap.unmapped == [] and export.hmap.fuzzy == []
    docs = msq_forms.load(FORMS / name)
    assert [d.country_name for d in docs] == ["Norway", "Republic of Korea"]
    for d in docs:
        assert d.warnings == []
        assert len(d.answers) == len(catalogue.load(2022))


@pytest.mark.parametrize("name", FULL_EXPORTS)
def test_every_written_link_lands_on_its_own_question_and_item(name, full):
    for doc in full[name]:
        host = "nor" if doc.country_name == "Norway" else "kor"
        got = {(a.question, a.item): a.links for a in doc.answers}
        wanted = {}
        for m in URL_RE.finditer((FORMS / "google.csv").read_text(encoding="utf-8")):
            if f"https://{host}." in m.group(0):
                wanted[m.group(0)] = (int(m.group(1)), URL_ITEMS[m.group(2)] if m.group(2) else "")
        assert wanted
        for url, key in wanted.items():
            assert url in got[key], (url, key)


@pytest.mark.parametrize("name", FULL_EXPORTS)
def test_norway_answered_everything_and_every_choice_is_marked(name, full):
    doc = _doc(full[name], "Norway")
    for e in catalogue.load(2022):
        a = _answer(doc, e.question, e.item)
        marked = e.answer_type in ("yes_no", "choice") or (e.item and e.question in (2, 5, 29))
        assert (a.answer, a.basis) == ("yes", "marked" if marked else "inferred"), e.key
    cio = next(c for c in doc.contacts if c.role == "cio")
    assert (cio.name, cio.email) == ("Kari Example", "kari@nor.example")
    assert any("I am authorized" in n for n in doc.notes)


@pytest.mark.parametrize("name", FULL_EXPORTS)
def test_korea_is_read_as_an_analyst_would(name, full):
    doc = _doc(full[name], "Republic of Korea")
    got = {(a.question, a.item): (a.answer, a.basis) for a in doc.answers}
    assert got == {e.key: KOREA.get(e.key, ("unknown", "none")) for e in catalogue.load(2022)}
    assert _answer(doc, 20).detail == "Other: Seven-year"
    assert _answer(doc, 29, "other").detail.startswith("Other: Quantum computing")
    assert [c.role for c in doc.contacts] == ["respondent"]


def test_the_four_exports_of_one_questionnaire_give_identical_rows(full):
    def rows(docs):
        return {(d.country_name, a.question, a.item): (a.answer, a.basis, a.detail, tuple(a.links))
                for d in docs for a in d.answers}
    reference = rows(full["msforms.xlsx"])
    for name in FULL_EXPORTS[1:]:
        assert rows(full[name]) == reference, name


@pytest.mark.parametrize("name,country,when", [
    ("msforms.xlsx", "Norway", dt.datetime(2021, 5, 17, 10, 37)),          # Completion time, as written
    ("msforms.csv", "Republic of Korea", dt.datetime(2021, 6, 1, 16, 15)),
    ("google.csv", "Norway", dt.datetime(2021, 5, 17, 9, 2, 31)),           # 11:02:31 GMT+2, in UTC
    ("google.xlsx", "Republic of Korea", dt.datetime(2021, 6, 1, 14, 40, 5)),  # 11:40:05 PM GMT+9
])
def test_the_completion_time_is_the_submission_time(name, country, when, full):
    assert _doc(full[name], country).submitted_at == when


def test_an_unknown_extra_question_column_warns_and_everything_else_is_read():
    docs = msq_forms.load(FORMS / "extra_question.csv")
    for d in docs:
        assert len(d.warnings) == 1
        assert "'Does the Government have a cloud-first policy for public services?'" in d.warnings[0]
        assert "not read" in d.warnings[0]
    assert _answer(_doc(docs, "Norway"), 19).links == ["https://nor.example/a19"]


def test_formulas_without_a_computed_value_are_read_as_their_text_and_warned():
    doc = msq_forms.load(FORMS / "formula.xlsx")[0]
    assert len(doc.warnings) == 2 and all("formula without a computed value" in w for w in doc.warnings)
    assert "cell M2" in doc.warnings[0]
    assert 'HYPERLINK("https://nor.example/a1"' in _answer(doc, 1).detail
    assert "https://nor.example/a9" in _answer(doc, 9).detail


# --- headers -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("second", [IF_YES + ".1", IF_YES + " 2", IF_YES + "_1", IF_YES + " (2)", IF_YES + "2",
                                    IF_YES + " [2]", IF_YES, IF_YES + "  ", IF_YES.replace(", ", ",\n")])
def test_a_repeated_prompt_belongs_to_the_question_column_just_before_it(tmp_path, second):
    header = ["COUNTRY NAME", Q9, IF_YES, Q10, second]
    doc = msq_forms.load(_write(tmp_path, header, [["Norway", "Yes", "FOI Act https://nor.example/a9",
                                                    "", "Data Act https://nor.example/a10"]]))[0]
    assert _answer(doc, 9).links == ["https://nor.example/a9"]
    assert (_answer(doc, 10).answer, _answer(doc, 10).links) == ("yes", ["https://nor.example/a10"])
    assert doc.warnings == []


@pytest.mark.parametrize("header", [Q9, f"9. {Q9}", f"9.{Q9}", f"Q9 {Q9}", f"{Q9} ", f"{Q9}\n", Q9.upper(),
                                    Q9.replace("such as", "such as\n"), f"{Q9}*"])
def test_printed_wording_with_or_without_number_spacing_or_star_is_an_exact_match(header):
    m = msq_forms.map_headers(["COUNTRY NAME", header], 2022).matches[1]
    assert (m.target, m.approximate) == (Target(9, "", "answer"), False)


def test_a_question_numbered_differently_is_read_by_its_wording_and_flagged(tmp_path):
    doc = msq_forms.load(_write(tmp_path, ["COUNTRY NAME", f"Q12. {Q9}"], [["Norway", "Yes"]]))[0]
    assert _answer(doc, 9).answer == "yes" and "numbered 12 but worded as question 9" in _answer(doc, 9).flag
    assert _answer(doc, 12).answer == "unknown" and doc.warnings == []


def test_a_header_cut_short_by_the_tool_is_matched_by_its_start():
    cut = f"43. {Q43}"[:120]
    m = msq_forms.map_headers([cut], 2022).matches[0]
    assert (m.target, m.method) == (Target(43, "", "detail"), "truncated")


def test_a_follow_up_prompt_after_a_question_without_one_is_not_guessed_and_warned(tmp_path):
    doc = msq_forms.load(_write(tmp_path, ["COUNTRY NAME", Q20, IF_YES], [["Norway", "Five-year", "text"]]))[0]
    assert len(doc.warnings) == 1 and "after question 20" in doc.warnings[0]


def test_an_unnumbered_prompt_with_no_question_before_it_is_not_guessed_and_warned():
    hmap = msq_forms.map_headers(["If yes, please provide link and details"], 2022)
    assert hmap.matches[0].target is None and "no question column before it" in hmap.matches[0].method
    assert hmap.warnings()


def test_a_numbered_prompt_names_its_own_question():
    hmap = msq_forms.map_headers(["9. If yes, please give link and detail", "10. If yes, give link and detail"], 2022)
    assert [m.target for m in hmap.matches] == [Target(9, "", "detail"), Target(10, "", "detail")]


def test_reworded_headers_match_by_wording_with_the_score_noted_and_their_answers_flagged(tmp_path):
    header = ["COUNTRY NAME", "Q9: Is there legislation, law or regulation on access to information "
              "(Freedom of Information Act)?", "Q10 If yes, please give link and details"]
    doc = msq_forms.load(_write(tmp_path, header, [["Denmark", "Yes", "Law 2; https://example.org/law2"]]))[0]
    assert _answer(doc, 9).answer == "yes"
    assert _answer(doc, 10).links == ["https://example.org/law2"]
    assert _answer(doc, 9).flag.startswith("form header matched approximately: 'Q9: Is there legislation")
    assert "form header matched approximately" in _answer(doc, 10).flag
    assert _answer(doc, 11).flag is None
    fuzzy = [n for n in doc.notes if "matched by wording" in n]
    assert len(fuzzy) == 2 and all("score" in n for n in fuzzy)


@pytest.mark.parametrize("header,warned", [("Favourite colour", False), ("45. Do you use cloud services?", True),
                                           ("Does the Government run a chatbot?", True),
                                           ("Any further remarks on this questionnaire", True)])
def test_an_unread_column_is_noted_and_warned_when_it_looks_like_a_question(tmp_path, header, warned):
    doc = msq_forms.load(_write(tmp_path, ["COUNTRY NAME", Q9, header], [["Denmark", "Yes", "blue"]]))[0]
    assert any(f"{header!r} maps to no catalogue question" in n for n in doc.notes)
    assert bool(doc.warnings) == warned


def test_tool_metadata_columns_are_read_as_metadata_and_the_email_column_is_not_a_contact(tmp_path):
    header = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "COUNTRY NAME",
              "Your name", "Email2", Q9]
    doc = msq_forms.load(_write(tmp_path, header, [["7", "5/3/2021 9:00:00", "5/3/2021 10:12:00", "anonymous", "",
                                                    "", "Norway", "Ola Example", "ola@nor.example", "Yes"]]))[0]
    assert doc.warnings == [] and doc.submitted_at == dt.datetime(2021, 5, 3, 10, 12)
    assert doc.contacts[0].email == "ola@nor.example"


def test_google_grid_rows_answer_their_items(tmp_path):
    header = ["COUNTRY NAME", f"29. {Q29} [Robotics]", f"29. {Q29} [5G]"]
    doc = msq_forms.load(_write(tmp_path, header, [["Norway", "Yes", "No"]]))[0]
    assert (_answer(doc, 29, "robotics").answer, _answer(doc, 29, "5g").answer) == ("yes", "no")
    assert _answer(doc, 29, "ai").answer == "unknown"


# --- cell values ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("cell,chosen,unknown", [
    ("Robotics;5G;", ["robotics", "5g"], []),
    ("Robotics;5G", ["robotics", "5g"], []),
    ("Robotics, 5G", ["robotics", "5g"], []),
    ("Artificial intelligence (AI); Others;", ["ai", "other"], []),
    ("Internet of Things (IoT);Digital twins;", ["iot"], ["Digital twins"]),
    ("", [], []),
])
def test_multi_select_cells_split_into_items(cell, chosen, unknown):
    assert msq_forms.split_options(2022, 29, cell) == (chosen, unknown)


def test_an_option_holding_commas_survives_a_comma_separated_cell():
    assert msq_forms.split_options(2022, 5, f"Health, {SOCIAL}, Justice") == (["health", "social_welfare", "justice"],
                                                                             [])


def test_an_unselected_option_beside_a_selected_one_is_no_and_an_empty_cell_leaves_the_detail_to_decide(tmp_path):
    header = ["COUNTRY NAME", Q29, "Robotics; link/detail:"]
    chose = msq_forms.load(_write(tmp_path, header, [["Norway", "5G;", "Robotic process automation pilots"]]))[0]
    assert (_answer(chose, 29, "5g").answer, _answer(chose, 29, "robotics").answer) == ("yes", "no")
    empty = msq_forms.load(_write(tmp_path, header, [["Norway", "", "Robotic process automation pilots"]]))[0]
    assert (_answer(empty, 29, "robotics").answer, _answer(empty, 29, "robotics").basis) == ("yes", "inferred")
    assert _answer(empty, 29, "5g").answer == "unknown"


def test_a_choice_that_is_no_printed_option_of_a_question_without_other_is_warned(tmp_path):
    q5 = catalogue.entry(2022, 5).text
    doc = msq_forms.load(_write(tmp_path, ["COUNTRY NAME", q5], [["Norway", "Health;Tourism;"]]))[0]
    assert _answer(doc, 5, "health").answer == "yes" and _answer(doc, 5, "justice").answer == "no"
    assert len(doc.warnings) == 1 and "'Tourism'" in doc.warnings[0]


def test_free_text_in_an_items_question_column_is_its_written_answer(tmp_path):
    doc = msq_forms.load(_write(tmp_path, ["COUNTRY NAME", f"2. {catalogue.entry(2022, 2).text}"],
                                [["Norway", "All portals are listed at https://nor.example/portals"]]))[0]
    assert _answer(doc, 2).links == ["https://nor.example/portals"]


@pytest.mark.parametrize("value,answer,basis", [("Yes", "yes", "marked"), ("No", "no", "marked"),
                                                ("yes ", "yes", "marked"), ("Yes;", "yes", "marked"),
                                                ("", "unknown", "none")])
def test_a_form_choice_is_an_explicit_answer_and_a_blank_is_unknown(tmp_path, value, answer, basis):
    doc = msq_forms.load(_write(tmp_path, ["COUNTRY NAME", Q9], [["Denmark", value]]))[0]
    assert (_answer(doc, 9).answer, _answer(doc, 9).basis) == (answer, basis)


def test_a_blank_choice_with_a_written_detail_follows_the_text_rules(tmp_path):
    doc = msq_forms.load(_write(tmp_path, ["COUNTRY NAME", Q10, IF_YES], [["Denmark", "", "No such law exists yet."]]))[0]
    assert (_answer(doc, 10).answer, _answer(doc, 10).basis) == ("no", "inferred")


@pytest.mark.parametrize("value,detail", [("Five-year", "Five-year"), ("Other: seven-year", "Other: seven-year"),
                                          ("Seven-year", "Other: Seven-year")])
def test_a_choice_typed_into_other_is_the_other_option(tmp_path, value, detail):
    doc = msq_forms.load(_write(tmp_path, ["COUNTRY NAME", Q20], [["Denmark", value]]))[0]
    assert (_answer(doc, 20).answer, _answer(doc, 20).basis, _answer(doc, 20).detail) == ("yes", "marked", detail)


@pytest.mark.parametrize("value,answer", [("Yes, since 2016: https://nor.example/foi", "yes"),
                                          ("No such law exists yet.", "no"), ("Partly", None)])
def test_words_in_a_yes_no_column_are_read_as_the_written_answer_flagged_and_warned(tmp_path, value, answer):
    doc = msq_forms.load(_write(tmp_path, ["COUNTRY NAME", Q9], [["Denmark", value]]))[0]
    a = _answer(doc, 9)
    assert a.basis != "marked" and value in a.detail and "is not Yes or No" in a.flag
    assert answer is None or a.answer == answer
    assert len(doc.warnings) == 1 and "row 2, question 9: value" in doc.warnings[0]


@pytest.mark.parametrize("value,when", [
    ("2021-05-20T10:30:00", dt.datetime(2021, 5, 20, 10, 30)),
    ("5/20/2021 10:30:00", dt.datetime(2021, 5, 20, 10, 30)),
    ("2021/05/20 10:30:00 AM GMT+2", dt.datetime(2021, 5, 20, 8, 30)),
    ("2021/05/20 1:30:00 PM GMT-3", dt.datetime(2021, 5, 20, 16, 30)),
    ("not a date", None),
])
def test_completion_times_as_tools_write_them(value, when):
    assert msq_forms.parse_submitted(value) == when


# --- rows and files ------------------------------------------------------------------------------------------

def test_one_document_per_row_with_the_row_named(tmp_path):
    docs = msq_forms.load(_write(tmp_path, ["COUNTRY NAME", Q9], [["Denmark", "Yes"], ["", ""], ["Viet Nam", "No"]]))
    assert [d.country_name for d in docs] == ["Denmark", "Viet Nam"]
    assert docs[1].notes[0] == "export.csv row 4"


def test_two_rows_for_one_country_fail(tmp_path):
    with pytest.raises(ParseError, match="second response for Kingdom of Denmark"):
        msq_forms.load(_write(tmp_path, ["COUNTRY NAME", Q9], [["Denmark", "Yes"], ["Kingdom of Denmark", "No"]]))


def test_an_export_without_a_country_column_fails(tmp_path):
    with pytest.raises(ParseError, match="no 'COUNTRY NAME' column"):
        msq_forms.load(_write(tmp_path, [Q9, Q10], [["Yes", "No"]]))


# --- data files agree with the questionnaire and with the code ---------------------------------------------

def _printed() -> str:
    """Denmark's questionnaire text unwrapped: lines joined (hyphen breaks mended), required-field stars and
    runs of spaces dropped. Case and punctuation are kept: wording must match letter for letter."""
    out = ""
    for line in filter(None, (ln.strip() for ln in DENMARK.read_text(encoding="utf-8").splitlines())):
        out += line if out.endswith("-") else " " + line
    return _plain(out)


def _plain(text: str) -> str:
    return " ".join(text.replace("*", " ").split()).replace(" ?", "?")


def test_the_catalogue_holds_each_question_and_item_in_its_printed_wording():
    printed = _printed()
    for e in catalogue.load(2022):
        wording = e.form_label if e.item else e.text
        assert _plain(wording) in printed, e.key
    for _kind, text in catalogue.form_text(2022):
        assert _plain(text) in printed, text


def test_every_header_row_is_printed_wording_or_a_form_tool_column():
    printed = _printed()
    for r in msq_forms.rows(2022):
        if r.target.field in {"meta", "submitted", "synthetic"}:
            continue
        assert _plain(r.header) in printed, r.header


def test_every_catalogue_entry_has_a_form_column():
    covered = {(r.target.question, r.target.item) for r in msq_forms.rows(2022)} | {
        (q, "") for r in msq_forms.rows(2022) for q in r.follows}
    assert {e.key for e in catalogue.load(2022)} <= covered


def test_the_header_file_names_only_known_fields_and_questions(tmp_path, monkeypatch):
    src = msq_forms.headers_path(2022).read_text(encoding="utf-8")
    (tmp_path / "form_headers_2022.csv").write_text(src.replace(",detail,9-19", ",details,9-19"), encoding="utf-8")
    monkeypatch.setattr(msq_forms, "CATALOGUE_DIR", tmp_path)
    msq_forms.rows.cache_clear()
    try:
        with pytest.raises(ValueError, match="field 'details'"):
            msq_forms.rows(2022)
    finally:
        msq_forms.rows.cache_clear()


# --- the demo generator writes what the tools write ----------------------------------------------------------

def test_the_generator_shares_no_header_list_with_the_reader():
    source = inspect.getsource(forms_layout)
    assert "form_headers" not in source and "formats" not in source.replace('"format"', "")
    assert not [v for v in vars(forms_layout).values() if getattr(v, "__name__", "").startswith("loaders.formats")]


@pytest.mark.parametrize("name,meta", [("forms.xlsx", "Completion time"), ("forms.csv", "Timestamp")])
def test_generated_exports_follow_the_tools_conventions(generated, name, meta):
    export = msq_forms.read_export(generated / name, None)
    headers = [m.header for m in export.hmap.matches]
    assert meta in headers and export.hmap.unmapped == [] and export.hmap.fuzzy == []
    prompts = [h for h in headers if h.startswith(IF_YES)]
    assert len(prompts) == 20
    if name == "forms.xlsx":
        assert len(set(prompts)) == 20  # made unique the tool's way
    q29 = next(m.column for m in export.hmap.matches if m.target == Target(29, "", "options"))
    cells = [v for _, values in export.rows for v in values[Target(29, "", "options")]]
    assert any((";" if name == "forms.xlsx" else ", ") in c for c in cells), (q29, cells)
    assert all(d.submitted_at for d in msq_forms.load(generated / name))


def test_synthetic_rows_are_marked_synthetic(generated):
    assert all(d.is_synthetic for d in msq_forms.load(generated / "forms.xlsx"))


# --- properties ----------------------------------------------------------------------------------------------

@given(st.text(max_size=60))
def test_header_key_is_idempotent(header):
    assert msq_forms.key(msq_forms.key(header)) == msq_forms.key(header)


Q5_OPTIONS = [e.form_label for e in catalogue.items(2022, 5)]


@given(st.lists(st.sampled_from(Q5_OPTIONS), unique=True, min_size=1), st.sampled_from([";", "; ", ", "]),
       st.booleans())
def test_any_multi_select_cell_splits_back_into_its_choices(chosen, sep, trailing):
    cell = sep.join(chosen) + (";" if trailing and sep != ", " else "")
    slugs = {e.form_label: e.item for e in catalogue.items(2022, 5)}
    assert msq_forms.split_options(2022, 5, cell) == ([slugs[c] for c in chosen], [])


YES_NO = [e for e in catalogue.questions(2022) if e.answer_type == "yes_no"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["Yes", "No", ""]), min_size=len(YES_NO), max_size=len(YES_NO)))
def test_any_pattern_of_form_choices_reads_back_exactly(choices):
    headers = ["COUNTRY NAME"] + [f"{e.printed_number}. {e.text}" if e.printed_number else e.text for e in YES_NO]
    with tempfile.TemporaryDirectory() as tmp:
        doc = msq_forms.load(_write(Path(tmp), headers, [["Viet Nam"] + choices]))[0]
    for e, choice in zip(YES_NO, choices):
        a = _answer(doc, e.question)
        want = {"Yes": ("yes", "marked"), "No": ("no", "marked"), "": ("unknown", "none")}[choice]
        assert (a.answer, a.basis) == want, e.question
