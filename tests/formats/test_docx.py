"""Word loader: every kind of tick box, tables, hyperlinks, comments, and clear errors for non-Word files."""
from __future__ import annotations

import dataclasses
import json
import zipfile

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from loaders.formats import docx as msq_docx
from loaders.records import ParseError
from synthetic import docx_layout
from synthetic import response as R

URL = "https://example.org/laws/data-protection-act/full-text-and-annexes?id=1234&lang=en"


def _yes_no_doc(tmp_path, style: str, yes: bool, no: bool):
    d = docx.Document()
    d.add_paragraph("4. Does your country have a CIO?")
    p = d.add_paragraph()
    docx_layout._checkbox(p, yes, style, "q4y")
    p.add_run(" Yes ")
    docx_layout._checkbox(p, no, style, "q4n")
    p.add_run(" No")
    path = tmp_path / f"{style}.docx"
    d.save(path)
    return path


@pytest.mark.parametrize("style", docx_layout.TICK_STYLES)
@pytest.mark.parametrize("yes,no,expected", [(True, False, "☒ Yes ☐ No"), (False, True, "☐ Yes ☒ No"),
                                             (False, False, "☐ Yes ☐ No")])
def test_tick_boxes_of_every_kind_become_ballot_glyphs(tmp_path, style, yes, no, expected):
    text = msq_docx.docx_to_text(_yes_no_doc(tmp_path, style, yes, no)).text
    assert expected in " ".join(text.split())


def test_content_control_state_wins_over_its_stale_glyph(tmp_path):
    d = docx.Document()
    p = d.add_paragraph()
    # Checked control whose cached glyph still shows the empty box (as after some edits).
    p._p.append(parse_xml(
        f'<w:sdt {nsdecls("w")} {docx_layout.W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/></w14:checkbox>'
        '</w:sdtPr><w:sdtContent><w:r><w:t>\u2610</w:t></w:r></w:sdtContent></w:sdt>'))
    p.add_run(" Yes")
    d.save(tmp_path / "stale.docx")
    assert msq_docx.docx_to_text(tmp_path / "stale.docx").text.strip() == "☒ Yes"


def test_legacy_checkbox_without_checked_uses_its_default(tmp_path):
    d = docx.Document()
    p = d.add_paragraph()
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="1"/>'
        '</w:checkBox></w:ffData></w:fldChar></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
    p.add_run(" Yes")
    d.save(tmp_path / "legacy.docx")
    assert msq_docx.docx_to_text(tmp_path / "legacy.docx").text.strip() == "☒ Yes"


def test_hyperlink_targets_are_known_links_even_when_the_visible_text_is_short(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("Read the law here: ")
    rid = p.part.relate_to(URL, RT.HYPERLINK, is_external=True)
    p._p.append(parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:t>the act</w:t></w:r></w:hyperlink>'))
    d.save(tmp_path / "link.docx")
    out = msq_docx.docx_to_text(tmp_path / "link.docx")
    assert out.links == [URL]
    assert "the act" in out.text


def test_every_table_cell_keeps_its_own_line(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.rows[0].cells[0].text = "Health"
    t.rows[0].cells[1].text = "Ministry of Health; https://health.example.org/"
    t.rows[1].cells[0].text = "Justice"
    d.save(tmp_path / "table.docx")
    lines = [s.strip() for s in msq_docx.docx_to_text(tmp_path / "table.docx").text.split("\n") if s.strip()]
    assert lines == ["Health", "Ministry of Health; https://health.example.org/", "Justice"]


def test_deleted_tracked_text_is_not_read(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("kept ")
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="x"><w:r><w:delText>gone</w:delText></w:r></w:del>'))
    d.save(tmp_path / "del.docx")
    assert msq_docx.docx_to_text(tmp_path / "del.docx").text.strip() == "kept"


def test_every_line_ends_with_a_space_so_a_lone_url_is_never_taken_for_a_link_list(tmp_path):
    d = docx.Document()
    d.add_paragraph(URL)
    d.add_paragraph(URL + "/2")
    d.save(tmp_path / "urls.docx")
    assert all(line.endswith(" ") for line in msq_docx.docx_to_text(tmp_path / "urls.docx").text.split("\n"))


def test_reviewer_comments_are_kept_as_notes_not_answers(tmp_path):
    r = R.make_response("KEN", 2022, 3)
    r = dataclasses.replace(r, reviewer_comment="Commented [AB1]: Please confirm the law's title.")
    path = docx_layout.render(r, tmp_path / "KEN.docx")
    doc = msq_docx.load(path)[0]
    assert any("Please confirm the law's title." in n for n in doc.notes)
    assert not any("confirm the law" in a.detail for a in doc.answers)


@pytest.mark.parametrize("name", ["legacy_checkboxes", "wingdings_ticks"])
def test_committed_word_samples_read_back_to_their_truth(fixtures, name):
    doc = msq_docx.load(fixtures / f"{name}.docx")[0]
    truth = json.loads((fixtures / f"{name}.truth.json").read_text(encoding="utf-8"))
    got = {(a.question, a.item): (a.answer, a.basis) for a in doc.answers}
    assert got == {(a["question"], a["item"]): (a["answer"], a["basis"]) for a in truth["answers"]}


def test_a_zip_that_is_not_a_word_document_is_rejected_clearly(tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    with pytest.raises(ParseError, match="not a Word document"):
        msq_docx.load(path)


def test_a_file_that_is_not_a_zip_is_rejected_clearly(tmp_path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0not really a doc")
    with pytest.raises(ParseError, match="not a Word .docx file"):
        msq_docx.load(path)


def test_placeholder_text_of_an_empty_content_control_is_not_an_answer(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("Answer: ")
    p._p.append(parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r>'
        '<w:t>Click or tap here to enter text.</w:t></w:r></w:sdtContent></w:sdt>'))
    d.add_paragraph("")._p.append(parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent><w:r><w:t>A real answer</w:t></w:r></w:sdtContent></w:sdt>'))
    d.save(tmp_path / "plc.docx")
    text = msq_docx.docx_to_text(tmp_path / "plc.docx").text
    assert "Click or tap" not in text and "A real answer" in text
