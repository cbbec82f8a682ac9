"""The benchmark's table, rendered from the committed record docs/generated/bench.json (written by
`python -m bench --results`): speed depends on the machine, so it is measured by hand and only rendered here."""
from __future__ import annotations

from bench import results
from bench.figure import HEADER, table_rows

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
