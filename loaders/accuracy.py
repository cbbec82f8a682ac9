"""Loaded answers against ground-truth sidecars, per format (the `python -m loaders accuracy` command's measure).

A document `<name>.<ext>` is checked against `<name>.truth.json` beside it (several formats of one
response share one sidecar). A sidecar holds one truth ({"country_iso3", "edition", "answers": [...]})
or several ({"documents": [...]} or a list), matched to the loaded documents by country.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from . import countries
from .records import ParsedDocument, ParseError

TRUTH_SUFFIX = ".truth.json"


@dataclass
class Tally:
    """Matches and totals for one format."""

    documents: int = 0
    answers: int = 0
    answers_ok: int = 0
    bases_ok: int = 0
    links: int = 0      # |truth ∪ loaded| summed over entries: a missed and an extra link both count
    links_ok: int = 0   # |truth ∩ loaded|
    rejected: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)

    @staticmethod
    def share(ok: int, total: int) -> str:
        return f"{100.0 * ok / total:6.2f}%" if total else "    n/a"


def sidecar(path: Path) -> Path:
    name = path.name
    for suffix in reversed(path.suffixes):
        name = name.removesuffix(suffix)
    return path.with_name(name + TRUTH_SUFFIX)


def _truths(path: Path) -> dict[tuple[str, int], dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    docs = data.get("documents", [data]) if isinstance(data, dict) else data
    out = {}
    for d in docs:
        iso3 = d.get("country_iso3") or countries.to_iso3(d.get("country_name") or d["country"])
        out[(iso3, int(d["edition"]))] = d
    return out


def _entries(answers: list) -> dict[tuple[int, str], dict]:
    out = {}
    for a in answers:
        a = a if isinstance(a, dict) else a.model_dump()
        out[(int(a["question"]), a.get("item") or "")] = a
    return out


def compare(doc: ParsedDocument, truth: dict, tally: Tally, where: str) -> None:
    """Add one document's matches and mismatches against its truth to the tally."""
    want, got = _entries(truth["answers"]), _entries(doc.answers)
    tally.documents += 1
    for k in sorted(set(want) | set(got)):
        w, g = want.get(k), got.get(k)
        label = f"{where} Q{k[0]}{' ' + k[1] if k[1] else ''}"
        if w is None or g is None:
            tally.answers += 1
            tally.mismatches.append(f"{label}: {'not in the truth' if w is None else 'not loaded'}")
            continue
        tally.answers += 1
        if w["answer"] == g["answer"]:
            tally.answers_ok += 1
        else:
            tally.mismatches.append(f"{label}: answer {g['answer']!r}, truth {w['answer']!r}")
        if "basis" in w:
            if w["basis"] == g["basis"]:
                tally.bases_ok += 1
            else:
                tally.mismatches.append(f"{label}: basis {g['basis']!r}, truth {w['basis']!r}")
        wl, gl = set(w.get("links", [])), set(g.get("links", []))
        tally.links += len(wl | gl)
        tally.links_ok += len(wl & gl)
        for u in sorted(wl - gl):
            tally.mismatches.append(f"{label}: link missing {u}")
        for u in sorted(gl - wl):
            tally.mismatches.append(f"{label}: link not in the truth {u}")


def _documents(paths: list[str]) -> list[Path]:
    out = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and not f.name.endswith(TRUTH_SUFFIX)
                          and sidecar(f).exists())
        elif p.is_file():
            out.append(p)
    return out


def _label(path: Path, kind: str) -> str:
    """The format as reported: tables also say whether they came as .xlsx or .csv (by content)."""
    if kind in {"form_export", "long_table"}:
        with path.open("rb") as f:
            return f"{kind}:{'xlsx' if f.read(2) == b'PK' else 'csv'}"
    return kind


def measure(paths: list[str], edition: int | None = None) -> dict[str, Tally]:
    """Format -> Tally over every document (with a sidecar) under `paths`."""
    from .formats.detect import load_document, sniff

    tallies: dict[str, Tally] = defaultdict(Tally)
    for path in _documents(paths):
        truth_path = sidecar(path)
        try:
            fmt = _label(path, sniff(path))
        except ParseError as e:
            tallies["unreadable"].rejected.append(str(e))
            continue
        if not truth_path.exists():
            tallies[fmt].rejected.append(f"{path}: no ground truth {truth_path.name} beside it")
            continue
        truths = _truths(truth_path)
        try:
            docs = load_document(path, edition=edition)
        except (ParseError, countries.UnknownCountry) as e:
            tallies[fmt].rejected.append(f"{path}: {e}")
            continue
        for doc in docs:
            key = (countries.to_iso3(doc.country_name), doc.edition)
            truth = truths.get(key)
            if truth is None:
                tallies[fmt].mismatches.append(f"{path} {key[0]}: no truth for this country in {truth_path.name}")
                continue
            compare(doc, truth, tallies[fmt], f"{path.name} {key[0]}")
    return dict(tallies)


def report(tallies: dict[str, Tally]) -> str:
    lines = [f"{'format':<18} {'docs':>5} {'answers':>9} {'bases':>9} {'links':>9}  (share that match)"]
    for fmt, t in sorted(tallies.items()):
        lines.append(f"{fmt:<18} {t.documents:>5} {Tally.share(t.answers_ok, t.answers):>9} "
                     f"{Tally.share(t.bases_ok, t.answers):>9} {Tally.share(t.links_ok, t.links):>9}"
                     f"   ({t.answers} answers, {t.links} links{', ' + str(len(t.rejected)) + ' rejected' if t.rejected else ''})")
    for fmt, t in sorted(tallies.items()):
        for r in t.rejected:
            lines.append(f"REJECTED [{fmt}] {r}")
        for m in t.mismatches:
            lines.append(f"MISMATCH [{fmt}] {m}")
    return "\n".join(lines)


def perfect(tallies: dict[str, Tally]) -> bool:
    return bool(tallies) and all(not t.mismatches and not t.rejected and t.documents for t in tallies.values())
