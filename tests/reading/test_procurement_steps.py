"""Steps and labels of a plan that are no service in use: a procurement step as the clause's own predicate, a
recurring report beside a practice, a plan's numbered label beside a date after the edition. New words, not the
fixtures'."""
from __future__ import annotations

import pytest

from loaders.formats.reading_polarity import read_answer

PORTAL = "Does your country have a one-stop portal for businesses?"
TRAINING = "Are there digital skills programmes for vulnerable groups?"
USAGE = "Does the Government monitor/collect usage statistics of e-government services?"


@pytest.mark.parametrize("text, lang", [
    ("Coding courses for older persons: tender launched in January 2022, award due in August 2022.", "en"),
    ("Cours de code pour les aînés : appel d'offres lancé en janvier 2022.", "fr"),
    ("Cursos de programación para mayores: licitación lanzada en enero de 2022.", "es"),
])
def test_a_procurement_step_is_no_service_in_use(text, lang):
    r = read_answer(text, lang, 2022, TRAINING)
    assert r.answer != "yes" or r.flag is not None
    assert not (r.answer == "yes" and "operating" in r.evidence)


@pytest.mark.parametrize("text, lang", [
    ("The business portal went live in 2021 after a tender launched in 2019.", "en"),
    ("Le portail des entreprises est en service depuis 2021.", "fr"),
    ("The Office of Procurement Regulation publishes tender notices at https://opr.example.org.", "en"),
])
def test_a_service_in_use_stays_yes_beside_its_procurement(text, lang):
    r = read_answer(text, lang, 2022, PORTAL)
    assert r.answer == "yes"


@pytest.mark.parametrize("text, lang", [
    ("The agency tracks portal visits on a dashboard, and a quarterly report is submitted to the Minister.", "en"),
    ("L'agence suit les visites du portail sur un tableau de bord, et un rapport mensuel est transmis au Ministre.",
     "fr"),
    ("La agencia sigue las visitas del portal en un tablero, y un informe mensual es presentado al Ministro.", "es"),
])
def test_a_recurring_report_is_no_step_awaited(text, lang):
    r = read_answer(text, lang, 2022, USAGE)
    assert r.answer == "yes"


@pytest.mark.parametrize("text, lang", [
    ("The agency tracks portal visits on a dashboard, and a report is submitted to the Minister.", "en"),
    ("L'agence suit les visites du portail sur un tableau de bord, et un rapport est transmis au Ministre.", "fr"),
    ("La agencia sigue las visitas del portal en un tablero, y un informe es presentado al Ministro.", "es"),
])
def test_a_single_report_submitted_stays_a_status(text, lang):
    r = read_answer(text, lang, 2022, USAGE)
    assert r.answer == "no"


def test_an_annual_plan_submitted_once_stays_awaited():
    r = read_answer("The annual digital plan has been submitted to Cabinet.", "en", 2022,
                    "Is there a national e-government strategy?")
    assert r.answer == "no"


@pytest.mark.parametrize("text", [
    "Business registry portal (Reform 3.1-02): go-live planned for Q2 2023, milestone 12.",
    "Business registry portal: go-live planned for Q2 2023, milestone 12.",
])
def test_a_numbered_label_does_not_stop_a_later_date(text):
    r = read_answer(text, "en", 2022, PORTAL)
    assert r.answer != "yes" or r.flag is not None


def test_a_target_with_its_year_stays_a_deadline():
    r = read_answer("Plan: target 2025 for all services online.", "en", 2022, "Is there a national e-government strategy?")
    assert r.answer == "yes"


@pytest.mark.parametrize("text, lang", [
    ("Business portal: contract signed May 2022.", "en"),
    ("Portail des entreprises : marché attribué en mai 2022.", "fr"),
    ("Portal de empresas: contrato adjudicado en mayo de 2022.", "es"),
])
def test_a_contract_step_states_no_service(text, lang):
    r = read_answer(text, lang, 2022, PORTAL)
    assert r.answer != "yes" and r.flag is not None


def test_a_service_built_under_a_contract_stays_yes():
    r = read_answer("The portal was built under a contract signed in 2019 and has run since 2020.", "en", 2022, PORTAL)
    assert r.answer == "yes"


SATISFACTION = "Does the Government measure user satisfaction of e-government services?"


@pytest.mark.parametrize("text, lang", [
    ("Not comprehensively yet. The rating module of the portal (Reform 1.2-03, milestone 9) - contract signed May 2022.",
     "en"),
    ("Pas encore de manière systématique. Le module de notation du portail (Réforme 1.2, jalon 9).", "fr"),
    ("Todavía no de forma sistemática. El módulo de valoración del portal (Reforma 1.2, hito 9).", "es"),
])
def test_a_not_yet_verdict_first_is_no(text, lang):
    r = read_answer(text, lang, 2022, SATISFACTION)
    assert r.answer == "no"
    assert "not" in r.evidence.lower() or "encore" in r.evidence or "no" in r.evidence


@pytest.mark.parametrize("text, lang", [
    ("Not yet for all services. The rating module has run on the portal since 2020.", "en"),
    ("Pas encore partout. Le module de notation du portail fonctionne depuis 2020.", "fr"),
])
def test_a_service_at_work_after_a_not_yet_stays_as_read(text, lang):
    r = read_answer(text, lang, 2022, SATISFACTION)
    assert not (r.answer == "no" and r.rule == "a not-yet verdict first")


@pytest.mark.parametrize("text, lang", [
    ("The portal lets users rate each service after the transaction, and a national satisfaction survey is under "
     "study.", "en"),
    ("La plateforme permet aux usagers de noter chaque service après la démarche, et une enquête nationale de "
     "satisfaction est à l'étude.", "fr"),
    ("La plataforma permite a los usuarios calificar cada servicio tras el trámite, y una encuesta nacional de "
     "satisfacción está en estudio.", "es"),
])
def test_a_further_measure_beside_one_at_work_is_mixed(text, lang):
    r = read_answer(text, lang, 2022, SATISFACTION)
    assert r.answer == "yes" and r.flag is not None


def test_a_measure_still_to_come_beside_another_service_stays_no():
    r = read_answer("The tax portal operates; a satisfaction survey of e-government services is being developed.",
                    "en", 2022, SATISFACTION)
    assert r.answer == "no"
