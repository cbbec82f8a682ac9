"""A denial turned by what stands in or is stressed after it, a text not yet in force beside what holds until then,
and a text that only provides for the making of the thing asked (docs/reading.md, "After round twenty-six (NN)")."""
from __future__ import annotations

import pytest

from loaders.formats.reading_polarity import read_answer

STRATEGY_EN = "Does your country have a national digital government strategy?"
STRATEGY_FR = "Votre pays a-t-il une stratégie nationale d'administration numérique ?"
STRATEGY_ES = "¿Tiene su país una estrategia nacional de gobierno digital?"
ALIGNED_EN = "Is the strategy aligned with international recommendations?"
ALIGNED_FR = "La stratégie est-elle alignée sur les recommandations internationales ?"
ALIGNED_ES = "¿Está la estrategia alineada con recomendaciones internacionales?"
ESIG_EN = "Does your country have legislation on electronic signatures?"
ESIG_FR = "Votre pays dispose-t-il d'une législation sur la signature électronique ?"
ESIG_ES = "¿Cuenta su país con legislación sobre firma electrónica?"
DATA_EN = "Does the national e-government strategy make specific reference to a national data governance framework?"
DATA_FR = "La stratégie nationale fait-elle référence à un cadre national de gouvernance des données ?"

HEDGED = "denied only 'as such': done elsewhere?"
LATER = "a specific denial, then a later sentence affirms"
WEIGHED = "a status beside something in force or operating: which decides?"
BEING_WRITTEN = "named, but still being drafted: does a mention count?"


def read(lang: str, question: str, text: str):
    return read_answer(text, lang, 2022, question)


@pytest.mark.parametrize("lang, question, text, cue", [
    ("en", STRATEGY_EN, "We do not have a single digital strategy. The equivalent is the President's Management "
     "Agenda, released in 2021.", "The equivalent is"),
    ("en", STRATEGY_EN, "There is no stand-alone strategy document. The closest thing is the Government Programme "
     "2021-2025, released in May 2021.", "The closest thing is"),
    ("fr", STRATEGY_FR, "Nous n'avons pas de document de stratégie unique. L'équivalent est le Programme présidentiel, "
     "publié en 2021.", "L'équivalent est"),
    ("es", STRATEGY_ES, "No tenemos un documento de estrategia único. El equivalente es la Agenda Presidencial, "
     "publicada en 2021.", "El equivalente es"),
])
def test_a_thing_denied_then_its_equivalent_named_is_yes_flagged(lang, question, text, cue):
    r = read(lang, question, text)
    assert (r.answer, r.flag) == ("yes", HEDGED) and cue in r.evidence


@pytest.mark.parametrize("lang, question, text", [
    # the stand-in is itself a draft: nothing stands in yet
    ("en", STRATEGY_EN, "We do not have a single digital strategy. The closest thing is a draft Agenda prepared in 2021."),
    # the stand-in does not open the sentence: it names nothing in place
    ("en", STRATEGY_EN, "We do not have a single digital strategy. The Ministry publishes what it considers the "
     "equivalent."),
])
def test_an_equivalent_not_in_place_or_not_the_subject_keeps_the_no(lang, question, text):
    assert read(lang, question, text).answer == "no"


@pytest.mark.parametrize("lang, question, text, cue", [
    ("en", ALIGNED_EN, "Not with the recommendations of the OECD, of which we are not a member. The Plan does follow "
     "the guidance of the ITU and the WSIS commitments.", "does follow"),
    ("fr", ALIGNED_FR, "Pas avec les recommandations de l'OCDE, dont nous ne sommes pas membres. Le Plan suit bel et "
     "bien les orientations de l'UIT.", "bel et bien"),
    ("es", ALIGNED_ES, "No con las recomendaciones de la OCDE, de la que no somos miembros. El Plan sí sigue las "
     "orientaciones de la UIT.", "sí sigue"),
    ("es", ALIGNED_ES, "No con las recomendaciones de la OCDE. Sí que sigue las orientaciones de la UIT.", "Sí que"),
])
def test_a_denial_then_a_stressed_affirmation_is_yes_flagged(lang, question, text, cue):
    r = read(lang, question, text)
    assert (r.answer, r.flag) == ("yes", LATER) and cue in r.evidence


@pytest.mark.parametrize("lang, question, text", [
    ("en", ALIGNED_EN, "Not with the recommendations of the OECD. The Plan does not follow the ITU either."),
    ("en", ALIGNED_EN, "Not with the recommendations of the OECD. The Ministry does plan to align it next year."),
    # "Si" without its accent opening a condition is no stressed yes
    ("es", ALIGNED_ES, "No con las recomendaciones de la OCDE. Si sigue las orientaciones de la UIT, se indicará."),
])
def test_a_stress_denied_pending_or_a_condition_keeps_the_no(lang, question, text):
    assert read(lang, question, text).answer == "no"


@pytest.mark.parametrize("lang, question, text, cue", [
    ("en", ESIG_EN, "The new Law was adopted on 9 December 2021 and shall enter into force on 1 July 2022. Until then "
     "the Law of 2004 is in force.", "Until then"),
    ("fr", ESIG_FR, "La nouvelle loi a été adoptée le 9 décembre 2021 et entrera en vigueur le 1er juillet 2022. "
     "D'ici là, la loi de 2004 reste en vigueur.", "D'ici là"),
    ("es", ESIG_ES, "La nueva ley fue aprobada el 9 de diciembre de 2021 y entrará en vigor el 1 de julio de 2022. "
     "Hasta entonces, la Ley de 2004 está vigente.", "Hasta entonces"),
    ("en", STRATEGY_EN, "The Digital Transformation Plan 2022-2026 is in draft. Until it is adopted, the digital "
     "targets are in the National Development Plan 2019-2023.", "Until it is adopted"),
])
def test_a_text_not_yet_in_force_then_what_holds_until_then_is_yes_flagged(lang, question, text, cue):
    r = read(lang, question, text)
    assert (r.answer, r.flag) == ("yes", WEIGHED) and cue in r.evidence


@pytest.mark.parametrize("lang, question, text", [
    ("en", ESIG_EN, "The new Law was adopted on 9 December 2021 and shall enter into force on 1 July 2022."),
    ("en", STRATEGY_EN, "The Digital Plan 2022-2026 is in draft. Until then, nothing is in place."),
    ("en", STRATEGY_EN, "The Digital Plan 2022-2026 is in draft. Until then, a bill is being drafted."),
])
def test_nothing_in_force_until_then_keeps_the_no(lang, question, text):
    assert read(lang, question, text).answer == "no"


@pytest.mark.parametrize("lang, question, text", [
    ("en", DATA_EN, "The Strategy provides for the development of a data governance policy. A draft Decision on the "
     "data policy has been submitted to the Government in January 2022."),
    ("fr", DATA_FR, "La Stratégie prévoit l'élaboration d'une politique de gestion des données. Le projet de décret "
     "sur cette politique a été soumis au Gouvernement en janvier 2022."),
])
def test_a_text_providing_for_the_making_of_a_draft_is_no_flagged(lang, question, text):
    r = read(lang, question, text)
    assert (r.answer, r.flag) == ("no", BEING_WRITTEN) and r.evidence.startswith("status planned")


def test_a_text_providing_for_the_thing_itself_beside_another_draft_stays_yes():
    r = read("en", DATA_EN, "The Strategy provides for a data governance policy. A draft Decision on open data has "
             "been submitted to the Government in January 2022.")
    assert r.answer == "yes"
