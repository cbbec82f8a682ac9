"""Responses typed in Word as two-column tables (question | answer) and exported to PDF by LibreOffice.

A cell that runs over a page break stays with its row, running headers and footers are dropped, and a
row with both boxes empty and nothing written is unknown. The expected readings below are written from
the answers as typed in tests/fixtures/formats/pdf_tables/make_pdf_tables.py, not from the reader.
"""
from __future__ import annotations

import importlib.util
import shutil

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from loaders import catalogue
from loaders.formats import detect, pdf_rows
from loaders.formats import docx as msq_docx
from loaders.formats import pdf as msq_pdf

from .conftest import FIXTURES
from .test_docx_by_hand import EXPECTED as BY_HAND_EXPECTED

TABLES = FIXTURES / "pdf_tables"

# (question, item) -> (answer, basis); every entry not listed is unknown with basis none.
EXPECTED = {
    "estonia_grid.pdf": {
        (1, ""): ("yes", "inferred"),            # two portal addresses
        (2, ""): ("yes", "inferred"),            # roll-up: some portals exist
        (2, "e_services"): ("yes", "inferred"),
        (2, "open_data"): ("yes", "inferred"),
        (3, ""): ("yes", "inferred"),
        (4, ""): ("yes", "marked"),              # question and answer cells both run over a page break
        (6, ""): ("yes", "inferred"),            # typed "Yes", a link below it
        (10, ""): ("yes", "marked"),             # "Yes ☒ No ☐": boxes after their labels
        (11, ""): ("no", "marked"),
        (12, ""): ("yes", "inferred"),           # "Yes. The Identity Documents Act …"
        (14, ""): ("no", "inferred"),            # typed "No"
        (16, ""): ("yes", "marked"),             # its long answer runs over a page break
        (19, ""): ("yes", "marked"),
        (20, ""): ("yes", "marked"),             # ☒ Ten-year
        (39, ""): ("yes", "marked"),             # "No ☐ Yes ☒": No first
        (41, ""): ("no", "inferred"),
        # 9: "Yes ☐ No ☐"; 13: left blank; 38: "Yes ☐ No ☐" under a question cell that runs over a page
    },
    "kenya_plain.pdf": {
        (1, ""): ("yes", "inferred"),
        (3, ""): ("yes", "inferred"),            # four paragraphs filling most of the first page
        (4, ""): ("no", "marked"),               # its question cell runs over a page break
        (6, ""): ("no", "inferred"),
        (9, ""): ("yes", "marked"),
        (10, ""): ("yes", "marked"),             # both cells of its row run over a page break
        (12, ""): ("yes", "inferred"),           # "Yes – the Registration of Persons Act …"
        (14, ""): ("no", "inferred"),            # typed "No."
        (19, ""): ("yes", "marked"),
        (33, ""): ("yes", "inferred"),           # typed "Yes"
        # 11: "☐ Yes ☐ No" with nothing written
    },
}
# The hand-filled Uruguay table of test_docx_by_hand, exported to PDF: read as its Word document is.
# Its e-participation portal is a hyperlink shown as a name, and the export drops the link: only a name is
# left, which is the reading rules' call, so that one answer is not asserted here.
EXPECTED["uruguay_table.pdf"] = dict(BY_HAND_EXPECTED["uruguay_table.docx"])
UNASSERTED = {"uruguay_table.pdf": {(2, "e_participation")}}
COUNTRY = {"estonia_grid.pdf": "Estonia", "kenya_plain.pdf": "Kenya", "uruguay_table.pdf": "Uruguay"}
RUNNING = {"estonia_grid.pdf": ("Republic of Estonia", "Page "),
           "kenya_plain.pdf": ("reply to the UN DESA questionnaire", "ICT Authority, Nairobi", "Page ")}
WORD = {"estonia_grid.pdf": TABLES / "estonia_grid.docx", "kenya_plain.pdf": TABLES / "kenya_plain.docx",
        "uruguay_table.pdf": FIXTURES / "by_hand" / "uruguay_table.docx"}


def _script():
    spec = importlib.util.spec_from_file_location("make_pdf_tables", TABLES / "make_pdf_tables.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _answers(path):
    (doc,) = detect.load_document(path)
    return doc, {(a.question, a.item): a for a in doc.answers}


@pytest.fixture(scope="module")
def read():
    return {name: _answers(TABLES / name) for name in EXPECTED}


def test_each_fixture_really_runs_its_cells_over_page_breaks():
    assert _script().missing_splits(TABLES) == []
    for name in EXPECTED:
        assert (TABLES / name).stat().st_size < 200_000
    # The heading "B. COVID-19 Response and Recovery" wraps in its cell: one heading, not an answer.
    assert "B. COVID-19 Response and Recovery \n" in msq_pdf.pdf_to_text(TABLES / "uruguay_table.pdf").text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_answer_of_a_table_form_pdf_is_read_as_typed(read, name):
    doc, answers = read[name]
    assert doc.country_name == COUNTRY[name]
    got = {k: (a.answer, a.basis) for k, a in answers.items() if k not in UNASSERTED.get(name, ())}
    want = {k: EXPECTED[name].get(k, ("unknown", "none")) for k in got}
    assert got == want


@pytest.mark.parametrize("name,question,detail", [
    ("estonia_grid.pdf", 4, "The Government CIO heads the Digital State Development department of the ministry."),
    ("kenya_plain.pdf", 4, ""),
    ("kenya_plain.pdf", 10, "Data Protection Act, 2019: https://www.odpc.go.ke"),
])
def test_a_question_cell_continued_on_the_next_page_stays_with_its_question(read, name, question, detail):
    _, answers = read[name]
    assert answers[(question, "")].detail == detail  # no tail of the question's wording in the answer


def test_an_answer_cell_continued_on_the_next_page_stays_whole(read):
    _, answers = read["estonia_grid.pdf"]
    detail = answers[(16, "")].detail
    assert detail.startswith("The Public Information Act obliges agencies")
    assert "the administration system for the state information system (RIHA)" in detail
    assert detail.endswith("Details: https://www.ria.ee/en/state-information-system/x-tee")
    assert answers[(16, "")].links == ["https://www.ria.ee/en/state-information-system/x-tee"]
    _, kenya = read["kenya_plain.pdf"]
    assert "The Konza Technopolis Development Authority" in kenya[(3, "")].detail
    assert kenya[(3, "")].links == ["https://ict.go.ke"]


@pytest.mark.parametrize("name", sorted(RUNNING))
def test_running_headers_and_footers_inside_a_table_are_dropped(read, name):
    text = msq_pdf.pdf_to_text(TABLES / name).text
    _, answers = read[name]
    for words in RUNNING[name]:
        assert words not in text
        assert not any(words in a.detail for a in answers.values())


@pytest.mark.parametrize("name,question", [("estonia_grid.pdf", 9), ("estonia_grid.pdf", 38),
                                           ("estonia_grid.pdf", 13), ("kenya_plain.pdf", 11)])
def test_a_row_with_both_boxes_empty_and_nothing_written_is_unknown(read, name, question):
    a = read[name][1][(question, "")]
    assert (a.answer, a.basis, a.detail) == ("unknown", "none", "")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_pdf_reads_like_the_word_document_it_was_exported_from(read, name):
    _, pdf_answers = read[name]
    _, word_answers = _answers(WORD[name])
    # A Word hyperlink shown as words gets its target written after them; the PDF shows only the words,
    # and LibreOffice's headless export drops the link: such an answer is left to the reading rules.
    targets = msq_docx.docx_to_text(WORD[name]).links
    shown = {k for k, a in word_answers.items() if any(f" ({u})" in a.detail for u in targets)}

    def plain(detail: str) -> str:
        for u in targets:
            detail = detail.replace(f" ({u})", "")
        return detail

    assert {k: (a.answer, a.basis, plain(a.detail)) for k, a in word_answers.items() if k not in shown} == \
        {k: (a.answer, a.basis, a.detail) for k, a in pdf_answers.items() if k not in shown}
    assert {k: plain(word_answers[k].detail) for k in shown} == {k: pdf_answers[k].detail for k in shown}


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed: "
                    "apt-get install --no-install-recommends libreoffice-writer-nogui")
def test_the_fixture_script_still_makes_pdfs_that_read_the_same(read, tmp_path):
    script = _script()
    for path in script.write(tmp_path):
        _, fresh = _answers(path)
        _, committed = read[path.name]
        assert {k: (a.answer, a.basis, a.detail) for k, a in fresh.items()} == \
            {k: (a.answer, a.basis, a.detail) for k, a in committed.items()}


# --- the pieces ---------------------------------------------------------------------------------------


def _chars(text: str, x: float, y: float, order=None) -> list[pdf_rows.Char]:
    """Characters 6 pt wide on one baseline, optionally drawn in another order."""
    chars = [pdf_rows.Char(c, x + 6 * k, y, x + 6 * k + 5, y + 10, 10.0) for k, c in enumerate(text)]
    return [chars[k] for k in order] if order else chars


def test_tick_glyphs_drawn_before_their_labels_are_put_back_in_place():
    # "☒ Yes ☐ No" drawn as the two boxes first (a fallback font), then the words.
    text = "☒ Yes ☐ No"
    order = [0, 6] + [k for k in range(len(text)) if k not in (0, 6)]
    (line,) = pdf_rows.lines_of(_chars(text, 300, 500, order))
    assert line.text() == "☒ Yes ☐ No"


def test_a_line_run_across_two_cells_is_cut_at_the_column_edge():
    line = pdf_rows.Line(_chars("COUNTRY NAME*", 90, 700) + _chars("Kenya", 307, 700))
    pieces = pdf_rows.split_at_columns(line, [90, 307])
    assert [p.text() for p in pieces] == ["COUNTRY NAME*", "Kenya"]


@pytest.mark.parametrize("before,after,continues", [
    ("4. Does your country have a Chief", "Information Officer (CIO) or equivalent", True),  # the printed wording
    ("10. Is there any legislation, law or", "regulation on data privacy and/or protection? *", True),
    ("9. Is there any legislation, law or regulation on access to information?", "*", True),
    ("Open government data", "Public procurement", False),          # two item rows
    ("3. Please provide name and link", "4. Does your country have a Chief", False),
    ("A ministry of our own wording", "Which we wrote", False),       # unknown words: a new row
])
def test_a_first_cell_at_a_page_top_continues_only_what_it_carries_on(before, after, continues):
    assert pdf_rows._text_continues(before, after) is continues


@given(st.data())
def test_any_printed_question_cut_at_a_page_break_is_joined_again(data):
    q = data.draw(st.sampled_from(catalogue.questions(2022)))
    number = f"{q.printed_number}. " if q.printed_number else ""
    words = f"{number}{q.text} *".split()
    cut = data.draw(st.integers(1, len(words) - 1))
    assert pdf_rows._text_continues(" ".join(words[:cut]), " ".join(words[cut:]))


def test_a_running_header_is_dropped_but_a_repeated_box_line_is_kept():
    def page(*lines):
        return [pdf_rows.Line(_chars(t, 90, y)) for t, y in lines]

    pages = [page(("Kenya reply page 1", 760), ("☐ Yes ☒ No", 700), ("text", 600)),
             page(("Kenya reply page 2", 760), ("☐ Yes ☒ No", 700), ("more", 600))]
    kept = pdf_rows.drop_running(pages)
    assert [[ln.text() for ln in p] for p in kept] == [["☐ Yes ☒ No", "text"], ["☐ Yes ☒ No", "more"]]


# --- a property: any two-column table, broken over pages anywhere, reads as if it were on one page ------

TOP, BOTTOM, LEADING, LEFT = 740.0, 80.0, 12.0, (90.0, 307.0)


def _wrap(words: list[str], width: int = 30) -> list[str]:
    lines, current = [], ""
    for w in words:
        if current and len(current) + 1 + len(w) > width:
            lines.append(current)
            current = w
        else:
            current = f"{current} {w}".strip()
    return lines + ([current] if current else [])


def _line_chars(text: str, x: float, y: float) -> list[pdf_rows.Char]:
    return _chars(text, x, y) + [pdf_rows.Char("\n", 0, 0, 0, 0, 0)]


def _paginate(rows: list[tuple[list[str], list[str]]], page_lines: int) -> list[list[pdf_rows.Char]]:
    """Draw the rows as Word does, cell after cell, a row that does not fit carried on at the next page's
    top; a running header and a page-number footer on every page."""
    pages: list[list[pdf_rows.Char]] = []
    queue = [(q, a) for q, a in rows]
    while queue:
        n = len(pages) + 1
        page = _line_chars("Ministry of Examples reply", LEFT[0], TOP + 20)
        y, room = TOP, page_lines
        while queue and room > 0:
            q, a = queue.pop(0)
            fit = min(room, max(len(q), len(a), 1))
            for col, lines in enumerate((q, a)):
                for k, text in enumerate(lines[:fit]):
                    page += _line_chars(text, LEFT[col], y - k * LEADING)
            if fit < max(len(q), len(a)):
                queue.insert(0, (q[fit:], a[fit:]))
            y -= fit * LEADING + 4
            room -= fit
        pages.append(page + _line_chars(f"Page {n}", 280, 40))
    return pages


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(2, 14), st.integers(0, 16)), min_size=4, max_size=9),
       st.integers(4, 9))
def test_a_two_column_table_broken_over_pages_anywhere_reads_as_on_one_page(sizes, page_lines):
    rows = []
    for r, (nq, na) in enumerate(sizes, start=1):
        # Words differ in letters (a header's page number is masked, so digits alone do not tell lines apart).
        row = chr(ord("a") + r)
        question = _wrap([f"{r}."] + [f"q{row}{chr(ord('a') + k)}" for k in range(nq)])
        answer = _wrap([f"A{row}"] + [f"a{row}{chr(ord('a') + k)}" for k in range(na)]) if na else []
        rows.append((question, answer))
    if sum(1 for _, a in rows if a) < 3:
        return  # fewer than three answered rows is not read as a table
    pages = _paginate(rows, page_lines)
    assume(len(pages) > 1)  # a running header is known by repeating on another page
    want = [line for q, a in rows for line in q + a + [""]]
    assert pdf_rows.layout(pages) == want
