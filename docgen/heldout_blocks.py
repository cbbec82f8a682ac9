"""Blocks measured by running the reader: the held-out sets of tests/fixtures/heldout/ scored as the held-out
test scores them (tests/test_heldout_styles.py, tests/reading/scoring.py), and the Denmark golden file."""
from __future__ import annotations

from functools import lru_cache

from .tables import share, table


@lru_cache(maxsize=1)
def _comparison() -> tuple[dict, ...]:
    from tests import test_heldout_styles as heldout
    return tuple(heldout.comparison())


def heldout_count(arg: str | None) -> str:
    """'heldout:sets' (hand readings in tests/fixtures/heldout/), 'heldout:documents' (a set may also come as a
    Word file) or 'heldout:answers' (over all documents)."""
    from tests import test_heldout_styles as heldout
    counts = {"sets": len({name for _, name in heldout.DOCUMENTS}), "documents": len(heldout.DOCUMENTS),
              "answers": len(_comparison())}
    return f"{counts[arg or 'sets']:,}"


def _pending() -> dict[str, list[tuple]]:
    """Held-out responses waiting in tests/fixtures/heldout_new/ (first contact recorded, not yet in the test
    run): document -> (expected, read, flag) per answer, read by load_document as the test reads its sets."""
    import yaml

    from loaders.formats.detect import load_document
    from tests import test_heldout_styles as heldout
    folder = heldout.FIXTURES.parent / "heldout_new"
    out = {}
    for exp in sorted(folder.glob("*.expected.yml")):
        name = exp.name.removesuffix(".expected.yml")
        (doc,) = load_document(folder / f"{name}.txt")
        got = {(f"{a.question}/{a.item}" if a.item else str(a.question)): a for a in doc.answers}
        pairs = []
        for key, value in yaml.safe_load(exp.read_text(encoding="utf-8"))["answers"].items():
            want = heldout._answer(value["answer"] if isinstance(value, dict) else value)
            a = got.get(str(key))
            pairs.append((want, a.answer if a else None, a.flag if a else None))
        out[f"heldout_new/{name}.txt"] = pairs
    return out


def heldout_scores(_arg: str | None = None) -> str:
    """Per held-out document, read by the reader now: answers, right, wrong but flagged, wrong and NOT flagged,
    share flagged; the sets of tests/fixtures/heldout/ (in the test run), then any still in heldout_new/."""
    from tests import test_heldout_styles as heldout
    from tests.reading.scoring import score
    pairs = {doc: [(r["expected"], r["got"], r["flag"]) for r in _comparison() if r["document"] == doc]
             for doc in dict.fromkeys(r["document"] for r in _comparison())}
    pairs.update(_pending())
    not_read = {r["document"] for r in _comparison() if r["name"] in heldout.NOT_READ}
    if _arg == "compact":
        return _compact(pairs, not_read)
    rows = []
    for doc, ps in pairs.items():
        s = score(ps)
        label = f"`{doc}` (not read: owed unknown, flagged)" if doc in not_read else f"`{doc}`"
        rows.append([label, s.answers, s.right, s.wrong_flagged, s.wrong_unflagged, share(s.flagged, s.answers)])
    total = score([p for ps in pairs.values() for p in ps])
    rows.append(["**all**", total.answers, total.right, total.wrong_flagged, f"**{total.wrong_unflagged}**",
                 share(total.flagged, total.answers)])
    return table(["held-out document", "answers", "right", "wrong, flagged", "wrong, NOT flagged", "flagged"], rows)


def _compact(pairs: dict[str, list[tuple]], not_read: set[str]) -> str:
    """'heldout-scores:compact' (the README): the totals, then per document only the wrong-and-NOT-flagged count
    and the share flagged, in two lines (in the test run; waiting in heldout_new/)."""
    from tests.reading.scoring import score
    total = score([p for ps in pairs.values() for p in ps])
    groups: dict[bool, list[str]] = {False: [], True: []}
    sizes = {len(ps) for ps in pairs.values()}
    for doc, ps in pairs.items():
        s = score(ps)
        name = doc.removeprefix("heldout_new/").removesuffix(".txt")
        note = ", not read: owed unknown" if doc in not_read else ""
        groups[doc.startswith("heldout_new/")].append(
            f"`{name}` **{s.wrong_unflagged}** ({share(s.flagged, s.answers)} flagged{note})")
    lines = [f"All {total.answers:,} answers: {total.right:,} right, {total.wrong_flagged} wrong but flagged, "
             f"**{total.wrong_unflagged} wrong and NOT flagged**, {share(total.flagged, total.answers)} flagged. "
             "Wrong and NOT flagged per document" + (f" (of {sizes.pop()} answers each):" if len(sizes) == 1 else ":"),
             "",
             f"- in the test run (`tests/fixtures/heldout/`): {', '.join(groups[False])}"]
    if groups[True]:
        lines.append(f"- waiting in `tests/fixtures/heldout_new/`: {', '.join(groups[True])}")
    return "\n".join(lines)


def denmark_score(_arg: str | None = None) -> str:
    """The Denmark seed against its hand reading, one table row in the held-out table's columns."""
    from tests.reading.accuracy import denmark
    s = denmark()
    return table(["hand reading", "answers", "right", "wrong, flagged", "wrong, NOT flagged", "flagged"],
                 [["Denmark golden (`tests/golden/msq_2022_denmark.yml`)", s.answers, s.right, s.wrong_flagged,
                   s.wrong_unflagged, share(s.flagged, s.answers)]])


def denmark_flags(_arg: str | None = None) -> str:
    """How many of the Denmark seed's answers the reader flags, and which, with the flag."""
    from loaders.formats.text import parse_text
    from tests.reading.accuracy import SEED
    doc = parse_text(SEED.read_text(encoding="utf-8"), source_name=SEED.name)
    flagged = [f"Q{a.question}{' ' + a.item if a.item else ''}: `{a.flag}`" for a in doc.answers if a.flag]
    return f"{len(flagged)} of {len(doc.answers)} answers are flagged" + (f" ({'; '.join(flagged)})" if flagged else "")
