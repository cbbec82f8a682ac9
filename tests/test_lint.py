"""The whole tree passes the linter: ruff with the settings in pyproject.toml, as the pre-commit hook runs it.

The rules (pyflakes, pycodestyle errors, bugbear, import order, complexity <= 15) and the excluded folders
live in pyproject.toml only; this test adds none and skips nothing.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _ruff(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    # --no-cache: nothing written into the checkout; the installed package's binary, not one on PATH.
    return subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=600)


def test_the_whole_tree_passes_the_linter():
    done = _ruff("--output-format", "concise", ".")
    assert done.returncode == 0, (
        "ruff check found problems (see pyproject.toml for the rules; `python -m ruff check --fix .` sorts "
        f"imports and drops unused ones):\n{done.stdout}{done.stderr}")


def test_the_linter_looks_at_every_package_of_the_project():
    shown = set(_ruff("--show-files", ".").stdout.split())
    for path in ("app.py", "app_pages/overview.py", "ui/data.py", "analysis/agreement.py", "figures/charts.py",
                 "loaders/store.py", "loaders/formats/sheets.py", "bench/search.py", "tests/test_lint.py"):
        assert str(ROOT / path) in shown, f"{path} is not linted: check extend-exclude in pyproject.toml"


def test_the_linter_fails_on_an_unused_import_and_a_function_over_the_complexity_bound():
    branches = "".join(f"    if x == {i}:\n        return {i}\n" for i in range(16))
    code = f"import os\n\n\ndef tangled(x):\n{branches}    return -1\n"
    done = _ruff("--output-format", "concise", "--stdin-filename", "loaders/planted.py", "-", stdin=code)
    assert done.returncode == 1
    assert "F401" in done.stdout and "C901" in done.stdout
