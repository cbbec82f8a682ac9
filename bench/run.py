"""Benchmark: prints ingest, build, query and memory figures for the current machine (asserts nothing)."""
from __future__ import annotations

import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.coverage import coverage  # noqa: E402
from loaders import ingest, store  # noqa: E402
from loaders.formats.text import parse_text  # noqa: E402
from loaders.paths import DEMO_DIR, RESPONSES_DIR  # noqa: E402

SEED = RESPONSES_DIR / "2022" / "msq_2022_denmark.txt"


def timed(fn, repeat=1):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return out, times


def main() -> None:
    text = SEED.read_text(encoding="utf-8")
    _, t = timed(lambda: parse_text(text, source_name=SEED.name), repeat=20)
    print(f"parse seed (1,317 lines): median {statistics.median(t) * 1000:.1f} ms over 20 runs")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        _, t = timed(lambda: ingest.ingest_paths([SEED], db))
        print(f"ingest seed into a new database: {t[0]:.2f} s")
        _, t = timed(lambda: ingest.ingest_paths([SEED], db))
        print(f"re-ingest unchanged seed: {t[0] * 1000:.0f} ms")
        ingest.ensure_demo_corpus()
        demo = sorted((DEMO_DIR / "2022").glob("*.txt"))
        if demo:
            reports, t = timed(lambda: ingest.ingest_paths([DEMO_DIR], db))
            ok = sum(r.status == "ok" for r in reports)
            print(f"ingest demo corpus: {len(demo)} documents, {ok} ok, {t[0]:.2f} s "
                  f"({t[0] / max(len(demo), 1) * 1000:.0f} ms per document)")
        con = store.open_reader(db)
        frame, t = timed(lambda: con.execute("SELECT * FROM answers_current").df(), repeat=5)
        print(f"read answers_current ({len(frame):,} rows): median {statistics.median(t) * 1000:.0f} ms")
        _, t = timed(lambda: coverage(frame, by="section"), repeat=5)
        print(f"coverage by section: median {statistics.median(t) * 1000:.0f} ms")
        _, t = timed(lambda: coverage(frame, by="theme"), repeat=5)
        print(f"coverage by theme: median {statistics.median(t) * 1000:.0f} ms")
        con.close()
        print(f"database size: {db.stat().st_size / 1e6:.1f} MB")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
