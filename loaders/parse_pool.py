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
        done: Callable[[int, Any], None], failed: Callable[[int, Exception], Any], *,
        local: bool = False) -> list[Any]:
    """fn(job) for every job in `workers` processes; results in the order of `jobs`.

    fn is expected to stop itself at parse_seconds (see `bounded`); a job still running GRACE seconds
    later has its worker killed and replaced, and its result is failed(index, LimitError). A worker that
    dies mid-job gives failed(index, WorkerDied). With `local`, this process is one of the `workers`: it
    takes jobs from the end while the others take them from the start (a worker costs a second or two
    to start, and this process would otherwise only wait). Every worker is killed when this returns or
    raises, and each dies by itself if this process is killed.
    """
    pool = _Pool(jobs, fn, names, done, failed)
    try:
        pool.start(max(1, min(workers - local, len(jobs))))
        while pool.pending or pool.busy():
            pool.assign()
            ready = pool.collect(0.0 if local and pool.pending else None)
            if local and pool.pending and not ready:
                index = pool.pending.pop(0)  # the last job not taken yet
                pool.finish(index, fn(jobs[index]))
            pool.stop_overdue()
    finally:
        pool.kill()
    return pool.results


class _Pool:
    """The workers of one run, the jobs still pending (a stack: the first job on top) and the results."""

    def __init__(self, jobs, fn, names, done, failed):
        self.jobs, self.fn, self.names, self.done, self.failed = jobs, fn, names, done, failed
        self.limit = float(limits.value("parse_seconds")) + GRACE
        self.results: list[Any] = [None] * len(jobs)
        self.pending = list(range(len(jobs)))[::-1]
        self.workers: list[_Worker] = []

    def start(self, n: int) -> None:
        self.workers = [_Worker(self.fn) for _ in range(n)]

    def busy(self) -> list[_Worker]:
        return [w for w in self.workers if w.job is not None]

    def finish(self, index: int, result: Any) -> None:
        self.results[index] = result
        self.done(index, result)

    def _replace(self, w: _Worker) -> _Worker:
        """A new worker in w's place (w is killed); the job w had is left to the caller to finish."""
        w.kill()
        fresh = _Worker(self.fn)
        self.workers[self.workers.index(w)] = fresh
        return fresh

    def assign(self) -> None:
        for w in list(self.workers):
            if w.job is None and self.pending:
                index = self.pending.pop()
                w.job, w.started = index, time.monotonic() + START_UP - self.limit
                try:
                    w.conn.send(self.jobs[index])
                except OSError:  # the worker died before its first job (it could not even start)
                    gone = _died(self.names[index], w.proc)
                    self._replace(w)
                    self.finish(index, self.failed(index, gone))

    def collect(self, timeout: float | None) -> bool:
        """Take every answer ready within `timeout` (None: until the next deadline); True if any came."""
        busy = {w.conn: w for w in self.busy()}
        if not busy:
            return False
        if timeout is None:
            timeout = max(0.05, min(w.started + self.limit for w in busy.values()) - time.monotonic())
        ready = wait(list(busy), timeout)
        for conn in ready:
            w = busy[conn]
            index = w.job
            try:
                result = conn.recv()
            except (EOFError, OSError):  # the worker died (out of memory, a crash in a C library)
                gone = _died(self.names[index], w.proc)
                self._replace(w)
                self.finish(index, self.failed(index, gone))
                continue
            if isinstance(result, str) and result == STARTED:
                w.started = time.monotonic()
                continue
            w.job = None
            self.finish(index, result)
        return bool(ready)

    def stop_overdue(self) -> None:
        for w in self.busy():
            if time.monotonic() - w.started > self.limit:
                index = w.job
                self._replace(w)
                self.finish(index, self.failed(index, time_limit_error(self.names[index])))

    def kill(self) -> None:
        for w in self.workers:
            w.kill()


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
