"""No fault on a plausible table: generated variants of form exports and long tables (header rows added,
dropped, reordered, merged or renamed; columns missing, duplicated or extra; cells empty, very long,
multi-line, formulas, dates, numbers) each end stored, stored with a warning, or rejected with a one-line
reason; never a tool fault, never rows the schema refuses, never a question-like column lost in silence.

Bounded for CI by the "exports" settings profile (examples per reader, no deadline); the "exports-long"
profile (HYPOTHESIS_PROFILE_EXPORTS=exports-long) runs ten times as many, "exports-quick" a tenth.
"""
from __future__ import annotations

import csv
import json
import os
import re
import tempfile
from pathlib import Path

import pandas as pd
import pandera.errors
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from loaders import catalogue, countries
from loaders.ingest import parse_file
from loaders.records import FLAG_MAX
from loaders.schema import ANSWERS_SCHEMA
from loaders.store import validate_answers

settings.register_profile("exports", max_examples=1000, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("exports-quick", max_examples=100, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("exports-long", max_examples=10000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE_EXPORTS", "exports"))

QUESTIONS = [q for q in catalogue.questions(2022) if q.answer_type in ("yes_no", "text", "choice")]
YES_NO = {q.question for q in QUESTIONS if q.answer_type == "yes_no"}
COUNTRIES = ["Norway", "Viet Nam", "Côte d'Ivoire", "Türkiye", "Republic of Korea"]
TOOL_FAULT = "the tool failed"

cells = st.one_of(
    st.sampled_from(["", "Yes", "No", "yes ", "Yes;", "N/A", "Five-year", "Other: seven-year",
                     "=SUM(A1:A3)", '=HYPERLINK("https://x.example","x")', "2021-05-04", "05/04/2021 10:31:00 AM",
                     "3.14", "0", "1", "192.0.2.1", "a@b.example", '{"ImportId":"QID1"}',
                     "See https://gov.example/law for the law.\nAmended in 2020."]),
    st.text(max_size=40),
    st.builds(lambda s, n: s * n, st.sampled_from(["long text ", "Yes\n", "x"]), st.integers(60, 300)),
)


def _header(q, numbered: bool) -> str:
    return f"{q.printed_number}. {q.text}" if numbered and q.printed_number else q.text


ITEMS_Q = [q for q in catalogue.questions(2022) if q.answer_type == "items"]
LAYOUTS = ("one row", "two rows", "three rows", "codes over labels")


def _columns(draw, q, numbered: bool):
    """[(wording, sub-column label, code, 'wording - label' text, cell)] for one question in a tool's export."""
    w = _header(q, numbered)
    code = f"Q{q.question}"
    if q.answer_type == "items":
        opts = [e.form_label.split(";")[0].strip() for e in catalogue.items(2022, q.question)]
        picked = draw(st.lists(st.booleans(), min_size=len(opts), max_size=len(opts)))
        return [(w, o, f"{code}_{k}", f"{w} - {o}", o if on else "") for k, (o, on) in enumerate(zip(opts, picked))]
    main = (w, "Response", code, f"{w} - Selected Choice", draw(cells))
    if q.answer_type == "text":
        return [main[:3] + (w, main[4])]
    label = "Other (please specify)" if q.answer_type == "choice" else "Open-Ended Response"
    return [main, (w, label, f"{code}_TEXT", f"{w} - {label} - Text", draw(cells))]


@st.composite
def exports(draw):
    """Rows of a form export in one of the tools' layouts, then one mutation of its header block."""
    qs = draw(st.lists(st.sampled_from(QUESTIONS + ITEMS_Q), min_size=1, max_size=6, unique_by=lambda q: q.question))
    numbered, layout = draw(st.booleans()), draw(st.sampled_from(LAYOUTS))
    n = draw(st.integers(1, 2))
    names = draw(st.lists(st.sampled_from(COUNTRIES), min_size=n, max_size=n, unique=True))
    if draw(st.integers(0, 7)) == 7:  # now and then a country no name list knows, or none, or a repeat
        names[-1] = draw(st.sampled_from(["Atlantis", "", names[0]]))
    rows_cols = [[_columns(draw, q, numbered) for q in qs] for _ in names]
    cols = [("COUNTRY NAME", "Response", "country", "COUNTRY NAME", "")] + [c for group in rows_cols[0] for c in group]
    body = [[name] + [c[4] for group in groups for c in group] for name, groups in zip(names, rows_cols)]
    top = _header_rows(layout, cols)
    width = len(cols)
    for extra in draw(st.lists(st.sampled_from(["ids", "title", "blank"]), max_size=2)):
        row = {"ids": [json.dumps({"ImportId": f"QID{k}"}) for k in range(width)],
               "title": ["MSQ 2022 export"] + [""] * (width - 1), "blank": [""] * width}[extra]
        top.insert(draw(st.integers(0, len(top))), row)
    op = draw(st.sampled_from(["none", "drop_row", "reorder", "merge", "rename", "drop_col", "dup_col", "extra_col",
                               "empty_header", "meta_first"]))
    top, body = _mutate(draw, op, top, body)
    event(f"generated: {layout}, {op}")
    return top + body, _watched(top, body)


def _header_rows(layout: str, cols) -> list[list[str]]:
    if layout == "one row":
        return [[c[0] if c[1] == "Response" or c[0] == "COUNTRY NAME" else c[3] for c in cols]]
    if layout == "two rows":
        first = [c[0] if k == 0 or cols[k - 1][0] != c[0] else "" for k, c in enumerate(cols)]
        return [first, [c[1] for c in cols]]
    if layout == "three rows":
        return [[c[2] for c in cols], [c[3] for c in cols], [json.dumps({"ImportId": c[2]}) for c in cols]]
    return [[c[2] for c in cols], [c[0] if c[1] == "Response" or c[0] == "COUNTRY NAME" else f"{c[0]} [{c[1]}]"
                                   for c in cols]]


PRINTED_YES_NO = {h: q.question for q in QUESTIONS if q.answer_type == "yes_no" for h in (_header(q, True),
                                                                                          _header(q, False))}


def _watched(top, body) -> list[tuple[str, int, str]]:
    """(country, question, Yes/No) for every cell under an unchanged printed Yes/No header (once in its row)
    in a row with one COUNTRY NAME column: a reader must read it or warn."""
    out = []
    for row in top:
        if row.count("COUNTRY NAME") != 1:
            continue
        country = row.index("COUNTRY NAME")
        for col, h in enumerate(row):
            if h in PRINTED_YES_NO and row.count(h) == 1:
                out += [(r[country], PRINTED_YES_NO[h], r[col]) for r in body
                        if col < len(r) and r[col].strip() in ("Yes", "No")]
    return out


def _mutate(draw, op, top, body):
    width = max(len(r) for r in top + body)
    col = draw(st.integers(0, width - 1))
    if op == "drop_row" and len(top) > 1:
        top.pop(draw(st.integers(0, len(top) - 1)))
    elif op == "reorder":
        top = draw(st.permutations(top))
    elif op == "merge" and len(top) > 1:
        k = draw(st.integers(0, len(top) - 2))
        top[k:k + 2] = [[f"{a} {b}".strip() for a, b in zip(top[k], top[k + 1])]]
    elif op == "rename":
        row = draw(st.integers(0, len(top) - 1))
        top[row][col] = draw(st.sampled_from([top[row][col][:30], top[row][col].upper(), top[row][col] + " (2)",
                                              top[row][col].replace("e", "3"), "Q" + top[row][col]]))
    elif op == "drop_col":
        top, body = [r[:col] + r[col + 1:] for r in top], [r[:col] + r[col + 1:] for r in body]
    elif op == "dup_col":
        top, body = [r[:col + 1] + r[col:] for r in top], [r[:col + 1] + r[col:] for r in body]
    elif op == "extra_col":
        name = draw(st.sampled_from(["Favourite colour", "Does the Government run a chatbot?", "Q77", "Notes", ""]))
        top = [r[:col] + [name] + r[col:] for r in top]
        body = [r[:col] + [draw(cells)] + r[col:] for r in body]
    elif op == "empty_header":
        top[draw(st.integers(0, len(top) - 1))][col] = ""
    elif op == "meta_first":
        meta = ["Respondent ID", "Start Date", "End Date", "IP Address", "Email Address", "Custom Data 1"]
        top = [meta + r if k == len(top) - 1 else [""] * len(meta) + r for k, r in enumerate(top)]
        body = [["7", "05/04/2021 09:00", "05/04/2021 10:31", "192.0.2.7", "x@gov.example", ""] + r for r in body]
    return top, body


def _check(path: Path, watched) -> None:
    parsed = parse_file(path, "0" * 64, None)
    _outcome(parsed)
    if parsed.error:
        assert "\n" not in parsed.error and parsed.error.startswith(path.name), parsed.error
        return
    for doc in parsed.docs:
        assert doc.layout.startswith(("form export", "long table")), doc.layout
    by_iso = {countries.to_iso3(d.country_name): d for d in parsed.docs}
    for name, q, value in watched:
        try:
            doc = by_iso.get(countries.to_iso3(name))
        except countries.UnknownCountry:
            continue
        if doc is None or doc.warnings:
            continue  # a warned document says what it left unread
        a = next(a for a in doc.answers if (a.question, a.item) == (q, ""))
        assert a.answer == value.strip().lower(), (q, value, a)
        event("a printed Yes/No column checked")


def _schema_breaks(frame: pd.DataFrame) -> list[str]:
    """What the answers schema would refuse in `frame`: its own checks, run one by one (pandera's whole
    validation costs 0.1 s a call, the checks a tenth of that; test_schema_breaks_agrees_with_pandera)."""
    out = [] if list(frame.columns) == list(ANSWERS_SCHEMA.columns) else ["columns"]
    for name, column in ANSWERS_SCHEMA.columns.items():
        values = frame[name]
        if not column.nullable and values.isna().any():
            out.append(f"{name}: empty")
        for check in column.checks:
            if not bool(check(values.dropna()).check_passed):
                out.append(f"{name}: {check.error or check.name}")
    out += [f"frame: {c.error}" for c in ANSWERS_SCHEMA.checks if not bool(c(frame).check_passed)]
    if frame.duplicated(subset=ANSWERS_SCHEMA.unique).any():
        out.append("a repeated answer key")
    return out


def test_schema_breaks_agrees_with_pandera():
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.csv"
        _write_csv([["COUNTRY NAME", QUESTIONS[0].text], ["Norway", "Yes"]], path)
        frame = pd.concat(parse_file(path, "0" * 64, None).frames, ignore_index=True)
    assert _schema_breaks(frame) == [] and len(validate_answers(frame)) == len(frame)
    frame.loc[0, "flag"] = "x" * (FLAG_MAX + 1)
    frame.loc[1, "answer"] = "maybe"
    assert _schema_breaks(frame) == ["answer: " + next(c.error or c.name for c in ANSWERS_SCHEMA.columns["answer"]
                                                       .checks), "flag: " + next(
        c.error or c.name for c in ANSWERS_SCHEMA.columns["flag"].checks)]
    with pytest.raises(pandera.errors.SchemaErrors):
        validate_answers(frame)


def _outcome(parsed) -> None:
    """Stored, stored with a warning, or rejected in one line (counted: --hypothesis-show-statistics)."""
    if parsed.error:
        assert TOOL_FAULT not in parsed.error and "\n" not in parsed.error, parsed.error
        event("rejected")
        return
    frame = pd.concat(parsed.frames, ignore_index=True)
    assert _schema_breaks(frame) == [], _schema_breaks(frame)  # the schema's bounds hold: nothing refused
    event("stored with WARN" if any(d.warnings for d in parsed.docs) else "stored")
    event("layout: " + re.sub(r", \d+ \w+$", "", parsed.docs[0].layout))


def _write_csv(rows, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


@settings(PROFILE)
@given(exports())
def test_any_plausible_form_export_csv_is_stored_warned_or_rejected_in_one_line(case):
    rows, watched = case
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.csv"
        _write_csv(rows, path)
        _check(path, watched)


@settings(PROFILE, max_examples=max(PROFILE.max_examples // 10, 20))
@given(exports())
def test_any_plausible_form_export_xlsx_is_stored_warned_or_rejected_in_one_line(case):
    import openpyxl

    rows, watched = case
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.xlsx"
        wb = openpyxl.Workbook()
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        for r in rows:  # "=…" cells become formulas without a computed value; XML cannot hold control characters
            wb.active.append([ILLEGAL_CHARACTERS_RE.sub("", c) for c in r])
        wb.save(path)
        _outcome(parse_file(path, "0" * 64, None))


LONG_HEADER = ["country", "edition", "question", "item", "answer", "detail", "links", "basis"]


@st.composite
def long_tables(draw):
    header = list(LONG_HEADER)
    op = draw(st.sampled_from(["none", "drop_col", "dup_col", "extra_col", "rename", "extra_row", "bad_value"]))
    keys = draw(st.lists(st.sampled_from([e.key for e in catalogue.load(2022)]), min_size=1, max_size=8, unique=True))
    country = draw(st.sampled_from(["NOR", "Viet Nam", "Côte d'Ivoire"]))
    body = [[country, "2022", str(q), item, draw(st.sampled_from(["yes", "no", "unknown", "Yes", "NO"])), draw(cells),
             draw(st.sampled_from(["", "https://a.example", "https://a.example; https://b.example"])),
             draw(st.sampled_from(["", "inferred"]))] for q, item in keys]
    col = draw(st.integers(0, len(header) - 1))
    if op == "drop_col":
        header, body = header[:col] + header[col + 1:], [r[:col] + r[col + 1:] for r in body]
    elif op == "dup_col":
        header, body = header[:col + 1] + header[col:], [r[:col + 1] + r[col:] for r in body]
    elif op == "extra_col":
        header, body = header + ["remarks"], [r + [draw(cells)] for r in body]
    elif op == "rename":
        header[col] = draw(st.sampled_from([header[col].upper(), header[col] + "s", "Country ISO3", "Year"]))
    elif op == "extra_row":
        body.insert(0, list(header))
    elif op == "bad_value":
        body[0][col] = draw(st.sampled_from(["Atlantis", "2020", "99", "maybe", "ticked", ""]))
    event(f"generated: {op}")
    return [header] + body


@settings(PROFILE)
@given(long_tables())
def test_any_plausible_long_table_is_stored_or_rejected_in_one_line(rows):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "table.csv"
        _write_csv(rows, path)
        _outcome(parse_file(path, "0" * 64, None))
