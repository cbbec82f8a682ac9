"""Reading files in worker processes, each file bounded in time; the workers die with the process that started them."""
from __future__ import annotations

import ctypes
import importlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterator

from . import limits
from .paths import ROOT

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
    """Run the block for at most parse_seconds, then raise LimitError naming the limit.

    In the main thread a SIGALRM interrupts it; in another thread (the app's script threads) a timer
    raises the error asynchronously in that thread, at its next Python instruction. A worker process
    killed by its parent (see run) bounds what neither can interrupt.
    """
    seconds = float(limits.value("parse_seconds"))
    if threading.current_thread() is threading.main_thread():
        context = _by_signal(seconds)
    else:
        context = _by_timer(seconds)
    try:
        with context:
            yield
    except _Alarm:
        raise time_limit_error(source) from None


@contextmanager
def _by_signal(seconds: float) -> Iterator[None]:
    def alarm(signum, frame):
        raise _Alarm

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _by_timer(seconds: float) -> Iterator[None]:
    target = ctypes.c_ulong(threading.get_ident())
    state = {"active": True, "fired": False}
    guard = threading.Lock()

    def fire() -> None:
        with guard:
            if state["active"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(_Alarm))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with guard:
            state["active"] = False
            if state["fired"]:  # not delivered yet: withdraw it, so it never lands in the caller's code
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)


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
    """A worker's loop: read a job, run it, send the result back; stop on None or when the parent is gone."""
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
    """A `python -m loaders.parse_pool` process and the socket it answers on.

    A plain interpreter, not a multiprocessing child: multiprocessing's spawn re-runs the parent's
    __main__ module in the child, and in the app that is the page script Streamlit is running.
    """

    def __init__(self, fn: Callable[[Any], Any]):
        ours, theirs = socket.socketpair()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
        try:
            target = f"{fn.__module__}:{fn.__qualname__}"
            self.proc = subprocess.Popen([sys.executable, "-m", "loaders.parse_pool", target, str(theirs.fileno())],
                                         pass_fds=(theirs.fileno(),), env=env, stdin=subprocess.DEVNULL,
                                         stdout=subprocess.DEVNULL)  # nothing a library prints joins the report
        finally:
            theirs.close()
        self.conn = Connection(ours.detach())
        self.job: int | None = None
        self.started = 0.0

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            pass
        self.conn.close()


def run(jobs: list[Any], fn: Callable[[Any], Any], workers: int, names: list[str],
        done: Callable[[int, Any], None], failed: Callable[[int, Exception], Any]) -> list[Any]:
    """fn(job) for every job in `workers` processes; results in the order of `jobs`.

    fn is expected to stop itself at parse_seconds (see `bounded`); a job still running GRACE seconds
    later has its worker killed and replaced, and its result is failed(index, LimitError). A worker that
    dies mid-job gives failed(index, WorkerDied). Every worker is killed when this returns or raises, and
    each dies by itself if this process is killed.
    """
    limit = float(limits.value("parse_seconds")) + GRACE
    results: list[Any] = [None] * len(jobs)
    pending = list(range(len(jobs)))[::-1]
    pool: list[_Worker] = []
    try:
        pool = [_Worker(fn) for _ in range(max(1, min(workers, len(jobs))))]
        while pending or any(w.job is not None for w in pool):
            for k, w in enumerate(pool):
                if w.job is None and pending:
                    w.job, w.started = pending.pop(), time.monotonic() + START_UP - limit
                    try:
                        w.conn.send(jobs[w.job])
                    except OSError:  # the worker died before its first job (it could not even start)
                        index, gone = w.job, _died(names[w.job], w.proc)
                        pool[k] = fresh = _replace(w, fn)
                        fresh.job = index
                        _finish(fresh, failed(index, gone), results, done)
            busy = {w.conn: w for w in pool if w.job is not None}
            timeout = max(0.05, min(w.started + limit for w in busy.values()) - time.monotonic())
            for conn in wait(list(busy), timeout):
                w = busy[conn]
                try:
                    result = conn.recv()
                    if isinstance(result, str) and result == STARTED:
                        w.started = time.monotonic()
                        continue
                except (EOFError, OSError):  # the worker died (out of memory, a crash in a C library)
                    result = failed(w.job, _died(names[w.job], w.proc))
                    pool[pool.index(w)] = w = _replace(w, fn)
                    w.job = busy[conn].job
                _finish(w, result, results, done)
            for w in list(pool):
                if w.job is not None and time.monotonic() - w.started > limit:
                    index = w.job
                    pool[pool.index(w)] = fresh = _replace(w, fn)
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


def _replace(w: _Worker, fn) -> _Worker:
    w.kill()
    return _Worker(fn)


class WorkerDied(Exception):
    """A worker ended while reading a file (a crash or the kernel's out-of-memory killer)."""


def _died(name: str, proc: subprocess.Popen) -> WorkerDied:
    try:
        code = proc.wait(1)
    except subprocess.TimeoutExpired:
        code = None
    how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
    return WorkerDied(f"{name}: the reader stopped while reading it ({how}); the file may be too large or damaged")


def main(argv: list[str]) -> int:
    """`python -m loaders.parse_pool MODULE:FUNCTION FD`: serve jobs on the socket FD until told to stop."""
    module, _, name = argv[0].partition(":")
    fn = importlib.import_module(module)
    for part in name.split("."):
        fn = getattr(fn, part)
    _serve(Connection(int(argv[1])), fn)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
