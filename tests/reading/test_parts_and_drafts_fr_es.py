"""Round-4 shapes read in French, Spanish and English: an implementing text's pending status beside a law that
does the work (mixed yes, flagged); a text named "whose drafting has begun" (no, flagged); a denial of a
dedicated document followed by ", being handled in the Plan" (yes, flagged); an answer that opens "Partial:"
(mixed yes, flagged); a thing named, then placed "outside the agenda" (no, flagged)."""
from __future__ import annotations

import csv

import pytest

from loaders.formats import reading_evidence as evidence
from loaders.formats import reading_polarity as polarity
from loaders.formats.reading_clauses import FLAG_BEING_WRITTEN, FLAG_MIXED
from loaders.formats.reading_words import KINDS, table_path

EDITION = 2022
LAW_Q = "Is there any legislation, law or regulation on cybersecurity or similar?"
STRATEGY_Q = ("Does the national e-government strategy make specific reference to the use of new/emerging "
              "technologies such as artificial Intelligence (AI), robotics, blockchains, 5G and Internet of Things (IoT)?")


def read(text: str, lang: str, question: str = ""):
    return polarity.read_answer(text, lang, EDITION, question)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le Code du numérique traite de la cybersécurité ; un décret d'application est en cours de validation."),
    ("fr", "La loi n° 2017-20 régit la cybersécurité ; les textes d'application sont en cours d'élaboration."),
    ("es", "La Ley 81/2019 regula la ciberseguridad; el reglamento está en elaboración."),
    ("es", "La Ley 12/2018 establece el marco de ciberseguridad; su decreto reglamentario está pendiente."),
    ("en", "The Cyber Security Act 2019 governs the matter; the implementing regulations are being drafted."),
])
def test_an_implementing_texts_pending_status_beside_a_law_is_a_flagged_yes(lang, text):
    r = read(text, lang, LAW_Q)
    assert (r.answer, bool(r.flag)) == ("yes", True), r


@pytest.mark.parametrize("lang,text", [
    ("fr", "La loi sur la cybersécurité est en cours de validation."),
    ("es", "La ley de ciberseguridad está en elaboración."),
    ("en", "The Cyber Security Bill is being drafted."),
])
def test_the_laws_own_pending_status_stays_no(lang, text):
    assert read(text, lang, LAW_Q).answer == "no"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Il y est fait mention du futur cadre national de gouvernance des données, dont l'élaboration a démarré en 2023."),
    ("fr", "La stratégie cite une politique des données, dont la rédaction a commencé l'an dernier."),
    ("es", "La Agenda menciona una política de datos, cuya elaboración comenzó en 2021."),
    ("es", "Se menciona el marco de gobernanza de datos, cuya redacción se inició con el BID."),
    ("en", "The strategy mentions a data governance framework, whose drafting started in 2021."),
])
def test_a_text_whose_drafting_has_begun_is_a_flagged_no(lang, text):
    r = read(text, lang)
    assert (r.answer, r.flag) == ("no", FLAG_BEING_WRITTEN), r


@pytest.mark.parametrize("lang,text", [
    ("fr", "La stratégie cite une politique des données, dont l'adoption a eu lieu en 2020."),
    ("es", "La Agenda menciona la política de datos, cuya aprobación fue en 2020."),
])
def test_a_text_whose_adoption_is_past_is_not_read_as_being_drafted(lang, text):
    assert read(text, lang).flag != FLAG_BEING_WRITTEN


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'inclusion numérique n'a pas fait l'objet d'un document distinct, étant traitée dans l'axe 3 du Plan, qui est en vigueur."),
    ("fr", "Il n'existe pas de stratégie spécifique, la question étant traitée dans le Plan national de développement adopté en 2018."),
    ("es", "No existe un documento específico, siendo tratada la inclusión en el eje 3 de la Agenda vigente."),
    ("en", "There is no separate strategy, being covered by pillar 3 of the National Plan adopted in 2019."),
])
def test_a_dedicated_document_denied_then_what_does_the_work_is_a_flagged_yes(lang, text):
    r = read(text, lang)
    assert (r.answer, bool(r.flag)) == ("yes", True), r


SPECIFIC_Q = "Is there a specific post-COVID-19 digital strategy for recovery and allocation of public resources?"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Aucune stratégie post-COVID distincte n'a été adoptée, la relance étant traitée dans le Programme d'Actions 2021-2026."),
    ("es", "No se adoptó una estrategia distinta, siendo tratada la recuperación en el Plan de Gobierno 2019-2024."),
    ("en", "No separate recovery strategy was adopted, the recovery being handled under the Government Programme 2021-2026."),
])
def test_when_the_question_asks_for_a_specific_one_what_does_the_work_leaves_no(lang, text):
    assert read(text, lang, SPECIFIC_Q).answer == "no"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Il n'existe pas de stratégie, étant donné l'absence de moyens."),
    ("es", "No existe una estrategia, siendo un tema aún en estudio."),
])
def test_a_participle_that_gives_no_measure_leaves_the_denial(lang, text):
    assert read(text, lang).answer == "no"


@pytest.mark.parametrize("lang,text", [
    ("es", "Parcial: Dec. Ejec. 719/2013 (interoperabilidad) – solo Ejecutivo central. Resto: pendiente."),
    ("es", "Parcialmente: Ley 33/2020 para ministerios; municipios pendientes."),
    ("fr", "Partiel : le décret n° 2019-12 couvre les ministères. Le reste est à venir."),
    ("en", "Partial: the Interoperability Decree 2018 binds central ministries; the rest is pending."),
])
def test_an_answer_opening_partial_is_a_flagged_yes(lang, text):
    r = read(text, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_MIXED), r


@pytest.mark.parametrize("lang,text", [
    ("es", "Piloto registro público (2022). Fuera de la agenda."),
    ("es", "Aduanas usa cadena de bloques para la trazabilidad desde 2021. Fuera de la Agenda Digital."),
    ("fr", "Un projet de registre foncier sur chaîne de blocs en 2022. Hors du Plan stratégique."),
    ("en", "A land registry blockchain trial ran in 2022. Outside the Strategy."),
])
def test_a_thing_named_then_placed_outside_the_strategy_is_a_flagged_no(lang, text):
    r = read(text, lang, STRATEGY_Q)
    assert (r.answer, bool(r.flag)) == ("no", True), r


NEW_KINDS = {"drafting_noun", "begun", "elaboration"}


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_new_cue_kinds_and_classes_have_rows_in_every_read_language(lang):
    with table_path("polarity_cues.csv", lang).open(encoding="utf-8") as f:
        kinds = {row["kind"] for row in csv.DictReader(f)}
    assert NEW_KINDS <= kinds <= KINDS
    with table_path("status_cues.csv", lang).open(encoding="utf-8") as f:
        classes = {row["class"] for row in csv.DictReader(f)}
    assert "secondary" in classes and classes <= evidence.CLASSES


NAMES_Q = ("Please provide names and links of the government agencies/departments/ministries at the national level "
           "in charge of the following Health")
PARTNERS_Q = "Please provide information about any ongoing global/regional partnership and/or digital cooperation"


@pytest.mark.parametrize("lang,text,question", [
    ("es", "MINSA", NAMES_Q),
    ("es", "MEF (Dir. de Planificación)", NAMES_Q),
    ("es", "MiAMBIENTE", NAMES_Q),
    ("fr", "MSP (Direction de la Santé Publique)", NAMES_Q),
    ("en", "NHS England (Department of Health)", NAMES_Q),
    ("es", "BID, CAF, Red GEALC, Corea (KOICA).", PARTNERS_Q),
])
def test_names_answer_a_question_asking_for_names(lang, text, question):
    r = read(text, lang, question)
    assert (r.answer, r.flag) == ("yes", None), r


@pytest.mark.parametrize("lang,text,question", [
    ("es", "s/i", NAMES_Q),                         # no information: not a name
    ("es", "Pendiente de confirmación (MINSA)", NAMES_Q),
    ("es", "MINSA", "Is there any legislation, law or regulation on digital identity?"),   # not asked for names
    ("es", "Consultar con el MINSA", NAMES_Q),      # a word that is no name
])
def test_words_that_are_not_only_names_or_not_asked_for_stay_as_read(lang, text, question):
    assert read(text, lang, question).rule != "names given"


@pytest.mark.parametrize("lang,text", [
    ("es", "Sí, Ley 83/2012 art. 3 ('no pedir al ciudadano documentos que ya tiene el Estado')."),
    ("fr", "Oui, le principe « dites-le-nous une fois, ne redemandez pas » figure dans la stratégie."),
    ("en", "Yes – the \"no wrong door\" principle is in the Strategy."),
])
def test_a_negation_inside_quotes_does_not_doubt_a_typed_yes(lang, text):
    assert read(text, lang).flag is None


@pytest.mark.parametrize("lang,text", [
    ("fr", "Oui, « le numérique par défaut » ne figure pas dans la stratégie."),
    ("es", "Sí, pero la 'Ley Cero Papel' no está vigente."),
    ("en", "Yes, the 'Digital First' policy is not yet adopted."),
])
def test_a_negation_outside_quotes_still_flags_a_typed_yes(lang, text):
    assert read(text, lang).flag is not None


@pytest.mark.parametrize("text", ["No hubo partida específica.", "No se utilizan.", "No existen."])
def test_short_spanish_answers_with_a_spanish_only_verb_form_are_read_in_spanish(text):
    from loaders.formats import reading_language
    assert reading_language.place(text, "en").lang == "es"


BUDGET_Q = ("Is there any specific budget allocated for new initiative/measure(s) of e-government in response to the "
            "COVID-19 pandemic and/or in supporting recovery?")


@pytest.mark.parametrize("lang,text", [
    ("es", "Estado: Sin asignación específica\nObservaciones: las adecuaciones se cubrieron con el presupuesto ordinario."),
    ("fr", "Pas de budget spécifique. Les mesures ont été financées sur les crédits ordinaires des ministères."),
    ("en", "No specific budget. The measures were funded from the regular budget of each ministry."),
])
def test_a_specific_budget_denied_then_the_regular_budget_named_is_a_clean_no(lang, text):
    assert (read(text, lang, BUDGET_Q).answer, read(text, lang, BUDGET_Q).flag) == ("no", None)


@pytest.mark.parametrize("lang,text", [
    ("es", "Sin presupuesto específico. Se creó un fondo especial con recursos del BID."),
    ("fr", "Pas de budget spécifique. Un fonds spécial a été créé avec l'appui de la Banque mondiale."),
])
def test_a_specific_budget_denied_then_a_fund_named_stays_flagged(lang, text):
    r = read(text, lang, BUDGET_Q)
    assert r.answer == "no" and r.flag is not None, r
