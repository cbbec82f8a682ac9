"""Statuses read in practice or flagged: a present passive of announcing is a routine ("Vacancies are announced on the
portal"); a progressive of carrying out dated "since <year>" is practice; a commencement counted from ratification, or
awaited after "yet to be gazetted, and will come into operation", is not in force yet; a plan held by a text, a pilot at
work since a past date and a text with nothing done under it "to date" are flagged; a report awaited after a past
exercise does not undo the exercise. Counter-cases keep their reading."""
from __future__ import annotations

import pytest

from .harness import read_question

PROCUREMENT = 2     # item: procurement
CYBER_LAW = 11
E_SIGNATURE = 13
EMERGING = 29       # item: other
FORESIGHT = 31
BENEFITS = 36
LITERACY = 38


# --- a present passive of announcing: a routine ----------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Calls for bids are announced in the Official Journal and on the procurement portal.", "en"),
    ("Les appels d'offres sont annoncés au Bulletin officiel et sur le portail des marchés.", "fr"),
    ("Las convocatorias se anuncian en el Boletín Oficial y en el portal de compras.", "es"),
])
def test_routine_announcement_is_practice(text, lang):
    r = read_question(text, PROCUREMENT, lang, "procurement")
    assert r.answer == "yes", r


@pytest.mark.parametrize("text", [
    "An e-procurement portal was announced in April 2022.",
    "An e-procurement portal has been announced by the Minister.",
])
def test_an_announcement_made_stays_a_plan(text):
    r = read_question(text, PROCUREMENT, "en", "procurement")
    assert r.answer == "no" and "planned" in r.evidence, r


# --- a progressive of carrying out since a year ----------------------------------------------------------------------

def test_carried_out_since_a_year_is_practice():
    r = read_question('The "Girls Code" programme is being carried out by the Ministry of Labour together with UNICEF '
                      "since March 2020, under which 800 girls have been trained.", LITERACY)
    assert r.answer == "yes" and "since march 2020" in r.evidence.lower(), r


def test_spanish_progressive_since_a_year_stays_yes():
    r = read_question("El programa «Chicas Programan» se está llevando a cabo por el Ministerio desde 2020.", LITERACY, "es")
    assert r.answer == "yes", r


@pytest.mark.parametrize("text", [
    "The programme is being negotiated with donors since 2020.",   # no light verb: the work is not done
    "The programme is being carried out by the Ministry.",         # no start: read as before
])
def test_progressive_without_both_stays_preparation(text):
    r = read_question(text, LITERACY)
    assert r.answer == "no", r


# --- a commencement counted from ratification, or awaited ------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The Computer Crimes Act was passed in March 2022. It comes into effect three months after ratification.", "en"),
    ("La loi a été adoptée en mars 2022. Elle entre en vigueur six mois après sa ratification.", "fr"),
    ("La Ley fue aprobada en marzo de 2022. Entra en vigor seis meses después de su ratificación.", "es"),
])
def test_commencement_after_ratification_is_flagged(text, lang):
    r = read_question(text, CYBER_LAW, lang)
    assert r.flag, r


def test_commencement_counted_long_ago_stays_in_force():
    r = read_question("The Computer Crimes Act was passed in 2015. It came into effect six months after ratification.",
                      CYBER_LAW)
    assert r.answer == "yes" and not r.flag, r


@pytest.mark.parametrize("text,lang", [
    ("The Digital Signatures Act, 2021 gives legal effect to electronic signatures. It was passed in November 2021 and "
     "received assent in January 2022. It is yet to be gazetted, and will come into operation on a date to be "
     "appointed by the Minister.", "en"),
    ("La loi de 2021 reconnaît la signature électronique. Elle a été votée en décembre 2021 et entrera en application "
     "à une date fixée par arrêté du Ministre.", "fr"),
])
def test_entry_awaited_after_assent_is_no(text, lang):
    r = read_question(text, E_SIGNATURE, lang)
    assert r.answer == "no" and r.flag, r


def test_assent_alone_stays_yes():
    r = read_question("The Digital Signatures Act, 2021 gives legal effect to electronic signatures. It was passed in "
                      "November 2021 and received assent in January 2022.", E_SIGNATURE)
    assert r.answer == "yes", r


# --- a plan held by a text -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Cloud: the creation of a government cloud is envisaged by the Action Plan of the Digital Strategy 2022-2025.", "en"),
    ("A government cloud is planned under the National Digital Strategy.", "en"),
    ("Cloud : la création d'un cloud gouvernemental est prévue par le Plan d'action de la Stratégie numérique.", "fr"),
    ("Nube: la creación de una nube gubernamental está prevista en el Plan de acción de la Estrategia Digital.", "es"),
])
def test_plan_held_by_a_text_is_flagged(text, lang):
    r = read_question(text, EMERGING, lang, "other")
    assert r.flag, r


def test_plan_in_a_text_to_come_stays_unflagged():
    r = read_question("A government cloud is envisaged in the next strategy.", EMERGING, "en", "other")
    assert r.answer == "no" and not r.flag, r


# --- a report awaited after a past exercise --------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ('In 2021, the Ministry and a partner lab conducted a foresight exercise, "Digital 2040". Three scenarios were '
     "developed. The report has been validated at a workshop in November 2021 and will be published online.", "en"),
    ("En 2021, le Ministère a mené un exercice de prospective « Numérique 2040 ». Le rapport a été validé en atelier "
     "et sera publié en ligne.", "fr"),
])
def test_report_awaited_does_not_undo_the_exercise(text, lang):
    r = read_question(text, FORESIGHT, lang)
    assert r.answer == "yes", r


def test_exercise_not_repeated_stays_no():
    r = read_question("In 2019, the Ministry ran a foresight exercise. It has not been repeated since.", FORESIGHT)
    assert r.answer == "no", r


# --- a pilot at work since a past date ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Les allocations du Programme d'appui aux familles (PAF), gérées par le Ministère, sont versées par paiement "
     "mobile depuis mars 2020, à titre pilote, dans deux communes ; l'extension à tous les bénéficiaires est "
     "envisagée en 2024 sous réserve de financement.", "fr"),
    ("Family allowances of the Family Support Programme (FSP), managed by the Ministry, are paid by mobile money since "
     "March 2020, on a pilot basis, in two districts; extension to all recipients is envisaged in 2024.", "en"),
    ("Las asignaciones del Programa de Apoyo Familiar, gestionadas por el Ministerio, se pagan por dinero móvil desde "
     "marzo de 2020, a modo de piloto, en dos municipios; la extensión está prevista en 2024.", "es"),
])
def test_pilot_at_work_since_a_past_date_is_flagged(text, lang):
    r = read_question(text, BENEFITS, lang)
    assert r.flag, r


def test_pilot_ahead_stays_unflagged():
    r = read_question("Family allowances will be paid by mobile money on a pilot basis from 2023.", BENEFITS)
    assert r.answer == "no" and not r.flag, r


# --- a text in force, nothing done under it yet ----------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The Digital Inclusion Act of 2021, adopted by Congress, creates two grant programmes to be run by the Agency. "
     "No grants have been awarded under the Act to date.", "en"),
    ("La loi sur l'inclusion numérique de 2021, adoptée par le Parlement, crée deux programmes de subventions. Aucune "
     "subvention n'a été accordée à ce jour.", "fr"),
    ("La Ley de Inclusión Digital de 2021, aprobada por el Congreso, crea dos programas de subvenciones. No se ha "
     "otorgado ninguna subvención hasta la fecha.", "es"),
])
def test_nothing_done_under_a_text_is_flagged(text, lang):
    r = read_question(text, LITERACY, lang)
    assert r.flag, r


def test_a_plain_feature_denied_stays_unflagged():
    r = read_question("The Digital Inclusion Act of 2021, adopted by Congress, creates two grant programmes to be run "
                      "by the Agency. No fees are charged to applicants.", LITERACY)
    assert r.answer == "yes" and not r.flag, r
