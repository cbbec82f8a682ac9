"""The benchmark's table, rendered from the committed record docs/generated/bench.json (written by
`python -m bench --results`): speed depends on the machine, so it is measured by hand and only rendered here."""
from __future__ import annotations

import re

from bench import results
from bench.figure import HEADER, fmt, table_rows

from .tables import table


def bench_table(_arg: str | None = None) -> str:
    """When and where the figures were measured, the table `python -m bench` prints, and its notes."""
    meta, figures = results.read(results.DOCS_RESULTS)
    start = " / ".join(str(x) for x in meta.get("load_average_start") or []) or "—"
    end = " / ".join(str(x) for x in meta.get("load_average_end") or []) or "—"
    head = (f"Measured {meta['date']} at commit `{meta['commit']}` by `{meta['command']}` ({meta['countries']} "
            f"countries, {meta['runs']} run(s) per figure) on {meta['cpu_count']} cores; load average (1 / 5 / 15 "
            f"min) {start} at the start, {end} at the end.")
    if meta.get("note"):
        head += " " + meta["note"]
    missed = sum(f.verdict == "MISSED" for f in figures)
    rows = [list(r) for r in table_rows(figures)]
    notes = [f"- {f.name}: {f.note}" for f in figures if f.note]
    parts = [head, table(list(HEADER[:-1]) + ["verdict"], rows),
             f"{len(figures)} figures, {missed} MISSED."]
    if notes:
        parts.append("\n".join(notes))
    return "\n\n".join(parts)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def bench_figure(arg: str | None) -> str:
    """One figure of the committed record, named by its slug ('5-sessions-median-page-time'), as the table
    shows its value; a count without decimals. An unknown slug fails and lists the known ones."""
    _meta, figures = results.read(results.DOCS_RESULTS)
    by_slug = {_slug(f.name): f for f in figures}
    if arg not in by_slug:
        raise KeyError(f"no benchmark figure {arg!r} in {results.DOCS_RESULTS.name} (known: {', '.join(by_slug)})")
    f = by_slug[arg]
    if f.unit not in {"s", "ms", "MB"} and float(f.value).is_integer():
        return f"{f.value:.0f} {f.unit}"
    return fmt(f.value, f.unit)
