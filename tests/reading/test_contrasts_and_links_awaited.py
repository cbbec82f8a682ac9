"""After round fourteen (L): a denial or status, then "However," and something done (yes, flagged); on a names
question, a body named and then only its link's status (yes); hedges "in the sense of the question". New words."""
from __future__ import annotations

import pytest

from loaders.formats.reading_polarity import read_answer

USAGE = "Does the Government monitor/collect usage statistics of e-government services?"
NAMES = ("Please provide names and links of the government agencies/departments/ministries at the national level in "
         "charge of the following Sectoral ministries: Health")
FLAG = "negation contradicted by a following 'however'"


@pytest.mark.parametrize("text, lang", [
    ("There is no central usage monitoring yet. However, several ministries collect usage figures on their own "
     "websites.", "en"),
    ("Il n'existe pas encore de suivi centralisé. Cependant, plusieurs ministères collectent des statistiques "
     "d'usage.", "fr"),
    ("No existe un sistema central de estadísticas. Sin embargo, varias instituciones publican estadísticas de uso.",
     "es"),
])
def test_a_denial_then_a_contrast_naming_something_done_is_yes_flagged(text, lang):
    r = read_answer(text, lang, 2022, USAGE)
    assert (r.answer, r.flag) == ("yes", FLAG)


@pytest.mark.parametrize("text", [
    "The portal is yet to be launched.",
    "No data protection law. However, a Bill is before Parliament.",
    "The strategy is not related to the SDGs. However, Denmark is engaged in international work on them.",
    "The draft legislation is with the Attorney General.",
])
def test_without_something_done_after_the_contrast_the_no_stands(text):
    assert read_answer(text, "en", 2022, USAGE).answer == "no"


@pytest.mark.parametrize("text, lang", [
    ("Ministry of Health. Website under reconstruction; link to follow.", "en"),
    ("Ministère de la Santé. Lien non disponible pour le moment ; le site est en refonte.", "fr"),
    ("Ministerio de Salud. Enlace pendiente de confirmación por el Ministerio.", "es"),
])
def test_a_body_named_then_only_its_link_awaited_is_yes(text, lang):
    assert read_answer(text, lang, 2022, NAMES).answer == "yes"


def test_a_body_itself_being_set_up_stays_no():
    assert read_answer("A Ministry of Health is being established.", "en", 2022, NAMES).answer == "no"


@pytest.mark.parametrize("text, lang", [
    ("There is no single ministry of health; health policy is set by three departments.", "en"),
    ("Il n'existe pas de ministère de la santé au sens de la question.", "fr"),
    ("No existe un ministerio de salud en el sentido de la pregunta.", "es"),
])
def test_a_denial_in_the_terms_of_the_question_only_is_flagged(text, lang):
    assert read_answer(text, lang, 2022, NAMES).flag is not None
