"""Marked blocks in markdown: `<!-- generated: NAME -->` … `<!-- /generated -->`, found and rewritten.

A marker on a line of its own opens a block (a table, a list); one inside a line opens an inline value
("up to <!-- generated: limit:upload_files -->20 files<!-- /generated -->"). Text after NAME in the opening
comment is a note for the reader (e.g. "regenerate with python -m docgen") and is kept as written.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

OPEN = "<!-- generated:"
CLOSE = "<!-- /generated -->"
BLOCK_RE = re.compile(r"<!-- generated: (?P<name>[\w:.-]+)(?P<note>[^>]*?)-->(?P<body>.*?)<!-- /generated -->",
                      re.DOTALL)


class MarkerError(ValueError):
    """A marker that is not closed, or a block inside a block: the docs must be fixed by hand."""


@dataclass(frozen=True)
class Block:
    name: str
    body: str
    inline: bool
    line: int

    def filled(self, content: str) -> str:
        """The body this block should hold for `content`."""
        if self.inline:
            return content.strip()
        # Blank lines around the content: a table or list right after an HTML comment is still markdown.
        return "\n\n" + content.strip("\n") + "\n\n"


FENCE_RE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.DOTALL | re.MULTILINE)


def _outside_fences(text: str) -> str:
    """The text with every fenced code block blanked (same length): a marker shown as an example is not one."""
    return FENCE_RE.sub(lambda m: re.sub(r"[^\n]", " ", m[0]), text)


def find(text: str, where: str = "") -> list[tuple[re.Match, Block]]:
    """Every marked block of a markdown text, in order; a broken marker raises MarkerError naming its line."""
    out = []
    visible = _outside_fences(text)
    for m in BLOCK_RE.finditer(visible):
        line = text.count("\n", 0, m.start()) + 1
        if OPEN in m["body"]:
            raise MarkerError(f"{where}:{line}: block {m['name']!r} holds another marker before its {CLOSE}")
        starts_line = m.start() == 0 or text[m.start() - 1] == "\n"
        inline = not (starts_line and m["body"].startswith("\n"))
        body = text[m.start("body"):m.end("body")]
        out.append((m, Block(m["name"], body, inline, line)))
    opened, closed = visible.count(OPEN), visible.count(CLOSE)
    if opened != len(out) or closed != len(out):
        raise MarkerError(f"{where}: {opened} opening and {closed} closing markers, {len(out)} whole blocks")
    return out


def rewrite(text: str, render: Callable[[str], str], where: str = "") -> tuple[str, list[Block]]:
    """(the text with every block filled by render(name), the blocks whose body was stale)."""
    pieces, stale, pos = [], [], 0
    for m, block in find(text, where):
        body = block.filled(render(block.name))
        if body != block.body:
            stale.append(block)
        pieces += [text[pos:m.start("body")], body]
        pos = m.end("body")
    pieces.append(text[pos:])
    return "".join(pieces), stale
