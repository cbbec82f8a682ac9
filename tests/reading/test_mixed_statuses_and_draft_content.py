"""What a draft text holds, on a question of what a text addresses, is flagged; a plan fronted before a comma, then
the thing at work, is yes, flagged; one of several instances denied after the others were set up does not decide;
an item asked by name, affirmed only of something else and then denied by name, is no. Counter-cases keep their
reading."""
from __future__ import annotations

import pytest

from loaders.formats.reading_at_work_after_plan import at_work_after_plan
from loaders.formats.reading_clauses import clauses
from loaders.formats.reading_draft_content import FLAG_DRAFT_CONTENT
from loaders.formats.reading_history import FLAG_PAST
from loaders.formats.reading_one_of_several import one_of_several
from loaders.formats.reading_words import language, tokens

from .harness import read_question

DIGITAL_ID = 26
EMERGING = 29
VULNERABLE = 35
OTHER = "Emerging technologies in strategy: Other emerging technologies"
FIVE_G = "Emerging technologies in strategy: 5G"
AI = "Emerging technologies in strategy: Artificial intelligence (AI)"


# --- what a draft text holds -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The draft Digital Strategy includes a pillar on digital identity.", "en"),
    ("Le projet de stratégie numérique comporte un volet sur l'identité numérique.", "fr"),
    ("El proyecto de Estrategia Digital incluye un componente de identidad digital.", "es"),
])
def test_a_draft_texts_content_is_flagged(text, lang):
    r = read_question(text, DIGITAL_ID, lang)
    assert r.answer == "no" and r.flag == FLAG_DRAFT_CONTENT, r


def test_a_draft_providing_for_a_cloud_is_flagged():
    r = read_question("The draft ICT Strategy provides for a shared government data centre.", EMERGING, "en", OTHER)
    assert r.answer == "no" and r.flag == FLAG_DRAFT_CONTENT, r


@pytest.mark.parametrize("text,lang", [
    ("The draft Digital Strategy is awaiting Cabinet approval.", "en"),
    ("The draft Digital Strategy does not mention digital identity.", "en"),
    ("The draft Strategy is open for public comment until March.", "en"),
    ("Le projet de stratégie numérique est en cours de validation.", "fr"),
    ("El proyecto de Estrategia Digital está en consulta pública.", "es"),
])
def test_a_drafts_own_progress_stays_an_unflagged_no(text, lang):
    r = read_question(text, DIGITAL_ID, lang)
    assert r.answer == "no" and r.flag is None, r


def test_a_draft_content_off_a_coverage_question_is_not_flagged():
    r = read_question("The draft Gender Policy includes free training for women.", VULNERABLE, "en")
    assert r.answer == "no" and r.flag is None, r


# --- a plan fronted before a comma, then the thing at work -------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Centre de calcul et nuage gouvernemental : prévus par le Plan national, le centre de calcul de l'ANSI est en "
     "service depuis 2020 et héberge les portails publics.", "fr"),
    ("Data centre and government cloud: both planned under the Plan, the data centre of NITA has been in service "
     "since 2020 and hosts the ministries' sites.", "en"),
    ("Centro de datos y nube del Estado: previstos en el Plan, el centro de datos de la AGESIC está en funcionamiento "
     "desde 2020 y aloja los portales.", "es"),
])
def test_plan_then_thing_at_work_is_yes(text, lang):
    r = read_question(text, EMERGING, lang, OTHER)
    assert r.answer == "yes" and "operating" in r.evidence, r


@pytest.mark.parametrize("text,lang,hit", [
    ("prévus par le Plan, le centre de calcul de l'ANSI est en service depuis 2020", "fr", True),
    ("planned under the Plan, the data centre has been operating since 2020", "en", True),
    ("previstos en el Plan, el centro de datos está en funcionamiento desde 2020", "es", True),
    ("planned under the Plan, a data centre is still to be built", "en", False),
    ("previstos en el Plan, el centro de datos no está en funcionamiento", "es", False),
])
def test_at_work_after_a_fronted_plan(text, lang, hit):
    with language(lang):
        cl = next(c for c in clauses(text) if c.commas)
        assert (at_work_after_plan(cl, text) is not None) is hit


@pytest.mark.parametrize("text,lang", [
    ("Cloud computing: planned under the Strategy, a government data centre is still to be built.", "en"),
    ("Cloud computing: planned.", "en"),
    ("Computación en la nube: prevista en la Estrategia, la nube del Estado aún no está construida.", "es"),
])
def test_plan_without_anything_at_work_stays_no(text, lang):
    r = read_question(text, EMERGING, lang, OTHER)
    assert r.answer == "no", r


# --- one of several denied ---------------------------------------------------------------------------------------

def test_one_centre_of_several_closed_does_not_decide():
    r = read_question("The Ministry set up telecentres in Gulu and Lira in 2019. The telecentre in Arua has not "
                      "operated since 2021.", VULNERABLE, "en")
    assert r.answer == "yes" and r.flag == FLAG_PAST, r


@pytest.mark.parametrize("text", [
    "The Ministry set up telecentres in Gulu and Lira in 2019. The telecentres have not operated since 2021.",
    "The Ministry set up a telecentre in Gulu in 2019. The telecentre has not operated since 2021.",
])
def test_all_of_them_or_the_only_one_closed_stays_no(text):
    r = read_question(text, VULNERABLE, "en")
    assert r.answer == "no" and r.flag is None, r


@pytest.mark.parametrize("before,later,lang,hit", [
    ("le ministère a ouvert des centres à Gitega et Ngozi", "le centre de Bururi ne fonctionne plus", "fr", True),
    ("el ministerio abrió centros en León y Masaya", "el centro de Rivas no funciona desde 2021", "es", True),
    ("el ministerio abrió centros en León y Masaya", "los centros no funcionan desde 2021", "es", False),
    ("le ministère a ouvert un centre à Gitega", "le centre ne fonctionne plus", "fr", False),
])
def test_one_of_several_in_french_and_spanish(before, later, lang, hit):
    with language(lang):
        assert (one_of_several(tokens(before), tokens(later)) is not None) is hit


# --- an item denied by name after another thing affirmed ---------------------------------------------------------

@pytest.mark.parametrize("text,lang,item", [
    ("The Strategy promotes mobile broadband (4G) in rural areas. 5G is not mentioned.", "en", FIVE_G),
    ("La stratégie vise l'extension du haut débit mobile (4G). La 5G n'est pas citée ; une étude est en cours.", "fr",
     FIVE_G),
    ("La Estrategia impulsa la banda ancha móvil (4G). La 5G no se menciona.", "es", FIVE_G),
    ("The Strategy promotes mobile broadband (4G). AI is not mentioned.", "en", AI),
])
def test_item_denied_by_name_after_another_thing(text, lang, item):
    r = read_question(text, EMERGING, lang, item)
    assert r.answer == "no" and "negation" in r.evidence, r


@pytest.mark.parametrize("text,item,answer", [
    ("The Strategy promotes 5G pilots in the capital. Standalone 5G is not mentioned.", FIVE_G, "yes"),
    ("The Strategy promotes mobile broadband (4G). Other technologies are not mentioned.", OTHER, "yes"),
])
def test_item_named_before_or_general_keeps_its_reading(text, item, answer):
    r = read_question(text, EMERGING, "en", item)
    assert r.answer == answer, r
