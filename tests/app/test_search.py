"""The Search answers page: one box over every written answer, hits highlighted, a count, the download of the hits."""
from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from analysis import search

from .conftest import APP, DEMO, TIMEOUT, read_download

PAGE = "app_pages/search.py"
HL = ":orange-background["


def open_search(params: dict) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params.update(params)
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def count_line(at: AppTest) -> str:
    return next(m.value for m in at.main.markdown if re.match(r"^\*\*\d[\d,]* answers?\*\*", m.value))


def hit_cards(at: AppTest) -> list[str]:
    """The markdown of every hit's written answer (the lines that carry a highlight)."""
    return [m.value for m in at.main.markdown if HL in m.value]


def test_empty_box_says_how_many_answers_can_be_searched():
    at = open_search({})
    assert "written answers from" in at.main.info[-1].value
    assert not at.main.get("download_button")


@pytest.mark.parametrize("typed, countries", [
    pytest.param("data protection", {"Denmark", "Kenya †"}, id="two-words-any-order"),
    pytest.param("DATA PROTECTION", {"Denmark", "Kenya †"}, id="case-insensitive"),
    pytest.param("departement", {"France"}, id="accent-insensitive"),
    pytest.param("disabilit", {"Denmark"}, id="start-of-a-word"),
    pytest.param('"older people"', {"Denmark", "France"}, id="phrase"),
    pytest.param('"people older"', set(), id="phrase-keeps-word-order"),
])
def test_search_finds_every_answer_holding_every_term(typed, countries):
    at = open_search({**DEMO, "q": typed})
    cards = [m.value for m in at.main.markdown if m.value.startswith("**") and " · 2022 · Q" in m.value]
    found = {c.split("**")[1].replace("\\", "") for c in cards}
    assert found == countries
    if countries:
        assert count_line(at).startswith(f"**{len(cards)} answer")
        assert len(hit_cards(at)) == len(cards)


def test_accented_answer_is_highlighted_in_its_own_spelling():
    at = open_search({"q": "departement"})
    assert f"{HL}département]" in hit_cards(at)[0]


def test_highlight_escapes_markup_in_the_answers():
    at = open_search({**DEMO, "q": "script click"})
    shown = "\n".join(hit_cards(at))
    assert not shown  # no answer holds both words
    at = open_search({**DEMO, "q": "script"})
    card = hit_cards(at)[0]
    assert "<script>" not in card and "\\<" in card  # the tag is shown as typed, never run
    assert f"{HL}script]" in card
    at = open_search({**DEMO, "q": "click"})
    card = next(c for c in hit_cards(at) if "javascript" in c)
    assert "](javascript" not in card and "\\[" in card and "\\]\\(javascript\\:alert" in card
    assert f"{HL}click]" in card


def test_count_equals_the_download_and_the_citation_names_the_search(downloads):
    at = open_search({**DEMO, "q": "answer", "search_section": "C · Legal Framework"})
    n = int(count_line(at).split("**")[1].split()[0].replace(",", ""))
    assert n > 25  # more than one page of hits: the download still holds all of them
    comments, got = read_download(downloads, ".csv")
    assert len(got) == n
    assert set(got["section"]) == {"C"}
    folded = got["detail"].map(search.fold)
    assert search.scan(folded, search.parse("answer")).all()
    cite = "\n".join(comments)
    assert "section C" in cite and "Search: written answers holding answer" in cite and f"{n} answers" in cite
    assert "SYNTHETIC DEMO DATA" in cite


def test_download_neutralises_formulas(downloads):
    open_search({**DEMO, "q": "data protection"})
    _, got = read_download(downloads, ".csv")
    assert set(got["country_iso3"]) == {"DNK", "KEN"}
    assert all(d.startswith("'") for d in got["detail"] if d[:1] in "'=+-@")
    assert not any(d[:1] in "=+-@" for d in got["detail"])


def test_question_filter_narrows_the_hits():
    at = open_search({**DEMO, "q": "data protection", "search_section": "C · Legal Framework",
                      "search_question": "Q10 Data protection law"})
    assert count_line(at).startswith("**2 answers**")
    assert "question Q10 Data protection law" in count_line(at)


def test_real_data_only_by_default():
    at = open_search({"q": "data protection"})
    assert count_line(at).startswith("**1 answer**")  # Denmark; Kenya is a demo response
