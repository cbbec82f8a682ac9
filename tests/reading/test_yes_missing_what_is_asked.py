"""After round seventeen (lead): a yes whose words miss what is asked while a later status names it is flagged. New
words, not the fixture's."""
from __future__ import annotations

import pytest

from loaders.formats.reading_polarity import read_answer

SATISFACTION = "Does the Government measure user satisfaction of e-government services?"
WEIGHED = "a status beside something in force or operating: which decides?"


@pytest.mark.parametrize("text, lang", [
    ("The portal has a 'Was this page useful?' button on every page, whose results go to the agencies. A national "
     "satisfaction survey is being designed for first use in 2023.", "en"),
    ("Le portail dispose d'un bouton « Cette page vous a-t-elle été utile ? » sur chaque page. Une enquête nationale "
     "de satisfaction est en cours de conception.", "fr"),
    ("El portal cuenta con un botón «¿Le fue útil esta página?» en cada página. Una encuesta nacional de "
     "satisfacción se encuentra en proceso de diseño.", "es"),
])
def test_a_thing_in_place_that_names_nothing_asked_beside_the_asked_thing_pending_is_flagged(text, lang):
    r = read_answer(text, lang, 2022, SATISFACTION)
    assert (r.answer, r.flag) == ("yes", WEIGHED)


def test_an_affirmation_that_names_what_is_asked_stands_beside_another_thing_pending():
    text = ("The Government measures user satisfaction through a rating on every service page of the portal. A "
            "national survey is being designed for 2023.")
    assert read_answer(text, "en", 2022, SATISFACTION).flag is None
