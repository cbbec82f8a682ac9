"""One ground truth, every format: the Word, PDF and online-form versions of a response give the same rows."""
from __future__ import annotations

import functools
import json

import pytest

from loaders import accuracy, countries
from loaders.formats.detect import load_document

from .conftest import GENERATED, GENERATED_ISO3

# Formats that keep every tick: compared with the truth for "all ticks surviving" (keep_ticks=True).
TICKED_FORMATS = ("docx", "pdf", "forms.xlsx", "forms.csv")


@functools.cache
def _load(iso3: str, fmt: str):
    path = GENERATED / (fmt if fmt.startswith("forms.") else f"{iso3}.{fmt}")
    docs = [d for d in load_document(path) if countries.to_iso3(d.country_name) == iso3]
    assert len(docs) == 1, f"{path.name}: expected one response for {iso3}"
    return docs[0]


def _rows(doc) -> dict[tuple[int, str], tuple[str, str, list[str]]]:
    return {(a.question, a.item): (a.answer, a.basis, a.links) for a in doc.answers}


def _truth(iso3: str, fmt: str = "docx") -> dict:
    if fmt.startswith("forms."):
        # A multi-select cell (Q29) cannot leave one option blank: the export has its own sidecar.
        docs = json.loads((GENERATED / "forms.truth.json").read_text(encoding="utf-8"))["documents"]
        return next(d for d in docs if d["country_iso3"] == iso3)
    return json.loads((GENERATED / f"{iso3}.truth.json").read_text(encoding="utf-8"))


def _differ(iso3: str) -> set[tuple[int, str]]:
    """Entries whose truth differs between the Word form and the form export (multi-select items only)."""
    word = {(a["question"], a["item"]): a for a in _truth(iso3)["answers"]}
    form = {(a["question"], a["item"]): a for a in _truth(iso3, "forms.xlsx")["answers"]}
    keys = {k for k in word if (word[k]["answer"], word[k]["basis"]) != (form[k]["answer"], form[k]["basis"])}
    assert {q for q, _ in keys} <= {29}, keys
    return keys


@pytest.mark.parametrize("iso3", GENERATED_ISO3)
def test_docx_pdf_and_form_export_give_identical_answers_bases_and_links(iso3):
    loaded = {fmt: _rows(_load(iso3, fmt)) for fmt in TICKED_FORMATS}
    reference = loaded["docx"]
    skip = _differ(iso3)
    for fmt, rows in loaded.items():
        if fmt.startswith("forms."):
            rows = {k: v for k, v in rows.items() if k not in skip}
            assert rows == {k: v for k, v in reference.items() if k not in skip}, f"{iso3}: {fmt} differs from docx"
            assert loaded[fmt] == loaded["forms.xlsx"], f"{iso3}: {fmt} differs from forms.xlsx"
        else:
            assert rows == reference, f"{iso3}: {fmt} differs from docx"


@pytest.mark.parametrize("fmt", TICKED_FORMATS)
@pytest.mark.parametrize("iso3", GENERATED_ISO3)
def test_every_format_matches_the_ground_truth(iso3, fmt):
    doc = _load(iso3, fmt)
    truth = {(a["question"], a["item"]): a for a in _truth(iso3, fmt)["answers"]}
    got = {(a.question, a.item): a for a in doc.answers}
    assert set(got) == set(truth)
    for key, want in truth.items():
        a = got[key]
        assert (a.answer, a.basis, a.links) == (want["answer"], want["basis"], want["links"]), f"{iso3} {fmt} Q{key}"


@pytest.mark.parametrize("iso3", GENERATED_ISO3)
def test_every_tick_survives_as_marked_in_word_pdf_and_forms(iso3):
    """Where the response ticked a box, formats that keep ticks say basis 'marked'."""
    for fmt in TICKED_FORMATS:
        truth = _truth(iso3, fmt)["answers"]
        ticked = {(a["question"], a["item"]) for a in truth if a["basis"] == "marked"}
        assert ticked, "the generated response should tick something"
        got = {(a.question, a.item) for a in _load(iso3, fmt).answers if a.basis == "marked"}
        assert got == ticked, fmt


def test_accuracy_report_is_100_percent_on_the_generated_corpus():
    tallies = accuracy.measure([str(GENERATED)])
    assert {"docx", "pdf", "form_export:xlsx", "form_export:csv", "text"} <= set(tallies)
    for fmt, t in tallies.items():
        assert not t.rejected, t.rejected
        assert t.answers_ok == t.answers == t.bases_ok and t.links_ok == t.links, (fmt, t.mismatches[:5])
    assert accuracy.perfect(tallies)
