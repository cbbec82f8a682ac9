"""After round eleven (E), French and Spanish with English where the shape exists: a denial of one form (a single
portal, a separate policy, a specific law) beside the thing existing in another form is yes, flagged; a "but" that
denies only what the question did not ask leaves the clause that does what was asked to answer; a service out of
service or suspended does not operate; a measure carried out "à titre pilote" / "de manera piloto" / "on a pilot
basis" is a pilot; a work named with its status ("projet en cours de réalisation") is not in place, also when a
pointer stands beside the status; a law cited by number and year stands beside a draft to amend it; a choice option
held for a text not yet adopted is unknown; a bare "none" to the open question gives nothing; "depende de cada
entidad" is handled by each one; "se tiene contemplado" is envisaged. Every case is written in new words, beside the
counter-cases that must not change."""
from __future__ import annotations

import pytest

from loaders.formats.reading_clauses import FLAG_HEDGED, FLAG_NEGATION_IN_YES, FLAG_OTHERWISE
from loaders.formats.reading_works import FLAG_OPTION_NOT_IN_FORCE
from loaders.formats.text import parse_text

from .harness import document, read_question

PORTALS = 2       # "Portals for specific services" (its item e_services is read with the question's words)
COVID_SECTION = 6  # "a specific national portal or a dedicated section": asks for the form itself
COVID_BUDGET = 7
DATA_PROTECTION = 10
STRATEGY_PERIOD = 20
LOCAL_STRATEGIES = 23
DATA_GOVERNANCE = 25
EMERGING = 29
INCLUSION_POLICY = 33
WOMEN_SKILLS = 38
USAGE_STATS = 41
OPEN = 44


# --- One form denied, the thing in another form ------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Il n'y a pas de plateforme unique pour les démarches en ligne. Plusieurs démarches sont disponibles sur les "
     "sites des ministères.", "fr"),
    ("No existe una ventanilla única de trámites digitales. Algunos trámites se ofrecen en línea en los sitios de "
     "las secretarías.", "es"),
    ("No hay un portal único de servicios; varios servicios se ofrecen en los sitios de las secretarías.", "es"),
    ("There is no one-stop portal for online services. A number of services are available on the websites of the "
     "line ministries.", "en"),
])
def test_a_single_form_denied_then_the_thing_in_another_form_is_yes_flagged(text, lang):
    r = read_question(text, PORTALS, lang, item="e_services")
    assert (r.answer, r.flag) == ("yes", FLAG_HEDGED), r


@pytest.mark.parametrize("text,lang", [
    ("Il n'existe pas de stratégie séparée ; le chapitre 3 du Plan de développement en tient lieu.", "fr"),
    ("Aucune politique distincte n'a été adoptée ; le volet social du Plan numérique en fait office.", "fr"),
    ("No hay una política propia; el eje 2 del Plan Nacional de Desarrollo hace sus veces.", "es"),
    ("There is no stand-alone policy; Pillar 3 of the Digital Plan takes its place.", "en"),
])
def test_a_separate_form_denied_and_what_stands_in_for_it_is_yes_flagged(text, lang):
    r = read_question(text, INCLUSION_POLICY, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_HEDGED), r


@pytest.mark.parametrize("text,lang,q", [
    # the question asks for a specific one: a specific one denied is the answer
    ("No hay medidas específicas para mujeres. Existen programas generales de alfabetización digital.", "es",
     WOMEN_SKILLS),
    # the question asks for the form itself ("a dedicated section")
    ("Il n'existe pas de section dédiée. Les informations sont publiées sur le portail du ministère de la Santé.",
     "fr", COVID_SECTION),
    # the regular source confirms the denial of a dedicated budget
    ("No dedicated budget was set aside. The costs were met from the ministry's regular budget.", "en",
     COVID_BUDGET),
    # the answer comes back to the denial at its end
    ("There is no separate e-ID law. The Civil Registry Act covers identity cards. But an e-ID law as such, no.",
     "en", 12),
])
def test_a_form_denied_stays_no_when_the_thing_is_not_there_in_another_form(text, lang, q):
    assert read_question(text, q, lang).answer == "no"


# --- A "but" that denies what was not asked ----------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Les données de fréquentation des services en ligne sont collectées chaque mois, mais elles ne sont pas encore "
     "exploitées.", "fr"),
    ("Las estadísticas de uso se monitorean de forma automática, pero no se publican.", "es"),
    ("Visitor statistics are collected by the web analytics tool, but they are not analysed or reported.", "en"),
])
def test_a_but_denying_only_what_was_not_asked_leaves_the_yes_flagged(text, lang):
    r = read_question(text, USAGE_STATS, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_NEGATION_IN_YES), r


@pytest.mark.parametrize("text,lang,q", [
    ("A web analytics tool is installed, but usage statistics are not collected.", "en", USAGE_STATS),
    ("L'outil d'analyse est installé, mais les statistiques ne sont pas collectées.", "fr", USAGE_STATS),
    # the "but" ends the thing itself
    ("A vaccination portal was launched in 2021 but was shut down in 2022.", "en", COVID_SECTION),
    ("Des statistiques de visite sont collectées depuis 2019, mais l'outil est hors service depuis 2021.", "fr",
     USAGE_STATS),
])
def test_a_but_denying_what_was_asked_or_ending_it_still_turns_the_answer(text, lang, q):
    assert read_question(text, q, lang).answer == "no"


# --- Not operating: out of service, suspended --------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("La plateforme de paiement en ligne est hors service depuis mars 2022.", "fr"),
    ("Le guichet virtuel des entreprises a été suspendu faute de crédits.", "fr"),
    ("El portal de datos abiertos está fuera de servicio desde 2021.", "es"),
    ("The e-procurement module has been suspended since the contract ended.", "en"),
])
def test_a_service_out_of_service_or_suspended_is_no(text, lang):
    assert read_question(text, 17, lang).answer == "no"


def test_a_body_named_beside_its_website_out_of_service_stays_named():
    r = read_question("Ministère de l'Agriculture ; site internet hors service depuis 2021.", 5, "fr",
                      item="agriculture")
    assert r.answer == "yes", r


# --- Pilots ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("La formation numérique des femmes rurales est conduite à titre expérimental dans deux régions.", "fr"),
    ("El programa de alfabetización digital para mujeres se implementa de manera piloto en tres estados.", "es"),
    ("Digital skills courses for women run on a pilot basis in two districts.", "en"),
])
def test_a_measure_carried_out_as_a_trial_is_a_pilot(text, lang):
    r = read_question(text, WOMEN_SKILLS, lang)
    assert r.answer == "no" and r.evidence.startswith("status pilot"), r


@pytest.mark.parametrize("text,lang", [
    ("Digital skills courses for women have run nationwide since 2020, after a pilot phase in 2018.", "en"),
    ("Les formations numériques destinées aux femmes sont dispensées dans tout le pays depuis 2020, après une phase "
     "d'essai.", "fr"),
])
def test_a_measure_in_place_after_its_pilot_stays_yes(text, lang):
    assert read_question(text, WOMEN_SKILLS, lang).answer == "yes"


# --- Works named with their status; a status beside a pointer ----------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Centre de données souverain : projet en cours de réalisation à l'Agence nationale.", "fr"),
    ("Nube gubernamental: proyecto en proceso de realización por la Agencia Digital.", "es"),
    ("relève du ministère de l'Industrie ; feuille de route nationale en cours d'élaboration (voir question 17)", "fr"),
])
def test_a_work_named_with_its_status_is_not_in_place(text, lang):
    r = read_question(text, EMERGING, lang, item="other")
    assert r.answer == "no" and r.evidence.startswith("status in preparation"), r


# --- A law cited by number and year beside a draft to amend it ---------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Loi n° 2010-31 du 12 mai 2010 relative à la protection des données personnelles. Un projet de loi visant à la "
     "réviser a été déposé en 2020 ; il n'a pas été adopté.", "fr"),
    ("Ley N° 18.331 de 2008, de Protección de Datos Personales. Un anteproyecto de reforma se encuentra en consulta.",
     "es"),
    ("Personal Data Protection Act 2010. A revised Bill was tabled in 2021 and remains before Parliament.", "en"),
])
def test_a_cited_law_beside_a_draft_to_amend_it_is_yes(text, lang):
    assert read_question(text, DATA_PROTECTION, lang).answer == "yes"


@pytest.mark.parametrize("text,lang", [
    ("Loi n° 2010-31 du 12 mai 2010. Sa publication au Journal officiel est en attente.", "fr"),
    ("Projet de loi n° 45/2021 sur les données personnelles. Un second projet est en préparation.", "fr"),
    ("Personal Data Protection Act 2024. A revised Bill is before Parliament.", "en"),
])
def test_a_cited_text_whose_own_status_is_pending_stays_no(text, lang):
    assert read_question(text, DATA_PROTECTION, lang).answer == "no"


# --- A choice option held for a text not yet adopted -------------------------------------------------------------

def _period(value: str):
    body = [" Two-year ", " Three-year ", " Five-year ", " Ten-year ", f" Other {value} "]
    doc = parse_text(document({"name": "period", "bodies": {STRATEGY_PERIOD: body}}), source_name="period.txt")
    return next(a for a in doc.answers if a.question == STRATEGY_PERIOD and not a.item)


@pytest.mark.parametrize("value", [
    "quatre ans (2022-2025), sous réserve de l'approbation du projet de stratégie par le Conseil des ministres",
    "cuatro años (2023-2026), sujeto a la aprobación del proyecto de agenda digital",
    "Four years (2023-2026), subject to the approval of the draft strategy",
])
def test_an_option_for_a_text_not_yet_adopted_is_unknown_flagged(value):
    a = _period(value)
    assert (a.answer, a.flag) == ("unknown", FLAG_OPTION_NOT_IN_FORCE), a


@pytest.mark.parametrize("value", ["Six years (2020-2026), with a review planned for 2024", "Four years (2019-2022)"])
def test_an_option_for_a_text_in_force_stays_the_option(value):
    assert _period(value).answer == "yes"


# --- A bare "none" to the open question ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [("Aucune.", "fr"), ("Rien.", "fr"), ("Nada.", "es"), ("Nothing.", "en"),
                                       ("Nil.", "en")])
def test_a_bare_none_to_the_open_question_gives_nothing(text, lang):
    r = read_question(text, OPEN, lang)
    assert (r.answer, r.flag) == ("unknown", None), r


@pytest.mark.parametrize("text,lang,q", [
    ("Rien à signaler.", "fr", OPEN), ("Nada que agregar.", "es", OPEN), ("Nothing further to add.", "en", OPEN),
    ("No.", "en", OPEN), ("Nada.", "es", DATA_PROTECTION), ("Néant.", "fr", DATA_PROTECTION),
])
def test_nothing_to_add_or_a_none_to_an_existence_question_stays_no(text, lang, q):
    assert read_question(text, q, lang).answer == "no"


# --- Varies by each body; envisaged ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Depende de cada estado; algunos cuentan con agendas digitales propias.", "es"),
    ("Cela dépend de chaque province.", "fr"),
    ("It depends on each state.", "en"),
])
def test_an_answer_that_varies_by_each_body_is_handled_otherwise(text, lang):
    r = read_question(text, LOCAL_STRATEGIES, lang)
    assert (r.answer, r.flag) == ("no", FLAG_OTHERWISE), r


@pytest.mark.parametrize("text,lang", [
    ("Se tienen contemplados dos proyectos de gobernanza de datos para 2024.", "es"),
    ("Se tiene contemplada la creación de un marco de gobernanza de datos.", "es"),
    ("Il est envisagé de créer un cadre de gouvernance des données.", "fr"),
    ("It is contemplated that a data governance framework will be drafted.", "en"),
])
def test_envisaged_is_not_in_place(text, lang):
    assert read_question(text, DATA_GOVERNANCE, lang).answer == "no"


@pytest.mark.parametrize("text,lang", [
    ("La Estrategia lo tiene contemplado en su eje 3, dedicado a la gobernanza de datos.", "es"),
    ("El Plan Nacional contempla un marco de gobernanza de datos en su eje 4.", "es"),
])
def test_a_text_that_holds_it_still_refers_to_it(text, lang):
    assert read_question(text, DATA_GOVERNANCE, lang).answer == "yes"
