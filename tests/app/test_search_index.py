"""The written-answer search below the page: query parsing, folding, the FTS5 index against the plain scan."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import search


@pytest.mark.parametrize("typed, terms", [
    pytest.param("Women  older", (("women",), ("older",)), id="words"),
    pytest.param('"Persons with" disabilit', (("persons", "with"), ("disabilit",)), id="phrase-and-word"),
    pytest.param("e-government", (("e", "government"),), id="punctuation-splits-like-the-index"),
    pytest.param("Participación ÉLECTRONIQUE", (("participacion",), ("electronique",)), id="accents-and-case"),
    pytest.param('"unclosed phrase', (("unclosed", "phrase"),), id="unclosed-quote"),
    pytest.param('women women "" !!', (("women",),), id="repeats-and-empties"),
    pytest.param("   ", (), id="blank"),
])
def test_parse(typed, terms):
    assert search.parse(typed).terms == terms


@pytest.mark.parametrize("text, typed, marked", [
    pytest.param("Persons with disabilities", "disabilit", ["disabilities"], id="the-whole-word"),
    pytest.param("Straße und Strasse", "strasse", ["Straße", "Strasse"], id="a-letter-that-folds-to-two"),
    pytest.param("Participación ciudadana", "participacion", ["Participación"], id="accent"),
    pytest.param("rewomen women", "women", ["women"], id="only-at-a-word-start"),
    pytest.param("older\npeople", '"older people"', ["older\npeople"], id="phrase-over-a-line-break"),
])
def test_spans_mark_the_original_spelling(text, typed, marked):
    assert [text[a:b] for a, b in search.spans(text, search.parse(typed))] == marked


WORDS = ["data", "protection", "datos", "protección", "Straße", "e-government", "women", "Women's", "older",
         "people", "disabilities", "ÉLAN", "elan", "x1", "_", "--", "\n"]


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join), min_size=1, max_size=12),
       typed=st.lists(st.sampled_from(WORDS + ['"older people"', '"data protection"', "prot", "dat"]),
                      min_size=1, max_size=3).map(" ".join))
def test_index_finds_exactly_what_the_scan_finds(texts, typed):
    details = pd.Series(texts)
    folded = details.map(search.fold)
    query = search.parse(typed)
    frame = pd.DataFrame({"detail": details})
    by_scan = list(details.index[search.scan(folded, query)]) if query else []
    assert list(search.hits(frame, folded, query, search.Index(folded)).index) == by_scan
