"""Beside a decline ("… is better placed to respond"), a negation of what the respondent's report or questionnaire
holds ("This is not covered in the Ministry's annual report") is the decline's reason: the answer stays a
flagged unknown, in English, French and Spanish. Without a decline, or when the negation is of the thing asked,
it is a denial as before."""
from __future__ import annotations

import pytest

from loaders.formats.reading_clauses import FLAG_DECLINED

from .harness import read_question

Q = 40  # usage statistics: a question respondents often pass to another body


@pytest.mark.parametrize("text,lang", [
    ("This is not covered in the Ministry's annual report; the Rwanda Governance Board is better placed to respond.",
     "en"),
    ("Not covered in our report; the Statistics Office is better placed to answer.", "en"),
    ("These figures are not included in this questionnaire's sources; the Bureau is better placed to respond.", "en"),
    ("Ce point n'est pas traité dans notre rapport ; l'Institut national de la statistique est mieux placé pour "
     "répondre.", "fr"),
    ("El tema no se aborda en nuestro informe; el INE está en mejor posición para responder.", "es"),
])
def test_a_report_that_does_not_cover_it_beside_a_referral_is_a_flagged_decline(text, lang):
    r = read_question(text, Q, lang)
    assert (r.answer, r.flag) == ("unknown", FLAG_DECLINED)


@pytest.mark.parametrize("text,lang", [
    ("There is no law on this; the Ministry of Justice is better placed to respond.", "en"),
    ("The Act is not covered in the annual report.", "en"),
    ("Il n'existe aucune loi sur ce point ; le ministère de la Justice est mieux placé pour répondre.", "fr"),
])
def test_a_denial_of_the_thing_asked_or_without_a_decline_stays_no(text, lang):
    assert read_question(text, Q, lang).answer == "no"
