"""A text in force whose amendments start after the edition year stays in force: the later date is another text's
start. The text itself starting later is still no."""
from __future__ import annotations

import pytest

from loaders.formats.reading_polarity import read_answer

ID_LAW = "Is there any legislation on digital identity?"


@pytest.mark.parametrize("text, lang", [
    ("The Electronic Identification Act 2018 applies. Its amendments take effect in 2024.", "en"),
    ("La loi n° 2018-07 relative à l'identification électronique est en vigueur. Ses modifications entreront en "
     "vigueur en 2024.", "fr"),
    ("La Ley 7 de 2018 de identificación electrónica está vigente. Sus reformas entrarán en vigor en 2024.", "es"),
])
def test_amendments_starting_later_leave_the_text_in_force(text, lang):
    assert read_answer(text, lang, 2022, ID_LAW).answer == "yes"


@pytest.mark.parametrize("text", [
    "Electronic Identification Act, 2022. Assented: April 2022. Operative provisions commence: 1 March 2024.",
    "The Electronic Identification (Amendment) Act 2022 was passed. It will enter into force in 2024.",
])
def test_a_text_starting_later_is_still_no(text):
    assert read_answer(text, "en", 2022, ID_LAW).answer == "no"
