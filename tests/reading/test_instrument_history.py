"""What an answer says around an instrument in force: a step it passed long ago ("…, tabled in the House") is
its history, a later secondary text's status ("the Regulations have been drafted") only a doubt, a sentence
opened by "Pending …," says what is in place meanwhile, and a denial of the legal form of a post followed
by a sentence saying who does its work is a flagged yes."""
from __future__ import annotations

import pytest

from loaders import catalogue
from loaders.formats import reading_polarity as polarity
from loaders.formats.reading_clauses import FLAG_HEDGED, FLAG_UNDONE, Reading

CIO_Q = catalogue.entry(2022, 4).text       # "… a Chief Information Officer (CIO) or equivalent …"
LAW_Q = catalogue.entry(2022, 10).text      # "… legislation … on data privacy and/or protection?"
STRATEGY_Q = catalogue.entry(2022, 19).text  # "Is there a national e-government strategy or equivalent?"


def read(text: str, question: str) -> Reading:
    return polarity.read_answer(text, "en", 2022, question)


@pytest.mark.parametrize("text", [
    "The operative document remains the Digital Agenda 2016, submitted to Parliament in 2016.",
    "The operative strategy is still the National ICT Policy 2015, tabled in the Senate.",
    "The operative text remains the Digital Government Policy (2018), submitted to Cabinet in March 2018.",
])
def test_a_step_passed_by_an_operative_instrument_is_its_history(text):
    r = read(text, STRATEGY_Q)
    assert r.answer == "yes" and r.flag, r


@pytest.mark.parametrize("text", [
    "The new strategy, tabled in Parliament in May, awaits adoption.",
    "The Digital Strategy 2030 remains a draft, tabled in Parliament.",
    "A strategy has been tabled in the Assembly.",
])
def test_tabled_without_anything_in_force_is_still_pending(text):
    assert read(text, STRATEGY_Q).answer == "no"


@pytest.mark.parametrize("text", [
    "Pending its adoption, the 2015 plan continues to guide the work of ministries.",
    "Pending the new strategy, the Digital Agenda 2016 remains in force.",
    "Pending a decision of Cabinet, the 2014 ICT Policy governs the ministries' programmes.",
])
def test_a_sentence_opened_by_pending_says_what_is_in_place_meanwhile(text):
    assert read(text, STRATEGY_Q).answer == "yes"


@pytest.mark.parametrize("text", [
    "The Cybercrime Act received assent in 2019. Its implementing regulations have not been issued.",
    "The Data Protection Act received assent in 2018. The Regulations under it have been drafted but have not "
    "been made.",
    "The Privacy Act was signed by the President in 2017. The implementing decrees have not been published.",
])
def test_a_secondary_texts_pending_status_does_not_undo_the_act_but_flags_it(text):
    r = read(text, LAW_Q)
    assert r.answer == "yes" and r.flag, r


@pytest.mark.parametrize("text", [
    "The Data Protection Act received assent in 2018. It has not been brought into force since.",
    "The Data Protection Act received assent in 2018. The Act has not been brought into force since.",
])
def test_the_acts_own_status_since_still_undoes_it(text):
    assert read(text, LAW_Q).answer == "no"


@pytest.mark.parametrize("text", [
    "There is no statutory post of Government CIO. The functions of a government CIO are managed by the "
    "Director of ICT in the Prime Minister's Office.",
    "There is no legal office of chief digital officer. Since 2019 the role of chief digital officer is run by "
    "the Digital Agency under a Cabinet decision.",
    "There is no statutory Chief Information Officer. Pending legislation, the duties of a chief information "
    "officer are coordinated by the e-Government Unit.",
])
def test_a_legal_form_denied_then_its_work_done_is_a_flagged_yes(text):
    r = read(text, CIO_Q)
    assert (r.answer, r.flag) == ("yes", FLAG_HEDGED), r


@pytest.mark.parametrize("text", [
    "There is no statutory Chief Information Officer. A bill to create the office is with the drafters.",
    "There is no statutory Chief Information Officer.",
    "There is no statutory Chief Information Officer. The Government portal is operated by the ICT Agency.",
])
def test_a_legal_form_denied_with_nothing_doing_its_work_stays_no(text):
    assert read(text, CIO_Q).answer == "no"


@pytest.mark.parametrize("text", [
    "The Data Protection Act was passed in 2018. It is not yet in force.",
    "The Data Protection Act was adopted in 2019. It has not yet entered into force.",
    "The Privacy Act was enacted in 2020. The Act has not been brought into force since.",
])
def test_an_act_adopted_then_said_not_yet_in_force_is_a_flagged_no(text):
    r = read(text, LAW_Q)
    assert (r.answer, r.flag) == ("no", FLAG_UNDONE), r


@pytest.mark.parametrize("text", [
    "The Data Protection Act was adopted in 2019. It does not cover the private sector.",
    "The Data Protection Act was adopted in 2019. Its regulations are not yet in force.",
    "The Data Protection Act was adopted in 2019. The Act is in force.",
])
def test_an_act_adopted_then_a_property_or_another_texts_status_stays_yes(text):
    assert read(text, LAW_Q).answer == "yes"
