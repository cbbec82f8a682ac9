"""Statuses written as short fields, in French, Spanish and English: an absence opened by "without", a thing
placed outside the asked text or covered by another one, a plan held inside the asked text, a confirmation
still awaited, and a decline whose relative speaks of someone else."""
from __future__ import annotations

import pytest

from loaders import catalogue
from loaders.formats import reading_polarity as polarity
from loaders.formats.reading_clauses import FLAG_EXPECTATION, FLAG_MIXED, Reading
from loaders.formats.reading_words import language

COVERAGE_Q = catalogue.entry(2022, 29).text   # "Does the national e-government strategy address …"
BUDGET_Q = catalogue.entry(2022, 7).text


def read(text: str, lang: str, question: str = BUDGET_Q) -> Reading:
    return polarity.read_answer(text, lang, 2022, question)


@pytest.mark.parametrize(("text", "lang"), [
    ("Sin partida presupuestaria propia.", "es"),
    ("Sin otras plataformas que declarar", "es"),
    ("Sans ligne budgétaire dédiée.", "fr"),
    ("Sans autre portail à mentionner", "fr"),
    ("Without a separate budget line.", "en"),
    ("Without any further portal to list", "en"),
])
def test_a_verbless_answer_opened_by_without_states_an_absence(text, lang):
    r = read(text, lang)
    assert (r.answer, r.evidence.split(":")[0]) == ("no", "negation"), r


@pytest.mark.parametrize(("text", "lang"), [
    ("Sin costo para el usuario, el trámite se completa en línea.", "es"),
    ("Sans frais pour l'usager, la démarche se fait en ligne.", "fr"),
    ("Without charge, residents renew permits online.", "en"),
])
def test_without_before_a_clause_with_its_own_verb_denies_nothing(text, lang):
    assert read(text, lang).answer == "yes"


@pytest.mark.parametrize(("text", "lang"), [
    ("Proyecto piloto en aduanas, fuera del alcance de la Estrategia", "es"),
    ("Experiencia aislada del Banco Central, al margen del Plan", "es"),
    ("Expérimentation portuaire, hors du champ de la Stratégie", "fr"),
    ("Customs pilot, outside the scope of the Strategy", "en"),
])
def test_a_thing_placed_outside_the_asked_text_is_not_addressed_by_it(text, lang):
    assert read(text, lang, COVERAGE_Q).answer == "no"


@pytest.mark.parametrize(("text", "lang"), [
    ("la 5G relève de la feuille de route du régulateur, et non de la Stratégie", "fr"),
    ("traité par le ministère des Transports et non dans la Stratégie numérique", "fr"),
    ("abordado en el plan sectorial de telecomunicaciones y no en la Estrategia", "es"),
    ("dealt with in the regulator's roadmap, not in the Strategy", "en"),
])
def test_covered_by_another_text_and_not_the_asked_one_is_no(text, lang):
    assert read(text, lang, COVERAGE_Q).answer == "no"


@pytest.mark.parametrize(("text", "lang", "answer"), [
    ("Previsto en la Estrategia, línea de acción 3", "es", "yes"),
    ("Prévu dans le Plan (axe 2)", "fr", "yes"),
    ("Contemplado – meta de cobertura rural del eje 4", "es", "yes"),
    ("Previsto para 2024", "es", "no"),
    ("Prévu pour 2025", "fr", "no"),
    ("Status: envisaged in the next strategy.", "en", "no"),
])
def test_on_what_a_text_addresses_a_plan_inside_it_is_addressed_a_date_is_not(text, lang, answer):
    assert read(text, lang, COVERAGE_Q).answer == answer


@pytest.mark.parametrize(("text", "lang"), [
    ("Pendiente de confirmación por el ministerio", "es"),
    ("Pendiente de confirmar con la Secretaría", "es"),
    ("En attente de confirmation par le ministère", "fr"),
    ("Sous réserve de confirmation", "fr"),
    ("Pending confirmation from the ministry", "en"),
])
def test_a_confirmation_still_awaited_is_unknown_never_no(text, lang):
    r = read(text, lang, catalogue.entry(2022, 5).text)
    assert (r.answer, r.flag) == ("unknown", FLAG_EXPECTATION), r


@pytest.mark.parametrize(("text", "lang"), [
    ("Informations non disponibles à notre niveau ; elles relèvent du Trésor, qui ne les a pas communiquées.", "fr"),
    ("Información no disponible en esta Dirección; corresponde a Hacienda, que no la remitió.", "es"),
    ("Information not available at our level; it sits with the Treasury, which has not sent it.", "en"),
])
def test_a_decline_stays_unknown_when_a_relative_denies_something_of_another_body(text, lang):
    assert read(text, lang).answer == "unknown"


@pytest.mark.parametrize(("text", "lang"), [
    ("Estado: Parcial\nBase legal: Decreto 12/2019 (vigente)", "es"),
    ("Estado: Parcial Base normativa: Ley 45/2018 vigente; reforma en trámite", "es"),   # lines joined
    ("Situación: parcialmente\nObservaciones: solo para el Poder Ejecutivo", "es"),
    ("Statut : partiel – Fondement : loi n° 2019-3 (en vigueur)", "fr"),
    ("État : partiellement\nTexte : arrêté du 4 mars 2020", "fr"),
])
def test_a_status_field_saying_partial_is_a_mixed_yes(text, lang):
    r = read(text, lang, catalogue.entry(2022, 10).text)
    assert (r.answer, r.flag) == ("yes", FLAG_MIXED), r


@pytest.mark.parametrize(("text", "lang"), [
    ("Estado: Sin norma específica\nInstrumentos vigentes: Decreto 88/2016 que regula la firma digital", "es"),
    ("Statut : aucun texte dédié\nTextes applicables : le décret n° 2017-44 régit la signature électronique", "fr"),
])
def test_a_status_field_that_denies_beside_instruments_in_force_reaches_the_reviewer(text, lang):
    r = read(text, lang, catalogue.entry(2022, 11).text)
    assert r.flag is not None, r


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("• Estado: Operativo\n• Enlace: https://tramites.gob.example", "es", "Operativo"),
    ("Estado: En desarrollo | Obs.: contrato firmado", "es", "En desarrollo"),
    ("Statut : en vigueur\nRéférence : loi n° 12", "fr", "en vigueur"),
    ("Instrumento: Ley 5/2019\nEstado: vigente", "es", "vigente"),
    ("Observaciones: sin cambios", "es", None),
])
def test_the_status_field_value_is_found_in_a_labelled_answer(text, lang, value):
    from loaders.formats import reading_fields
    with language(lang):
        assert reading_fields.status_value(text) == value
