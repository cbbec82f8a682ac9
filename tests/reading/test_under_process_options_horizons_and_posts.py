"""Round fifteen (N), English with French and Spanish where the shape exists, each rule in wordings of our own:

- "under process" is a status short of in force, like "in progress" (en cours de traitement, en proceso de tramitación);
- a choice option whose value opens on a denial ("Other: Not specified …") chooses no option: unknown, flagged;
- a year that repeats a plan's horizon in its short form ("Horizon 2040 (NPH 2040)") is the plan's name, not a date;
- a pilot as the state of a thing ("in pilot", "en piloto", "en pilote") is a trial; a dash between two months is a
  range of dates, not a clause break;
- a post denied, then who exercises its functions: yes, flagged; a text creating the formal post still awaited does
  not undo it; a dedicated form denied, then a label naming its work and the body doing it: yes, flagged;
- results or data sent to an office are a report made, not a text awaiting a step;
- a bill passed at one stage and pending at the next is no stronger evidence than a name;
- a pointer that is a sentence of its own, then sentences of the answer's own that read otherwise: own words, flagged.
"""
from __future__ import annotations

import pytest

from loaders.formats.reading_clauses import FLAG_HEDGED
from loaders.formats.reading_option_denials import FLAG_OPTION_DENIED
from loaders.formats.reading_references import FLAG_OWN_WORDS
from loaders.formats.text import parse_text

from .harness import document, read_question

CIO = 4
MINISTRIES = 5
DIGITAL_ID_LAW = 12
STRATEGY_PERIOD = 20
DEVELOPMENT_PLAN = 21
DATA_GOVERNANCE = 25
DIGITAL_ID_STRATEGY = 26
EMERGING = 29
E_PARTICIPATION = 34
SATISFACTION = 42


# --- "under process" ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The national data governance framework is under process with the Law Division.", "en"),
    ("A cloud policy is in process of approval by the Cabinet.", "en"),
    ("Le cadre national de gouvernance des données est en cours de traitement au Secrétariat général.", "fr"),
    ("El marco de gobernanza de datos está en proceso de tramitación ante la Presidencia.", "es"),
])
def test_under_process_is_a_status_short_of_in_force(text, lang):
    assert read_question(text, DATA_GOVERNANCE, lang).answer == "no", text


def test_a_text_processing_requests_stays_operating():
    assert read_question("Requests for data are processed through the national portal.", DATA_GOVERNANCE,
                         "en").answer == "yes"


# --- A choice option whose words open on a denial -----------------------------------------------------------------

def _period(value: str):
    body = [" Two-year ", " Three-year ", " Five-year ", " Ten-year ", f" Other {value} "]
    doc = parse_text(document({"name": "period", "bodies": {STRATEGY_PERIOD: body}}), source_name="period.txt")
    return next(a for a in doc.answers if a.question == STRATEGY_PERIOD and not a.item)


@pytest.mark.parametrize("value", [
    "No period is set in the Plan; a review is under way.",
    "Not stated in the Digital Agenda. Its update is in progress.",
])
def test_an_option_whose_words_deny_it_is_unknown_flagged(value):
    a = _period(value)
    assert (a.answer, a.flag) == ("unknown", FLAG_OPTION_DENIED), a


@pytest.mark.parametrize("value", [
    "Rolling programme; no fixed end date.",
    "The Policy is permanent (no end date is set).",
    "Seven years (2021-2027)",
])
def test_an_option_that_states_its_value_stays_the_option(value):
    assert _period(value).answer == "yes"


# --- A plan's horizon year repeated in its short form -------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Our digital agenda is aligned with the National Plan Horizon 2040 (NPH 2040), the reference for all sector "
     "plans.", "en"),
    ("La stratégie numérique s'inscrit dans le Plan national Horizon 2040 (PNH 2040), cadre de référence de l'action "
     "publique.", "fr"),
    ("La agenda digital se alinea con el Plan Nacional Horizonte 2040 (PNH 2040), marco de la política pública.",
     "es"),
])
def test_a_horizon_year_in_a_plans_short_form_is_its_name(text, lang):
    assert read_question(text, DEVELOPMENT_PLAN, lang).answer == "yes", text


@pytest.mark.parametrize("text,answer", [
    ("The Strategy will be adopted in 2023.", "no"),
    ("Vision 2030 was adopted in 2016.", "yes"),
    ("The strategy is aligned with the Plan Horizon 2035, to be adopted by 2035.", "no"),
])
def test_dates_after_the_edition_and_names_in_force_keep_their_reading(text, answer):
    assert read_question(text, DEVELOPMENT_PLAN, "en").answer == answer


# --- A pilot as a state; a range of months ------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("- Status: exit survey after each online request on GOV.XX in pilot in 4 agencies (March - June 2022).", "en"),
    ("- Estado: encuesta de salida en el portal GOB.XX en piloto en 4 entidades (marzo - junio de 2022).", "es"),
    ("- Statut : questionnaire de satisfaction sur le portail, en pilote dans 4 ministères (mars - juin 2022).",
     "fr"),
])
def test_a_pilot_as_the_state_of_the_measure_is_no(text, lang):
    assert read_question(text, SATISFACTION, lang).answer == "no", text


def test_a_dash_between_two_years_of_running_stays_a_break():
    assert read_question("The portal has run since 2019 - the survey since 2020.", SATISFACTION,
                         "en").answer == "yes"


# --- A post denied, its functions exercised by another ------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("There is no Chief Information Officer post established by law. The corresponding functions are performed by "
     "the Deputy Minister for Digital Affairs.", "en"),
    ("No existe el cargo de CIO creado por ley. Las funciones correspondientes las desempeña la Dirección de "
     "Gobierno Digital.", "es"),
    ("Le pays ne dispose pas d'un poste de DSI de l'État au sens strict ; les fonctions correspondantes sont "
     "assurées par le Directeur de l'Informatique. Un décret portant création du poste est en cours de "
     "finalisation.", "fr"),
    ("No existe un cargo de CIO como tal; sus funciones las ejerce la Dirección de Gobierno Digital. Un decreto de "
     "creación del cargo está en trámite.", "es"),
])
def test_a_post_denied_its_functions_exercised_by_another_is_yes_flagged(text, lang):
    r = read_question(text, CIO, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_HEDGED), (text, r)


@pytest.mark.parametrize("text", [
    "There is no CIO. Its functions will be performed by a new agency.",
    "There is no Chief Information Officer.",
])
def test_functions_still_to_be_exercised_or_nothing_said_stay_no(text):
    assert read_question(text, CIO, "en").answer == "no"


@pytest.mark.parametrize("text,lang", [
    ("• No dedicated health ministry. Health policy: Ministry of Social Affairs – https://www.msa.example", "en"),
    ("Pas de ministère dédié à la planification. Planification stratégique : Direction générale de la "
     "Planification (DGP).", "fr"),
    ("No existe un ministerio específico de planificación. Planificación: Departamento Nacional de Planeación "
     "(DNP) – https://www.dnp.example", "es"),
])
def test_a_dedicated_form_denied_then_the_body_doing_its_work_is_yes_flagged(text, lang):
    item = "health" if "health" in text else "planning"
    r = read_question(text, MINISTRIES, lang, item)
    assert (r.answer, r.flag) == ("yes", FLAG_HEDGED), (text, r)


@pytest.mark.parametrize("text", [
    "No dedicated planning ministry. Planning: none at national level.",
    "No dedicated planning ministry.",
])
def test_a_dedicated_form_denied_with_nothing_doing_its_work_stays_no(text):
    assert read_question(text, MINISTRIES, "en", "planning").answer == "no"


# --- Results sent to an office ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Exit surveys are run by every agency. The results are submitted to the Cabinet Office each quarter.", "en"),
    ("Les résultats de l'enquête de satisfaction sont transmis au ministère chaque trimestre.", "fr"),
    ("Los resultados de la encuesta de satisfacción son remitidos a la Presidencia cada trimestre.", "es"),
])
def test_results_sent_to_an_office_are_a_report_made(text, lang):
    assert read_question(text, SATISFACTION, lang).answer == "yes", text


@pytest.mark.parametrize("text", [
    "The draft satisfaction policy was submitted to Cabinet.",
    "The draft results framework was submitted to Cabinet.",
])
def test_a_draft_sent_up_still_awaits(text):
    assert read_question(text, SATISFACTION, "en").answer == "no"


# --- A bill passed at one stage, pending at the next --------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Citizen engagement — constitutional principle (Art. 12). Citizen Engagement Bill, 2021 — passed by the Upper "
     "House; pending before the Lower House.", "en"),
    ("Participation citoyenne — principe constitutionnel (art. 10). Projet de loi sur la participation — adopté par "
     "le Sénat ; en attente d'examen à l'Assemblée nationale.", "fr"),
    ("Participación ciudadana — mandato constitucional (art. 103). Proyecto de Ley de Participación — aprobado por "
     "el Senado; pendiente en la Cámara de Diputados.", "es"),
])
def test_a_bill_between_chambers_is_not_in_force(text, lang):
    assert read_question(text, E_PARTICIPATION, lang).answer == "no", text


def test_an_act_passed_and_in_force_stays_yes():
    assert read_question("Data Protection Act 2019. Passed by Parliament in 2019; in force since 2020.", 10,
                         "en").answer == "yes"


# --- A pointer sentence, then words of the answer's own -----------------------------------------------------------

def _pointed(own: str):
    bodies = {DIGITAL_ID_LAW: ["There is no law on digital identity at present. "], DIGITAL_ID_STRATEGY: [own + " "]}
    doc = parse_text(document({"name": "ptr", "bodies": bodies}), source_name="ptr.txt")
    return next(a for a in doc.answers if a.question == DIGITAL_ID_STRATEGY and not a.item)


def test_a_pointer_sentence_then_own_words_that_affirm_decides_flagged():
    a = _pointed("We refer to our reply to Q.12. The national eID app is named in the Strategy as a core building "
                 "block for all services.")
    assert (a.answer, a.flag) == ("yes", FLAG_OWN_WORDS), a


def test_a_pointer_alone_stays_a_reference():
    a = _pointed("Refer to Q.12.")
    assert a.answer == "no" and a.flag != FLAG_OWN_WORDS, a
