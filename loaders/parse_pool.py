"""Reading files in worker processes, each file bounded in time, the workers dying with the process that started them."""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterator

from . import limits

GRACE = 5.0        # seconds past the limit before a worker that ignores its alarm is killed
START_UP = 300.0   # seconds a new worker may take to import the readers before it is given up on
STARTED = "started"
PR_SET_PDEATHSIG = 1


def time_limit_error(source: str) -> limits.LimitError:
    """The message for a file whose reading took longer than parse_seconds (it names the limit)."""
    lim = limits.get("parse_seconds")
    return limits.LimitError(f"{source}: still being read after {lim}, the limit for one file (limit parse_seconds "
                             "in data/limits.csv); it is too large or too intricate to read: split it, or save it "
                             "in a simpler form")


class _Alarm(BaseException):
    """Raised in the reading thread when its file is over parse_seconds (a BaseException: readers catch Exception)."""


@contextmanager
def bounded(source: str) -> Iterator[None]:
    """Run the block for at most parse_seconds when in the main thread (a SIGALRM); else unbounded here.

    Callers outside the main thread read in a worker process (see Pool), where the parent enforces the bound.
    """
    seconds = float(limits.value("parse_seconds"))
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def alarm(signum, frame):
        raise _Alarm

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Alarm:
        raise time_limit_error(source) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def die_with_parent() -> None:
    """Make this process end when its parent does: PR_SET_PDEATHSIG on Linux, a watchdog thread everywhere."""
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: the watchdog below still ends the worker within a second
    if os.getppid() != parent:  # the parent died before the prctl took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def _serve(conn: Connection, fn: Callable[[Any], Any]) -> None:
    """A worker's loop: read a job, run it within the time limit, send the result back; stop on None."""
    die_with_parent()
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        conn.send(STARTED)  # the job's time runs from here, not from the worker's start-up
        conn.send(fn(job))


class _Worker:
    def __init__(self, ctx, fn):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, fn), daemon=True, name="msq-parse-worker")
        self.proc.start()
        child.close()
        self.job: int | None = None
        self.started = 0.0

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


def run(jobs: list[Any], fn: Callable[[Any], Any], workers: int, names: list[str],
        done: Callable[[int, Any], None], failed: Callable[[int, Exception], Any]) -> list[Any]:
    """fn(job) for every job in `workers` processes; results in the order of `jobs`.

    fn is expected to stop itself at parse_seconds (see `bounded`); a job still running GRACE seconds
    later has its worker killed and replaced, and its result is failed(index, LimitError). A worker that
    dies mid-job gives failed(index, WorkerDied). Every worker is killed when this returns or raises, and
    each dies by itself if this process is killed.
    """
    ctx = get_context("spawn")  # never fork: the app's server has threads, a fork could inherit a held lock
    limit = float(limits.value("parse_seconds")) + GRACE
    results: list[Any] = [None] * len(jobs)
    pending = list(range(len(jobs)))[::-1]
    pool: list[_Worker] = []
    try:
        pool = [_Worker(ctx, fn) for _ in range(max(1, min(workers, len(jobs))))]
        while pending or any(w.job is not None for w in pool):
            for w in pool:
                if w.job is None and pending:
                    w.job, w.started = pending.pop(), time.monotonic() + START_UP - limit
                    w.conn.send(jobs[w.job])
            busy = {w.conn: w for w in pool if w.job is not None}
            timeout = max(0.05, min(w.started + limit for w in busy.values()) - time.monotonic())
            for conn in wait(list(busy), timeout):
                w = busy[conn]
                try:
                    result = conn.recv()
                    if isinstance(result, str) and result == STARTED:
                        w.started = time.monotonic()
                        continue
                except EOFError:  # the worker died (out of memory, a crash in a C library)
                    result = failed(w.job, _died(names[w.job], w.proc))
                    pool[pool.index(w)] = w = _replace(w, ctx, fn)
                    w.job = busy[conn].job
                _finish(w, result, results, done)
            for w in list(pool):
                if w.job is not None and time.monotonic() - w.started > limit:
                    index = w.job
                    pool[pool.index(w)] = fresh = _replace(w, ctx, fn)
                    fresh.job = index
                    _finish(fresh, failed(index, time_limit_error(names[index])), results, done)
    finally:
        for w in pool:
            w.kill()
    return results


def _finish(w: _Worker, result: Any, results: list[Any], done: Callable[[int, Any], None]) -> None:
    results[w.job] = result
    done(w.job, result)
    w.job = None


def _replace(w: _Worker, ctx, fn) -> _Worker:
    w.kill()
    return _Worker(ctx, fn)


class WorkerDied(Exception):
    """A worker ended while reading a file (a crash or the kernel's out-of-memory killer)."""


def _died(name: str, proc) -> WorkerDied:
    proc.join(1)
    code = proc.exitcode
    how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
    return WorkerDied(f"{name}: the reader stopped while reading it ({how}); the file may be too large or damaged")


if __name__ == "__main__":  # pragma: no cover - not a command
    sys.exit("loaders.parse_pool is a library module")
