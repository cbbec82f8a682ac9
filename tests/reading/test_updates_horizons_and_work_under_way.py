"""After round ten (A). An update layered on an earlier response ("2020 text: … 2022 update: …") is read by the
update, the earlier text being history; "no change" leaves the earlier text standing. A plan's horizon ("à l'horizon
2035") is its time span, not a date something takes effect. Work going on ("se viene evaluando", "continue d'étudier",
"continues to assess") or an approval given only in principle is a status short of in force. A dedicated text still
pending beside a general text that covers the item leaves the general text to answer. An opener of "until" ("Dans
l'attente de …, …") leaves its main clause in place meanwhile. The information held by another body, or a name "to
be confirmed", declines. Written in new words; the counter-cases must not change."""
from __future__ import annotations

import pytest

from loaders.formats.reading_updates import FLAG_UPDATE_STATUS, FLAG_UPDATE_UNPLACED

from .harness import read_question

PORTAL_COVID = 6
FOI = 9
SIGNATURE = 13
OPEN_DATA_LAW = 17
ALIGNED_NDS = 21
ALIGNED_SDG = 22
EMERGING = 29
SPECIFIC_ESERVICES = 36
USAGE = 41
SATISFACTION = 42
STRATEGY = 19
AGENCIES = 5


# --- updates layered on an earlier response ------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,q,want", [
    ("2020 text: No survey of users was run.\n2022 update: A yearly satisfaction survey has been carried out since "
     "2021.", "en", SATISFACTION, "yes"),
    ("Texte 2020 : aucune enquête de satisfaction.\nMise à jour 2022 : une enquête annuelle de satisfaction est "
     "réalisée depuis 2021.", "fr", SATISFACTION, "yes"),
    ("Texto 2020: no se mide la satisfacción.\nActualización 2022: desde 2021 se aplica una encuesta anual de "
     "satisfacción.", "es", SATISFACTION, "yes"),
    ("2020 text: The Health Ministry's tracing portal operates nationwide.\nUpdate (2022): The portal was "
     "discontinued in June 2021 and has not been replaced.", "en", PORTAL_COVID, "no"),
    ("Texte 2020 : le portail sanitaire fonctionne.\nMise à jour 2022 : le portail a été abandonné en 2021 et n'a "
     "pas été remplacé.", "fr", PORTAL_COVID, "no"),
    ("Texto 2020: el portal sanitario funciona.\nActualización 2022: el portal fue discontinuado en 2021 y no ha "
     "sido sustituido.", "es", PORTAL_COVID, "no"),
])
def test_the_update_decides_the_earlier_text_is_history(text, lang, q, want):
    assert read_question(text, q, lang).answer == want


@pytest.mark.parametrize("text,lang,q,want", [
    ("2020 text: The Electronic Transactions Act 2006 governs electronic signatures.\n2022 update: Unchanged.", "en",
     SIGNATURE, "yes"),
    ("There is no law on open data. [Updated 2022] Status unchanged.", "en", OPEN_DATA_LAW, "no"),
    ("Texte 2020 : la loi n° 2008-08 régit la signature électronique.\nMise à jour 2022 : inchangé.", "fr",
     SIGNATURE, "yes"),
    ("Texto 2020: no existe una ley de datos abiertos.\nActualización 2022: sin cambios.", "es", OPEN_DATA_LAW, "no"),
    ("The usage dashboard of the portal records visits.\n2022 update: the figures are also published every month.",
     "en", USAGE, "yes"),
])
def test_no_change_leaves_the_earlier_text_and_an_addition_is_read_with_it(text, lang, q, want):
    assert read_question(text, q, lang).answer == want


def test_an_update_the_reader_cannot_place_leaves_the_earlier_reading_flagged():
    r = read_question("2020 text: The Electronic Transactions Act 2006 governs electronic signatures.\n"
                      "2022 update: see the circulars of the Treasury.", SIGNATURE)
    assert r.answer == "yes" and FLAG_UPDATE_UNPLACED in (r.flag or ""), r


def test_an_update_giving_a_status_to_what_stood_before_is_flagged():
    r = read_question("2020 text: The strategy is aligned with the Fifth Development Plan.\n2022 update: The "
                      "strategy is aligned with the Sixth Development Plan, tabled in Parliament in March 2021.",
                      ALIGNED_NDS)
    assert r.flag == FLAG_UPDATE_STATUS or r.answer == "yes", r


@pytest.mark.parametrize("text,lang,q", [
    ("2022 update: The figures for this question are held by the Ministry of Social Affairs.", "en",
     SPECIFIC_ESERVICES),
    ("2020: Ministry of Culture and Heritage.\n2022 update: to be confirmed after the reshuffle.", "en", AGENCIES),
])
def test_an_update_that_declines_or_waits_is_unknown(text, lang, q):
    assert read_question(text, q, lang, item="environment" if q == AGENCIES else "").answer == "unknown"


@pytest.mark.parametrize("text,q,want", [
    ("The portal received an update: it now offers 300 services online.", USAGE, "yes"),
    ("A freedom of information law was passed in 2016 and updated in 2021.", FOI, "yes"),
])
def test_a_word_update_that_is_no_label_changes_nothing(text, q, want):
    assert read_question(text, q).answer == want


# --- a plan's horizon ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("La stratégie numérique s'inscrit dans le Plan national de développement, cadre de la politique de l'État à "
     "l'horizon 2040.", "fr"),
    ("La Estrategia se alinea con el Plan Nacional de Desarrollo al horizonte 2032.", "es"),
    ("La Estrategia responde a la Visión de país hacia 2040.", "es"),
    ("The strategy serves the national vision of a digital economy by 2040.", "en"),
])
def test_a_plans_horizon_is_its_span_not_a_date_after_the_edition(text, lang):
    assert read_question(text, ALIGNED_NDS, lang).answer == "yes"


@pytest.mark.parametrize("text,lang", [
    ("La plateforme de paiement sera opérationnelle à l'horizon 2025.", "fr"),
    ("Le nouveau code entrera en vigueur en 2024.", "fr"),
    ("La nueva estrategia se aprobará hacia 2024.", "es"),
    ("The new plan will be adopted by 2024.", "en"),
])
def test_a_real_date_after_the_edition_stays_no(text, lang):
    assert read_question(text, STRATEGY, lang).answer == "no"


# --- work going on, approval in principle --------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Se está evaluando incorporar la cadena de bloques en la próxima versión.", "es"),
    ("La Secretaría sigue analizando la propuesta.", "es"),
    ("La propuesta viene siendo evaluada por la Secretaría.", "es"),
    ("Le ministère est en train d'étudier la question.", "fr"),
    ("Le gouvernement continue d'examiner la proposition.", "fr"),
    ("The Ministry continues to consider a sandbox for drones.", "en"),
    ("Inclusion of drones is under assessment.", "en"),
])
def test_work_going_on_is_a_status_short_of_in_force(text, lang):
    r = read_question(text, EMERGING, lang, item="iot")
    assert r.answer == "no" and r.evidence.startswith("status"), r


@pytest.mark.parametrize("text,lang", [
    ("El portal se viene utilizando desde 2019.", "es"),
    ("La ley está elaborada y aprobada desde 2021.", "es"),
    ("Le portail continue de fonctionner.", "fr"),
    ("The portal continues to operate.", "en"),
])
def test_doing_or_done_is_no_work_going_on(text, lang):
    assert read_question(text, USAGE, lang).answer == "yes"


@pytest.mark.parametrize("text,lang,want", [
    ("The Council of Ministers endorsed the draft decree in principle last May.", "en", "no"),
    ("El Gabinete aprobó la propuesta de ley en principio.", "es", "no"),
    ("Le Conseil a validé en principe l'avant-projet.", "fr", "no"),
    ("The Act applies in principle to every agency.", "en", "yes"),
])
def test_an_approval_in_principle_is_short_of_adoption(text, lang, want):
    assert read_question(text, OPEN_DATA_LAW, lang).answer == want


# --- a dedicated text pending beside a general one -----------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The Digital Transformation Plan 2021-2025 lists machine learning among its priorities. A dedicated AI "
     "strategy is being drafted.", "en"),
    ("Le Plan numérique 2025 cite l'intelligence artificielle parmi ses axes. Une stratégie dédiée est en cours "
     "d'élaboration.", "fr"),
    ("La Agenda Digital 2030 cita la inteligencia artificial entre sus ejes. Una estrategia específica está en "
     "elaboración.", "es"),
])
def test_a_dedicated_text_pending_leaves_the_general_one_to_answer(text, lang):
    assert read_question(text, EMERGING, lang, item="ai").answer == "yes"


def test_a_dedicated_text_pending_alone_is_still_no():
    assert read_question("A dedicated AI strategy is being drafted.", EMERGING, item="ai").answer == "no"


# --- an opener of "until" ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,want", [
    ("La stratégie 2016-2020 est arrivée à échéance. Dans l'attente de la nouvelle stratégie, en cours de rédaction, "
     "le Plan d'action numérique, adopté en 2021, sert de cadre de référence.", "fr", "yes"),
    ("La Agenda 2020 llegó a su término. A la espera de la nueva agenda, actualmente en consulta, el Plan de Acción "
     "Digital, aprobado en 2021, es el marco de referencia.", "es", "yes"),
    ("The 2015-2020 strategy expired in 2020. Pending a new strategy, now being drafted, the Digital Action Plan, "
     "adopted in 2021, guides the work.", "en", "yes"),
    ("Dans l'attente de son adoption, le projet de loi est soumis au Parlement.", "fr", "no"),
])
def test_what_follows_an_opener_of_until_is_in_place_meanwhile(text, lang, want):
    assert read_question(text, STRATEGY, lang).answer == want


# --- the information held elsewhere, a name to be confirmed ----------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The figures for this question are held by the Ministry of Social Affairs.", "en"),
    ("Les données relèvent du ministère des Affaires sociales.", "fr"),
    ("La información obra en poder del Ministerio de Desarrollo Social.", "es"),
])
def test_the_information_held_by_another_body_declines(text, lang):
    assert read_question(text, SPECIFIC_ESERVICES, lang).answer == "unknown"


@pytest.mark.parametrize("text,want", [
    ("The e-services directory is maintained by the Ministry of ICT: https://services.example.gov", "yes"),
    ("Data on users is kept by each agency separately.", "no"),
])
def test_a_thing_held_or_kept_by_a_body_is_no_decline(text, want):
    assert read_question(text, SPECIFIC_ESERVICES).answer == want


@pytest.mark.parametrize("text,lang,want", [
    ("Ministry of Culture and Heritage; to be confirmed.", "en", "unknown"),
    ("Ministère de la Culture ; à confirmer.", "fr", "unknown"),
    ("Ministerio de Cultura; por confirmar.", "es", "unknown"),
    ("Online notices live; e-bid submission TBD.", "en", "yes"),
])
def test_a_name_to_be_confirmed_is_no_answer(text, lang, want):
    assert read_question(text, AGENCIES, lang, item="environment").answer == want
