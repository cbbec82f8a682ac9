"""A pilot as the subject of what is at work ("The pilot project is being implemented"), the question itself said passed on in the passive ("Question forwarded to the Ministry …"), a text said ended then
extended ("… expired in 2020. It was extended until …"), a general denial followed by an instance ("There is no
systematic publication. For example, the report … was published"), and a sentence opening on an accented capital
("… publication. À titre d'exemple, …") read as its own sentence. New wordings in English, French and Spanish, and
the counter-cases that must stay as they read."""
from __future__ import annotations

import pytest

from loaders.formats.reading_clauses import FLAG_LATER_AFFIRMS, FLAG_MIXED
from loaders.formats.reading_history import FLAG_SUCCESSOR_LATER
from loaders.formats.reading_weight import FLAG_STATUS_WEIGHED
from loaders.formats.reading_words import sentences

from .harness import read_question

STRATEGY = 19      # a national e-government strategy
FORESIGHT = 31     # foresight tools
VOICES = 40        # publishes how people's voices are included
EMERGING = 29      # the strategy refers to emerging technologies
PORTALS = 2        # national portals: e-services


# --- the question itself passed on, in the passive ---------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "This question has been forwarded to the Ministry of Economic Planning. No reply had been received by the "
           "closing date."),
    ("en", "Query referred to the National Statistics Office."),
    ("fr", "Cette question a été transmise à la Direction de la Prévision. Aucune réponse reçue à ce jour."),
    ("fr", "Question renvoyée au Secrétariat général du Gouvernement (pas de retour)."),
    ("es", "La pregunta fue remitida al Ministerio de Economía. Sin respuesta a la fecha."),
    ("es", "Consulta trasladada a la Secretaría de Planificación."),
])
def test_question_passed_on_in_the_passive_reads_unknown_flagged(lang, text):
    r = read_question(text, FORESIGHT, lang)
    assert r.answer == "unknown" and r.flag and r.rule == "declined", r


@pytest.mark.parametrize("lang,text,answer", [
    # a thing, not the question, was sent on: a status, read as before
    ("en", "The draft foresight framework was forwarded to the Cabinet in March 2022.", "no"),
    ("es", "El proyecto de marco de prospectiva fue remitido al Consejo de Ministros en 2022.", "no"),
    # denied: nothing handed over
    ("en", "The question was not forwarded to anyone; there is no foresight unit.", "no"),
])
def test_a_thing_sent_on_or_a_denied_passing_on_reads_as_before(lang, text, answer):
    r = read_question(text, FORESIGHT, lang)
    assert r.answer == answer and r.rule != "declined", r


# --- ended, then extended --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "The Digital Government Strategy 2016-2020 expired in December 2020. It was extended by ministerial order "
           "until the new strategy is adopted."),
    ("fr", "Le Plan national du numérique 2016-2020, adopté par décret en 2016, est arrivé à échéance en décembre 2020. "
           "Il a été prorogé par arrêté jusqu'à l'adoption du nouveau plan."),
    ("fr", "La stratégie 2015-2020 est arrivée à échéance. Sa validité a été prolongée d'un an par le Conseil des "
           "Ministres."),
    ("es", "La Estrategia de Gobierno Digital 2016-2020 venció en diciembre de 2020. Fue prorrogada por resolución "
           "ministerial hasta la aprobación de la nueva estrategia."),
])
def test_ended_then_extended_reads_yes_flagged(lang, text):
    r = read_question(text, STRATEGY, lang)
    assert r.answer == "yes" and r.flag == FLAG_SUCCESSOR_LATER, r


@pytest.mark.parametrize("lang,text", [
    ("en", "The Digital Strategy 2016-2020 expired in December 2020. It was not extended, and a new strategy is being "
           "drafted."),
    ("en", "The Digital Strategy 2016-2020 expired in December 2020. An extension is being prepared."),
    ("fr", "La stratégie 2015-2020 est arrivée à échéance. Elle n'a pas été prorogée."),
])
def test_ended_with_the_extension_denied_or_only_sought_stays_no(lang, text):
    r = read_question(text, STRATEGY, lang)
    assert r.answer == "no", r


# --- a general denial, then an instance given ------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "There is no regular publication of such outcomes. For instance, the summary of the national youth "
           "dialogue was published on the Ministry website in 2021."),
    ("fr", "Il n'existe pas de publication régulière. À titre d'exemple, la synthèse des assises nationales de la "
           "jeunesse a été publiée sur le site du Ministère en 2021."),
    ("fr", "Il n'y a pas de publication systématique. Par exemple, la synthèse du forum des femmes a été diffusée "
           "en ligne en 2020."),
    ("es", "No existe una publicación periódica. Por ejemplo, el informe del diálogo nacional con jóvenes fue "
           "publicado en el sitio del Ministerio en 2021."),
])
def test_general_denial_then_an_instance_reads_yes_flagged(lang, text):
    r = read_question(text, VOICES, lang)
    assert r.answer == "yes" and r.flag == FLAG_LATER_AFFIRMS and r.rule == "denied in general, an instance given", r


@pytest.mark.parametrize("lang,text", [
    # the example is itself denied or only planned
    ("en", "There is no regular publication. For example, the report of the 2021 dialogue was not published."),
    ("fr", "Il n'existe pas de publication. Par exemple, le rapport n'a pas été publié."),
    ("en", "There is no regular publication. For example, a portal for this is being developed."),
])
def test_general_denial_then_an_example_denied_or_planned_stays_no(lang, text):
    r = read_question(text, VOICES, lang)
    assert r.answer == "no" and r.rule != "denied in general, an instance given", r


# --- a sentence opening on an accented capital -----------------------------------------------------------------------

@pytest.mark.parametrize("text,n", [
    ("Il n'existe pas de publication. À titre d'exemple, le rapport a été publié.", 2),
    ("La loi est en vigueur. État des lieux : en cours.", 2),
    ("No existe. ¿Por qué? Falta de recursos.", 3),
])
def test_a_sentence_opening_on_an_accented_capital_is_its_own(text, n):
    assert len(sentences(text)) == n


# --- a pilot as the subject of what is at work -----------------------------------------------------------------------

def test_a_pilot_at_work_reads_no_flagged():
    r = read_question("A pilot system for online land records has been operating in two districts since 2021.",
                      PORTALS, item="e_services")
    assert r.answer == "no" and r.flag == FLAG_STATUS_WEIGHED and r.rule == "a pilot at work", r


@pytest.mark.parametrize("text", [
    "Data exchange layer – the pilot project is being implemented by the Digital Agency.",
    "The trial of the cloud platform is running in three ministries.",
])
def test_a_pilot_at_work_on_a_question_of_services_reads_no(text):
    assert read_question(text, PORTALS, item="e_services").answer == "no"


@pytest.mark.parametrize("text", [
    "Data exchange layer – the pilot project is being implemented by the Digital Agency.",
    "A pilot system for blockchain land records has been operating in two districts since 2021.",
])
def test_on_what_a_text_addresses_a_pilot_at_work_is_yes_in_part(text):
    # the product's rule on coverage questions (as reading_polarity._trial_only, and the demo's ground truth): a pilot
    # of the topic answers yes, flagged as in part only (the lead, at the merge)
    r = read_question(text, EMERGING, item="other")
    assert r.answer == "yes" and r.flag == FLAG_MIXED, r


@pytest.mark.parametrize("lang,text,answer", [
    # the pilot is history, the thing itself at work
    ("en", "After the pilot, the cloud platform is operating nationwide.", "yes"),
    ("en", "The project is being implemented by the Digital Agency.", "yes"),
    # a trial completed is read as before, not as a pilot at work
    ("en", "The pilot for digital diplomas was completed in March 2022.", "yes"),
    # French and Spanish pilots already read as a status, no
    ("fr", "Le projet pilote de nuage gouvernemental est opérationnel dans trois ministères.", "no"),
    ("es", "El proyecto piloto de nube está en funcionamiento en tres ministerios.", "no"),
])
def test_a_pilot_as_history_or_a_plain_project_reads_as_before(lang, text, answer):
    r = read_question(text, EMERGING, lang, item="other")
    assert r.answer == answer and r.rule != "a pilot at work", r
