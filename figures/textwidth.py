"""Estimated width of plotly label text in pixels, so figure margins are sized before the browser draws them.

Widths are DejaVu Sans advance widths (figures/text_widths.csv, in em): the font Debian's Chromium falls back
to for "Arial, Helvetica, sans-serif" when Arial is missing, and wider than Arial, so a margin sized with it
also fits wherever Arial is installed.
"""
from __future__ import annotations

import csv
import html
import re
from functools import lru_cache
from pathlib import Path

WIDTHS_FILE = Path(__file__).with_name("text_widths.csv")
DEFAULT_EM = {"regular": 0.65, "bold": 0.72}  # a character missing from the table: a wide-ish letter
LINE_HEIGHT = 1.3  # plotly's line spacing for <br>-separated lines, in font sizes
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>", re.I)


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {"regular": {}, "bold": {}}
    with WIDTHS_FILE.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            ch = chr(int(row["codepoint"]))
            out["regular"][ch] = float(row["regular"])
            out["bold"][ch] = float(row["bold"])
    return out


def lines(text: object) -> list[str]:
    """The visible lines of a plotly label: split at <br>, tags dropped, entities decoded."""
    return [html.unescape(_TAG.sub("", part)) for part in _BREAK.split(str(text))]


def width(text: object, size: float = 13, bold: bool = False) -> float:
    """Pixel width of the widest line of `text` (plotly markup allowed) at font `size`."""
    table = _table()["bold" if bold else "regular"]
    default = DEFAULT_EM["bold" if bold else "regular"]
    best = 0.0
    for line in lines(text):
        best = max(best, sum(table.get(ch, default) for ch in line) * size)
    return best


def height(text: object, size: float = 13) -> float:
    """Pixel height of `text` with its <br> lines."""
    return len(lines(text)) * size * LINE_HEIGHT


def wrap(text: str, max_px: float, size: float = 13, bold: bool = False, balance: bool = False) -> list[str]:
    """Plain `text` broken at spaces into lines no wider than max_px (a single long word stays whole).

    `balance` evens the lines out (a title never ends on one lonely word): the narrowest width that still
    needs no more lines than max_px does.
    """
    lines_ = _greedy(text, max_px, size, bold)
    if not balance or len(lines_) < 2:
        return lines_
    low, high = max_px / len(lines_), max_px
    for _ in range(12):  # bisection on the width, to about max_px / 4000
        mid = (low + high) / 2
        if len(_greedy(text, mid, size, bold)) > len(lines_):
            low = mid
        else:
            high = mid
    return _greedy(text, high, size, bold)


def _greedy(text: str, max_px: float, size: float, bold: bool) -> list[str]:
    out, line = [], ""
    for word in str(text).split(" "):
        candidate = f"{line} {word}" if line else word
        if line and width(candidate, size, bold) > max_px:
            out.append(line)
            line = word
        else:
            line = candidate
    if line or not out:
        out.append(line)
    return out
