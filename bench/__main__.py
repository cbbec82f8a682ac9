"""`python -m bench [--quick]`: speed and memory figures, each beside a naive baseline and its target.

Nothing here is a test: it prints figures (and writes them as JSON with --json; with --results,
date, commit and machine too, for the docs). Every figure is the median
of several runs unless it says otherwise, and is printed with its target and "ok" or "MISSED".
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="a small corpus and fewer runs: under a minute")
    p.add_argument("--runs", type=int, help="runs per figure (default 3; 1 with --quick)")
    p.add_argument("--countries", type=int, help="countries in the corpus (default 193; 8 with --quick)")
    p.add_argument("--only", nargs="*", default=[],
                   help="parts to run: ingest hostile pages coldstart sessions figures (default: all)")
    p.add_argument("--json", help="also write the figures to this JSON file")
    p.add_argument("--results", nargs="?", const=str(ROOT / "docs" / "generated" / "bench.json"), metavar="FILE",
                   help="also write the figures with date, commit and machine to FILE (default "
                        "docs/generated/bench.json, which `python -m docgen` renders into docs/benchmark.md)")
    p.add_argument("--note", default="", help="a note stored with --results (e.g. what else ran on the machine)")
    args = p.parse_args(argv)

    from bench import measure
    from bench.figure import Figure, print_table

    runs = args.runs or (1 if args.quick else 3)
    n = args.countries or (8 if args.quick else 193)
    parts = args.only or ["ingest", "hostile", "pages", "coldstart", "sessions", "figures"]
    started, load_at_start = time.perf_counter(), os.getloadavg()
    print(f"python -m bench{' --quick' if args.quick else ''}: {n} countries x 4 formats, {runs} run(s) per figure")
    ctx = measure.Context(countries=n, runs=runs, quick=args.quick)
    figures: list[Figure] = []
    try:
        for part in parts:
            t = time.perf_counter()
            got = getattr(measure, f"part_{part}")(ctx)
            figures += got
            print(f"  ... {part}: {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    finally:
        ctx.close()
    print()
    print_table(figures)
    missed = [f.name for f in figures if f.verdict == "MISSED"]
    print(f"\n{len(figures)} figures, {len(missed)} MISSED; bench took {time.perf_counter() - started:.0f} s")
    if args.json:
        Path(args.json).write_text(json.dumps([{**asdict(f), "verdict": f.verdict, "ratio": f.ratio}
                                               for f in figures], indent=1))
    if args.results:
        from bench import results
        command = " ".join(["python -m bench", *(["--quick"] if args.quick else []),
                            *([f"--runs {args.runs}"] if args.runs else []),
                            *([f"--countries {args.countries}"] if args.countries else []),
                            *(["--only", *args.only] if args.only else [])])
        results.write(Path(args.results), results.record(figures, command, n, runs, args.note, load_at_start))
    return 0


if __name__ == "__main__":
    sys.exit(main())
