"""The Search page's data and text: the index per store version, the hits per query and filters, highlights."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis import filters, search
from analysis.filters import Filters, apply

from . import data
from .components import safe_md

HIGHLIGHT = "orange-background"
DbKey = data.DbKey


@st.cache_resource(max_entries=2, show_spinner="Indexing the written answers…")
def _index(key: DbKey) -> tuple[pd.Series, search.Index]:
    """The folded written answers and their FTS5 index, built once per store version (shared by sessions):
    about 0.25 s for the 12,500 answers of the demo corpus (docs/dashboard.md, 'Search answers')."""
    folded = data.answers()["detail"].fillna("").map(search.fold)
    return folded, search.Index(folded)


def pool(f: Filters, question: tuple[int, str] | None = None) -> pd.DataFrame:
    """The answers with a written answer that the filters (sidebar, section, question) leave, labelled as
    in data.answers() so the index's row numbers find them."""
    rows = apply(data.answers(), f)
    rows = rows[rows["detail"].fillna("") != ""]
    if question is not None:
        rows = rows[(rows["question"] == question[0]) & (rows["item"] == question[1])]
    return rows


@st.cache_resource(max_entries=32, show_spinner=False)
def _hits(key: DbKey, fkey: tuple, question: tuple[int, str] | None, terms: tuple) -> pd.DataFrame:
    folded, index = _index(key)
    query = search.Query(text="", terms=terms)
    return search.hits(pool(filters.from_key(fkey), question), folded, query, index)


def hits(f: Filters, query: search.Query, question: tuple[int, str] | None = None) -> pd.DataFrame:
    """Every answer passing the filters whose written answer holds every term of the query, in the
    questionnaire's order (cached per store version, filters and query; do not mutate)."""
    return _hits(data.db_key(), filters.key(f), question, query.terms)


def highlighted(text: str, query: search.Query) -> str:
    """The whole written answer as inert markdown, every match of the query on a highlight.

    Every part, matched or not, goes through safe_md, so an answer's own markdown, HTML, links or LaTeX
    are shown as typed, never run.
    """
    text = str(text or "")
    out, at = [], 0
    for a, b in search.spans(text, query):
        if a < at:
            continue
        out.append(safe_md(text[at:a]))
        # A phrase can run over a line break; inside a highlight it must stay on one line.
        out.append(f":{HIGHLIGHT}[{safe_md(' '.join(text[a:b].split()))}]")
        at = b
    out.append(safe_md(text[at:]))
    return "".join(out)
