"""Which Chromium draws the figures: Debian's /usr/bin/chromium, or BROWSER_PATH; never a downloaded one."""
from __future__ import annotations

import os
import shutil

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
