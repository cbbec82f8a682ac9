"""Cold start of a fresh clone: from `streamlit run app.py` with no database to the first chart in a browser.

The clone is a local `git clone` of the committed HEAD (uncommitted work is not in it) into a scratch
folder; MSQ_DB is unset, so the app builds data/msq.duckdb on its first start. The clock starts when the
server process is started and stops when a headless Chromium (already open, as a user's browser would be)
shows the first chart. The baseline is the old design's first start in another fresh clone: `python -m
loaders build` (everything, before the first page), then the app to its first chart.
"""
from __future__ import annotations

import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from bench.figure import Figure
from bench.sessions import Server, clean_env

ROOT = Path(__file__).resolve().parents[1]
CHART = "[data-testid=stPlotlyChart]"
TARGET = 8.0  # seconds
CHROMIUM = os.environ.get("BROWSER_PATH", "/usr/bin/chromium")
DEMO_WAIT = 300.0  # seconds to let the background demo corpus finish before it is stopped


# MSQ_BENCH_UNCOMMITTED=1: apply the checkout's uncommitted changes to tracked files on top of HEAD.
UNCOMMITTED = os.environ.get("MSQ_BENCH_UNCOMMITTED") == "1"


def clone(into: Path) -> Path:
    """A fresh local clone of the committed HEAD (with MSQ_BENCH_UNCOMMITTED=1, plus uncommitted changes)."""
    subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(into)], check=True,
                   capture_output=True)
    if UNCOMMITTED:
        diff = subprocess.run(["git", "diff", "HEAD", "--binary"], cwd=ROOT, check=True, capture_output=True).stdout
        if diff:
            subprocess.run(["git", "apply", "--whitespace=nowarn"], cwd=into, input=diff, check=True,
                           capture_output=True)
    return into


def _env() -> dict:
    """The environment of a user's shell: no MSQ_DB (the app builds data/msq.duckdb), bytecode written as usual."""
    return clean_env()


@contextmanager
def busy_cpus(n: int = 2):
    """`n` processes spinning on the CPU for the duration (another user's job on the same machine)."""
    procs = [subprocess.Popen([sys.executable, "-c", "while True: pass"], stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(n)]
    try:
        yield procs
    finally:
        for p in procs:
            p.kill()
            p.wait()


def first_chart(browser, work: Path, wait_demo: float = DEMO_WAIT, app: Path | None = None) -> dict:
    """One cold start in a fresh clone (or in `app`, a clone already used): seconds to the server's health
    answer, to the first chart, and the demo corpus's background finish (None when it did not finish within
    `wait_demo`)."""
    app = app or clone(work / "clone")
    db = app / "data" / "msq.duckdb"
    page = browser.new_page()
    server = Server(app, _env(), log=work / "server.log")
    try:
        server.start()
        up = server.wait_ready(120)
        page.goto(server.url, wait_until="domcontentloaded", timeout=120_000)
        try:
            page.wait_for_selector(CHART, state="visible", timeout=120_000)
        except Exception as exc:  # say what the page showed instead, and what the server said
            shown = " ".join(page.inner_text("body").split())[:400]
            log = (work / "server.log").read_text(errors="replace")[-800:]
            raise RuntimeError(f"no chart within 120 s ({type(exc).__name__}); the page showed: {shown!r}; "
                               f"the server's output ends with: {log!r}") from None
        chart = time.perf_counter() - server.started
        demo_done = _wait_for_demo(db, server.started, wait_demo)
    finally:
        page.close()
        server.stop()
        _stop_writer(db)
    return {"up": up, "chart": chart, "demo": demo_done}


def _wait_for_demo(db: Path, started: float, wait: float) -> float | None:
    """Seconds from the server's start until the background writer (the demo corpus) has published."""
    from loaders import store

    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if store.holder(db) is None and _has_synthetic(db):
            return time.perf_counter() - started
        time.sleep(0.5)
    return None


def _has_synthetic(db: Path) -> bool:
    from analysis import queries

    with queries.reading(db) as con:
        return queries.has_synthetic(con)


def _stop_writer(db: Path) -> None:
    """Stop a background writer of this clone's database still at work, with its parse workers.

    The app started it in a session of its own, so its pid (from the lock file) names its process group.
    """
    from loaders import store

    held = store.holder(db)
    # The demo corpus is read before its writer takes the lock: find its process by this clone's database.
    pids = {int(held["pid"])} if held and held.get("pid") else set()
    pids |= _demo_writers(db)
    for pid in pids:
        try:
            os.killpg(pid, signal.SIGTERM)
        except (ProcessLookupError, PermissionError):
            pass
        deadline = time.monotonic() + 10
        while store.holder(db) and time.monotonic() < deadline:
            time.sleep(0.1)


def _demo_writers(db: Path) -> set[int]:
    """Processes adding the demo corpus to this very database (its path is on their command line)."""
    wanted = str(db.resolve()).encode()
    found = set()
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if wanted in args and any(b"add_demo_corpus" in a for a in args):
            found.add(int(cmdline.parent.name))
    return found


def build_first(browser, work: Path) -> tuple[float, float]:
    """The old design's first start in a fresh clone: `python -m loaders build` (everything, the demo corpus
    included), then `streamlit run app.py` to the first chart; (build seconds, chart seconds)."""
    app = clone(work / "clone")
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "loaders", "build"], cwd=app, env=_env(), capture_output=True,
                          text=True)
    secs = time.perf_counter() - t
    if done.returncode:
        raise RuntimeError(f"python -m loaders build failed: {done.stderr[-1500:]}")
    return secs, first_chart(browser, work, wait_demo=0.0, app=app)["chart"]


def _loaded_run(browser, ctx) -> dict | str:
    """One cold start with two CPU-bound processes running beside the server (a busy shared machine)."""
    work = Path(tempfile.mkdtemp(prefix="coldstart-loaded-", dir=ctx.tmp))
    try:
        app = clone(work / "clone")  # cloned before the load starts: the clock measures the app, not git
        with busy_cpus(2):
            return first_chart(browser, work, wait_demo=0.0, app=app)
    except RuntimeError as exc:
        return str(exc)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(ctx) -> list[Figure]:
    """Cold start to the first chart (median of ctx.runs fresh clones) beside the old design's first start:
    `python -m loaders build`, then the app to its first chart."""
    name = "cold start of a fresh clone to the first chart"
    if not Path(CHROMIUM).exists():
        return [Figure(name, float("nan"), "s", TARGET, note=f"skipped: no browser at {CHROMIUM}")]
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True,
                           text=True).stdout.strip()
    from playwright.sync_api import sync_playwright

    runs = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True)
        try:
            for i in range(max(1, ctx.runs)):
                work = Path(tempfile.mkdtemp(prefix=f"coldstart-{i}-", dir=ctx.tmp))
                try:
                    runs.append(first_chart(browser, work, wait_demo=0.0 if ctx.quick else DEMO_WAIT))
                except RuntimeError as exc:
                    return [Figure(name, float("nan"), "s", TARGET, note=f"failed: {exc}")]
                finally:
                    shutil.rmtree(work, ignore_errors=True)
            loaded = _loaded_run(browser, ctx)
            build = ready = None
            if not ctx.quick:  # the old design's full build takes a minute or more: not in a --quick run
                work = Path(tempfile.mkdtemp(prefix="coldstart-build-", dir=ctx.tmp))
                try:
                    build, ready = build_first(browser, work)
                finally:
                    shutil.rmtree(work, ignore_errors=True)
        finally:
            browser.close()
    base = None if build is None else build + ready
    chart = statistics.median(r["chart"] for r in runs)
    up = statistics.median(r["up"] for r in runs)
    demos = [r["demo"] for r in runs if r["demo"] is not None]
    what = ("HEAD with the checkout's uncommitted changes" if UNCOMMITTED else
            "committed HEAD" + (" (the checkout's uncommitted changes are not in it)" if dirty else ""))
    note = f"server answering after {up:.1f} s; {what}"
    if base is None:
        note += "; baseline (`python -m loaders build`, a minute or more) not measured with --quick"
    else:
        note += (f"; baseline: `python -m loaders build` {build:.1f} s, then the first chart with the database "
                 f"built {ready:.1f} s (the floor for server, page and browser)")
    out = [Figure(name, chart, "s", TARGET, baseline=base, baseline_what="`python -m loaders build`, then start",
                  note=note)]
    if isinstance(loaded, dict):
        out.append(Figure(f"{name}, two busy CPU processes beside it", loaded["chart"], "s", TARGET, baseline=chart,
                          baseline_what="the same on a quiet machine",
                          note=f"server answering after {loaded['up']:.1f} s; one run"))
    else:
        out.append(Figure(f"{name}, two busy CPU processes beside it", float("nan"), "s", TARGET,
                          note=f"failed: {loaded}"))
    if not ctx.quick:
        out.append(Figure("first start: demo corpus published in the background", statistics.median(demos)
                          if demos else float("nan"), "s",
                          note="from the server's start; the pages show real data meanwhile" if demos else
                          f"not finished within {DEMO_WAIT:g} s"))
    return out
