"""Draw synthetic responses as an online-form export: one row per country, one column per form field.

Columns are the headers of data/catalogue/form_headers_<edition>.csv, in file order. A form keeps
every choice, so the ground truth is `response.truth(r, keep_ticks=True)`. Written as .xlsx and .csv.
"""
from __future__ import annotations

import csv
from pathlib import Path

from .. import catalogue
from ..formats.form_export import headers_path
from . import response as R

META = {"ID": "", "Start time": "2021-05-20T09:00:00", "Completion time": "2021-05-20T10:30:00",
        "Email": "anonymous", "Name": "", "Last modified time": ""}


def headers(edition: int) -> list[tuple[str, str, str, str]]:
    """(header, question, item, field) rows of the mapping file, in order."""
    with headers_path(edition).open(encoding="utf-8", newline="") as f:
        return [(r["header"], r["question"], r["item"], r["field"]) for r in csv.DictReader(f)]


def _detail(cell: R.Cell) -> str:
    return "\n\n".join("\n".join(line for line in para) for para in cell.paragraphs)


def _answer(r: R.SyntheticResponse, q: int, item: str) -> str:
    cell = r.cell(q, item)
    e = catalogue.entry(r.edition, q, item)
    if e.answer_type == "choice":
        if not cell.tick:
            return ""
        return f"Other: {cell.other_text}" if cell.tick == "Other" and cell.other_text else cell.tick
    return {"yes": "Yes", "no": "No"}.get(cell.tick or "", "")


def row(r: R.SyntheticResponse, number: int = 1) -> dict[str, str]:
    """header -> cell text for one response."""
    out: dict[str, str] = {}
    details_seen: set[tuple[int, str]] = set()
    for header, q, item, field in headers(r.edition):
        value = ""
        if field == "meta":
            value = str(number) if header == "ID" else META.get(header, "")
        elif field == "synthetic":
            value = "yes"
        elif field == "country":
            value = r.country_name
        elif field.startswith(("respondent_", "cio_")):
            role, attr = field.split("_", 1)
            contact = r.respondent if role == "respondent" else r.cio
            value = getattr(contact, attr) if contact else ""
        elif field == "answer":
            value = _answer(r, int(q), item)
        elif field == "detail":
            key = (int(q), item)
            # A question with two detail columns (Q39) writes its detail once, in the first.
            value = "" if key in details_seen else _detail(r.cell(*key))
            details_seen.add(key)
        out[header] = value
    return out


def write_csv(responses: list[R.SyntheticResponse], path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    cols = [h for h, *_ in headers(responses[0].edition)]
    with path.open("w", encoding="utf-8-sig", newline="") as f:  # a BOM, as Excel-bound exports have
        w = csv.writer(f)
        w.writerow(cols)
        for n, r in enumerate(responses, start=1):
            values = row(r, n)
            w.writerow([values[c] for c in cols])
    return path


def write_xlsx(responses: list[R.SyntheticResponse], path: str | Path) -> Path:
    import xlsxwriter

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    cols = [h for h, *_ in headers(responses[0].edition)]
    wb = xlsxwriter.Workbook(str(path), {"strings_to_urls": False, "strings_to_formulas": False})
    try:
        ws = wb.add_worksheet("Form1")
        ws.write_row(0, 0, cols)
        for n, r in enumerate(responses, start=1):
            values = row(r, n)
            ws.write_row(n, 0, [values[c] for c in cols])
    finally:
        wb.close()
    return path


def sidecar(responses: list[R.SyntheticResponse]) -> dict:
    """One ground-truth sidecar for a whole export (several countries)."""
    return {"format": "form_export",
            "documents": [R.sidecar(r, "form_export", keep_ticks=True) for r in responses]}
