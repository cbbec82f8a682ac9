"""The benchmark's results as one JSON record (date, commit, machine, figures), committed as
docs/generated/bench.json and rendered into docs/benchmark.md by `python -m docgen`."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from dataclasses import asdict, fields
from pathlib import Path

from bench.figure import Figure

ROOT = Path(__file__).resolve().parents[1]
DOCS_RESULTS = ROOT / "docs" / "generated" / "bench.json"


def _commit() -> str:
    try:
        run = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                             timeout=10)
    except OSError:
        return "unknown"
    return run.stdout.strip() or "unknown"


def record(figures: list[Figure], command: str, countries: int, runs: int, note: str = "",
           load_at_start: tuple[float, ...] = ()) -> dict:
    """What a reader of the figures needs to judge them: when, on what code, on what machine, how busy."""
    return {
        "command": command,
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": _commit(),
        "cpu_count": os.cpu_count(),
        # 1-, 5- and 15-minute load averages when the run started and ended: other users' work shows here.
        "load_average_start": [round(x, 2) for x in load_at_start],
        "load_average_end": [round(x, 2) for x in os.getloadavg()],
        "countries": countries,
        "runs": runs,
        "note": note,
        "figures": [asdict(f) for f in figures],
    }


def write(path: Path, rec: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(rec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def read(path: Path = DOCS_RESULTS) -> tuple[dict, list[Figure]]:
    """(the record without its figures, the figures)."""
    rec = json.loads(path.read_text(encoding="utf-8"))
    names = {f.name for f in fields(Figure)}
    figures = [Figure(**{k: v for k, v in f.items() if k in names}) for f in rec.pop("figures")]
    return rec, figures
