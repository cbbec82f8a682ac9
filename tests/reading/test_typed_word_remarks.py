"""A typed No whose remark opens in a bracket ("Non (la stratégie vise la 4G)") is the No, not the remark's verb; a
typed Yes followed by a sentence that, without a subject of its own, gives a status short of in force ("Yes – the
Act was passed. Not yet commenced.") is flagged. New wordings, with counter-cases."""
from __future__ import annotations

import pytest

from .harness import read_question

EMERGING = 29     # new technologies (5G among the items)
FOI = 9           # freedom of information law
NEGATION_IN_YES = "negation inside a yes sentence"


@pytest.mark.parametrize("text,lang", [
    ("No (the plan targets 4G; for 5G see 18).", "en"),
    ("Non (la stratégie vise la 4G ; voir 18).", "fr"),
    ("No (la estrategia apunta al 4G; ver 18).", "es"),
])
def test_a_typed_no_with_its_remark_in_brackets_is_no(text, lang):
    r = read_question(text, EMERGING, lang)
    assert r.answer == "no" and r.evidence.startswith("explicit no"), r


def test_a_number_in_brackets_after_no_is_no_typed_no():
    # "Law No. (137) of 2020": the number sign, not the answer word
    r = read_question("Law No. (137) of 2020 regulates it.", FOI, "en")
    assert r.answer == "yes" and not r.evidence.startswith("explicit no"), r


@pytest.mark.parametrize("text,lang", [
    ("Yes – the Records Act 2019 was passed by Parliament. Not yet commenced.", "en"),
    ("Yes, the Access Act was adopted in 2020. Not yet in force; the commission is still to be set up.", "en"),
    ("Oui, loi votée en 2020. Pas encore en vigueur.", "fr"),
    ("Sí, ley aprobada en 2021. Aún no vigente.", "es"),
])
def test_a_typed_yes_then_a_subjectless_status_short_of_force_is_flagged(text, lang):
    r = read_question(text, FOI, lang)
    assert r.flag == NEGATION_IN_YES, r


@pytest.mark.parametrize("text,lang", [
    ("Yes, the Access Act 2019 is in force. The regulations are not yet issued.", "en"),   # a subject of its own
    ("Yes – the Access Act 2016. It is in force.", "en"),
    ("Oui, loi de 2016, en vigueur.", "fr"),
])
def test_a_typed_yes_without_a_subjectless_status_after_it_is_not_flagged_by_it(text, lang):
    r = read_question(text, FOI, lang)
    assert r.answer == "yes" and r.flag != NEGATION_IN_YES, r
