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


@lru_cache(maxsize=1024)
def is_symbol_font(font: str | None) -> bool:
    return bool(font) and any(s in font.casefold() for s in SYMBOL_FONTS)


@lru_cache(maxsize=2)
def _translation(symbol: bool) -> dict[int, str]:
    """str.translate table doing what `normalise` does to each character, for a symbol font or another."""
    out = {ord(g): v for g, v in table().items()}
    if symbol:
        for code in range(0x100):
            if code not in out and chr(0xF000 + code) in table():
                out[code] = table()[chr(0xF000 + code)]
    return out


def translate(text: str, font: str | None = None) -> tuple[str, int]:
    """(`text` with every character normalised, how many ☒/☐ it then holds): one C-speed pass per run."""
    out = text.translate(_translation(is_symbol_font(font)))
    return out, out.count(TICKED) + out.count(UNTICKED)


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


def state(ch: str) -> bool | None:
    """True for a ticked glyph, False for an empty box, None for any other character."""
    hit = table().get(ch)
    return None if hit is None else hit == TICKED
