"""Round sixteen (P), English with French and Spanish where the shape exists, each rule in wordings of our own:

- a text that "was drafted", with no adoption said, is a draft; drafted then adopted in one clause stays adopted;
- work on a thing the clause says is there ("is operational and is being upgraded") leaves it there;
- a form denied (the manner, the term), then the same thing addressed: yes, flagged; a plain denial stays no.
"""
from __future__ import annotations

import pytest

from loaders.formats.reading_form_addressed import FLAG_FORM_ADDRESSED

from .harness import read_question

PORTALS = 2
SDG = 22
OPEN_DATA_POLICY = 17
DIGITAL_BY_DEFAULT = 27
INCLUSION = 33


@pytest.mark.parametrize("text,lang", [
    ("The cloud policy was drafted by the ministry and circulated to agencies for comment.", "en"),
    ("Two data regulations were drafted last year; comments were received in March.", "en"),
])
def test_a_text_drafted_without_adoption_is_a_draft(text, lang):
    assert read_question(text, OPEN_DATA_POLICY, lang).answer == "no", text


@pytest.mark.parametrize("text,lang", [
    ("The open data policy was drafted by the agency in 2019 and adopted by Cabinet in 2020.", "en"),
    ("La politique de données ouvertes a été rédigée en 2019 et adoptée par décret en 2020.", "fr"),
    ("La política de datos abiertos fue redactada en 2019 y aprobada por decreto en 2020.", "es"),
])
def test_drafted_then_adopted_stays_adopted(text, lang):
    assert read_question(text, OPEN_DATA_POLICY, lang).answer == "yes", text


def test_drafted_and_adoption_still_ahead_stays_a_draft():
    assert read_question("The open data policy was drafted in 2021 and will be adopted next year.",
                         OPEN_DATA_POLICY, "en").answer == "no"


@pytest.mark.parametrize("text,lang", [
    ("The open data portal is operational and is being upgraded to a new version.", "en"),
    ("The data portal remains online and is currently being moved to cloud hosting.", "en"),
    ("Le portail de données ouvertes est opérationnel et est en cours de migration vers le nuage.", "fr"),
    ("El portal de datos abiertos está operativo y está en proceso de migración a la nube.", "es"),
])
def test_work_on_a_thing_in_place_leaves_it_in_place(text, lang):
    assert read_question(text, PORTALS, lang, "open_data").answer == "yes", text


@pytest.mark.parametrize("text", [
    "An open data portal is being developed.",
    "The draft portal charter was approved by the committee and is being finalised.",
])
def test_work_on_a_thing_not_there_stays_no(text):
    assert read_question(text, PORTALS, "en", "open_data").answer == "no", text


@pytest.mark.parametrize("text,q,lang", [
    ("The digital agenda does not mention the SDGs explicitly. It is linked to them through the national "
     "development plan, which was mapped against Agenda 2030.", SDG, "en"),
    ('The expression "digital by default" does not appear in the strategy. However, the strategy sets the aim of '
     "moving every permit online by 2024.", DIGITAL_BY_DEFAULT, "en"),
    ("La stratégie ne mentionne pas directement les ODD. Elle est alignée sur le plan national de développement, "
     "lui-même rapproché de l'Agenda 2030.", SDG, "fr"),
])
def test_a_form_denied_then_the_thing_addressed_is_yes_flagged(text, q, lang):
    r = read_question(text, q, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_FORM_ADDRESSED), text


@pytest.mark.parametrize("text,q", [
    ("There is no strategy.", INCLUSION),
    ("The strategy does not refer to the SDGs directly. However, the country is active in several SDG forums.", SDG),
])
def test_plain_denial_or_another_subject_stays_no(text, q):
    assert read_question(text, q, "en").answer == "no", text


def test_a_separate_policy_denied_then_addressed_under_a_roadmap_is_flagged():
    r = read_question("We have no separate inclusion policy. Inclusion is addressed under Pillar 2 of the Digital "
                      "Roadmap.", INCLUSION, "en")
    assert r.flag is not None
