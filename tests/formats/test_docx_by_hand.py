"""Word documents filled by hand: tables, paragraphs, every kind of tick, typed words, links beside URLs."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders import catalogue
from loaders.formats import detect
from loaders.formats import docx as msq_docx
from loaders.formats.text import norm

from .conftest import FIXTURES

BY_HAND = FIXTURES / "by_hand"

# What an analyst reads in each document (see make_by_hand.py for the answers as written).
# (question, item) -> (answer, basis); every entry not listed is unknown.
EXPECTED = {
    "uruguay_table.docx": {
        (1, ""): ("yes", "inferred"),              # the portal's address
        (2, ""): ("yes", "inferred"),              # roll-up: some portals exist
        (2, "e_services"): ("yes", "inferred"),
        (2, "e_participation"): ("yes", "inferred"),  # a hyperlink whose text is not a URL
        (2, "open_data"): ("yes", "inferred"),
        (2, "procurement"): ("no", "inferred"),    # typed "No"
        (3, ""): ("yes", "inferred"),
        (4, ""): ("yes", "marked"),                # typed ☒ Yes ☐ No
        (5, ""): ("yes", "inferred"),
        (5, "planning"): ("yes", "inferred"),
        (5, "education"): ("yes", "inferred"),
        (5, "health"): ("yes", "inferred"),
        (6, ""): ("yes", "inferred"),              # typed "Yes" on its own line
        (9, ""): ("no", "marked"),                 # ☐ Yes ☒ No: a draft bill
        (10, ""): ("yes", "marked"),               # ✔ typed as the tick
        (11, ""): ("no", "inferred"),              # typed "No"
        (12, ""): ("yes", "inferred"),             # "Yes – Law 19.355 …"
        (19, ""): ("yes", "marked"),               # "X Yes   No": a typed X before Yes
        (20, ""): ("yes", "marked"),               # ☒ Five-year
        (39, ""): ("no", "marked"),
    },
    "mongolia_paragraphs.docx": {
        (1, ""): ("yes", "inferred"),
        (3, ""): ("yes", "inferred"),
        (4, ""): ("yes", "marked"),                # legacy fields: w:checked wins over w:default
        (6, ""): ("no", "marked"),                 # legacy fields without w:checked: their defaults
        (9, ""): ("yes", "marked"),                # <w:checked/> without a value is on
        (10, ""): ("yes", "marked"),               # check-box content controls
        (12, ""): ("no", "inferred"),              # "No. A law … is being drafted."
        (13, ""): ("yes", "inferred"),             # "Yes", then a hyperlinked law
        (14, ""): ("no", "inferred"),              # "No", its explanation in the next paragraph
        (19, ""): ("yes", "marked"),               # ☑ typed
        # 11: both controls empty and a placeholder rich-text control: unknown
    },
    "ghana_mixed.docx": {
        (1, ""): ("yes", "inferred"),
        (4, ""): ("yes", "marked"),                # "Yes | X | No | ": the mark after its label
        (6, ""): ("no", "marked"),                 # "☐ | Yes | ☒ | No": the mark before its label
        (9, ""): ("yes", "marked"),                # the Yes column holds an X
        (10, ""): ("yes", "marked"),               # the Yes column holds ✓
        (11, ""): ("no", "marked"),                # the No column holds an X
        (13, ""): ("yes", "marked"),               # ☒ / ☐ in the columns
        (19, ""): ("yes", "marked"),               # a legacy field and a content control on one line
        (33, ""): ("no", "inferred"),              # typed "No"
        (39, ""): ("yes", "marked"),               # "39." in a cell of its own, options in the next row
        # 12: a row of the Yes/No table left unmarked: unknown
    },
}

LINKS = {
    "uruguay_table.docx": {
        (1, ""): ["https://www.gub.uy/"],
        (2, "e_services"): ["https://www.gub.uy/tramites/"],
        (2, "open_data"): ["https://catalogodatos.gub.uy/"],
        (5, "planning"): ["https://www.gub.uy/oficina-planeamiento-presupuesto/"],
        (2, "e_participation"): ["https://plataformaparticipacionciudadana.gub.uy/"],
        (3, ""): ["https://www.gub.uy/agesic/"],
        (5, "education"): ["https://www.gub.uy/mec/"],
        (5, "health"): ["https://www.gub.uy/ministerio-salud-publica"],
        (10, ""): ["https://www.impo.com.uy/bases/leyes/18331-2008"],
    },
    "mongolia_paragraphs.docx": {
        (1, ""): ["https://e-mongolia.mn"],
        (3, ""): ["https://mddc.gov.mn/", "https://e-mongolia.mn/center"],  # a plain URL beside a hyperlink
        (13, ""): ["https://legalinfo.mn/law/esign"],
    },
    "ghana_mixed.docx": {
        (1, ""): ["https://www.ghana.gov.gh/", "https://ghana.gov.gh/services"],
        (10, ""): ["https://nita.gov.gh/data-protection-act"],
        (13, ""): ["https://nita.gov.gh/eta"],
        (39, ""): ["https://www.facebook.com/GhanaGov"],
    },
}
COUNTRY = {"uruguay_table.docx": "Uruguay", "mongolia_paragraphs.docx": "Mongolia", "ghana_mixed.docx": "Ghana"}


@pytest.fixture(scope="module")
def loaded() -> dict:
    return {name: detect.load_document(BY_HAND / name)[0] for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_answers_written_by_hand_in_word_are_read_as_an_analyst_reads_them(loaded, name):
    doc = loaded[name]
    assert doc.country_name == COUNTRY[name] and doc.format == "docx"
    got = {(a.question, a.item): (a.answer, a.basis) for a in doc.answers}
    expected = {key: EXPECTED[name].get(key, ("unknown", "none")) for key in got}
    wrong = {k: (got[k], expected[k]) for k in got if got[k] != expected[k]}
    assert not wrong, wrong


@pytest.mark.parametrize("name", sorted(LINKS))
def test_hyperlinks_and_plain_text_urls_reach_the_answer_they_belong_to(loaded, name):
    got = {(a.question, a.item): a.links for a in loaded[name].answers}
    for key, links in LINKS[name].items():
        assert got[key] == links, key
    stray = {k: v for k, v in got.items() if v and k not in LINKS[name]}
    assert not stray


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_answer_holds_its_question_or_a_tick_line(loaded, name):
    texts = {e.question: norm(e.text)[:40] for e in catalogue.questions(2022)}
    for a in loaded[name].answers:
        assert texts[a.question] not in norm(a.detail), (a.question, a.detail)
        assert not any(g in a.detail for g in "☒☐✔✓☑"), (a.question, a.detail)


def test_the_fixtures_are_the_ones_the_script_writes(tmp_path):
    """The committed .docx files are what make_by_hand.py writes (same text once rendered)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_by_hand", BY_HAND / "make_by_hand.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, make in module.DOCUMENTS.items():
        make(tmp_path / name)
        assert msq_docx.docx_to_text(tmp_path / name) == msq_docx.docx_to_text(BY_HAND / name), name


# --- the rendering, one layout at a time ---------------------------------------------------------


def _lines(path: Path) -> list[str]:
    return [s.strip() for s in msq_docx.docx_to_text(path).text.split("\n") if s.strip()]


def _table(tmp_path, rows: list[list[str]], name: str = "t.docx") -> Path:
    d = docx.Document()
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for row, values in zip(t.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    d.save(tmp_path / name)
    return tmp_path / name


@pytest.mark.parametrize("cells,line", [
    (["Yes", "X", "No", ""], "☒ Yes ☐ No"),          # marks typed after their labels
    (["Yes", "", "No", "x"], "☐ Yes ☒ No"),
    (["X", "Yes", "", "No"], "☒ Yes ☐ No"),          # marks before their labels
    (["☐", "Yes", "☒", "No"], "☐ Yes ☒ No"),
    (["☒ Yes", "☐ No"], "☒ Yes ☐ No"),              # each cell a box and its label
    (["✔ Yes", "☐ No"], "☒ Yes ☐ No"),
])
def test_a_row_of_options_becomes_one_tick_line(tmp_path, cells, line):
    assert _lines(_table(tmp_path, [cells])) == [line]


@pytest.mark.parametrize("yes,no,line", [
    ("X", "", "☒ Yes ☐ No"), ("", "x", "☐ Yes ☒ No"), ("✓", "", "☒ Yes ☐ No"), ("", "", "☐ Yes ☐ No"),
    ("☐", "☒", "☐ Yes ☒ No"), ("yes, since 2019", "", "☒ Yes ☐ No"),
])
def test_a_table_answered_by_marking_its_yes_and_no_columns(tmp_path, yes, no, line):
    path = _table(tmp_path, [["Question", "Yes", "No", "Details"],
                             ["10. Is there any legislation on data privacy?", yes, no, "Act 843"]])
    assert _lines(path) == ["10. Is there any legislation on data privacy?", line, "Act 843"]


def test_a_question_and_its_answer_in_one_row_stay_on_separate_lines(tmp_path):
    path = _table(tmp_path, [["12. Is there any legislation, law or regulation on digital identity? *",
                              "Yes – the Digital Identity Act of 2020."]])
    assert _lines(path) == ["12. Is there any legislation, law or regulation on digital identity? *",
                            "Yes – the Digital Identity Act of 2020."]


@pytest.mark.parametrize("number", ["39.", "39", "Q39", "39)"])
def test_a_question_number_in_a_cell_of_its_own_prefixes_its_question(tmp_path, number):
    path = _table(tmp_path, [[number, "Does the Government use social media platform(s)?", "Yes"]])
    assert _lines(path) == ["39. Does the Government use social media platform(s)?", "Yes"]


@pytest.mark.parametrize("label", ["COUNTRY NAME*", "Email*", "Organization:"])
def test_a_form_field_label_keeps_its_value_on_its_line(tmp_path, label):
    assert _lines(_table(tmp_path, [[label, "Ghana"]])) == [f"{label} Ghana"]


def test_a_hyperlink_shown_as_words_writes_its_target_after_them_and_a_url_is_not_repeated(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("Under the ")
    for shown, url in (("Data Protection Act", "https://example.org/dpa"),
                       ("https://example.org/eta", "https://example.org/eta"),
                       ("write to us", "mailto:desk@example.org")):
        rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
        p._p.append(parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:t xml:space="preserve">'
                              f'{shown}</w:t></w:r></w:hyperlink>'))
        p.add_run(" ")
    d.save(tmp_path / "l.docx")
    rendered = msq_docx.docx_to_text(tmp_path / "l.docx")
    assert _lines(tmp_path / "l.docx") == [
        "Under the Data Protection Act (https://example.org/dpa) https://example.org/eta write to us"]
    assert rendered.links == ["https://example.org/dpa", "https://example.org/eta"]


@pytest.mark.parametrize("checked,default,glyph", [
    ('<w:checked w:val="1"/>', "0", "☒"), ('<w:checked w:val="0"/>', "1", "☐"), ("<w:checked/>", "0", "☒"),
    ("", "1", "☒"), ("", "0", "☐"),
])
def test_a_legacy_check_box_reads_its_checked_state_else_its_default(tmp_path, checked, default, glyph):
    d = docx.Document()
    p = d.add_paragraph()
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox>'
                          f'<w:default w:val="{default}"/>{checked}</w:checkBox></w:ffData></w:fldChar></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
    p.add_run(" Yes")
    d.save(tmp_path / "b.docx")
    assert _lines(tmp_path / "b.docx") == [f"{glyph} Yes"]


# Cells of ordinary words: whatever they hold, each keeps a line of its own, in order.
_WORDS = st.text(alphabet="abcdefghij klmnop", min_size=1, max_size=30).map(str.strip).filter(
    lambda s: s and s.casefold() not in {"x", "yes", "no"})


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=4), min_size=1, max_size=3))
def test_property_every_cell_of_words_keeps_its_own_line(tmp_path_factory, rows):
    width = max(len(r) for r in rows)
    path = _table(tmp_path_factory.mktemp("p"), [r + [""] * (width - len(r)) for r in rows])
    assert _lines(path) == [" ".join(c.split()) for r in rows for c in r]


@pytest.mark.parametrize("shown,line", [
    ("the Cybersecurity Act", "See the Cybersecurity Act (https://example.org/csa) now."),
    ("https://example.org/csa", "See https://example.org/csa now."),
])
def test_a_hyperlink_field_shown_as_words_writes_its_target_after_them(tmp_path, shown, line):
    d = docx.Document()
    p = d.add_paragraph("See ")
    for xml in ('<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r {ns}><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/csa" </w:instrText></w:r>',
                '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r {ns}><w:t>' + shown + '</w:t></w:r>',
                '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(xml.format(ns=nsdecls("w"))))
    p.add_run(" now.")
    d.save(tmp_path / "f.docx")
    rendered = msq_docx.docx_to_text(tmp_path / "f.docx")
    assert _lines(tmp_path / "f.docx") == [line] and rendered.links == ["https://example.org/csa"]


@pytest.mark.parametrize("prop", ["<w:strike/>", '<w:dstrike w:val="1"/>', "<w:vanish/>"])
def test_struck_through_or_hidden_words_are_not_the_answer(tmp_path, prop):
    d = docx.Document()
    p = d.add_paragraph("Yes / ")
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr>{prop}</w:rPr><w:t>No</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:strike w:val="0"/></w:rPr><w:t>(delete as appropriate)'
                          '</w:t></w:r>'))
    d.save(tmp_path / "s.docx")
    assert _lines(tmp_path / "s.docx") == ["Yes / (delete as appropriate)"]


MC_NS = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS_NS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
V_NS = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def test_answers_typed_into_a_text_box_are_read_once_on_lines_of_their_own(tmp_path):
    box = ('<w:txbxContent><w:p><w:r><w:t>☒ Yes ☐ No</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>Cybersecurity Act, 2020 (Act 1038)</w:t></w:r></w:p></w:txbxContent>')
    d = docx.Document()
    p = d.add_paragraph("11. Is there any legislation, law or regulation on cybersecurity or similar?")
    # Word writes a text box twice: a DrawingML choice and a VML fallback with the same content.
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")} {MC_NS} {WPS_NS} {V_NS}><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'))
    d.save(tmp_path / "box.docx")
    assert _lines(tmp_path / "box.docx") == [
        "11. Is there any legislation, law or regulation on cybersecurity or similar?", "☒ Yes ☐ No",
        "Cybersecurity Act, 2020 (Act 1038)"]


def test_rows_and_cells_inside_content_controls_are_read(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = "Health"
    t.rows[0].cells[1].text = "Ministry of Health"
    tr = t.rows[0]._tr
    # A repeating-section control around the row, and a plain control around its answer cell.
    cell = tr.tc_lst[1]
    wrapper = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent/></w:sdt>')
    cell.addprevious(wrapper)
    wrapper[1].append(cell)
    row_wrapper = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent/></w:sdt>')
    tr.addprevious(row_wrapper)
    row_wrapper[1].append(tr)
    d.save(tmp_path / "sdt.docx")
    assert _lines(tmp_path / "sdt.docx") == ["Health", "Ministry of Health"]


@pytest.mark.parametrize("content,line", [
    ('<w:sdtPr><w:dropDownList><w:listItem w:displayText="Yes" w:value="Yes"/><w:listItem w:displayText="No" '
     'w:value="No"/></w:dropDownList></w:sdtPr><w:sdtContent><w:r><w:t>No</w:t></w:r></w:sdtContent>', "Answer: No"),
    ('<w:sdtPr><w:showingPlcHdr/><w:dropDownList/></w:sdtPr><w:sdtContent><w:r><w:t>Choose an item.</w:t></w:r>'
     '</w:sdtContent>', "Answer:"),
])
def test_a_drop_down_control_gives_its_chosen_word_and_its_placeholder_nothing(tmp_path, content, line):
    d = docx.Document()
    p = d.add_paragraph("Answer: ")
    p._p.append(parse_xml(f'<w:sdt {nsdecls("w")}>{content}</w:sdt>'))
    d.save(tmp_path / "dd.docx")
    assert _lines(tmp_path / "dd.docx") == [line]
