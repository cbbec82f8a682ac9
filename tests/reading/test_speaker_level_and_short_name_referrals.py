"""Round sixteen (O), English with French and Spanish where the shape exists, each rule in wordings of our own:

- a bare negation of the speaker's own level ("Not at our level") declines: unknown, flagged;
- a speaker or body with no remit on the matter ("The unit has no mandate on this question") declines;
- "difficult to answer" with nothing after it but its reason declines; a reason that denies answers no;
- a referral to a body by its short name ("Please refer to the NITA (…)") declines, a question pointer stays one;
- a matter that falls under a body with its address declines on a question that asks for no names;
- a first sentence saying only that others do it, then sentences that decline or say whom to contact: unknown;
- "refer item N" without "to" points to another answer like "refer to Q.N".
"""
from __future__ import annotations

import pytest

from loaders.formats import reading_references as references
from loaders.formats.reading_clauses import FLAG_DECLINED

from .harness import read_question

MINISTRIES = 3
BUDGET = 7
SUB_NATIONAL = 23
ONCE_ONLY = 28
EMERGING = 29
FORESIGHT = 31
VULNERABLE = 36
VOICES = 40


@pytest.mark.parametrize("text,q,lang,item", [
    ("Not at our level. National foresight studies are led by the Planning Commission.", FORESIGHT, "en", ""),
    ("Pas à notre niveau.", FORESIGHT, "fr", ""),
    ("No a nuestro nivel.", FORESIGHT, "es", ""),
    ("The Directorate does not have a mandate on this question. The Cabinet Office may be consulted.", ONCE_ONLY, "en", ""),
    ("La Direction n'a pas de mandat sur cette question.", ONCE_ONLY, "fr", ""),
    ("It is hard to answer since each agency runs its own channels.", VOICES, "en", ""),
    ("Il est difficile de répondre car chaque ministère publie séparément.", VOICES, "fr", ""),
    ("Es difícil responder, ya que cada ministerio publica por su cuenta.", VOICES, "es", ""),
    ("Please refer to NITA (National Cloud Roadmap, 2020).", EMERGING, "en", "iot"),
    ("Se référer au MTN.", EMERGING, "fr", "iot"),
    ("Comes under the Telecoms Regulator (https://regulator.example.org).", EMERGING, "en", "5g"),
    ("Such e-services are run by the line ministries (Health, Gender). The Agency does not hold a complete list.",
     VULNERABLE, "en", ""),
    ("Regional Governments are responsible for their local plans. Not within the remit of this Ministry.",
     SUB_NATIONAL, "en", ""),
    ("Les ministères concernés assurent ces services. La Direction ne dispose pas d'une vue d'ensemble.",
     VULNERABLE, "fr", ""),
    ("Los ministerios competentes prestan estos servicios. El MICITT puede ser consultado.", VULNERABLE, "es", ""),
])
def test_a_decline_or_referral_in_new_words_is_unknown_flagged(text, q, lang, item):
    r = read_question(text, q, lang, item)
    assert (r.answer, r.flag) == ("unknown", FLAG_DECLINED), r


@pytest.mark.parametrize("text,q,lang,answer", [
    # a reason that itself denies answers no
    ("It is difficult to answer as no government-wide foresight programme exists.", FORESIGHT, "en", "no"),
    # a thing named and denied at the speaker's level stays a denial
    ("Pas de stratégie de prospective à notre niveau.", FORESIGHT, "fr", "no"),
    ("There is no data protection law.", ONCE_ONLY, "en", "no"),
    # nobody holds the remit: an absence
    ("No ministry has a mandate on this matter.", ONCE_ONLY, "en", "no"),
    # a body named with its link on the question asking for names stays yes
    ("Ministry of Digital Affairs (https://digital.example.gov) is responsible for e-government.", MINISTRIES, "en", "yes"),
    ("Falls under the Ministry of Digital Affairs (https://digital.example.gov).", MINISTRIES, "en", "yes"),
])
def test_counter_cases_stay(text, q, lang, answer):
    assert read_question(text, q, lang).answer == answer, text


def test_a_later_difficulty_to_answer_flags_a_denial():
    r = read_question("No dedicated budget was set aside for the pandemic. Projects were funded from each ministry's "
                      "allocation, so it is difficult to answer the amount.", BUDGET)
    assert r.answer == "no" and r.flag is not None, r


@pytest.mark.parametrize("text,number", [
    ("Please refer item 16.", 16),
    ("Kindly refer to item 9.", 9),
    ("Refer to Q.12.", 12),
])
def test_refer_item_points_to_another_answer(text, number):
    ref = references._pointer(text)
    assert ref is not None and ref.question == number, ref


def test_a_count_after_refer_is_no_pointer():
    assert references._pointer("Refer 5 ministries listed on the portal.") is None
