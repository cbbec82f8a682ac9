"""How evidence cells look: the sources offered, cell and status colours, links kept clickable only if http(s)."""
from __future__ import annotations

import pandas as pd

from figures import style

from .components import safe_url

SOURCE_CHOICES = ("msq", "gtmi", "unctad")
# Cell colours of the every-country table, by the state's symbol (the text always carries the symbol too).
_CELL_STYLE = {style.EVIDENCE_SYMBOLS[a]: style.EVIDENCE_COLOURS[a] for a in style.EVIDENCE_STATES}
_STATUS_STYLE = {name: style.STATUS_COLOURS[s] for s, name in style.STATUS_NAMES.items()}


def cell_css(value) -> str:
    if not isinstance(value, str) or not value:
        return ""
    colour = _CELL_STYLE.get(value.split(" ")[0].rstrip(style.INFERRED_MARK))
    return f"background-color: {colour}; color: #111111" if colour else ""


def status_css(value) -> str:
    colour = _STATUS_STYLE.get(value)
    return f"background-color: {colour}; color: #111111" if colour else ""


def links_only_http(df: pd.DataFrame, columns) -> pd.DataFrame:
    """Only http(s) links stay clickable (LinkColumn); anything else is dropped (a blank cell, never 'None')."""
    out = df.copy()
    for c in columns:
        out[c] = out[c].map(lambda u: (safe_url(u) or "") if isinstance(u, str) and u else "")
    return out
