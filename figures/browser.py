"""Which Chromium draws the figures: Debian's /usr/bin/chromium, or BROWSER_PATH; never a downloaded one."""
from __future__ import annotations

import os
import shutil
import threading
from typing import Callable, TypeVar

T = TypeVar("T")

BROWSER_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


def find_browser() -> tuple[str | None, list[str]]:
    """(path of a usable Chromium/Chrome or None, the places looked at). Honours BROWSER_PATH."""
    looked = []
    env = os.environ.get("BROWSER_PATH")
    if env:
        looked.append(f"BROWSER_PATH={env}")
        return (env if os.access(env, os.X_OK) else None), looked
    for candidate in BROWSER_CANDIDATES:
        looked.append(candidate)
        if os.access(candidate, os.X_OK):
            return candidate, looked
    for name in BROWSER_NAMES:
        looked.append(f"{name} on PATH")
        found = shutil.which(name)
        if found:
            return found, looked
    return None, looked


def in_own_thread(fn: Callable[[], T], name: str) -> T:
    """fn() in a worker thread, its result or exception handed back: Kaleido's asyncio.run and Playwright's
    sync API both refuse a thread that already runs an event loop (a notebook, an async test)."""
    box: dict = {}

    def work():
        try:
            box["result"] = fn()
        except BaseException as exc:  # handed to the caller's thread below
            box["error"] = exc

    worker = threading.Thread(target=work, name=name)
    worker.start()
    worker.join()
    if "error" in box:
        raise box["error"]
    return box["result"]
