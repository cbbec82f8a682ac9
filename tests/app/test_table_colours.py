"""The coloured tables show each evidence answer and each agreement status on its palette colour, text unchanged.

What a user sees of these tables is the data and the column configuration Streamlit sends to the browser:
the answer and status columns are shown as labels (st.column_config.MultiselectColumn), each value on the
colour figures.style gives it. These tests read both from the pages as rendered and check every cell against
the palette, so a colour lost, a cell coloured that was not, or a label whose text differs from the value
fails here.
"""
from __future__ import annotations

import json

import pytest

from figures import style

from .conftest import DEMO, open_page


def _evidence_colour(text: str) -> str | None:
    """The palette's colour of an evidence cell ('✓ yes', '✗* no', '— not covered'), by its leading symbol."""
    if not isinstance(text, str) or not text:
        return None
    symbol = text.split(" ")[0].rstrip(style.INFERRED_MARK)
    by_symbol = {style.EVIDENCE_SYMBOLS[s]: style.EVIDENCE_COLOURS[s] for s in style.EVIDENCE_STATES}
    return by_symbol.get(symbol)


def _status_colour(text: str) -> str | None:
    return {name: style.STATUS_COLOURS[s] for s, name in style.STATUS_NAMES.items()}.get(text)


def _label_colours(table) -> dict[str, dict[str, str]]:
    """column -> {label text: colour} of every column shown as coloured labels."""
    config = json.loads(table.proto.columns or "{}")
    return {column: {o["value"]: o["color"] for o in c["type_config"]["options"]}
            for column, c in config.items() if c.get("type_config", {}).get("type") == "multiselect"}


def _check(table, colour_of, columns) -> int:
    """Every cell of `columns` with a palette colour is a label on that colour; its text is the value (one
    label: no comma splits it); no other column is coloured. Returns how many cells are coloured."""
    frame, shown = table.value, _label_colours(table)
    assert set(shown) == set(columns)
    coloured = 0
    for column in columns:
        for value in frame[column]:
            if colour_of(value):
                assert "," not in value
                assert shown[column].get(value) == colour_of(value), (column, value)
                coloured += 1
        assert set(shown[column]) <= set(frame[column])  # no label the table does not hold
    return coloured


def _table(at, *columns):
    """The dataframe on the page that has these columns."""
    found = [t for t in at.dataframe if set(columns) <= set(t.value.columns)]
    assert len(found) == 1, [list(t.value.columns) for t in at.dataframe]
    return found[0]


@pytest.fixture(scope="module")
def evidence_page():
    return open_page("evidence", DEMO)


@pytest.fixture(scope="module")
def legal_page():
    return open_page("legal", DEMO)


def test_every_answer_pair_shows_its_status_on_its_colour(evidence_page):
    table = _table(evidence_page, "status", "self-report detail")
    assert _check(table, _status_colour, {"status"}) == len(table.value) > 0


def test_every_country_cells_show_their_answer_on_its_colour(legal_page):
    every = _table(legal_page, "country", "self-report shown")
    sources = [c for c in every.value.columns if "—" in c]  # 'Q9 Access to information law — MSQ 2022 (…)'
    assert sources and _check(every, _evidence_colour, set(sources)) > len(every.value)
    details = _table(legal_page, "answer", "detail", "link")
    assert _check(details, _evidence_colour, {"answer"}) == len(details.value) > 0
