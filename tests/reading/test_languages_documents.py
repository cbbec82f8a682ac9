"""A French and a Spanish response on the English form, read end to end through load_document and
compared with the reading decided by hand (tests/fixtures/languages/*.expected.yml)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from loaders import countries
from loaders.formats.detect import load_document

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "languages"
DOCUMENTS = ("french_on_english_form", "spanish_on_english_form")
# Current disagreements, each with the rule that misfires. Strict: a fix shows as XPASS.
KNOWN_MISREADINGS = {
    ("spanish_on_english_form", "23"): "'No procede, no existen …': a decline cue and a negation joined by a "
                                       "comma stay one clause, so the decline decides (unknown); English "
                                       "'N/A, there are no towns' reads the same. A colon or dash splits.",
}


@lru_cache(maxsize=None)
def _read(name: str):
    docs = load_document(FIXTURES / f"{name}.txt")
    doc = docs[0] if isinstance(docs, list) else docs
    return doc, {(f"{a.question}/{a.item}" if a.item else str(a.question)): a for a in doc.answers}


def _expected(name: str) -> dict:
    return yaml.safe_load((FIXTURES / f"{name}.expected.yml").read_text(encoding="utf-8"))


def _cases():
    for name in DOCUMENTS:
        for key, want in _expected(name)["answers"].items():
            want = dict(want) if isinstance(want, dict) else {"answer": want}
            # YAML 1.1 reads a bare yes/no as a boolean.
            want["answer"] = {True: "yes", False: "no"}.get(want["answer"], want["answer"])
            marks = ([pytest.mark.xfail(strict=True, reason=KNOWN_MISREADINGS[(name, key)])]
                     if (name, key) in KNOWN_MISREADINGS else [])
            yield pytest.param(name, key, want, id=f"{name}:{key}", marks=marks)


@pytest.mark.parametrize("name, key, want", list(_cases()))
def test_a_french_or_spanish_response_is_read_as_an_analyst_reads_it(name, key, want):
    _, answers = _read(name)
    got = answers[key]
    assert got.answer == want["answer"], f"{key}: read {got.answer!r} ({got.detail!r}); why: {want.get('reason')}"


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_country_line_in_the_answers_language_resolves(name):
    doc, _ = _read(name)
    assert countries.to_iso3(doc.country_name) == _expected(name)["country"]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_no_french_or_spanish_answer_is_flagged_as_another_language(name):
    _, answers = _read(name)
    assert not [a.flag for a in answers.values() if a.flag and "not read" in a.flag]


@pytest.mark.parametrize("name, page_line", [("french_on_english_form", "Page 3 sur 12"),
                                             ("spanish_on_english_form", "Página 3 de 12")])
def test_a_french_or_spanish_page_number_never_reaches_an_answer(name, page_line):
    _, answers = _read(name)
    assert page_line in (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    assert not [k for k, a in answers.items() if page_line.split()[-1] in a.detail and "3" in a.detail
                and page_line.split()[0] in a.detail]
