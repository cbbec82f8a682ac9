"""Nominal and passive statements (after round ten, B; module reading_nominal, reading_inner_contrast,
reading_separate_texts). A nominalised subject with a light verb says what its noun says: a noun of doing in the
progressive or present is an activity carried out ("Delivery of … is being carried out by …", "La formation … est
assurée par …", "La capacitación … se está llevando a cabo …"), the making of a text under way is work in preparation
("Vetting of the draft is being undertaken", "L'élaboration de la stratégie est en train d'être menée", "La
elaboración de la política se está llevando a cabo"), an act of adoption in the past is a text adopted ("Approval of
the Policy was accorded by the Cabinet"). A standing job named by a drafting noun ("Legal drafting is done by the
Crown Solicitor's Office") is no status. A contrast set inside a later sentence ("was, however, effected", "has,
however, not been made") turns the lead round; a later status that names no text is that of the separate text named
last ("Formulation of a separate Strategy … Approval thereof is awaited")."""
from __future__ import annotations

import pytest

from loaders.formats.reading_clauses import FLAG_CONTRADICTED, FLAG_MIXED, FLAG_UNDONE

from .harness import read_question

PORTAL = 1
BUDGET = 7
SKILLS = 38
ACCESS = 35
PARTNERS = 43
DATA_PRIVACY = 10
STRATEGY = 19
LOCAL = 23
MINISTRIES = 5


@pytest.mark.parametrize("text,lang,q", [
    ("Delivery of connectivity to rural schools is being carried out by the Telecommunications Development Fund.",
     "en", ACCESS),
    ("Conduct of basic computer classes for older persons is being undertaken in all district libraries.", "en", SKILLS),
    ("Cooperation with the Pacific Islands Forum on cyber capacity is being effected under the 2021 MoU.", "en",
     PARTNERS),
    ("La formation des agentes municipales aux outils numériques est assurée par l'Agence du numérique.", "fr", SKILLS),
    ("La distribution de tablettes aux écoles rurales est en train d'être effectuée par le Fonds du service universel.",
     "fr", ACCESS),
    ("La capacitación de mujeres emprendedoras en comercio electrónico se está llevando a cabo en 40 municipios.",
     "es", SKILLS),
    ("La entrega de conectividad a comunidades indígenas está siendo realizada por el Fondo de Telecomunicaciones.",
     "es", ACCESS),
])
def test_a_noun_of_doing_with_a_light_verb_in_progress_is_carried_out(text, lang, q):
    r = read_question(text, q, lang)
    assert r.answer == "yes" and r.evidence.startswith("operating"), r


@pytest.mark.parametrize("text,lang", [
    ("Vetting of the draft Privacy Bill is being undertaken by the Solicitor-General's office.", "en"),
    ("Formulation of a personal data framework is being carried out by the Digital Agency.", "en"),
    ("Establishment of the data protection authority is being undertaken by the Ministry.", "en"),
    ("Arrangements are being made to table the privacy bill next session.", "en"),
    ("Registration of data controllers is being undertaken through a pilot scheme in the capital.", "en"),
    ("L'élaboration de la loi sur les données personnelles est en train d'être menée par le ministère.", "fr"),
    ("La rédaction du projet de loi sur les données est assurée par le Secrétariat général.", "fr"),
    ("La elaboración de la ley de protección de datos se está llevando a cabo con apoyo del BID.", "es"),
    ("La revisión del anteproyecto de ley de datos personales se está realizando en la Consejería.", "es"),
])
def test_the_making_of_a_text_under_way_stays_in_preparation(text, lang):
    r = read_question(text, DATA_PRIVACY, lang)
    assert r.answer == "no" and r.evidence.startswith("status"), r


@pytest.mark.parametrize("text,lang", [
    ("Approval of the Smart Nation Policy was accorded by the Council of Ministers in March 2019.", "en"),
    ("Adoption of the Digital Government Blueprint was effected by the Cabinet in 2020.", "en"),
    ("L'approbation de la politique nationale du numérique a été accordée par le Conseil des ministres en 2019.", "fr"),
    ("La aprobación de la Agenda Digital fue otorgada por el Consejo de Ministros en 2020.", "es"),
])
def test_an_act_of_adoption_done_in_the_past_is_a_text_in_force(text, lang):
    r = read_question(text, STRATEGY, lang)
    assert r.answer == "yes" and r.evidence.startswith("in force"), r


@pytest.mark.parametrize("text,lang", [
    ("Ministry of Home Affairs - https://www.home.gov.example . Drafting of legislation is done by the Crown "
     "Solicitor's Office.", "en"),
    ("Ministère de la Justice - https://www.justice.gouv.example . La rédaction des textes juridiques est assurée par "
     "le Secrétariat général du Gouvernement.", "fr"),
    ("Ministerio de Justicia - https://www.justicia.gob.example . La redacción de los proyectos normativos se realiza en "
     "la Consejería Jurídica.", "es"),
])
def test_a_standing_job_named_by_a_drafting_noun_is_no_status(text, lang):
    r = read_question(text, MINISTRIES, lang, item="justice")
    assert r.answer == "yes", r


@pytest.mark.parametrize("text,lang", [
    ("Drafting of the open data strategy is being carried out by the Ministry.", "en"),
    ("Drafting of the open data strategy is done by the Ministry.", "en"),
])
def test_drafting_one_text_is_still_in_preparation(text, lang):
    assert read_question(text, 17, lang).answer == "no"


@pytest.mark.parametrize("text,lang", [
    ("Creation of a dedicated pandemic budget line was not made. Funding of the telehealth platform was, however, "
     "effected from the National Emergency Fund of 2020.", "en"),
    ("L'ouverture d'une ligne budgétaire spécifique n'a pas été effectuée. Le financement de la plateforme de "
     "télésanté a, toutefois, été assuré par le Fonds national d'urgence.", "fr"),
    ("La apertura de una partida presupuestaria específica no se realizó. El financiamiento de la plataforma de "
     "telesalud se efectuó, sin embargo, con cargo al Fondo Nacional de Emergencia.", "es"),
])
def test_a_nominal_denial_turned_by_an_inner_however_is_a_flagged_yes(text, lang):
    r = read_question(text, BUDGET, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_CONTRADICTED), r


@pytest.mark.parametrize("text", [
    "Liaison with the State ICT Councils is effected through the coordination board. Integration of the state "
    "e-government strategies into the national strategy has, however, not been made.",
    "The National Digital Plan is in force. However, the national e-government strategy does not refer to any "
    "local e-government strategy.",
])
def test_an_affirmation_then_a_turned_sentence_denying_what_was_asked_is_a_flagged_no(text):
    r = read_question(text, LOCAL)
    assert (r.answer, r.flag) == ("no", FLAG_UNDONE), r


def test_a_turned_sentence_denying_a_property_leaves_the_yes():
    r = read_question("The Access to Information Act 2016 is in force. However, it does not cover the courts.", 9)
    assert r.answer == "yes", r


def test_a_status_naming_no_text_after_a_separate_text_is_that_texts():
    text = ("Approval of the Smart Government Policy was accorded by the Council of Ministers in 2019: "
            "https://www.ict.gov.example/policy Preparation of a separate Digital Services Strategy 2023-2027 has been "
            "undertaken by the ICT Agency. Approval thereof by the Council is awaited.")
    r = read_question(text, STRATEGY)
    assert (r.answer, r.flag) == ("yes", FLAG_MIXED), r


def test_a_status_of_the_text_in_force_itself_still_decides():
    r = read_question("The Smart Government Policy was approved in 2019. Its publication in the Gazette is awaited.",
                      STRATEGY)
    assert r.answer == "no", r
