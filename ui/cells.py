"""How evidence cells look: the sources offered, cell and status colours, links kept clickable only if http(s)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from figures import style

from .components import safe_url

SOURCE_CHOICES = ("msq", "gtmi", "unctad")
# Colours of the every-country cells, by the state's symbol (the text always carries the symbol too).
_CELL_COLOURS = {style.EVIDENCE_SYMBOLS[a]: style.EVIDENCE_COLOURS[a] for a in style.EVIDENCE_STATES}
_STATUS_COLOURS = {name: style.STATUS_COLOURS[s] for s, name in style.STATUS_NAMES.items()}


def cell_colour(value) -> str | None:
    """The palette colour of an evidence cell ('✓ yes', '✗* no', '— not covered'), by its leading symbol."""
    if not isinstance(value, str) or not value:
        return None
    return _CELL_COLOURS.get(value.split(" ")[0].rstrip(style.INFERRED_MARK))


def status_colour(value) -> str | None:
    """The palette colour of an agreement status ('≡ agree', '≠ disagree', ...)."""
    return _STATUS_COLOURS.get(value)


def coloured_labels(frame: pd.DataFrame, columns, colour_of) -> dict:
    """column_config showing each cell of `columns` as a label on its palette colour.

    st.column_config.MultiselectColumn is Streamlit's documented way to colour labels in a read-only
    st.dataframe: its options are the column's values, each with its colour. A pandas Styler would do it
    too, but Streamlit works a Styler out again on every rerun (hundreds of ms for the Evidence page's
    table); this is worked out once per cached table. A value with a comma would be split into two labels
    by the browser, so no value may have one (the palette's texts have none).
    """
    out = {}
    for c in columns:
        values = sorted({v for v in frame[c] if colour_of(v)})
        split = [v for v in values if "," in v]
        if split:
            raise ValueError(f"column {c!r}: a coloured label may not hold a comma: {split[:3]}")
        out[c] = st.column_config.MultiselectColumn(options=values, color=[colour_of(v) for v in values])
    return out


def links_only_http(df: pd.DataFrame, columns) -> pd.DataFrame:
    """Only http(s) links stay clickable (LinkColumn); anything else is dropped (a blank cell, never 'None')."""
    out = df.copy()
    for c in columns:
        out[c] = out[c].map(lambda u: (safe_url(u) or "") if isinstance(u, str) and u else "")
    return out
