"""Issue 14 in many voices: each kind of evidence and status, in officialese, narrative, bulleted and
field-labelled wordings of our own (tests/reading/voices.yml), read as an analyst reads them."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from loaders import catalogue
from loaders.formats import reading_polarity as polarity

CASES = yaml.safe_load(Path(__file__).with_name("voices.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['kind']}/{c['voice']}:{c['text'][:40]}" for c in CASES])
def test_an_answer_in_any_voice_is_read_with_its_evidence(case):
    r = polarity.read_answer(case["text"], "en", 2022, catalogue.entry(2022, case["q"]).text)
    assert (r.answer, (r.evidence or "").split(":", 1)[0]) == (case["answer"], case["kind"]), r
    if "flag" in case:
        assert (r.flag is None) if case["flag"] is None else (r.flag and case["flag"] in r.flag), r


def test_every_kind_of_status_is_written_in_several_voices():
    voices: dict[str, set[str]] = {}
    for c in CASES:
        voices.setdefault(c["kind"], set()).add(c["voice"])
    statuses = [k for k in voices if k.startswith("status") or k in {"dated after edition", "handled otherwise"}]
    assert len(statuses) >= 9
    assert all(len(voices[k]) >= 2 for k in statuses), voices
