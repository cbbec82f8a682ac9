"""Hostile files against a full database: how long each holds the writer lock, and the reader's peak memory."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from bench.figure import Figure

ROOT = Path(__file__).resolve().parents[1]
TARGET_HOLD = 5.0   # seconds: no file within the upload limit holds the writer lock longer
TARGET_MB = 500.0
# One ingest of one file in a fresh interpreter: the lock's hold from the store, the peak from the kernel.
CODE = """
import json, re, sys, time
from loaders import ingest, store
t = time.perf_counter()
[r] = [x for x in ingest.ingest_paths([sys.argv[1]], sys.argv[2], workers=1) if x.path.endswith(sys.argv[3])]
took = time.perf_counter() - t
peak = int(re.search(r"VmHWM:\\s+(\\d+) kB", open("/proc/self/status").read()).group(1)) / 1024
print(json.dumps({"status": r.status, "message": r.message[:160], "hold": store.last_hold.get("seconds"),
                  "seconds": took, "peak_mb": peak}))
"""


def measure(db: Path, tmp: Path) -> list[Figure]:
    """Each hostile file ingested alone into a copy of `db`: the longest lock hold and the highest peak."""
    from tests.hostile import HOSTILE, hostile_folder

    folder = tmp / "hostile"
    files = hostile_folder(folder)
    got = {}
    for name in HOSTILE:
        copy = tmp / "hostile-target.duckdb"
        shutil.copyfile(db, copy)
        done = subprocess.run([sys.executable, "-c", CODE, str(files[name]), str(copy), name], cwd=ROOT,
                              capture_output=True, text=True, timeout=900, env=_env())
        if done.returncode not in (0,):
            got[name] = {"status": "failed", "message": done.stderr[-300:], "hold": float("nan"),
                         "seconds": float("nan"), "peak_mb": float("nan")}
            continue
        got[name] = json.loads(done.stdout.strip().splitlines()[-1])
    holds = {n: g["hold"] for n, g in got.items()}
    worst = max(holds, key=lambda n: holds[n] or 0.0)
    peak = max(got, key=lambda n: got[n]["peak_mb"] or 0.0)
    each = "; ".join(f"{n} {g['hold']:.2f} s held, {g['seconds']:.1f} s in all, {g['peak_mb']:.0f} MB, "
                     f"{g['status']}" for n, g in got.items())
    return [Figure("writer lock held by one hostile file (the longest)", holds[worst], "s", TARGET_HOLD,
                   note=f"{worst}; the database: {db.stat().st_size / 2**20:.0f} MB; {each}"),
            Figure("peak memory ingesting one hostile file (the highest)", got[peak]["peak_mb"], "MB", TARGET_MB,
                   note=f"{peak}; the whole ingest process, reading in it (workers=1)")]


def _env() -> dict:
    from bench.sessions import clean_env

    return clean_env()
