"""A decision that a text or body be made ("Cabinet decided to develop a strategy", "agreed that a strategy be
drafted", "a décidé d'élaborer", "acordó que se elabore") says it is still to be made: no, the decision as evidence.
A decision on anything else, and a decision followed by the adoption, read as before. And "laissé pour compte" is no
intention ("compte mettre en place"): the French slogan of inclusion includes all."""
from __future__ import annotations

import pytest

from .harness import read_question

RECOVERY = 8     # a post-COVID-19 digital strategy
INCLUSION = 35   # digital inclusion measures


@pytest.mark.parametrize("text,lang", [
    ("Cabinet decided to develop a digital recovery strategy.", "en"),
    ("In March the Council of Ministers resolved to formulate a post-pandemic digital plan.", "en"),
    ("The Council agreed that a recovery strategy be drafted by the Ministry of ICT.", "en"),
    ("The President directed that a national post-COVID-19 digital recovery plan be prepared.", "en"),
    ("Cabinet approved the development of a digital recovery strategy in 2021.", "en"),
    ("Cabinet agreed that the Ministry of ICT develop a digital recovery strategy.", "en"),
    ("Le Conseil a décidé que le ministère élabore une stratégie de relance numérique.", "fr"),
    ("Le Conseil des ministres a décidé d'élaborer une stratégie numérique de relance.", "fr"),
    ("Le Gouvernement a demandé que soit élaborée une stratégie de relance numérique.", "fr"),
    ("Le Conseil a décidé qu'une stratégie de relance numérique soit préparée.", "fr"),
    ("El Consejo de Ministros acordó elaborar una estrategia digital de recuperación.", "es"),
    ("El Gabinete acordó que se elabore una estrategia de recuperación digital.", "es"),
    ("El Consejo aprobó la elaboración de una estrategia digital de recuperación.", "es"),
])
def test_a_decision_to_make_the_text_is_a_plan(text, lang):
    r = read_question(text, RECOVERY, lang)
    assert r.answer == "no" and r.evidence.startswith(("status planned:", "status in preparation:")), r


@pytest.mark.parametrize("text,answer", [
    # a decision on a text that exists: what it decides is done with the text, which is there
    ("Cabinet agreed that the digital recovery strategy be implemented by all ministries.", "yes"),
    ("Cabinet decided to adopt the Digital Recovery Strategy, which has been in force since May 2021.", "yes"),
    # a frame of record before a denial still gives way to the denial
    ("It was agreed that there is no separate recovery strategy.", "no"),
    # the approval of an authority's establishment may be the act that created it: not this shape
    ("Parliament approved the establishment of the Digital Recovery Office in 2020; it coordinates the plan.", "yes"),
])
def test_a_decision_on_anything_else_reads_as_before(text, answer):
    assert read_question(text, RECOVERY).answer == answer


def test_a_decision_to_make_then_its_adoption_is_not_read_as_a_plan_alone():
    r = read_question("Cabinet decided to develop a recovery strategy in 2020; it was adopted in 2021 and is in force.",
                      RECOVERY)
    assert r.answer == "yes" or r.flag, r


@pytest.mark.parametrize("text", [
    "Le programme veille à ce que personne ne soit laissé pour compte.",
    "Personne n'est laissé pour compte grâce aux points d'accès numériques.",
])
def test_left_behind_in_french_is_no_intention(text):
    r = read_question(text, INCLUSION, "fr")
    assert r.answer == "yes", r


def test_an_intention_in_french_is_still_a_plan():
    r = read_question("Le ministère compte mettre en place des points d'accès numériques l'an prochain.", INCLUSION, "fr")
    assert r.answer == "no", r
