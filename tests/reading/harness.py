"""Builds a whole MSQ 2022 text around hand-written answer bodies and checks what the text reader makes of it."""
from __future__ import annotations

from pathlib import Path

import yaml

from loaders import catalogue
from loaders.formats.reading_polarity import read_answer
from loaders.formats.text import parse_text
from loaders.records import ParseError

CASES = Path(__file__).with_name("cases.yml")
PROMPT = "If yes, please provide link and detail. "


def load_cases() -> list[dict]:
    return yaml.safe_load(CASES.read_text(encoding="utf-8"))


def document(case: dict) -> str:
    """The questionnaire text of a case: every question present, blank unless the case gives its body."""
    bodies = {int(k): v for k, v in (case.get("bodies") or {}).items()}
    before = {int(k): v for k, v in (case.get("insert_before") or {}).items()}
    out = [" Member States Questionnaire (MSQ) for the United Nations ", "E-Government Survey 2022 ",
           f"COUNTRY NAME* {case.get('country', 'Freedonia')} ", "Your name* A. Tester ", "Title* Analyst ",
           "Email* tester@example.org ", " "]
    section = None
    for q in catalogue.questions(2022):
        if case.get("stop_after") and q.question > case["stop_after"]:
            break
        out += before.get(q.question, [])
        if q.section != section:
            section = q.section
            out.append(f" {q.section}. {q.section_title} ")
        out.append(f"{q.question}. {q.text} * " if q.printed_number else f"{q.text} * ")
        if q.question in bodies:
            out += bodies[q.question]
        elif q.answer_type == "yes_no":
            out += ["  Yes   No  ", PROMPT]
        out.append(" ")
    if not case.get("stop_after"):
        out += case.get("tail") or ["THANK YOU "]
    if case.get("strip_lines"):  # a plain-text export: no trailing spaces at line ends
        out = [ln.rstrip() for ln in out]
    sep = "\n\n" if case.get("double_spaced") else "\n"
    return sep.join(out) + "\n"


def check(case: dict) -> list[str]:
    """What the reader gets wrong in this case (empty when everything expected holds)."""
    try:
        doc = parse_text(document(case), source_name=f"{case['name']}.txt")
    except ParseError as exc:
        want = case.get("raises")
        return [] if want and want in str(exc) else [f"rejected: {exc}"]
    if case.get("raises"):
        return [f"expected rejection {case['raises']!r}, but the document was read"]
    got = {(a.question, a.item): a for a in doc.answers}
    problems = []
    for e in case.get("expect", []):
        a = got[(e["q"], e.get("item", ""))]
        tag = f"Q{e['q']}{'-' + e['item'] if e.get('item') else ''}"
        for field in ("answer", "basis", "links", "detail"):
            if field in e and getattr(a, field) != e[field]:
                problems.append(f"{tag} {field}: expected {e[field]!r}, read {getattr(a, field)!r}")
        if "flag" in e:
            ok = (a.flag is None) if e["flag"] is None else (a.flag is not None and e["flag"] in a.flag)
            if not ok:
                problems.append(f"{tag} flag: expected {e['flag']!r}, read {a.flag!r}")
        for text in e.get("detail_lacks", []):
            if text in a.detail:
                problems.append(f"{tag} detail holds {text!r}: {a.detail!r}")
    for words in case.get("notes_have", []):
        if not any(words in n for n in doc.notes):
            problems.append(f"no note holds {words!r}: {doc.notes}")
    if "max_flags" in case:
        n = sum(1 for a in doc.answers if a.flag)
        if n > case["max_flags"]:
            problems.append(f"{n} answers flagged, at most {case['max_flags']} expected")
    return problems


def read_question(text: str, q: int, lang: str = "en", item: str = "", edition: int = 2022):
    """read_answer on one written answer to catalogue question `q` (and item), the question's own text as topic."""
    topic = catalogue.entry(edition, q).text + (f" {item}" if item else "")
    return read_answer(text, lang, edition, topic)
