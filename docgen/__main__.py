"""`python -m docgen [--check] [--root DIR]`: rewrite every generated block of README.md and docs/*.md, or
(--check) rewrite nothing and exit 1 naming each block whose text is stale."""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from . import markers
from .options import ROOT, parser
from .registry import UnknownBlock, render


def pages(root: Path) -> list[Path]:
    """The markdown that may hold generated blocks: the README and the documentation site."""
    return [p for p in [root / "README.md", *sorted((root / "docs").rglob("*.md"))] if p.exists()]


def stale_blocks(root: Path = ROOT, write: bool = False) -> list[str]:
    """'file:line: name' for every block whose text differs from what the code gives; write=True fixes them."""
    out = []
    render_once = lru_cache(maxsize=None)(render)  # a block named in several pages is computed once per run
    for path in pages(root):
        text = path.read_text(encoding="utf-8")
        where = path.relative_to(root).as_posix()
        new, stale = markers.rewrite(text, render_once, where)
        out += [f"{where}:{b.line}: {b.name}" for b in stale]
        if write and new != text:
            path.write_text(new, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        stale = stale_blocks(args.root, write=not args.check)
    except (markers.MarkerError, UnknownBlock) as e:
        print(f"docgen: {e}", file=sys.stderr)
        return 2
    if args.check:
        for s in stale:
            print(f"stale: {s}")
        if stale:
            print(f"{len(stale)} generated block(s) stale: run python -m docgen", file=sys.stderr)
        return 1 if stale else 0
    for s in stale:
        print(f"rewrote {s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
