"""After round sixteen (lead): a text creating a post awaited beside a body at work, a plan announced then carried
out, an amendment to the very text in force, no provisions on what is asked, a pilot told with no subject, a status
participle inside the object, bullets pasted on one line, someone charged with drafting. New words, not the fixtures'."""
from __future__ import annotations

import pytest

from loaders.formats.reading_polarity import read_answer
from loaders.formats.reading_words import sentences

CIO = ("Does your country have a Chief Information Officer (CIO) or equivalent to manage its national e-government "
       "strategies/programmes?")
RECOVERY = "Is there a specific post-COVID-19 digital strategy for recovery and allocation of public resources?"
DIGITAL_ID = "Is there any legislation, law or regulation on digital identity?"
E_PROCUREMENT = "Is there any legislation, law or regulation on e-procurement?"
PORTAL = "E-procurement or similar"
ALIGNED = "Is the national e-government strategy guided by or aligned with the national development strategy?"
INCLUSION = "Is there a national policy/strategy or similar in ensuring digital inclusion and leaving no one behind?"
DATA_STRATEGY = "Is there a national data strategy?"
WEIGHED = "a status beside something in force or operating: which decides?"
MIXED = "mixed: in force in part"


def read(text, question, lang="en"):
    r = read_answer(text, lang, 2022, question)
    return r.answer, r.flag


@pytest.mark.parametrize("text, lang", [
    ("The Digital Transformation Council was set up in 2020 and is chaired by the Minister. The decree creating the "
     "post of Government CIO awaits signature.", "en"),
    ("Le Conseil national du numérique a été créé en 2020 et il est présidé par le ministre. Le décret portant "
     "création du poste de DSI de l'État est en attente de signature.", "fr"),
    ("El Consejo de Transformación Digital fue creado en 2020 y es presidido por el Ministro. El decreto de creación "
     "del cargo de Director de Tecnologías está pendiente de firma.", "es"),
])
def test_a_body_at_work_beside_a_decree_creating_the_post_awaited_is_yes_flagged(text, lang):
    assert read(text, CIO, lang) == ("yes", WEIGHED)


def test_the_decree_creating_the_post_alone_awaited_stays_no():
    text = "The decree establishing the post of Government CIO was drafted in 2021. It awaits signature."
    assert read(text, CIO)[0] == "no"


def test_a_plan_announced_then_its_implementation_coordinated_is_yes_flagged():
    text = ("The National Recovery Plan was announced by the Prime Minister in March 2021. Implementation is "
            "coordinated by the Delivery Unit.")
    assert read(text, RECOVERY) == ("yes", WEIGHED)


@pytest.mark.parametrize("text", [
    "The National Recovery Plan was announced in March 2021. Implementation will start in 2023.",
    "Establishment of an e-procurement portal was envisaged under the 2019 Policy. Operationalisation thereof "
    "remains outstanding.",
])
def test_an_implementation_to_come_or_outstanding_leaves_the_plan_a_plan(text):
    assert read(text, RECOVERY)[0] == "no"


def test_the_implementation_of_another_text_does_not_carry_out_the_plan_announced():
    text = ("A digital recovery plan was announced in 2021. Implementation of the existing e-government strategy is "
            "coordinated by the Delivery Unit.")
    assert read(text, RECOVERY)[0] == "no"


@pytest.mark.parametrize("text, lang", [
    ("Identity cards are issued under the Civil Registration Act 1975. Amendments to the Civil Registration Act to "
     "provide for an electronic ID are being prepared.", "en"),
    ("Les cartes d'identité sont délivrées en vertu de la loi sur l'état civil de 1975. Une modification de la loi "
     "sur l'état civil est en préparation pour prévoir l'identité numérique.", "fr"),
])
def test_an_amendment_to_the_very_text_in_force_pending_is_yes_flagged(text, lang):
    assert read(text, DIGITAL_ID, lang) == ("yes", MIXED)


def test_no_provisions_on_what_is_asked_after_a_text_in_force_is_no_flagged():
    text = "Purchasing follows the Public Procurement Regulations 2015. There are no provisions on e-procurement."
    answer, flag = read(text, E_PROCUREMENT)
    assert answer == "no" and flag


def test_no_provisions_on_something_else_leaves_the_text_in_force():
    text = "The Public Procurement Regulations 2015 are in force. There are no provisions on framework agreements."
    assert read(text, E_PROCUREMENT) == ("yes", None)


def test_a_text_in_force_that_requires_something_to_be_done_is_in_force():
    text = "The Public Procurement Regulations 2015 are in force and require tenders to be published online."
    assert read(text, E_PROCUREMENT) == ("yes", None)


def test_a_pilot_told_with_no_subject_of_its_own_flags_the_system_named():
    text = "The e-tendering platform, https://tenders.gov.example, built by the Treasury. Trialled in 8 ministries since May 2022."
    assert read(text, PORTAL) == ("yes", WEIGHED)


def test_a_pilot_of_another_module_is_not_the_systems_status():
    text = ("The e-tendering platform, https://tenders.gov.example, is in use by all ministries. A new e-invoicing "
            "module is being piloted in 3 ministries.")
    assert read(text, PORTAL)[0] == "yes"


@pytest.mark.parametrize("text, lang", [
    ("The e-Government Strategy is aligned with the ten priorities of the Government announced in January 2022.", "en"),
    ("La stratégie est alignée sur les priorités du Gouvernement annoncées en janvier 2022.", "fr"),
    ("La estrategia está alineada con las prioridades del Gobierno anunciadas en enero de 2022.", "es"),
])
def test_a_status_participle_inside_the_object_describes_the_object(text, lang):
    assert read(text, ALIGNED, lang) == ("yes", None)


def test_a_status_word_before_the_objects_noun_is_still_its_status():
    assert read("The strategy is aligned with a forthcoming National Development Plan.", ALIGNED)[0] == "no"


def test_bullets_pasted_on_one_line_are_sentences_of_their_own():
    text = "○ The Plan was adopted in 2020. ○ A Bill is before Parliament."
    assert sentences(text) == ["○ The Plan was adopted in 2020.", "○ A Bill is before Parliament."]
    text = "○ The Digital Inclusion Plan was adopted in 2020 and is being carried out. ○ A Digital Inclusion Bill is before Parliament."
    assert read(text, INCLUSION)[0] == "yes"
    assert read("○ The Digital Inclusion Plan was drafted in 2021. ○ It awaits Cabinet approval.", INCLUSION)[0] == "no"


@pytest.mark.parametrize("text, lang", [
    ("The Ministry has been tasked to develop a national data strategy.", "en"),
    ("Le ministère a été chargé d'élaborer une stratégie nationale des données.", "fr"),
    ("El Ministerio ha sido encargado de elaborar una estrategia nacional de datos.", "es"),
])
def test_someone_charged_with_drafting_is_a_text_in_preparation(text, lang):
    r = read_answer(text, lang, 2022, DATA_STRATEGY)
    assert (r.answer, r.evidence.split(":")[0]) == ("no", "status in preparation")


def test_a_body_charged_with_monitoring_a_strategy_in_force_leaves_it_in_force():
    text = "The national data strategy is in force since 2020; the Statistics Office is charged with its monitoring."
    assert read(text, DATA_STRATEGY)[0] == "yes"
