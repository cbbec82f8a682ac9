"""Prints the text reader's accuracy per reading kind on the hand-written cases, and the share of answers it
flags on the Denmark seed and on a demo corpus:  python -m tests.reading.accuracy [DEMO_FOLDER]"""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

from loaders.formats.text import parse_text

from .harness import check, load_cases

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "responses" / "2022" / "msq_2022_denmark.txt"


def per_kind() -> dict[str, tuple[int, int]]:
    """kind -> (cases read right, cases)."""
    out: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for case in load_cases():
        out[case["kind"]][0] += not check(case)
        out[case["kind"]][1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


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


def main(argv: list[str]) -> int:
    print("hand-written cases (tests/reading/cases.yml), read right per kind:")
    for kind, (ok, n) in sorted(per_kind().items()):
        print(f"  {kind:22} {ok:3}/{n:<3} {ok / n:6.0%}")
    f, n, reasons, _ = flag_share([SEED])
    print(f"\nDenmark seed: {f} of {n} answers flagged ({f / n:.1%}): {dict(reasons)}")
    if argv:
        docs = sorted(Path(argv[0]).glob("*.txt"))
        f, n, reasons, wrong = flag_share(docs)
        print(f"demo corpus {argv[0]} ({len(docs)} documents): {f} of {n} answers flagged ({f / n:.1%})")
        for r, c in reasons.most_common():
            print(f"  {c:5}  {r}")
        print(f"  answer/basis differing from the sidecars: {len(wrong)} of {n}")
        for w in wrong[:10]:
            print("   ", w)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
