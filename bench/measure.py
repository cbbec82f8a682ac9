"""The benchmark's measurements, one function per part: ingest, hostile, pages, cold start, sessions, figures."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import corpus
from bench.figure import Figure, median_time

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "datasets"
FORMAT_NAMES = {"text": "text", "docx": "Word", "pdf": "PDF", "form_export": "form export"}


@dataclass
class Context:
    """What the parts share: the corpus, a scratch folder, and the full database once it is built."""

    countries: int
    runs: int
    quick: bool
    tmp: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="msq-bench-")))
    _folders: dict | None = None
    _full_db: Path | None = None

    def close(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def folders(self) -> dict[str, Path]:
        if self._folders is None:
            from loaders.countries import un_members

            iso3s = list(un_members())
            step = max(1, len(iso3s) // self.countries)
            chosen = iso3s[::step][:self.countries]
            t = time.perf_counter()
            self._folders = corpus.build(chosen)
            print(f"  ... corpus of {len(chosen)} countries ready in {time.perf_counter() - t:.0f} s "
                  f"({corpus.CACHE})", file=sys.stderr, flush=True)
        return self._folders

    def reference_files(self) -> list[Path]:
        """Every reference file: the shipped GTMI extract, plus the official UN and UNCTAD files if present."""
        files = [ROOT / "data" / "shipped"]
        for rel in ("un-egov-survey/egov_survey_2003_2024_long.csv",
                    "unctad-cyberlaw-tracker/cyberlaw_tracker_data.csv"):
            if (SHARED / rel).exists():
                files.append(SHARED / rel)
        return files

    def inputs(self) -> list[Path]:
        return [*self.folders().values(), *self.reference_files()]

    def full_db(self) -> Path:
        """The whole corpus and every reference file in one database (built once)."""
        if self._full_db is None:
            from loaders import ingest

            db = self.tmp / "full.duckdb"
            ingest.ingest_paths(self.inputs(), db)
            self._full_db = db
        return self._full_db


def _fresh(ctx: Context, name: str) -> Path:
    db = ctx.tmp / f"{name}-{time.perf_counter_ns()}.duckdb"
    return db


def _ingest_seconds(ctx: Context, paths: list[Path], runs: int, workers: int | None = None) -> tuple[float, list]:
    from loaders import ingest

    def once():
        return ingest.ingest_paths(paths, _fresh(ctx, "cold"), workers=workers)

    return median_time(once, runs)


def part_ingest(ctx: Context) -> list[Figure]:
    """Cold ingest per format and for the whole corpus, re-ingest, one changed file, coverage, peak memory."""
    from loaders import ingest

    out: list[Figure] = []
    folders = ctx.folders()
    n = ctx.countries
    for fmt, folder in folders.items():
        secs, reports = _ingest_seconds(ctx, [folder], ctx.runs)
        bad = [r.line() for r in reports if r.status not in ("ok", "warn")]
        base, _ = _ingest_seconds(ctx, [folder], 1, workers=1)
        target = 20.0 if fmt in ("pdf", "docx") else None
        out.append(Figure(f"cold ingest, {FORMAT_NAMES[fmt]}: documents per second", n / secs, "docs/s", target,
                          True, n / base, "serial, one process",
                          note=f"{len(bad)} of {n} not ok: {bad[:2]}" if bad else ""))
    secs, reports = _ingest_seconds(ctx, ctx.inputs(), max(1, ctx.runs - 1))
    base, _ = _ingest_seconds(ctx, ctx.inputs(), 1, workers=1)
    docs = sum(1 for r in reports if r.format not in ("egdi", "gtmi", "cyberlaw"))
    out.append(Figure(f"cold ingest, whole corpus ({docs} documents + reference files)", secs, "s", 60.0,
                      baseline=base, baseline_what="serial"))

    db = ctx.full_db()
    secs, reports = median_time(lambda: ingest.ingest_paths(ctx.inputs(), db), ctx.runs)
    assert all(r.status in ("unchanged", "skipped") for r in reports), [r.line() for r in reports][:3]
    out.append(Figure("re-ingest of the unchanged corpus", secs, "s", 2.0, baseline=base,
                      baseline_what="reading everything again"))

    changed = folders["text"] / sorted(os.listdir(folders["text"]))[0]
    original = changed.read_text(encoding="utf-8")

    def one_change():
        changed.write_text(original + f"\nRevised {time.perf_counter_ns()}\n", encoding="utf-8")
        return ingest.ingest_paths([changed], db)

    try:
        secs, reports = median_time(one_change, ctx.runs)
    finally:
        changed.write_text(original, encoding="utf-8")
    out.append(Figure("one changed file", secs, "s", 1.0, baseline=base, baseline_what="rebuilding everything"))

    out += _coverage(ctx, db)
    out.append(_ingest_memory(ctx))
    size = db.stat().st_size / 1e6
    out.append(Figure("database size, whole corpus", size, "MB"))
    return out


def _coverage(ctx: Context, db: Path) -> list[Figure]:
    import pandas as pd

    from analysis import queries
    from analysis.coverage import coverage

    with queries.reading(db) as con:
        answers = queries.current_answers(con)

    def naive():  # one pass over the rows in Python, as a one-off script would do it
        counts: dict = {}
        for row in answers.itertuples():
            if row.item == "" and answers_has_items(row.edition, row.question):
                continue
            key = (row.country_iso3, row.section)
            c = counts.setdefault(key, {"yes": 0, "no": 0, "unknown": 0})
            c[row.answer] += 1
        return pd.DataFrame(counts).T

    from loaders import catalogue

    parents = {(e.edition, e.question) for e in catalogue.load(2022) if e.item}

    def answers_has_items(edition, question):
        return (edition, question) in parents

    secs, _ = median_time(lambda: coverage(answers, by="section"), max(3, ctx.runs))
    base, _ = median_time(naive, 1)
    return [Figure(f"coverage by section ({len(answers):,} answers)", secs, "s", baseline=base,
                   baseline_what="Python loop over rows")]


def _ingest_memory(ctx: Context) -> Figure:
    """Peak resident memory of a cold ingest of the whole corpus, in a process of its own (and its workers)."""
    # The child reports its own VmHWM and its workers' ru_maxrss: a child's ru_maxrss would start from this
    # (large) process's high-water mark, which Linux carries across fork and exec.
    code = ("import re, resource, sys; from loaders import ingest; "
            "ingest.ingest_paths(sys.argv[2:], sys.argv[1]); "
            "own = int(re.search(r'VmHWM:\\s+(\\d+) kB', open('/proc/self/status').read()).group(1)) / 1024; "
            "print(max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))")
    db = _fresh(ctx, "mem")
    proc = subprocess.run([sys.executable, "-c", code, str(db), *map(str, ctx.inputs())], cwd=ROOT,
                          capture_output=True, text=True)
    if proc.returncode:
        raise RuntimeError(proc.stderr[-2000:])
    peak = float(proc.stdout.strip().splitlines()[-1])
    return Figure("peak memory of one ingest process (whole corpus)", peak, "MB", 500.0,
                  note="the largest of the ingest process (VmHWM) and its parse workers (ru_maxrss)")


def part_hostile(ctx: Context) -> list[Figure]:
    from bench import hostile

    return hostile.measure(ctx.full_db(), ctx.tmp)


def part_pages(ctx: Context) -> list[Figure]:
    from bench import pages

    return pages.measure(ctx.full_db(), runs=max(3, ctx.runs))


def part_coldstart(ctx: Context) -> list[Figure]:
    from bench import coldstart

    return coldstart.measure(ctx)


def part_sessions(ctx: Context) -> list[Figure]:
    from bench import sessions

    return sessions.measure(ctx.full_db(), sessions=5 if ctx.quick else 20)


def part_figures(ctx: Context) -> list[Figure]:
    """The chapter figure set, PNG and SVG, through `python -m loaders figures` (one process, one browser)."""
    if not Path("/usr/bin/chromium").exists() and not os.environ.get("BROWSER_PATH"):
        return [Figure("chapter figure set (PNG + SVG)", float("nan"), "s", 20.0,
                       note="skipped: /usr/bin/chromium is missing (apt-get install chromium)")]
    db = ctx.full_db()

    def once():
        out = Path(tempfile.mkdtemp(dir=ctx.tmp))
        done = subprocess.run([sys.executable, "-m", "loaders", "figures", "--out", str(out), "--db", str(db),
                               "--include-synthetic", "--format", "png", "svg"], cwd=ROOT,
                              capture_output=True, text=True)
        if done.returncode:
            raise RuntimeError(done.stderr[-2000:])
        return len([p for p in out.iterdir() if p.suffix in (".png", ".svg")])

    secs, files = median_time(once, max(1, ctx.runs - 1))
    return [Figure(f"chapter figure set ({files} PNG + SVG files)", secs, "s", 20.0,
                   note="wall time of `python -m loaders figures`, including its start and the browser's")]
