"""Many analysts at once: light websocket clients speaking Streamlit's protocol to a real `streamlit run app.py`.

A browser per analyst would starve a 2-core server of the CPU it is being measured on, so each analyst is a
websocket client in one asyncio loop: it sends the BackMsg a browser sends when a page is opened
(rerun_script with the page's name or script hash) and reads ForwardMsgs until the script has finished,
noting any exception element, error alert or unknown page. The server's memory (its process and any
children) is sampled from /proc every 0.2 s while the sessions run.
"""
from __future__ import annotations

import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from bench.figure import Figure

ROOT = Path(__file__).resolve().parents[1]
# (label, URL path) of the main pages, as app.py names them; a missing path fails the session loudly.
MAIN_PAGES = [
    ("Overview", ""),  # the default page: its URL path is empty
    ("Legal framework", "legal-framework"),
    ("Emerging technologies", "emerging-tech"),
    ("Inclusion", "inclusion"),
    ("Country profile", "country"),
    ("Compare", "compare"),
    ("Evidence", "evidence"),
    ("Data", "data"),
]
# The filters each session keeps in its address bar (session i takes the i-th, in turn): analysts look
# at different regions, so the server holds several filter states at once, as it would in use.
# Shared links the analysts open. The corpus is synthetic beside real official files, so the app would open on
# real data only: each link switches the demo on, as the pages part does (bench.pages.demo_query).
QUERIES = [q + "synthetic=true" for q in ("", "region=Africa&", "region=Europe&", "region=Asia&", "region=Americas&")]
TARGET_MB = 500.0
SAMPLE_EVERY = 0.2  # seconds between memory samples


# ------------------------------------------------------------------ the server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_command(port: int) -> list[str]:
    """`streamlit run app.py` on 127.0.0.1 only, headless, no file watcher (nothing changes under it)."""
    return [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless=true",
            "--server.address=127.0.0.1", f"--server.port={port}", "--server.fileWatcherType=none",
            "--server.runOnSave=false", "--browser.gatherUsageStats=false"]


# The app's own settings: a server gets exactly those its caller means, never the benchmark's (pages.py
# points MSQ_DB at the benchmark's database; a fresh clone must build its own).
APP_SETTINGS = ("MSQ_DB", "MSQ_CORRECTIONS", "MSQ_LOCK_WAIT", "MSQ_LOG", "PYTHONPATH", "PYTHONDONTWRITEBYTECODE")


def clean_env(**settings: str) -> dict:
    """A user's shell environment: this process's, without any of the app's settings, plus `settings`."""
    return {k: v for k, v in os.environ.items() if k not in APP_SETTINGS} | settings


class Server:
    """A `streamlit run app.py` in `app_dir`, in a process group of its own; stop() ends that group only.

    `env` is the server's whole environment (see clean_env); nothing of this process's is merged into it.
    """

    def __init__(self, app_dir: Path = ROOT, env: dict | None = None, log: Path | None = None):
        self.app_dir = app_dir
        self.port = free_port()
        self.env = dict(env) if env is not None else clean_env()
        self.log = log
        self.proc: subprocess.Popen | None = None
        self.started = 0.0

    def start(self) -> "Server":
        out = self.log.open("wb") if self.log else subprocess.DEVNULL
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(server_command(self.port), cwd=self.app_dir, env=self.env, stdout=out,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait_ready(self, timeout: float = 60.0) -> float:
        """Seconds from start until /_stcore/health answers ok; raises if the server died or never answered."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with {self.proc.returncode}; see {self.log or 'its output'}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return time.perf_counter() - self.started
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"streamlit did not answer on {self.url} within {timeout:g} s")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)  # the group this Popen started, by its id
            self.proc.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=10)

    def __enter__(self) -> "Server":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# ------------------------------------------------------------------ memory from /proc


def _status_kb(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def process_tree(pid: int) -> list[int]:
    """The process and its descendants (from /proc/*/task/*/children)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            tasks = list(Path(f"/proc/{p}/task").iterdir())
        except OSError:  # the process has just ended
            continue
        for task in tasks:
            try:
                todo += [int(c) for c in (task / "children").read_text().split()]
            except (OSError, ValueError):
                pass
    return out


def tree_rss_mb(pid: int) -> float:
    return sum(_status_kb(p, "VmRSS") for p in process_tree(pid)) / 1024


class MemorySampler:
    """Peak resident memory of a process tree, sampled every 0.2 s in a thread (with the main process's VmHWM)."""

    def __init__(self, pid: int):
        self.pid = pid
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss_mb(self.pid))
            self._stop.wait(SAMPLE_EVERY)

    def __enter__(self) -> "MemorySampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.peak = max(self.peak, tree_rss_mb(self.pid))
        self._stop.set()
        self._thread.join()

    def hwm_mb(self) -> float:
        """The main process's own high-water mark (VmHWM): a peak the 0.2 s samples may have missed."""
        return _status_kb(self.pid, "VmHWM") / 1024


# ------------------------------------------------------------------ the client


@dataclass
class Visit:
    """One page opened by one session: how long until the script finished, and what went wrong if anything."""

    session: int
    page: str
    seconds: float
    problem: str = ""


@dataclass
class Plan:
    sessions: int
    rounds: int
    pages: list[tuple[str, str]] = field(default_factory=lambda: list(MAIN_PAGES))
    limit: float = 120.0     # seconds: every session stops starting pages after this
    page_timeout: float = 60.0
    queries: list[str] = field(default_factory=lambda: list(QUERIES))

    @property
    def visits(self) -> int:
        return self.sessions * self.rounds * len(self.pages)


def _rerun(port: int, url_path: str, page_hash: str, query: str = ""):
    from streamlit.proto.BackMsg_pb2 import BackMsg

    msg = BackMsg()
    state = msg.rerun_script
    state.query_string = query
    state.page_name = url_path
    state.page_script_hash = page_hash
    state.context_info.timezone = "UTC"
    state.context_info.locale = "en-US"
    state.context_info.url = f"http://127.0.0.1:{port}/{url_path}" + (f"?{query}" if query else "")
    return msg.SerializeToString()


def _problem(msg) -> str:
    """What a ForwardMsg says went wrong for the user, or ''."""
    kind = msg.WhichOneof("type")
    if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
        el = msg.delta.new_element
        what = el.WhichOneof("type")
        if what == "exception":
            return f"exception element: {el.exception.type} {el.exception.message[:200]}"
        if what == "alert" and el.alert.format == 1:  # Alert.ERROR: st.error
            return f"error alert: {el.alert.body[:200]}"
    if kind == "page_not_found":
        return f"page not found: {msg.page_not_found.page_name}"
    if kind == "session_event" and msg.session_event.WhichOneof("type") == "script_compilation_exception":
        return "script compilation exception"
    return ""


async def _visit(ws, port: int, session: int, label: str, url_path: str, hashes: dict, timeout: float,
                 query: str = "") -> Visit:
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    started = time.perf_counter()
    await ws.send(_rerun(port, url_path, hashes.get(url_path, ""), query))
    problems: list[str] = []
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return Visit(session, label, time.perf_counter() - started, f"no script_finished within {timeout:g} s")
        raw = await asyncio.wait_for(ws.recv(), left)
        msg = ForwardMsg()
        msg.ParseFromString(raw)
        kind = msg.WhichOneof("type")
        if kind == "navigation":
            hashes.update({p.url_pathname: p.page_script_hash for p in msg.navigation.app_pages})
        if problem := _problem(msg):
            problems.append(problem)
        if kind == "script_finished":
            if msg.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                continue  # a rerun the page asked for (st.rerun): the page is served when that one finishes
            if msg.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                problems.append("compile error")
            break
    if hashes and url_path not in hashes:
        problems.append(f"no page at /{url_path} in the app's navigation")
    return Visit(session, label, time.perf_counter() - started, "; ".join(problems))


async def _session(port: int, index: int, plan: Plan, stop_at: float) -> list[Visit]:
    from websockets.asyncio.client import connect

    out: list[Visit] = []
    # Sessions start on different pages, as analysts opening shared links would.
    order = plan.pages[index % len(plan.pages):] + plan.pages[:index % len(plan.pages)]
    query = plan.queries[index % len(plan.queries)] if plan.queries else ""
    async with connect(f"ws://127.0.0.1:{port}/_stcore/stream", origin=f"http://127.0.0.1:{port}",
                       subprotocols=["streamlit"], max_size=None, open_timeout=30, ping_interval=None,
                       compression=None) as ws:
        hashes: dict[str, str] = {}
        for _ in range(plan.rounds):
            for label, url_path in order:
                if time.monotonic() >= stop_at:
                    return out
                try:
                    out.append(await _visit(ws, port, index, label, url_path, hashes, plan.page_timeout, query))
                except Exception as exc:  # noqa: BLE001 - a timeout or a dropped session is a result, not a crash
                    out.append(Visit(index, label, float("nan"), f"{type(exc).__name__}: {exc}"))
                    return out
    return out


async def _all(port: int, plan: Plan) -> list[Visit]:
    stop_at = time.monotonic() + plan.limit
    done = await asyncio.gather(*(_session(port, i, plan, stop_at) for i in range(plan.sessions)))
    return [v for visits in done for v in visits]


def run_sessions(port: int, plan: Plan) -> list[Visit]:
    """Run the plan's sessions at once against a server on 127.0.0.1:port; every visit made, in any order.

    The event loop runs in a thread of its own: asyncio.run refuses a thread that already runs a loop
    (a notebook, or a test session in which Playwright's sync API has started one)."""
    from figures.browser import in_own_thread

    return in_own_thread(lambda: asyncio.run(_all(port, plan)), "msq-bench-sessions")


# ------------------------------------------------------------------ the figures


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def measure(db: Path, sessions: int = 20, rounds: int = 2, limit: float = 120.0) -> list[Figure]:
    """`sessions` analysts browsing the main pages `rounds` times at once against the full database.

    The baseline is one analyst alone on the same server first (one round: its page times and the server's
    memory after it), so the ratio shows what concurrency costs.
    """
    with server_log() as log, Server(ROOT, clean_env(MSQ_DB=str(db)), log=log) as server:
        server.wait_ready(120)
        with MemorySampler(server.proc.pid) as alone_mem:
            alone = run_sessions(server.port, Plan(1, 1, limit=limit))
        plan = Plan(sessions, rounds, limit=limit)
        t = time.perf_counter()
        with MemorySampler(server.proc.pid) as mem:
            visits = run_sessions(server.port, plan)
        wall = time.perf_counter() - t
        hwm = mem.hwm_mb()
        errors = [v for v in alone + visits if v.problem]
    served = [v for v in visits if not v.problem]
    times = [v.seconds for v in served]
    alone_times = [v.seconds for v in alone if not v.problem]
    first = errors[0] if errors else None
    # Every page a session opened must be served; pages not opened before the time limit are only counted.
    note = (f"{len(visits)} of {plan.visits} planned pages opened in {wall:.0f} s (limit {limit:g} s)"
            + (f"; {len(errors)} failed, e.g. {first.page}: {first.problem}" if first else ""))
    n = f"{sessions} sessions"
    return [
        Figure(f"{n} x {rounds} rounds of {len(plan.pages)} pages: pages served without error", len(served),
               "pages", len(visits) + len([v for v in alone if v.problem]), True, note=note),
        Figure(f"{n}: median page time", statistics.median(times) if times else float("nan"), "s",
               baseline=statistics.median(alone_times) if alone_times else None, baseline_what="one session alone"),
        Figure(f"{n}: p95 page time", percentile(times, 0.95), "s",
               baseline=percentile(alone_times, 0.95) if alone_times else None, baseline_what="one session alone"),
        Figure(f"{n}: server peak memory", max(mem.peak, hwm), "MB", TARGET_MB, baseline=alone_mem.peak,
               baseline_what="one session alone",
               note=f"resident memory of the server process tree sampled every {SAMPLE_EVERY:g} s "
                    f"(peak {mem.peak:.0f} MB) and the server's VmHWM ({hwm:.0f} MB); the larger is shown"),
    ]


@contextmanager
def server_log() -> Iterator[Path]:
    """A temporary file for the server's output, removed afterwards unless the run failed."""
    fd, name = tempfile.mkstemp(prefix="msq-bench-server-", suffix=".log")
    os.close(fd)
    path = Path(name)
    try:
        yield path
    except BaseException:
        print(f"  ... the server's output is in {path}", file=sys.stderr)
        raise
    path.unlink(missing_ok=True)
