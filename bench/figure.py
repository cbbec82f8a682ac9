"""A measured figure with its target and baseline, and the table the benchmark prints."""
from __future__ import annotations

import statistics
import time
from dataclasses import dataclass


@dataclass
class Figure:
    """One measured figure: value, its target (None: no target), a baseline measured in the same run."""

    name: str
    value: float
    unit: str
    target: float | None = None
    higher_is_better: bool = False
    baseline: float | None = None
    baseline_what: str = ""
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        ok = self.value >= self.target if self.higher_is_better else self.value <= self.target
        return "ok" if ok else "MISSED"

    @property
    def ratio(self) -> float | None:
        """How many times better than the baseline (> 1 is better)."""
        if not self.baseline or not self.value:
            return None
        return self.value / self.baseline if self.higher_is_better else self.baseline / self.value


def fmt(v: float | None, unit: str) -> str:
    if v is None:
        return "—"
    if unit == "s":
        return f"{v:.2f} s" if v >= 0.1 else f"{v * 1000:.0f} ms"
    if unit == "ms":
        return f"{v:.0f} ms"
    if unit == "MB":
        return f"{v:.0f} MB"
    return f"{v:.1f} {unit}"


HEADER = ("figure", "value", "target", "baseline", "ratio", "")


def table_rows(figures: list[Figure]) -> list[tuple[str, ...]]:
    """One row per figure in HEADER's columns: the printed table and the docs' table (docgen) share it."""
    rows = []
    for f in figures:
        target = "—" if f.target is None else ("≥ " if f.higher_is_better else "< ") + fmt(f.target, f.unit)
        base = "—" if f.baseline is None else f"{fmt(f.baseline, f.unit)} ({f.baseline_what})"
        ratio = "—" if f.ratio is None else f"{f.ratio:.1f}×"
        rows.append((f.name, fmt(f.value, f.unit), target, base, ratio, f.verdict))
    return rows


def print_table(figures: list[Figure]) -> None:
    rows = [HEADER, *table_rows(figures)]
    widths = [max(len(r[i]) for r in rows) for i in range(6)]
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    notes = [f for f in figures if f.note]
    if notes:
        print()
        for f in notes:
            print(f"- {f.name}: {f.note}")


def median_time(fn, runs: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out
