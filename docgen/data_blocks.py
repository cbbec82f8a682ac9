"""Blocks rendered from data files and the code's own constants: limits, catalogue counts, evidence kinds,
the languages answers are read in."""
from __future__ import annotations

import ast
import csv
import importlib
import importlib.util
from collections.abc import Callable
from pathlib import Path

from loaders import catalogue, limits
from loaders.formats import reading_language
from loaders.paths import DATA

from .tables import table

EVIDENCE_KINDS = DATA / "reading" / "evidence_kinds.csv"


def limits_table(_arg: str | None = None) -> str:
    """Every limit of data/limits.csv with its value, what it applies to and why, in the file's order."""
    rows = [[f"`{lim.name}`", str(lim), lim.applies_to, lim.why] for lim in limits.table().values()]
    return table(["limit", "value", "applies to", "why this value, and when it is checked"], rows)


def limit_value(name: str | None) -> str:
    """'limit:NAME': one limit of data/limits.csv with its unit, e.g. '25 MB'."""
    return str(limits.get(name))


def catalogue_count(arg: str | None) -> str:
    """'catalogue:2022:rows' (questions and sub-items), 'catalogue:2022:questions' or 'catalogue:2022:items':
    counts of one edition's catalogue."""
    edition, what = (arg or "").split(":")
    entries = catalogue.load(int(edition))
    counts = {"rows": len(entries), "questions": sum(not e.item for e in entries),
              "items": sum(bool(e.item) for e in entries)}
    return str(counts[what])


def catalogue_editions(_arg: str | None = None) -> str:
    """The editions with a catalogue in data/catalogue/ (the editions that can be read)."""
    return ", ".join(str(e) for e in catalogue.editions())


def evidence_kinds(arg: str | None = None) -> str:
    """data/reading/evidence_kinds.csv as a table: kind, the answer it gives, when; 'by-answer': one row per
    answer given, naming its kinds; 'sentence': the same in one line of prose (the README's short form)."""
    with EVIDENCE_KINDS.open(encoding="utf-8", newline="") as f:
        kinds = list(csv.DictReader(f))
    if arg == "by-answer":
        by: dict[str, list[str]] = {}
        for r in kinds:
            by.setdefault(r["answer"], []).append(f"`{r['kind']}`")
        return table(["gives", "evidence kinds"], [[answer, ", ".join(names)] for answer, names in by.items()])
    if arg == "sentence":
        by = {}
        for r in kinds:
            by.setdefault(r["answer"], []).append(f"`{r['kind']}`")
        said = {"any": "either way", "yes": "`yes`", "no": "`no`", "unknown": "`unknown`"}
        return "; ".join(f"{said.get(answer, answer)}: {', '.join(names)}" for answer, names in by.items())
    return table(["kind", "gives", "when"], [[f"`{r['kind']}`", r["answer"], r["description"]] for r in kinds])


def evidence_kind_count(_arg: str | None = None) -> str:
    """How many evidence kinds data/reading/evidence_kinds.csv lists."""
    with EVIDENCE_KINDS.open(encoding="utf-8", newline="") as f:
        return str(sum(1 for _ in csv.DictReader(f)))


def _cue_tables(code: str) -> str:
    if code == "en":
        return "`data/reading/*.csv`, `data/answer_phrases.csv`"
    return f"`{Path('data', 'reading', code).as_posix()}/` (same file names and columns)"


def languages_read(arg: str | None = None) -> str:
    """Languages read (a cue-table folder each), every other language the placement can name, and an answer
    it cannot place: what happens to each, with the flag and evidence the reader writes ('sentence': in one
    line of prose, the README's short form)."""
    known = reading_language.languages()
    read = reading_language.read_languages()
    rows = [[known[c].name if c in known else c, "read", _cue_tables(c)] for c in sorted(read, key=_order(known))]
    others = [lang for code, lang in known.items() if code not in read]
    if others:
        flag, evidence = reading_language.not_read(others[0].code)
        names = ", ".join(lang.name for lang in others)
        rows.append([f"any other ({names}, …)", f"`unknown`, basis `inferred`, flag `{flag}`, evidence `{evidence}`", "none"])
    flag, evidence = reading_language.not_read(reading_language.UNDETERMINED)
    if arg == "sentence":
        names = [known[c].name if c in known else c for c in sorted(read, key=_order(known))]
        first, second = reading_language.not_read(others[0].code) if others else ("", "")
        return (f"{', '.join(names[:-1])} and {names[-1]} are read, each with its own cue tables; an answer in any "
                f"other language ({', '.join(lang.name for lang in others[:4])}, …) is `unknown`, flagged `{first}` "
                f"(evidence `{second}`); one whose language cannot be placed with confidence is `unknown`, flagged "
                f"`{flag}`")
    rows.append(["not placed with confidence", f"`unknown`, basis `inferred`, flag `{flag}`, evidence `{evidence}`", "none"])
    return table(["language", "what happens", "cue tables"], rows)


def language_codes(arg: str | None) -> str:
    """'language-codes:detector' (or script, markers): the codes data/reading/languages.csv places that way."""
    return ", ".join(c for c, lang in reading_language.languages().items() if lang.detected_by == arg)


def _order(known: dict) -> Callable[[str], tuple]:
    # English first, then the file's order: the order a reader of the docs expects.
    codes = list(known)
    return lambda c: (c != "en", codes.index(c) if c in codes else len(codes), c)


def code_constant(arg: str | None) -> str:
    """'package.module:NAME' (or 'NAME.KEY' for one entry of a dict, 'NAME.0' of a tuple): a constant the code decides by (a threshold,
    a default), as the code holds it; 'app:NAME' reads app.py's constant from its source without running the app."""
    module, _, name = (arg or "").partition(":")
    name, _, key = name.partition(".")
    value = _source_constant(module, name)
    if value is _MISSING:
        value = getattr(importlib.import_module(module), name)
    if key:
        value = value[int(key)] if isinstance(value, (tuple, list)) else value[key]
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a wait of 300.0 s reads "300"
    if isinstance(value, (tuple, list)):
        return " ".join(map(str, value))  # choices as a user types them: "png svg pdf"
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


_MISSING = object()


def default_argument(arg: str | None) -> str:
    """'package.module:FUNCTION.PARAMETER': the default of a function's parameter (e.g. the size of a hostile
    file tests/hostile.py builds), as the code holds it."""
    import inspect

    module, _, rest = (arg or "").partition(":")
    function, _, parameter = rest.partition(".")
    value = inspect.signature(getattr(importlib.import_module(module), function)).parameters[parameter].default
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def _source_constant(module: str, name: str):
    """NAME's literal value from the module's source, without importing it (app.py is a Streamlit script:
    importing it would run the app); _MISSING when NAME is not a literal assigned at the top level."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.origin or not spec.origin.endswith(".py"):
        return _MISSING
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, ast.AnnAssign) and node.value is not None else []
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            try:
                return ast.literal_eval(node.value)
            except ValueError:  # computed (a call, a name): the imported module knows its value
                return _MISSING
    return _MISSING


LANGUAGE_SAMPLES = DATA.parent / "tests" / "reading" / "language_samples.csv"


def language_samples(arg: str | None) -> str:
    """'language-samples:WHAT' over tests/reading/language_samples.csv, placed by the code now: total,
    by-language ('30 en, 30 fr, …'), short (under the minimum words), long, right, not-placed, left-in-form
    (another language left in the form's, English), wrong-read (placed in another read language),
    english-moved."""
    with LANGUAGE_SAMPLES.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if arg == "by-language":
        by: dict[str, int] = {}
        for r in rows:
            by[r["lang"]] = by.get(r["lang"], 0) + 1
        return ", ".join(f"{n} {lang}" for lang, n in by.items())
    short = sum(len(reading_language.words(r["text"])) < reading_language.MIN_WORDS for r in rows)
    if arg in ("total", "short", "long"):
        return str({"total": len(rows), "short": short, "long": len(rows) - short}[arg])
    counts = {"right": 0, "not-placed": 0, "left-in-form": 0, "wrong-read": 0, "english-moved": 0}
    read = reading_language.read_languages()
    for r in rows:
        got = reading_language.place(r["text"], "en").lang
        if got == r["lang"]:
            counts["right"] += 1
        elif r["lang"] == "en":
            counts["english-moved"] += 1
        elif got == reading_language.UNDETERMINED:
            counts["not-placed"] += 1
        elif got == "en":
            counts["left-in-form"] += 1
        elif got in read:
            counts["wrong-read"] += 1
    return str(counts[arg])


CI_SCRIPT = DATA.parent / ".ci" / "run"


def ci_commands(_arg: str | None = None) -> str:
    """The commands `.ci/run` runs (Debian packages, install, lint, tests), as a user types them: what the
    README calls the test command."""
    quiet = {"-q", "-qq", "-y", "--no-install-recommends", ">/dev/null"}
    steps = []
    for line in (s.strip() for s in CI_SCRIPT.read_text(encoding="utf-8").splitlines()):
        if line.startswith(("python3 ", "apt-get install ")):
            steps.append(" ".join(w for w in line.replace("python3 ", "python ", 1).split() if w not in quiet))
    return "```bash\n" + "\n".join(steps) + "\n```"
