"""A start still to be ordered ("is to be brought into operation by order of the Minister") is not in force; a service
"in the phase of test functioning" is a trial; a text "with the application from <date>" is in force from that date
(yes when the date is past, no when it falls after the edition year); on what a text addresses, "the vision of the
<text>" is the text's content, not an idea. Counter-cases keep their reading."""
from __future__ import annotations

import pytest

from .harness import read_question

PORTALS = 2          # item: other
DATA_PROTECTION = 10
E_SIGNATURE = 13
EMERGING = 29        # item: ai


# --- a start still to be ordered: not yet in force ----------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The Electronic Transactions Act 2022 gives legal recognition to electronic signatures. It was assented to on "
     "3 March 2022. The Act is to be brought into operation by order of the Minister.", "en"),
    ("The Digital Signatures Act provides for certification authorities. It was assented to in February 2022. It is "
     "to come into force on a day fixed by notice in the Gazette.", "en"),
    ("The Electronic Transactions Act 2022 provides for trust services. It was passed in May 2022. Its provisions "
     "are to be brought into force by notice of the Minister.", "en"),
    ("La loi n° 2022-04 reconnaît la signature électronique. Elle a été promulguée le 3 mars 2022. Elle entrera en "
     "vigueur par arrêté du ministre.", "fr"),
    ("La Ley 12-2022 reconoce la firma electrónica. Fue aprobada el 3 de marzo de 2022. La ley entrará en vigor "
     "mediante acuerdo ministerial.", "es"),
])
def test_start_still_to_be_ordered_is_not_in_force(text, lang):
    r = read_question(text, E_SIGNATURE, lang)
    assert r.answer == "no" and r.flag is not None and "status planned" in r.evidence, r


@pytest.mark.parametrize("text", [
    "The Electronic Transactions Act 2019 gives legal recognition to electronic signatures. It was brought into "
    "operation by order of the Minister in 2020.",
    "The Electronic Transactions Act 2019 gives legal recognition to electronic signatures. Its regulations are to "
    "be revised in 2023.",
])
def test_start_made_or_another_step_keeps_the_act(text):
    r = read_question(text, E_SIGNATURE, "en")
    assert r.answer == "yes", r


# --- a service in test functioning: a trial ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The eFarm portal of the Ministry of Agriculture, for the registration of holdings, is in the phase of test "
     "functioning. Full use of the portal is foreseen from 1 March 2023.", "en"),
    ("The eFarm portal is in the phase of testing. It will be opened to all farmers in 2023.", "en"),
    ("The licensing portal was put into test operation by the Ministry of Economy.", "en"),
    ("Le portail eFerme du Ministère de l'Agriculture est en phase de test. Sa mise en service complète est prévue au "
     "1er mars 2023.", "fr"),
    ("El portal eFinca del Ministerio de Agricultura se encuentra en fase de pruebas. Su plena aplicación está "
     "prevista a partir del 1 de marzo de 2023.", "es"),
])
def test_service_on_trial_is_no(text, lang):
    r = read_question(text, PORTALS, lang, "other")
    assert r.answer == "no" and "pilot" in r.evidence, r


def test_service_functioning_stays_operating():
    r = read_question("The eFarm portal is functioning since 2019 and serves 40,000 farmers.", PORTALS, "en", "other")
    assert r.answer == "yes", r


# --- a text applied from a date: in force when the date is past -------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Law on Data Protection (Official Gazette no. 12/19), with the application from 1 March 2020. A Strategy on "
     "Privacy for the period 2024-2028 is being drafted by the Ministry of Justice.", "en"),
    ("Loi n° 2019-12 relative à la protection des données personnelles, applicable à compter du 1er mars 2020. La "
     "Stratégie nationale de protection des données pour la période 2023-2030 est en cours d'élaboration.", "fr"),
    ("Ley 12/2019 de Protección de Datos Personales, con aplicación desde el 1 de marzo de 2020. La Estrategia de "
     "Protección de Datos para el período 2023-2030 está en elaboración.", "es"),
])
def test_text_applied_from_a_past_date_is_in_force(text, lang):
    r = read_question(text, DATA_PROTECTION, lang)
    assert r.answer == "yes" and "in force" in r.evidence, r


@pytest.mark.parametrize("text,lang", [
    ('Law on Data Protection ("Off. Gazette", no. 40/22), with the application from 1 January 2023.', "en"),
    ('Law on Data Protection ("Off. Gazette", no. 40/22), adopted by the National Assembly in April 2022, with the '
     'application from 1 January 2023.', "en"),
    ("Loi n° 2022-12 relative à la protection des données personnelles, applicable à compter du 1er janvier 2023.",
     "fr"),
    ("Ley 40/2022 de Protección de Datos Personales, con aplicación desde el 1 de enero de 2023.", "es"),
])
def test_text_applied_from_a_later_date_is_not_yet(text, lang):
    r = read_question(text, DATA_PROTECTION, lang)
    assert r.answer == "no" and "dated after edition" in r.evidence, r


# --- a text's vision on what a text addresses ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The long-term vision of the Digital Agenda provides the use of artificial intelligence in public services. A "
     "dedicated AI strategy is being drafted by the Ministry.", "en"),
    ("La vision du Plan national du numérique prévoit l'usage de l'intelligence artificielle dans les services "
     "publics.", "fr"),
    ("La visión de la Agenda Digital contempla el uso de la inteligencia artificial en los servicios públicos.", "es"),
])
def test_vision_of_a_text_is_its_content(text, lang):
    r = read_question(text, EMERGING, lang, "ai")
    assert r.answer == "yes", r


@pytest.mark.parametrize("text", [
    "The vision of the next strategy will include artificial intelligence.",
    "A vision of artificial intelligence in public services is under discussion.",
])
def test_vision_of_a_text_to_come_or_of_the_topic_stays_no(text):
    r = read_question(text, EMERGING, "en", "ai")
    assert r.answer == "no", r


def test_vision_of_a_text_off_a_coverage_question_stays_an_idea():
    r = read_question("The vision of the Digital Agenda provides a data protection law for every citizen.",
                      DATA_PROTECTION, "en")
    assert r.answer == "no" and "status idea" in r.evidence, r
