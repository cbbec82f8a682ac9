"""After round twenty-seven (QQ): a draft noun that qualifies what a service handles is not the service's status; a
study noun naming a body's function is not a study; a pilot on a question about trying things out is the thing
asked (yes, flagged), and a pilot at work since a past date is flagged; adopted then not yet promulgated, and to be
put into force at a date, are not in force. Counter-cases stay as they read."""
from __future__ import annotations

import pytest

from loaders.formats.reading_pilot_asked import FLAG_PILOT_ASKED
from loaders.formats.reading_pilot_since import FLAG_PILOT_SINCE

from .harness import read_question

PORTALS = 2        # links of portals, item e_participation
SIGNATURE = 13     # legislation on digital signature
SANDBOXES = 32     # policy experimentation and/or regulatory sandboxes
CONNECTIVITY = 35  # measures for meaningful connectivity
SATISFACTION = 42  # user satisfaction measured


@pytest.mark.parametrize("text,lang", [
    ("Online consultation of draft laws and decrees: https://consult.example.org/", "en"),
    ("Public review of draft regulations through the portal https://review.example.org/", "en"),
    ("Consultation en ligne des projets de loi : https://consultation.example.org/", "fr"),
    ("Consulta pública de anteproyectos de ley: https://consulta.example.org/", "es"),
])
def test_drafts_a_service_handles_are_not_its_status(text, lang):
    r = read_question(text, PORTALS, lang, item="e_participation")
    assert r.answer == "yes", r


@pytest.mark.parametrize("text,lang", [
    ("A draft of the e-participation policy.", "en"),
    ("Draft regulations on e-participation are being consulted.", "en"),
    ("Un projet de loi sur la participation en ligne.", "fr"),
    ("Consulta del anteproyecto de ley de participación.", "es"),
])
def test_a_draft_that_is_the_thing_stays_no(text, lang):
    assert read_question(text, PORTALS, lang, item="e_participation").answer == "no"


@pytest.mark.parametrize("text,lang", [
    ("The evaluation of user satisfaction with online services falls under the remit of the Digital Agency. "
     "Users rate each service after use.", "en"),
    ("L'évaluation de la satisfaction des usagers relève de la compétence de l'Agence du numérique. "
     "Les usagers notent chaque service.", "fr"),
    ("La evaluación de la satisfacción de los usuarios corresponde a la Agencia Digital. "
     "Los usuarios califican cada servicio.", "es"),
])
def test_a_study_noun_naming_a_bodys_function_is_no_study(text, lang):
    assert read_question(text, SATISFACTION, lang).answer == "yes"


@pytest.mark.parametrize("text", [
    "An assessment of user satisfaction is planned for 2023.",
    "A study is under way; it is the responsibility of the Digital Agency.",
])
def test_a_study_as_status_stays_no(text):
    assert read_question(text, SATISFACTION).answer == "no"


@pytest.mark.parametrize("text,lang", [
    ("A pilot of drone deliveries of medicines, authorised by the Civil Aviation Authority, runs in two districts.",
     "en"),
    ("Un projet pilote de paiement mobile des amendes est mené par la Police nationale dans deux villes.", "fr"),
    ("Un piloto de firma móvil fue autorizado por el Banco Central para tres bancos.", "es"),
])
def test_a_pilot_on_a_question_about_trying_things_out_is_asked(text, lang):
    r = read_question(text, SANDBOXES, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_PILOT_ASKED), r
    assert r.evidence.startswith("status pilot:")


@pytest.mark.parametrize("text,lang", [
    ("A pilot is planned for 2023.", "en"),
    ("No se cuenta con espacios controlados de prueba (pilotos).", "es"),
    ("The portal is deployed in pilot agencies. There is no regulatory sandbox framework.", "en"),
])
def test_a_pilot_planned_or_beside_a_denial_stays_no(text, lang):
    r = read_question(text, SANDBOXES, lang)
    assert r.answer == "no" and r.flag != FLAG_PILOT_ASKED, r


@pytest.mark.parametrize("text,lang", [
    ("Proyecto piloto «Aldea Conectada»: diez puntos de acceso gratuitos instalados en escuelas rurales, abiertos "
     "desde marzo de 2021.", "es"),
    ("Projet pilote « Village connecté » : dix points d'accès gratuits installés dans des écoles, ouverts depuis "
     "mars 2021.", "fr"),
])
def test_a_pilot_named_then_at_work_since_a_past_date_is_flagged(text, lang):
    r = read_question(text, CONNECTIVITY, lang)
    assert r.flag is not None, r
    assert r.answer == "yes" or r.flag == FLAG_PILOT_SINCE


@pytest.mark.parametrize("text", [
    "Pilot project Village Connect: ten free public hotspots to be set up in 2023.",
    "A pilot of free hotspots in rural schools.",
])
def test_a_pilot_without_a_past_start_stays_no(text):
    r = read_question(text, CONNECTIVITY)
    assert (r.answer, r.flag) == ("no", None), r


@pytest.mark.parametrize("text,lang", [
    ("La loi sur la signature électronique a été adoptée par l'Assemblée nationale en novembre 2021. "
     "Elle n'a pas encore été promulguée.", "fr"),
    ("The Electronic Signatures Act was passed by Parliament in November 2021. It has not yet been assented to.", "en"),
    ("The Electronic Signatures Act was passed by Parliament in November 2021. The Act has not yet been gazetted.",
     "en"),
    ("La Ley de Firma Electrónica fue aprobada por la Asamblea Nacional en noviembre de 2021. "
     "Aún no ha sido promulgada.", "es"),
])
def test_adopted_then_not_yet_promulgated_is_not_in_force(text, lang):
    r = read_question(text, SIGNATURE, lang)
    assert r.answer == "no" and r.flag is not None, r


@pytest.mark.parametrize("text,lang", [
    ("The Electronic Signatures Act was passed by Parliament in November 2021. It has not yet been used by banks.",
     "en"),
    ("La loi sur la signature électronique a été adoptée en 2021. Elle n'a pas encore été appliquée par les "
     "banques.", "fr"),
    ("The Electronic Signatures Act was passed by Parliament in November 2021. Its regulations have not yet been "
     "gazetted.", "en"),
])
def test_a_property_or_another_text_denied_after_adoption_stays_yes(text, lang):
    assert read_question(text, SIGNATURE, lang).answer == "yes"


@pytest.mark.parametrize("text,lang", [
    ("The Electronic Signatures Act was passed by Parliament in February 2022 and signed by the President. "
     "The Act introduces e-signatures for banks. The Act will be put into force from 1 July 2022.", "en"),
    ("La loi sur la signature électronique a été adoptée en février 2022. Elle sera mise en vigueur le 1er juillet "
     "2022.", "fr"),
    ("La Ley de Firma Electrónica fue aprobada en febrero de 2022. Será puesta en vigor el 1 de julio de 2022.", "es"),
])
def test_to_be_put_into_force_is_not_in_force(text, lang):
    r = read_question(text, SIGNATURE, lang)
    assert r.answer == "no" and r.flag is not None, r


def test_amendments_put_into_force_later_leave_the_act_in_force():
    text = "The Electronic Signatures Act was passed in 2020. Its amendments will be put into force in 2023."
    assert read_question(text, SIGNATURE).answer == "yes"
