"""Draw a synthetic response as the filled Word form: real checkbox content controls, tables, hyperlinks.

Every tick of the response is kept (a Word form never loses one), so the ground truth of this
rendering is `response.truth(r, keep_ticks=True)`. Q2/Q5 sub-items sit in two-column tables as in the
published form; URLs are real hyperlinks; the reviewer comment, if any, is a Word comment.
"""
from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from loaders import catalogue

from . import response

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
URL_RE = re.compile(r"https?://\S+|(?<![\w/.@-])www\.[\w.-]+")
URL_TRAILING = ".,;:)]}'\""
TICK_STYLES = ("content_control", "legacy", "glyph", "wingdings")
PROMPT = "If yes, please provide link and detail."
CIO_PROMPT = "If yes, please provide contact information of national Chief Information Officer (CIO) or equivalent:"
Q4_PROMPT = ("Please provide links and details on the above, including coordination/integration between national "
             "and sub-national levels on e-government strategies/programmes.")


def _checkbox(par, checked: bool, style: str, name: str) -> None:
    """A tick box: a w14 content control, a legacy FORMCHECKBOX field, a ☒/☐ glyph or a Wingdings symbol."""
    glyph = "\u2612" if checked else "\u2610"
    if style == "glyph":
        run = par.add_run(glyph)
        run.font.name = "MS Gothic"
        return
    if style == "wingdings":
        # What Insert > Symbol gives: a w:sym in the Wingdings font (0xFE ticked box, 0xA8 empty box).
        par._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:sym w:font="Wingdings" w:char="{"F0FE" if checked else "F0A8"}"/></w:r>'))
        return
    if style == "content_control":
        par._p.append(parse_xml(
            f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w:alias w:val="{name}"/><w14:checkbox>'
            f'<w14:checked w14:val="{1 if checked else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" '
            f'w:hint="eastAsia"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'))
        return
    checked_el = '<w:checked w:val="1"/>' if checked else ""
    for xml in (
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name[:20]}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{checked_el}</w:checkBox>'
        '</w:ffData></w:fldChar></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        par._p.append(parse_xml(xml))


def link_target(visible: str) -> str:
    """The hyperlink target for a URL as written: bare www hosts get https://."""
    return "https://" + visible if visible.startswith("www.") else visible


def add_text(par, text: str) -> None:
    """Text with every URL made a real hyperlink (trailing punctuation stays outside the link)."""
    pos = 0
    for m in URL_RE.finditer(text):
        url = m.group(0).rstrip(URL_TRAILING)
        if m.start() > pos:
            par.add_run(text[pos:m.start()])
        rid = par.part.relate_to(link_target(url), RT.HYPERLINK, is_external=True)
        safe = url.replace("&", "&amp;").replace("<", "&lt;")
        par._p.append(parse_xml(
            f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:rPr><w:color w:val="0563C1"/>'
            f'<w:u w:val="single"/></w:rPr><w:t xml:space="preserve">{safe}</w:t></w:r></w:hyperlink>'))
        pos = m.start() + len(url)
    if pos < len(text):
        par.add_run(text[pos:])


def _detail(doc, cell: response.Cell) -> None:
    for k, para in enumerate(cell.paragraphs):
        if k:
            doc.add_paragraph("")
        for line in para:
            add_text(doc.add_paragraph(), line)


def _contact(doc, contact) -> None:
    for label, value in (("Your name", contact.name), ("Title", contact.title),
                         ("Organization", contact.organization), ("Email", contact.email)):
        doc.add_paragraph(f"{label}* {value}")


def _yes_no(doc, cell: response.Cell, style: str) -> None:
    p = doc.add_paragraph()
    _checkbox(p, cell.tick == "yes", style, f"Q{cell.question} yes")
    p.add_run(" Yes   ")
    _checkbox(p, cell.tick == "no", style, f"Q{cell.question} no")
    p.add_run(" No")


def _items_table(doc, r: response.SyntheticResponse, question: int) -> None:
    entries = catalogue.items(r.edition, question)
    table = doc.add_table(rows=len(entries), cols=2)
    table.style = "Table Grid"
    for row, e in zip(table.rows, entries):
        row.cells[0].text = e.form_label
        cell = r.cell(question, e.item)
        target = row.cells[1]
        lines = [line for para in cell.paragraphs for line in para]
        for k, line in enumerate(lines):
            add_text(target.paragraphs[0] if k == 0 else target.add_paragraph(), line)


def _tick_items(doc, r: response.SyntheticResponse, question: int, style: str) -> None:
    for e in catalogue.items(r.edition, question):
        cell = r.cell(question, e.item)
        p = doc.add_paragraph()
        if cell.tick in ("yes", "no"):
            _checkbox(p, cell.tick == "yes", style, f"Q{question} {e.item}")
            p.add_run(" ")
        text = " ".join(line for para in cell.paragraphs for line in para)
        add_text(p, f"{e.form_label} {text}".rstrip() if text else f"{e.form_label} ____________")


def _choice(doc, cell: response.Cell, options, style: str) -> None:
    for option in options:
        p = doc.add_paragraph()
        _checkbox(p, cell.tick == option, style, f"Q{cell.question} {option}")
        extra = f" {cell.other_text}" if option == "Other" and cell.tick == "Other" and cell.other_text else ""
        p.add_run(f" {option}{extra}" if extra or option != "Other" else " Other ____________")


def render(r: response.SyntheticResponse, path: str | Path, *, style: str = "content_control") -> Path:
    """Write the response as a filled .docx; returns the path."""
    if style not in TICK_STYLES:
        raise ValueError(f"style must be one of {TICK_STYLES}")
    path = Path(path)
    doc = docx.Document()
    doc.styles["Normal"].font.name = "DejaVu Sans"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(response.SYNTHETIC_MARK)
    doc.add_paragraph("Member States Questionnaire (MSQ) for the United Nations")
    doc.add_paragraph(f"E-Government Survey {r.edition}")
    doc.add_paragraph("")
    doc.add_paragraph(f"COUNTRY NAME* {r.country_name}")
    doc.add_paragraph("")
    comment_anchor = doc.add_paragraph("Contact information")
    _contact(doc, r.respondent)
    doc.add_paragraph("")
    section = None
    for q in catalogue.questions(r.edition):
        if q.section != section:
            section = q.section
            doc.add_paragraph(f"{q.section}. {q.section_title}")
        if q.question == 5:
            doc.add_paragraph("Sectoral agencies/departments/ministries")
        number = f"{q.printed_number}. " if q.printed_number else ""
        doc.add_paragraph(f"{number}{q.text}{' *' if q.required else ''}")
        cell = r.cell(q.question)
        if q.answer_type == "yes_no":
            _yes_no(doc, cell, style)
            if q.question == 4:
                doc.add_paragraph(CIO_PROMPT)
                if r.cio:
                    _contact(doc, r.cio)
                doc.add_paragraph(Q4_PROMPT)
            elif q.question != 45:
                doc.add_paragraph(PROMPT)
            _detail(doc, cell)
        elif q.answer_type == "choice":
            _choice(doc, cell, q.options, style)
        elif q.answer_type == "items" and q.question in (2, 5):
            _items_table(doc, r, q.question)
        elif q.answer_type == "items":
            _tick_items(doc, r, q.question, style)
        else:
            _detail(doc, cell)
        doc.add_paragraph("")
    doc.add_paragraph("THANK YOU")
    if r.reviewer_comment:
        body = r.reviewer_comment.split(":", 1)[-1].strip()
        initials = re.search(r"\[([A-Z]+)", r.reviewer_comment)
        doc.add_comment(comment_anchor.runs, text=body, author="Reviewer (synthetic)",
                        initials=initials.group(1) if initials else "RV")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path
