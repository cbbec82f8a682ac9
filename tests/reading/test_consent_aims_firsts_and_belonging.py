"""Round eighteen V: a step granted on the consent question is consent; an actor's aim is a stance; the first of what
was made ready still to come is no; something general for all beside a specific one still to come is no; a matter
said to belong to a body and then referred to it is a referral; an address after a colon is its clause's; information
inside a text laid before Parliament is published (flagged). Each with its counter-cases."""
from __future__ import annotations

import pytest

from .harness import read_question

FRAMEWORK = 25    # data governance framework in the strategy
EMERGING = 29     # new technologies
VULNERABLE = 36   # specific e-services for women and vulnerable groups
VOICES = 40       # publishing how people's voices are included
SURVEY = 42       # satisfaction surveys
CONSENT = 45      # authorising publication
PORTALS = 2       # portals for specific services


@pytest.mark.parametrize("text,lang", [
    ("Cleared for release by the Director General.", "en"),
    ("Endorsed for publication by the Secretary of State, DIT.", "en"),
    ("Validée pour publication par la Secrétaire générale.", "fr"),
    ("Aprobada para su publicación por la Subsecretaría.", "es"),
])
def test_a_step_granted_on_the_consent_question_is_consent(text, lang):
    r = read_question(text, CONSENT, lang)
    assert r.answer == "yes" and r.evidence.startswith("assent"), r


@pytest.mark.parametrize("text,lang", [
    ("Not yet cleared for publication by the Minister.", "en"),
    ("To be approved for release by the Cabinet Secretary.", "en"),
    ("The responses will be approved for publication next month.", "en"),
    ("Pendiente de ser aprobada para su publicación.", "es"),
])
def test_a_grant_still_to_come_is_no_consent(text, lang):
    assert read_question(text, CONSENT, lang).answer == "no"


def test_a_grant_on_a_condition_stays_in_doubt():
    r = read_question("Cleared for publication, subject to clearance by the Minister.", CONSENT)
    assert r.answer == "unknown" and r.flag


def test_a_bill_approved_for_tabling_elsewhere_is_still_awaited():
    # the grant reads as consent on the consent question only
    assert read_question("The Data Bill was approved for tabling in Parliament.", 10).answer == "no"


@pytest.mark.parametrize("text,lang", [
    ("The Republic aims to be a regional hub for trusted data. A data governance framework will be adopted in 2023.",
     "en"),
    ("Le Gouvernement vise à devenir un pôle régional de la donnée. Un cadre de gouvernance des données sera adopté "
     "en 2023.", "fr"),
    ("El Gobierno aspira a convertirse en un referente regional en datos. Un marco de gobernanza de datos será "
     "adoptado en 2023.", "es"),
])
def test_an_actors_aim_is_no_thing_in_place(text, lang):
    assert read_question(text, FRAMEWORK, lang).answer == "no"


def test_an_actors_aim_alone_affirms_nothing():
    r = read_question("The Ministry aims to become a leader in trusted data.", FRAMEWORK)
    assert r.answer == "unknown" and r.flag


@pytest.mark.parametrize("text,lang", [
    ("The e-Government Master Plan 2025 aims to set up a national data governance framework.", "en"),
    ("The Strategy, adopted in 2021, aims to establish a data governance framework.", "en"),
    ("La Estrategia Digital tiene como objetivo establecer un marco de gobernanza de datos.", "es"),
])
def test_a_texts_aim_says_what_it_is_for(text, lang):
    assert read_question(text, FRAMEWORK, lang).answer == "yes"


@pytest.mark.parametrize("text,lang", [
    ("A user feedback questionnaire was adopted by the Digital Agency in 2021. The first feedback round will be held "
     "in 2023.", "en"),
    ("Un questionnaire d'enquête de satisfaction a été validé par le Comité en mars 2022. La première enquête est "
     "prévue pour le troisième trimestre 2023.", "fr"),
    ("Un cuestionario de encuesta de satisfacción fue aprobado por el Comité en marzo de 2022. La primera encuesta "
     "está programada para el tercer trimestre de 2023.", "es"),
])
def test_the_first_of_what_was_made_ready_still_to_come_is_no(text, lang):
    r = read_question(text, SURVEY, lang)
    assert r.answer == "no" and r.flag and r.rule == "the first one still to come", r


@pytest.mark.parametrize("text", [
    "Satisfaction surveys have been run every year since 2019. The first mobile survey is planned for 2023.",
    "Satisfaction surveys have been run since 2019. The first survey of 2023 is scheduled for March 2023.",
    "A satisfaction survey methodology was approved in 2021. The results of the survey are published yearly.",
])
def test_a_first_one_beside_what_goes_on_keeps_the_yes(text):
    assert read_question(text, SURVEY).answer == "yes"


def test_the_first_review_of_a_law_in_force_keeps_the_yes():
    assert read_question("The Data Protection Act was adopted in 2021. The first review of the Act is scheduled for "
                         "2024.", 16).answer == "yes"


@pytest.mark.parametrize("text,lang", [
    ("All government portals follow accessibility guidelines for persons with disabilities. A dedicated "
     "sign-language service will be launched in 2023.", "en"),
    ("Tous les services en ligne sont accessibles aux personnes handicapées. Une application dédiée aux malvoyants "
     "sera lancée en 2023.", "fr"),
    ("Todos los trámites en línea son accesibles para personas con discapacidad. Una aplicación dedicada a personas "
     "ciegas será lanzada en 2023.", "es"),
])
def test_general_for_all_and_the_specific_one_to_come_is_no(text, lang):
    r = read_question(text, VULNERABLE, lang)
    assert r.answer == "no" and r.flag and r.rule == "general affirmed, the specific one still to come", r


@pytest.mark.parametrize("text", [
    "All government portals follow accessibility guidelines for persons with disabilities. A dedicated "
    "sign-language video service was launched in 2021.",
    "All government portals follow accessibility guidelines for persons with disabilities.",
])
def test_general_for_all_with_nothing_pending_keeps_the_yes(text):
    assert read_question(text, VULNERABLE).answer == "yes"


def test_a_specific_service_with_a_new_version_to_come_keeps_the_yes():
    r = read_question("The women's entrepreneurship portal has operated since 2019. A new version is set to launch "
                      "in 2023.", VULNERABLE)
    assert r.answer == "yes"


@pytest.mark.parametrize("text,lang,item", [
    ("Artificial intelligence falls within the remit of the Office of the Minister of State for AI. Kindly refer to "
     "the Office of the Minister of State for Artificial Intelligence.", "en", "ai"),
    ("Robotics and automation fall under the Ministry of Industry and Trade. Please refer to MoIT.", "en", "robotics"),
    ("La robotique relève du Ministère de l'Industrie. Veuillez vous adresser au MIAT.", "fr", "robotics"),
    ("La robótica es competencia del Ministerio de Industria. Remitirse al MIAT.", "es", "robotics"),
])
def test_a_matter_belonging_to_a_body_then_referred_is_a_decline(text, lang, item):
    r = read_question(text, EMERGING, lang, item)
    assert r.answer == "unknown" and r.flag, r


def test_a_mixed_case_acronym_after_please_refer_to_is_a_referral():
    r = read_question("Please refer to MoIT.", EMERGING)
    assert r.answer == "unknown" and r.flag, r


@pytest.mark.parametrize("text", [
    "Robotics falls under the Fourth Industrial Revolution Strategy. Please refer to MoIT.",
    "Robotics falls under the Ministry of Industry, whose 4IR Strategy has been in force since 2020. Please refer to "
    "MoIT.",
])
def test_a_text_that_covers_it_or_a_thing_in_force_keeps_its_reading(text):
    assert read_question(text, EMERGING, "en", "robotics").answer == "yes"


@pytest.mark.parametrize("text,lang", [
    ("There is no dedicated e-participation portal. Petitions are received through the Citizens' Voice platform of "
     "the Cabinet Office: https://voice.example.", "en"),
    ("Il n'existe pas de portail de participation distinct. Les doléances sont reçues via la plateforme du Médiateur "
     ": https://mediateur.example.", "fr"),
    ("No existe un portal de participación específico. Las quejas se reciben a través de la plataforma de la "
     "Defensoría: https://defensoria.example.", "es"),
])
def test_an_address_after_a_colon_makes_the_later_service_doubt_the_denial(text, lang):
    r = read_question(text, PORTALS, lang, "e_participation")
    assert r.answer == "no" and r.flag, r


def test_a_bare_address_after_a_denial_leaves_it_clear():
    r = read_question("There is no e-participation portal. Further information: https://info.example.", PORTALS,
                      "en", "e_participation")
    assert r.answer == "no" and r.flag is None, r


@pytest.mark.parametrize("text,lang", [
    ("Each draft policy submitted to Cabinet includes an annex listing the comments received from women's groups.",
     "en"),
    ("Le projet de loi déposé à l'Assemblée comprend une annexe sur les contributions des associations de femmes.",
     "fr"),
    ("El Libro Blanco presentado al Congreso contiene un informe de consulta con los aportes de las organizaciones "
     "de mujeres.", "es"),
])
def test_information_inside_a_text_laid_before_parliament_is_published_flagged(text, lang):
    r = read_question(text, VOICES, lang)
    assert r.answer == "yes" and r.flag == "published inside a text not adopted: does that count?", r


@pytest.mark.parametrize("text,q", [
    ("The draft report does not contain the comments received.", VOICES),
    ("The draft policy contains a consultation report to be submitted to Cabinet.", VOICES),
    ("The White Paper tabled in Parliament sets out the 5G regulations.", 18),
])
def test_a_draft_that_holds_nothing_published_stays_no(text, q):
    assert read_question(text, q).answer == "no"
