"""Shapes read after round twenty-one (CC): a text whose entry into force waits on an act still to come, a text said
to come before what was asked, a contrast inside the sentence after a denial giving an address, a later sentence
setting another thing aside with its own status, a denial narrowed to a scope the question does not ask. Wordings
written for this file (EN, FR, ES), with counter-cases that keep their reading."""
from __future__ import annotations

import pytest

from loaders.formats.reading_polarity import read_answer

ID_LAW = "Is there any legislation, law or regulation on digital identity?"
EMERGING_5G = ("Does the national e-government strategy make specific reference to the use of new/emerging technologies "
               "such as artificial Intelligence (AI), robotics, blockchains, 5G and Internet of Things (IoT)? Please "
               "provide link and detail. Emerging technologies in strategy: 5G")
PORTALS = "Please provide links (Links) for portals providing specific services/features Portals for specific services: "
SANDBOX = ("Does the Government have any measure in policy experimentation and/or regulatory sandboxes in using digital "
           "technologies? Please provide link and detail.")
FOI_LAW = "Is there any legislation, law or regulation on access to information?"


# An entry into force waiting on an act to come: no, flagged, the commencement's words as evidence.
@pytest.mark.parametrize("lang, text", [
    ("en", "The Digital Identity Act was passed in November 2021. It enters into force upon the issuance of its "
           "implementing regulations, which are being prepared by the Home Office."),
    ("fr", "La loi n° 2021-17 relative à l'identité numérique a été promulguée en décembre 2021. Elle entre en vigueur "
           "à la publication de son décret d'application, en cours de rédaction."),
    ("es", "La Ley N° 512/2021 de identidad electrónica, sancionada en noviembre de 2021, está en proceso de "
           "reglamentación. Según su artículo final, entra en vigencia a partir de su reglamentación."),
])
def test_a_text_in_force_only_once_an_act_to_come_is_made_is_no_flagged(lang, text):
    r = read_answer(text, lang, 2022, ID_LAW)
    assert (r.answer, r.rule) == ("no", "adopted, entry into force deferred or to come")
    assert r.flag is not None and r.evidence.startswith("status planned:")


@pytest.mark.parametrize("lang, text", [
    # the act told made: the commencement has happened
    ("en", "The Digital Identity Act was passed in 2019. It enters into force upon the issuance of its regulations. "
           "Its regulations were adopted in March 2020."),
    ("es", "La Ley N° 512/2019 de identidad electrónica fue promulgada en 2019. Entra en vigencia a partir de su "
           "reglamentación. El reglamento fue aprobado por Decreto N° 88/2020."),
    # a commencement counted from publication names no act to come
    ("en", "The Digital Identity Act was passed in 2019 and enters into force on publication in the Gazette."),
])
def test_an_entry_on_an_act_told_made_or_on_publication_keeps_yes(lang, text):
    assert read_answer(text, lang, 2022, ID_LAW).answer == "yes"


# A text said to come before what was asked: no, the precedence words as evidence.
@pytest.mark.parametrize("lang, text, words", [
    ("en", "Our Digital Agenda predates 5G; operators began trials only in 2021.", "predates 5g"),
    ("fr", "La Stratégie nationale est antérieure à la 5G. Des essais ont été menés en 2021.", "antérieure à la 5g"),
    ("es", "El Plan Maestro es anterior a la tecnología 5G; los operadores hicieron pruebas en 2021.",
     "anterior a la tecnología 5g"),
])
def test_a_strategy_said_to_predate_what_was_asked_is_no(lang, text, words):
    r = read_answer(text, lang, 2022, EMERGING_5G)
    assert (r.answer, r.flag, r.rule) == ("no", None, "the text predates what was asked")
    assert r.evidence.startswith("negation:")


@pytest.mark.parametrize("question, text", [
    (FOI_LAW, "The Access to Information Act predates the Constitution and remains in force."),
    (EMERGING_5G, "The Plan names 5G as a priority; it predates the 2022 budget."),
])
def test_a_precedence_over_something_not_asked_keeps_its_reading(question, text):
    assert read_answer(text, "en", 2022, question).answer == "yes"


# A denial, then a contrast inside the next sentence giving the address where the thing is done: yes, flagged.
@pytest.mark.parametrize("lang, text", [
    ("en", "No national open data portal yet (a portal is planned). The Statistics Bureau, however, publishes its "
           "datasets openly at https://stats.example/open."),
    ("fr", "Pas encore de portail national de données ouvertes (projet en cours). L'Institut de la statistique publie "
           "toutefois ses séries en libre accès sur https://stat.example/donnees."),
    ("es", "No existe un portal nacional de datos abiertos (en proyecto). El Instituto de Estadística publica, sin "
           "embargo, sus series en acceso libre en https://ine.example/datos."),
])
def test_a_contrast_inside_the_sentence_giving_an_address_turns_the_denial(lang, text):
    r = read_answer(text, lang, 2022, PORTALS + "Open government data")
    assert (r.answer, r.rule) == ("yes", "a denial, then a contrast naming something done")
    assert r.flag is not None


def test_a_contrast_inside_with_no_address_and_nothing_shared_stays_no():
    text = "No national open data portal yet (a portal is planned). Ministries, however, answer requests by e-mail."
    assert read_answer(text, "en", 2022, PORTALS + "Open government data").answer == "no"


# A thing given with its address, then "In addition, <another thing> is in pilot": yes, flagged mixed.
@pytest.mark.parametrize("lang, text", [
    ("en", "Citizen portal (https://gov.example/services). In addition, the One-Stop Service Centre platform, which "
           "joins regional offices, is in the pilot phase in four provinces."),
    ("fr", "Portail citoyen (https://gouv.example/services). En outre, la plateforme des guichets uniques est en phase "
           "pilote dans trois provinces."),
    ("es", "Portal ciudadano (https://gob.example/tramites). Además, la plataforma de ventanilla única está en fase "
           "piloto en tres provincias."),
])
def test_another_thing_set_aside_with_its_own_status_leaves_the_portal_given(lang, text):
    r = read_answer(text, lang, 2022, PORTALS + "E-services")
    assert (r.answer, r.rule) == ("yes", "a thing given, another aside with its own status")
    assert r.flag is not None


@pytest.mark.parametrize("text", [
    # the later sentence takes the thing up: its status is the portal's own
    "Citizen portal (https://gov.example/services). In addition, it is in the pilot phase in four provinces.",
    # no aside word: the status after what was named decides as before
    "Citizen portal (https://gov.example/services). The platform is in the pilot phase in four provinces.",
])
def test_a_status_of_the_same_thing_after_its_address_is_not_an_aside(text):
    assert read_answer(text, "en", 2022, PORTALS + "E-services").rule != "a thing given, another aside with its own status"


# A denial narrowed to a scope the question does not ask, beside an affirmation: yes, flagged.
@pytest.mark.parametrize("lang, text", [
    ("en", "The central bank has run a fintech sandbox since 2020; nothing specific to e-government."),
    ("fr", "La Banque centrale gère un bac à sable réglementaire depuis 2020 ; rien de spécifique à l'administration "
           "électronique."),
    ("es", "El Banco Central opera un sandbox regulatorio desde 2020; nada específico para el gobierno electrónico."),
])
def test_a_denial_narrowed_to_an_unasked_scope_does_not_undo_the_yes(lang, text):
    r = read_answer(text, lang, 2022, SANDBOX)
    assert r.answer == "yes" and r.flag is not None


def test_a_denial_narrowed_to_what_was_asked_still_decides():
    text = "The Constitution protects privacy; there is no law specific to data protection."
    r = read_answer(text, "en", 2022, "Is there any legislation, law or regulation on data protection?")
    assert (r.answer, r.rule) == ("no", "absence stated beside")
