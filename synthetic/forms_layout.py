"""Draw synthetic responses as online-form exports, the way Microsoft Forms and Google Forms write them.

The form is built from the questionnaire's printed wording (the catalogue's question text and item labels,
and the prompts of msq_<edition>_form_text.csv), never from the reader's header file: tool metadata columns
first, a repeated prompt made unique the tool's way, Q29's technologies as one multi-select cell, Q2/Q5/Q29
item columns worded as printed. Written as .xlsx (Microsoft Forms) and .csv (Google Forms).

A multi-select cell cannot say "left blank" for one option: once any technology is chosen, the others read as
not chosen (no, marked); with none chosen, each item's written detail decides. `truth_response` applies that to
the response, and the sidecar is its truth.
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from loaders import catalogue

from . import response
from .text_layout import APPLIES

FRONT = ("SYNTHETIC DEMO DATA", "COUNTRY NAME", "Your name", "Title", "Organization", "Email",
         "Please select whichever applies")
CONTACT = (("Your name", "name"), ("Title", "title"), ("Organization", "organization"), ("Email", "email"))
MULTI_SELECT = (29,)  # items questions asked as one "choose all that apply" question
# Where the printed form puts its follow-up prompts (their wording comes from the form-text file).
PROMPTS = {4: ("Please provide links and details on the above",),
           6: ("If yes, please provide link and more information",),
           39: ("If yes, please provide link and detail if social media", "Please include any guidelines")}
DEFAULT_PROMPT = "If yes, please provide link and detail."
NO_PROMPT = (45,)


@dataclass(frozen=True)
class Tool:
    """How one form tool writes its export."""

    meta: tuple[str, ...]
    numbered: bool                       # the form's titles carry the printed number ("9. Is there …")
    unique: Callable[[str, int], str]    # the n-th (n >= 2) column of a repeated title
    separator: str                       # between the choices of a multi-select cell
    trailing: str                        # after the last choice
    submitted: Callable[[dt.datetime], object]


TOOLS = {
    "microsoft": Tool(("ID", "Start time", "Completion time", "Email", "Name", "Last modified time"),
                      numbered=False, unique=lambda h, n: f"{h}{n}", separator=";", trailing=";",
                      submitted=lambda t: t),
    "google": Tool(("Timestamp", "Email Address"), numbered=True, unique=lambda h, n: h, separator=", ",
                   trailing="", submitted=lambda t: t.strftime("%Y/%m/%d %I:%M:%S %p") + " GMT+2"),
}


def _prompt(edition: int, start: str) -> str:
    for _kind, text in catalogue.form_text(edition):
        if text.startswith(start):
            return text
    raise KeyError(f"no printed prompt starting {start!r} for edition {edition}")


def _title(e: catalogue.Entry, tool: Tool) -> str:
    # Form authors paste the printed question; the "Please provide link and detail." request on its own line.
    text = e.text.replace("? Please provide", "?\nPlease provide")
    return f"{e.printed_number}. {text}" if tool.numbered and e.printed_number else text


def columns(edition: int, tool: Tool) -> list[tuple[str, str, int | None, str]]:
    """(title, kind, question, item) per column, in form order; kind says what the cell holds."""
    out: list[tuple[str, str, int | None, str]] = [(h, "meta", None, "") for h in tool.meta]
    out += [("SYNTHETIC DEMO DATA", "synthetic", None, ""), ("COUNTRY NAME", "country", None, "")]
    out += [(label, f"respondent_{f}", None, "") for label, f in CONTACT]
    out.append(("Please select whichever applies", "status", None, ""))
    for q in catalogue.questions(edition):
        items = catalogue.items(edition, q.question)
        if q.answer_type == "yes_no":
            out.append((_title(q, tool), "answer", q.question, ""))
            if q.question == 4:
                out += [(label, f"cio_{f}", 4, "") for label, f in CONTACT]
            prompts = PROMPTS.get(q.question, () if q.question in NO_PROMPT else (DEFAULT_PROMPT,))
            for k, start in enumerate(prompts):
                out.append((_prompt(edition, start), "detail" if k == 0 else "blank", q.question, ""))
        elif q.answer_type == "choice":
            out.append((_title(q, tool), "choice", q.question, ""))
        elif q.answer_type == "items" and q.question in MULTI_SELECT:
            out.append((_title(q, tool), "options", q.question, ""))
            out += [(e.form_label, "detail", q.question, e.item) for e in items]
        elif q.answer_type == "items":
            out += [(e.form_label, "detail", q.question, e.item) for e in items]
        else:
            out.append((_title(q, tool), "detail", q.question, ""))
    return out


def header(edition: int, tool: Tool) -> list[str]:
    """The column titles as the tool writes them: a repeated title made unique its way."""
    seen: dict[str, int] = {}
    out = []
    for title, *_ in columns(edition, tool):
        seen[title] = seen.get(title, 0) + 1
        out.append(title if seen[title] == 1 else tool.unique(title, seen[title]))
    return out


def _detail(cell: response.Cell) -> str:
    return "\n\n".join("\n".join(line for line in para) for para in cell.paragraphs)


def _chosen(r: response.SyntheticResponse, question: int) -> list[catalogue.Entry]:
    return [e for e in catalogue.items(r.edition, question) if r.cell(question, e.item).tick == "yes"]


def _option(e: catalogue.Entry) -> str:
    return e.form_label.split(";")[0].strip()


def values(r: response.SyntheticResponse, tool: Tool, number: int = 1) -> list[object]:
    """One response's cells, in column order."""
    start = dt.datetime(r.edition - 1, 5, 3, 9, 0) + dt.timedelta(days=number, minutes=7 * number)
    meta = {"ID": number, "Start time": start, "Completion time": start + dt.timedelta(minutes=84),
            "Email": "anonymous", "Timestamp": tool.submitted(start + dt.timedelta(minutes=84))}
    out: list[object] = []
    for title, kind, q, item in columns(r.edition, tool):
        value: object = ""
        if kind == "meta":
            value = meta.get(title, "")
        elif kind == "synthetic":
            value = "yes"
        elif kind == "country":
            value = r.country_name
        elif kind == "status":
            value = APPLIES[0] + tool.trailing
        elif kind.startswith(("respondent_", "cio_")):
            role, attr = kind.split("_", 1)
            contact = r.respondent if role == "respondent" else r.cio
            value = getattr(contact, attr) if contact else ""
        elif kind == "answer":
            value = {"yes": "Yes", "no": "No"}.get(r.cell(q, item).tick or "", "")
        elif kind == "choice":
            cell = r.cell(q, item)
            # Both tools export the text typed into "Other" on its own.
            value = (cell.other_text or "Other") if cell.tick == "Other" else (cell.tick or "")
        elif kind == "options":
            chosen = [_option(e) for e in _chosen(r, q)]
            value = tool.separator.join(chosen) + tool.trailing if chosen else ""
        elif kind == "detail":
            value = _detail(r.cell(q, item))
        out.append(value)
    return out


def truth_response(r: response.SyntheticResponse) -> response.SyntheticResponse:
    """The response as a multi-select shows it: chosen -> yes; not chosen beside a choice -> no; none chosen ->
    no tick at all (the written detail decides)."""
    cells = []
    for c in r.cells:
        if c.question in MULTI_SELECT and c.item:
            any_chosen = bool(_chosen(r, c.question))
            tick = ("yes" if c.tick == "yes" else "no") if any_chosen else None
            c = dataclasses.replace(c, tick=tick)
        cells.append(c)
    return dataclasses.replace(r, cells=tuple(cells), _index={})


def write_csv(responses: list[response.SyntheticResponse], path: str | Path, tool: str = "google") -> Path:
    t = TOOLS[tool]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as f:  # a BOM, as Excel-bound exports have
        w = csv.writer(f)
        w.writerow(header(responses[0].edition, t))
        for n, r in enumerate(responses, start=1):
            w.writerow(values(r, t, n))
    return path


def write_xlsx(responses: list[response.SyntheticResponse], path: str | Path, tool: str = "microsoft") -> Path:
    import xlsxwriter

    t = TOOLS[tool]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path), {"strings_to_urls": False, "strings_to_formulas": False,
                                         "strings_to_numbers": False})
    try:
        when = wb.add_format({"num_format": "m/d/yy h:mm:ss"})
        ws = wb.add_worksheet("Sheet1")
        ws.write_row(0, 0, header(responses[0].edition, t))
        for n, r in enumerate(responses, start=1):
            for c, v in enumerate(values(r, t, n)):
                if isinstance(v, dt.datetime):
                    ws.write_datetime(n, c, v, when)
                else:
                    ws.write(n, c, v)
    finally:
        wb.close()
    return path


def sidecar(responses: list[response.SyntheticResponse]) -> dict:
    """One ground-truth sidecar for a whole export (several countries)."""
    return {"format": "form_export",
            "documents": [response.sidecar(truth_response(r), "form_export", keep_ticks=True) for r in responses]}
