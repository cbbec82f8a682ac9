"""Prints, per family of hand readings, the answers read right, wrong but flagged, WRONG AND NOT FLAGGED and
the share flagged: the hand-written cases per kind, the four voices, the Denmark golden file, the held-out
sets and, given a folder, a demo corpus against its sidecars:  python -m tests.reading.accuracy [DEMO_FOLDER]"""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

from loaders.formats.text import parse_text

from .harness import document, load_cases
from .scoring import HEADER, Score, line, score

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "responses" / "2022" / "msq_2022_denmark.txt"


def flag_share(paths: list[Path]) -> tuple[int, int, collections.Counter, list[str]]:
    """(flagged answers, answers, reasons, rows compared with a sidecar that differ) over documents."""
    flagged = total = 0
    reasons: collections.Counter = collections.Counter()
    wrong: list[str] = []
    for p in paths:
        doc = parse_text(p.read_text(encoding="utf-8"), source_name=p.name)
        got = {(a.question, a.item): a for a in doc.answers}
        for a in doc.answers:
            total += 1
            if a.flag:
                flagged += 1
                reasons.update(r.strip() for r in a.flag.split(";"))
        side = p.with_suffix(".truth.json")
        if side.exists():
            for row in json.loads(side.read_text(encoding="utf-8"))["answers"]:
                a = got[(row["question"], row["item"])]
                if (a.answer, a.basis) != (row["answer"], row["basis"]):
                    wrong.append(f"{p.stem} Q{row['question']} {row['item']}: {row['answer']} read {a.answer}")
    return flagged, total, reasons, wrong


def cases_by_kind() -> dict[str, Score]:
    """Every expected answer of tests/reading/cases.yml, scored per kind."""
    pairs: dict[str, list] = collections.defaultdict(list)
    for case in load_cases():
        if case.get("raises"):
            continue
        doc = parse_text(document(case), source_name=f"{case['name']}.txt")
        got = {(a.question, a.item): a for a in doc.answers}
        for e in case.get("expect", []):
            if "answer" in e:
                a = got[(e["q"], e.get("item", ""))]
                pairs[case["kind"]].append((e["answer"], a.answer, a.flag))
    return {k: score(v) for k, v in sorted(pairs.items())}


def voices() -> Score:
    """tests/reading/voices.yml: each status and evidence kind in four voices."""
    import yaml

    from loaders import catalogue
    from loaders.formats.reading_polarity import read_answer
    rows = yaml.safe_load((Path(__file__).with_name("voices.yml")).read_text(encoding="utf-8"))
    out = []
    for c in rows:
        r = read_answer(c["text"], "en", 2022, catalogue.entry(2022, c["q"]).text)
        out.append((c["answer"], r.answer, r.flag))
    return score(out)


def denmark() -> Score:
    """The Denmark seed against its golden file, read by hand (tests/golden/msq_2022_denmark.yml)."""
    import yaml
    golden = yaml.safe_load((ROOT / "tests" / "golden" / "msq_2022_denmark.yml").read_text(encoding="utf-8"))
    doc = parse_text(SEED.read_text(encoding="utf-8"), source_name=SEED.name)
    got = {(a.question, a.item): a for a in doc.answers}
    entries = golden["answers"] if isinstance(golden, dict) and "answers" in golden else golden
    pairs = []
    for e in entries:
        a = got[(int(e["q"]), e.get("item") or "")]
        want = {True: "yes", False: "no"}.get(e["answer"], e["answer"])
        pairs.append((want, a.answer, a.flag))
    return score(pairs)


def demo(folder: Path) -> tuple[Score, collections.Counter]:
    """A demo corpus against the generator's sidecars (what each answer was meant to say)."""
    pairs, reasons = [], collections.Counter()
    for p in sorted(folder.glob("*.txt")):
        doc = parse_text(p.read_text(encoding="utf-8"), source_name=p.name)
        got = {(a.question, a.item): a for a in doc.answers}
        reasons.update(r.strip() for a in doc.answers if a.flag for r in a.flag.split(";"))
        side = p.with_suffix(".truth.json")
        if side.exists():
            for row in json.loads(side.read_text(encoding="utf-8"))["answers"]:
                a = got[(row["question"], row["item"])]
                pairs.append((row["answer"], a.answer, a.flag))
    return score(pairs), reasons


def main(argv: list[str]) -> int:
    print("hand-written cases (tests/reading/cases.yml), per kind:")
    print(HEADER)
    for kind, s in cases_by_kind().items():
        print(line(f"  {kind}", s))
    print(line("four voices (voices.yml)", voices()))
    print(line("Denmark golden", denmark()))
    f, n, reasons, _ = flag_share([SEED])
    print(f"  Denmark flags: {dict(reasons)}")
    from tests import test_heldout_styles as heldout
    rows = heldout.comparison()
    for name in dict.fromkeys(r["document"] for r in rows):
        print(line(f"held-out {name}", score([(r["expected"], r["got"], r["flag"])
                                              for r in rows if r["document"] == name])))
    if argv:
        s, reasons = demo(Path(argv[0]))
        print(line(f"demo corpus {Path(argv[0]).name}", s))
        for r, c in reasons.most_common():
            print(f"  {c:5}  {r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
