"""Denmark's response read by the text loader, compared with the hand-written reading in msq_2022_denmark.yml.

Run `python tests/golden/test_denmark_golden.py` for the whole readable diff (every entry, pass or not).
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # when run as a script
    sys.path.insert(0, str(ROOT))

from loaders import catalogue  # noqa: E402
from loaders.records import ANSWERS, BASES  # noqa: E402

SEED = ROOT / "data" / "responses" / "2022" / "msq_2022_denmark.txt"
GOLDEN = Path(__file__).with_name("msq_2022_denmark.yml")
FIELDS = {"q", "item", "answer", "basis", "links", "detail", "detail_has", "detail_lacks", "flag", "reason",
          "xfail_reason"}


@lru_cache(maxsize=1)
def golden() -> dict:
    return yaml.safe_load(GOLDEN.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def parsed():
    from loaders.formats.text import parse_text  # the loader under test

    return parse_text(SEED.read_text(encoding="utf-8"), source_name=SEED.name)


def _norm_url(u: str) -> str:
    """The same address whatever the scheme, trailing slash or #fragment ("www.x.dk" == "https://www.x.dk/")."""
    u = re.sub(r"^(?:https?://)", "", u.strip()).split("#", 1)[0]
    return u.rstrip("/")


def _norm_text(s: str) -> str:
    return " ".join(s.split())


def _short(s: str, n: int = 160) -> str:
    s = _norm_text(s)
    return s if len(s) <= n else s[:n - 1] + "…"


def differences(want: dict, have) -> list[str]:
    """Human-readable lines: what the golden file expects vs what the loader read (empty when they agree)."""
    if have is None:
        return ["  missing: the loader returned no row for this entry"]
    out = []
    for field in ("answer", "basis"):
        if getattr(have, field) != want[field]:
            out.append(f"  {field:7}: expected {want[field]!r:10} read {getattr(have, field)!r}")
    if "links" in want:
        exp, got = [_norm_url(u) for u in want["links"]], [_norm_url(u) for u in have.links]
        if exp != got:
            missing = [u for u in want["links"] if _norm_url(u) not in got]
            extra = [u for u in have.links if _norm_url(u) not in exp]
            out.append("  links  : " + ("same links, other order" if not missing and not extra else ""))
            out += [f"      - missing {u}" for u in missing] + [f"      + extra   {u}" for u in extra]
    detail = _norm_text(have.detail)
    if "detail" in want and detail != _norm_text(want["detail"]):
        out.append(f"  detail : expected {_short(want['detail'])!r}\n           read     {_short(have.detail)!r}")
    for word in want.get("detail_has", []):
        if _norm_text(word) not in detail:
            out.append(f"  detail : lacks {word!r}   (read {_short(have.detail)!r})")
    for word in want.get("detail_lacks", []):
        if _norm_text(word) in detail:
            out.append(f"  detail : must not contain {word!r}")
    if want.get("flag") and not have.flag:
        out.append("  flag   : expected a flag (doubtful reading), read none")
    return out


def _entries() -> list[dict]:
    return golden()["answers"]


def _id(e: dict) -> str:
    return f"Q{e['q']:02d}" + (f"-{e['item']}" if e["item"] else "")


def _params():
    out = []
    for e in _entries():
        marks = [pytest.mark.xfail(reason=e["xfail_reason"], strict=True)] if e.get("xfail_reason") else []
        out.append(pytest.param(e, id=_id(e), marks=marks))
    return out


# --- the golden file itself ----------------------------------------------------------------------

def test_golden_file_has_every_catalogue_entry_once_in_order():
    keys = [(e["q"], e["item"]) for e in _entries()]
    assert keys == [x.key for x in catalogue.load(2022)]
    assert len(keys) == 65


@pytest.mark.parametrize("entry", _entries(), ids=_id)
def test_golden_entry_uses_closed_values_and_explains_every_non_obvious_answer(entry):
    assert set(entry) <= FIELDS, f"unknown field(s) {set(entry) - FIELDS}"
    assert entry["answer"] in ANSWERS and entry["basis"] in BASES  # a bare yes/no in YAML is a bool: fails
    assert entry["basis"] != "marked", "every tick is lost in this text"
    assert (entry["answer"] == "unknown") == (entry["basis"] == "none")
    assert "detail" in entry or entry.get("detail_has"), "say the full detail or the words it must contain"
    assert isinstance(entry["links"], list)
    if entry["answer"] != "yes" or entry.get("flag") or entry.get("xfail_reason"):
        assert entry.get("reason"), "a no, an unknown, a flag or a disagreement needs a reason"


# --- the loader against it -----------------------------------------------------------------------

def test_denmark_document_level_reading():
    want, doc = golden()["document"], parsed()
    assert (doc.country_name, doc.edition, doc.is_synthetic) == \
        (want["country_name"], want["edition"], want["is_synthetic"])
    assert [c.model_dump() for c in doc.contacts] == want["contacts"]
    for words in want["notes_have"]:
        assert any(words in n for n in doc.notes), f"no note holds {words!r}: {doc.notes}"
    assert [(a.question, a.item) for a in doc.answers] == [(e["q"], e["item"]) for e in _entries()]


@pytest.mark.parametrize("entry", _params())
def test_denmark_answer_matches_the_hand_reading(entry):
    have = {(a.question, a.item): a for a in parsed().answers}.get((entry["q"], entry["item"]))
    diff = differences(entry, have)
    assert not diff, f"{_id(entry)} differs from the hand reading:\n" + "\n".join(diff) + \
        (f"\n  why    : {_norm_text(entry['reason'])}" if entry.get("reason") else "")


def test_denmark_flags_stay_rare_enough_to_review():
    flagged = [f"Q{a.question}{'-' + a.item if a.item else ''}: {a.flag}" for a in parsed().answers if a.flag]
    assert len(flagged) <= golden()["document"]["max_flags"], "too many flags:\n" + "\n".join(flagged)


def report() -> str:
    """The whole comparison, one block per entry that differs, and a count."""
    have = {(a.question, a.item): a for a in parsed().answers}
    lines, bad = [], 0
    for e in _entries():
        diff = differences(e, have.get((e["q"], e["item"])))
        if diff:
            bad += 1
            tag = "XFAIL" if e.get("xfail_reason") else "FAIL"
            lines += [f"{tag} {_id(e)}"] + diff
            if e.get("xfail_reason"):
                lines.append(f"  known  : {_norm_text(e['xfail_reason'])}")
    lines.append(f"{len(_entries()) - bad} of {len(_entries())} entries read as the hand reading")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report())
