"""The options of `python -m docgen`, apart from the command so the command table can print its usage."""
from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m docgen",
                                description="Rewrite every generated block of README.md and docs/*.md.")
    p.add_argument("--check", action="store_true", help="change nothing; exit 1 and name every stale block")
    p.add_argument("--root", type=Path, default=ROOT, help="the checkout whose README.md and docs/ to read")
    return p
