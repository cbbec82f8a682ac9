"""The documentation: the README stays short and points to docs/, and the MkDocs site builds strictly."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_is_short_and_every_link_it_gives_exists():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 200, "the README is the front door: details go to docs/"
    targets = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text)
    assert targets, "the README points to the docs"
    missing = [t for t in targets if not t.startswith("http") and not (ROOT / t).exists()]
    assert not missing, f"README links to files that do not exist: {missing}"


def test_every_docs_page_is_in_the_site_and_the_site_builds_strictly(tmp_path):
    # --strict turns every warning (a broken link or anchor, a page left out of nav) into a failure.
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
                         cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr[-3000:]
    pages = list(tmp_path.rglob("index.html"))
    assert (tmp_path / "index.html").exists() and len(pages) >= len(list((ROOT / "docs").glob("*.md")))
