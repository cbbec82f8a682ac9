"""A whole answer saying only whose the matter is ("This topic falls within the competence of …", "The competent
authority is …"), or that, and then that the speaker holds no data, is a referral (unknown, flagged); a competent body
named to a question that asks for a body, or beside the law that answers, stays as it reads. An answer given part by
part ("(i) Yes …. (ii) no.") is yes when a part is yes, flagged when another part is no."""
from __future__ import annotations

import pytest

from .harness import read_question

BUDGET = 7          # a budget for e-government measures
DATA_PROTECTION = 10
AGENCY = 3          # name and link of the agency in charge (asks for a name)
SPENDING = 15       # publishing government expenditure
VULNERABLE = 36     # e-services for vulnerable groups
SOCIAL_MEDIA = 39   # social media, asked in parts (i) (ii) (iii)

DECLINED = "declined in its own words: none, or not known?"


# --- the question's own noun, translated: "This issue", "This topic" ----------------------------------------------

@pytest.mark.parametrize("text", [
    "This topic falls within the competence of the State Treasury.",
    "This issue is within the competence of the Ministry of Economy. https://www.economy.gov.example/",
    "The issue falls under the remit of the Treasury Department.",
])
def test_the_issue_said_to_be_a_bodys_is_a_referral(text):
    r = read_question(text, SPENDING)
    assert r.answer == "unknown" and r.flag == DECLINED and r.evidence.startswith("declined"), r


@pytest.mark.parametrize("text", [
    "The Budget Transparency Act 2019 requires every ministry to publish its spending online; the issue is addressed in full.",
    "The issue of open spending data is addressed by the Public Finance Act 2018, in force.",
])
def test_an_issue_addressed_by_a_law_still_reads_yes(text):
    assert read_question(text, SPENDING).answer == "yes"


# --- the competent body named as the whole answer ------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The competent authority is the Ministry of Labour and Social Protection.", "en"),
    ("The relevant competent body is the National Welfare Board. https://www.nwb.gov.example/", "en"),
    ("L'autorité compétente est le Ministère des Affaires sociales.", "fr"),
    ("L'organisme compétent est l'Agence nationale de la solidarité.", "fr"),
    ("La autoridad competente es el Ministerio de Desarrollo Social.", "es"),
    ("La entidad competente es el Instituto Nacional de la Mujer.", "es"),
])
def test_the_competent_body_alone_is_a_referral(text, lang):
    r = read_question(text, VULNERABLE, lang)
    assert r.answer == "unknown" and r.flag == DECLINED, r


@pytest.mark.parametrize("text,q", [
    # the question asks for a name: the body named answers it
    ("The competent authority is the Ministry of Digital Affairs.", AGENCY),
    # the body's own name is the question's matter: its existence answers
    ("The competent authority is the Office of the Data Protection Commissioner.", DATA_PROTECTION),
])
def test_a_competent_body_that_answers_the_question_stays(text, q):
    r = read_question(text, q)
    assert r.answer != "unknown" or r.flag != DECLINED, r


def test_a_competent_body_beside_the_law_stays_as_the_law_reads():
    text = ("The Personal Data Act 2018 is in force. The competent authority is the Office of the Commissioner. "
            "https://www.dpo.gov.example/")
    assert read_question(text, DATA_PROTECTION).answer == "yes"


def test_a_fronted_adjunct_before_the_competent_body_stays():
    r = read_question("For mobile services the competent authority is the Welfare Board.", VULNERABLE)
    assert r.flag != DECLINED, r


# --- whose the matter is, and the speaker holds no data, in one sentence ----------------------------------------

@pytest.mark.parametrize("text", [
    "Funding of such measures is within the competence of the Treasury, and the Agency does not dispose of data on the amounts.",
    "The question of funding lies within the competence of the Ministry of Economy, and the Bureau does not dispose with the data on the sums spent.",
    "The Agency does not dispose with the data on the funds allocated to the portal.",
])
def test_whose_it_is_and_no_data_held_is_a_decline(text):
    r = read_question(text, BUDGET)
    assert r.answer == "unknown" and r.flag == DECLINED, r


def test_a_budget_disposed_of_still_reads_as_before():
    # "dispose" beside no information word is no lack of data
    r = read_question("The Ministry does not dispose of a separate budget for e-government measures.", BUDGET)
    assert r.answer == "no", r


# --- an answer given part by part -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("(i) Yes - every ministry posts on Facebook and X. (ii), (iii) no.", "en"),
    ("(i) No. (ii) Yes, through the consultation pages. (iii) No.", "en"),
    ("a) Oui, sur le portail national ; b) non ; c) non.", "fr"),
    ("(i) Sí, en Facebook y YouTube. (ii) No. (iii) No.", "es"),
])
def test_one_part_yes_another_no_is_a_flagged_yes(text, lang):
    r = read_question(text, SOCIAL_MEDIA, lang)
    assert r.answer == "yes" and r.flag == "answered part by part: yes for one part, no for another", r
    assert r.evidence.startswith("explicit yes"), r


def test_every_part_yes_is_a_yes():
    r = read_question("(i) Yes. (ii) Yes, on the portal. (iii) Yes.", SOCIAL_MEDIA)
    assert r.answer == "yes" and r.flag is None, r


@pytest.mark.parametrize("text", [
    "(i) No. (ii) No. (iii) No.",
    "(i) The ministries post daily on Facebook. (ii) no.",
    "Yes, see Article 5(a) of the Circular; no other rules.",
])
def test_parts_not_all_opened_by_yes_or_no_read_as_before(text):
    assert read_question(text, SOCIAL_MEDIA).flag != "answered part by part: yes for one part, no for another"


def test_every_part_no_still_reads_no():
    assert read_question("(i) No. (ii) No. (iii) No.", SOCIAL_MEDIA).answer == "no"
