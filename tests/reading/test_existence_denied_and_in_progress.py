"""A negation that denies that something exists ("No hay información adicional que aportar", "Ninguna norma exige
…", "Aucune norme n'exige …") is a denial even when a burden word follows later in its clause; a burden right
after it ("No hay necesidad de presentar copias") or negated itself ("No se exige al ciudadano …") is still a
burden lifted. Work in progress as the predicate ("La consultation est en cours.", "La consulta está en curso.")
is a status short of in force, as English "is ongoing"; the current year ("l'année en cours") is not. Paper
named after a burden lifted ("do not need to bring paper copies") is what is no longer needed, not how it is done."""
from __future__ import annotations

import pytest

from .harness import read_question

SPENDING = 15    # a law or regulation on digitally publishing government expenditure
ONCE_ONLY = 28   # the once-only principle
OPEN_DATA = 17


@pytest.mark.parametrize("text,lang,q", [
    ("Ninguna norma exige la publicación de los datos del gasto en formato digital.", "es", SPENDING),
    ("Ninguna ley obliga a publicar el gasto en línea.", "es", SPENDING),
    ("Aucune norme n'exige la publication des dépenses en ligne.", "fr", SPENDING),
    ("Il n'existe aucun texte qui exige la publication des dépenses en ligne.", "fr", SPENDING),
    ("No rule requires agencies to publish spending data online.", "en", SPENDING),
    ("No hay información adicional que aportar.", "es", 44),
])
def test_a_negation_denying_that_something_exists_is_a_denial_despite_a_later_burden_word(text, lang, q):
    r = read_question(text, q, lang)
    assert r.answer == "no" and r.evidence.startswith("negation"), r


@pytest.mark.parametrize("text,lang", [
    ("No hay necesidad de presentar copias de documentos que ya obran en poder de la Administración.", "es"),
    ("No se exige al ciudadano presentar documentos que ya obran en poder de la Administración.", "es"),
    ("Les usagers n'ont plus besoin de fournir les pièces déjà détenues par l'administration.", "fr"),
    ("Citizens are never asked again for documents the Government already holds.", "en"),
])
def test_a_burden_lifted_is_still_a_measure_in_place(text, lang):
    assert read_question(text, ONCE_ONLY, lang).answer == "yes"


@pytest.mark.parametrize("text,lang", [
    ("La consultation est en cours.", "fr"),
    ("Une consultation publique sur le projet de politique est en cours.", "fr"),
    ("Les travaux sont toujours en cours.", "fr"),
    ("La consulta está en curso.", "es"),
    ("La consulta pública se encuentra en curso.", "es"),
    ("The consultation is ongoing.", "en"),
])
def test_work_in_progress_as_the_predicate_is_no(text, lang):
    r = read_question(text, OPEN_DATA, lang)
    assert r.answer == "no" and r.evidence.startswith("status"), r


@pytest.mark.parametrize("text,lang", [
    ("La loi n° 2016-12 sur les données ouvertes est en vigueur pour l'année en cours.", "fr"),
    ("La Ley 123 de datos abiertos se aplica durante el año en curso.", "es"),
])
def test_the_current_year_is_no_work_in_progress(text, lang):
    assert read_question(text, OPEN_DATA, lang).answer == "yes"


@pytest.mark.parametrize("text,lang,expected", [
    ("Citizens do not need to bring paper copies of their ID to any service counter.", "en", "yes"),
    ("Citizens no longer need to bring paper copies to the counter.", "en", "yes"),
    ("Los ciudadanos ya no necesitan presentar copias en papel en ventanilla.", "es", "yes"),
    ("Les usagers n'ont plus besoin de fournir des copies papier au guichet.", "fr", "yes"),
    # the paper is how it is still done: handled otherwise
    ("Citizens still bring paper copies to the counter.", "en", "no"),
    ("Documents are still submitted on paper at the counter; citizens do not need to queue twice.", "en", "no"),
])
def test_paper_after_a_burden_lifted_is_what_is_no_longer_needed(text, lang, expected):
    assert read_question(text, ONCE_ONLY, lang).answer == expected


@pytest.mark.parametrize("text,lang", [
    ("The Council of Ministers adopted the strategy in 2020; its implementation is ongoing.", "en"),
    ("Le Conseil des ministres a adopté la stratégie en 2020 ; sa mise en œuvre est en cours.", "fr"),
    ("El Consejo de Ministros aprobó la estrategia en 2020; su implementación está en curso.", "es"),
])
def test_implementation_in_progress_is_the_measure_carried_out_not_prepared(text, lang):
    assert read_question(text, 19, lang).answer == "yes"
