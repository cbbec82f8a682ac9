"""Round nineteen X: a frame of consensus or record ("it was agreed that …") gives way to the statement after it; a
speaker holding no information on the matter, or not competent on it, declines; a matter said to be another body's
(its mandate, its remit, handled by it), then a decline or a referral, is a referral (unknown, flagged). The same
words said of a thing in place, or with no speaker, stay as they read."""
from __future__ import annotations

import pytest

from .harness import read_question

POST_COVID = 8    # a post-COVID-19 digital strategy
ONCE_ONLY = 28    # once-only principle in the strategy
FORESIGHT = 31    # foresight tools
VULNERABLE = 36   # e-services for vulnerable groups


# --- a frame of consensus or record -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "It was agreed that the country has no recovery-specific digital strategy.",
    "Participants concluded that no post-pandemic digital plan has been adopted.",
    "The meeting resolved that a dedicated recovery strategy does not exist.",
    "It was acknowledged that there is no separate COVID-19 digital plan.",
])
def test_consensus_frame_gives_way_to_its_denial(text):
    r = read_question(text, POST_COVID)
    assert r.answer == "no" and "negation" in r.evidence, r


def test_consensus_frame_before_a_principle_not_stated_reads_no():
    r = read_question("It was decided that the principle of asking only once is not written into the strategy.",
                      ONCE_ONLY)
    assert r.answer == "no", r


@pytest.mark.parametrize("text", [
    "It was agreed that the Digital Recovery Plan 2021 is in force.",
    "The workshop concluded that the recovery strategy, adopted in 2021, is being implemented.",
])
def test_consensus_frame_before_a_text_in_force_stays_yes(text):
    assert read_question(text, POST_COVID).answer == "yes"


@pytest.mark.parametrize("text,lang", [
    ("Il a été convenu qu'aucune stratégie numérique post-COVID n'a été adoptée.", "fr"),
    ("Se acordó que no existe una estrategia digital pospandemia.", "es"),
])
def test_consensus_frame_in_french_and_spanish_already_reads_no(text, lang):
    assert read_question(text, POST_COVID, lang).answer == "no"


def test_a_text_agreed_with_partners_is_no_frame():
    # "agreed" before a preposition, not before "that": the text's own status, read as before
    assert read_question("The recovery strategy agreed with development partners is in force.", POST_COVID).answer == "yes"


def test_a_decision_that_something_be_done_keeps_its_frame():
    # "agreed that … be drafted": a decision on what is to be done; the frame does not give way to what follows
    # "that". Since the lead's decided-making rule (reading_decided_work) the decision and what it decides are one
    # main clause, a plan (heldout updated_from_2020 12 now reads no, as its analyst does).
    from loaders.formats.reading_clauses import clauses
    cut = clauses("In 2022 the Council agreed that a recovery strategy be drafted by the ICT Authority.")
    assert len(cut) == 1 and cut[0].main and "agreed" in cut[0].toks and cut[0].toks[-1] == "authority"
    assert read_question("In 2022 the Council agreed that a recovery strategy be drafted by the ICT Authority.",
                         POST_COVID).answer == "no"
    stated = clauses("It was agreed that a recovery strategy is in force.")
    assert [c.main for c in stated] == [False, True]


# --- the speaker holds no information on the matter ---------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Esta Dirección no dispone de informaciones sobre el tema.", "es"),
    ("Esta Dirección no tiene información al respecto.", "es"),
    ("Cette Direction ne dispose pas d'informations à ce sujet.", "fr"),
    ("Nous ne disposons pas d'informations en la matière.", "fr"),
    ("This Unit does not hold any information on the subject.", "en"),
])
def test_speaker_without_information_on_the_matter_declines(text, lang):
    r = read_question(text, FORESIGHT, lang)
    assert r.answer == "unknown" and r.flag, r


@pytest.mark.parametrize("text,lang", [
    ("Il n'existe pas de système d'information dédié à la prospective.", "fr"),
    ("The Ministry does not publish information on foresight tools.", "en"),
    ("The Planning Office does not collect scenario data on this matter.", "en"),
    ("Nous n'avons guère d'informations sur ce sujet.", "fr"),
])
def test_information_about_a_named_thing_or_no_speaker_reads_as_before(text, lang):
    assert read_question(text, FORESIGHT, lang).answer == "no"


def test_no_information_on_a_named_thing_is_a_decline_too():
    # Round eighteen W (reading_information_not_held): a body holding no information on a thing declines as well;
    # never a denial of the thing itself.
    r = read_question("El Ministerio no dispone de información sobre la ley de datos abiertos publicada.", FORESIGHT,
                      "es")
    assert r.answer == "unknown" and r.flag, r


def test_a_bare_lack_with_nothing_pointing_back_is_no_decline():
    from loaders.formats.reading_remit_referrals import lacks_information_on_it
    from loaders.formats.reading_words import tokens
    assert not lacks_information_on_it(tokens("no fixed end date"))   # what a programme lacks (heldout in_union_states 20)
    assert lacks_information_on_it(tokens("no information on this matter"))


# --- the speaker is not competent on the matter -------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The Digital Office is not the competent authority on this matter.", "en"),
    ("The Ministry of ICT is not the responsible body in this regard. The Gender Commission may be consulted.", "en"),
    ("Cette Direction n'est pas compétente en la matière.", "fr"),
    ("La Oficina no es la entidad competente en esta materia.", "es"),
])
def test_competence_denied_on_the_matter_declines(text, lang):
    r = read_question(text, VULNERABLE, lang)
    assert r.answer == "unknown" and r.flag, r


@pytest.mark.parametrize("text", [
    "There is no competent authority on this matter.",
    "The Data Protection Office is not competent to impose fines on platforms.",
])
def test_no_competent_body_or_a_competence_for_something_reads_as_before(text):
    assert read_question(text, VULNERABLE).answer == "no"


def test_passive_referral_with_a_softener_follows_a_competence_denial():
    r = read_question("The Agency is not competent on this subject. The Social Welfare Board may kindly be referred to.",
                      VULNERABLE)
    assert r.answer == "unknown" and r.flag and r.evidence.startswith("declined"), r


# --- the matter another body's, then a decline or a referral ------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("This is within the remit of the Planning Commission, which prepares the national vision. "
     "The Office is not in a position to comment.", "en"),
    ("This is under the mandate of the Planning Commission.", "en"),
    ("Issues of long-range planning fall under the mandate of the Ministry of Economy (https://economy.example). "
     "The information was not received at the time of submission.", "en"),
    ("Scenario work is coordinated by the Prime Minister's Office. Please refer to them.", "en"),
    ("Cette question est dans le mandat du Commissariat au Plan.", "fr"),
    ("El tema está dentro del mandato del Ministerio de Planificación.", "es"),
])
def test_matter_in_another_bodys_remit_then_a_decline_is_a_referral(text, lang):
    r = read_question(text, FORESIGHT, lang)
    assert r.answer == "unknown" and r.flag, r


@pytest.mark.parametrize("text", [
    "The foresight unit is within the mandate of the Planning Commission and is operational since 2019.",
    "Scenario planning is coordinated by the Prime Minister's Office through its Futures Unit.",
    "Scenario planning is coordinated by the Prime Minister's Office. Usage figures are not available.",
])
def test_a_thing_handled_by_a_body_without_a_referral_stays_yes(text):
    assert read_question(text, FORESIGHT).answer == "yes"
