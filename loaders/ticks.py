"""Tick glyphs of every font (data/tick_glyphs.csv) normalised to the text layout's ☒ / ☐."""
from __future__ import annotations

import csv
from functools import lru_cache

from .paths import DATA

TICKED, UNTICKED = "\u2612", "\u2610"  # ☒ ☐: what msq_text.parse_text reads before a label
SYMBOL_FONTS = ("wingdings", "webdings", "symbol")


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """glyph -> ☒ or ☐, for every glyph in data/tick_glyphs.csv."""
    out: dict[str, str] = {}
    with (DATA / "tick_glyphs.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            glyph = chr(int(row["codepoint"].removeprefix("U+"), 16))
            out[glyph] = TICKED if row["state"] == "marked" else UNTICKED
    return out


def is_symbol_font(font: str | None) -> bool:
    return bool(font) and any(s in font.casefold() for s in SYMBOL_FONTS)


def normalise(ch: str, font: str | None = None) -> str:
    """☒/☐ for a tick glyph, else the character unchanged.

    A symbol font (Wingdings) may give its glyphs as plain bytes (0xFE "þ", 0xA8 "¨") or in the
    private-use block U+F0xx; both are looked up as U+F0xx, but only when the font says symbol,
    so an Icelandic "þ" in an ordinary font stays text.
    """
    hit = table().get(ch)
    if hit:
        return hit
    if is_symbol_font(font) and len(ch) == 1 and ord(ch) < 0x100:
        return table().get(chr(0xF000 + ord(ch)), ch)
    return ch


def normalise_text(text: str, font: str | None = None) -> str:
    return "".join(normalise(c, font) for c in text)


def state(ch: str) -> bool | None:
    """True for a ticked glyph, False for an empty box, None for any other character."""
    hit = table().get(ch)
    return None if hit is None else hit == TICKED
