"""A meeting record's label before a dash, a URL ending in "/" before a participle with its agent, and a matter
"under the responsibility of" another body."""
from __future__ import annotations

import pytest

from loaders.formats.reading_polarity import read_answer
from loaders.formats.text import Line, assemble

Q = "Does the Government use any foresight tools, such as scenario planning?"


@pytest.mark.parametrize("lang,text", [
    ("en", "Noted – the Planning Unit is not aware of any such exercise."),
    ("fr", "Examiné – la Cellule n'a connaissance d'aucun exercice de ce type."),
    ("es", "Tratado – la Unidad no tiene conocimiento de ningún ejercicio de ese tipo."),
])
def test_a_meeting_label_before_a_dash_leaves_the_words_after_it_to_answer(lang, text):
    r = read_answer(text, lang, 2022, Q)
    bare = read_answer(text.split(" – ", 1)[1], lang, 2022, Q)
    assert (r.answer, r.flag) == (bare.answer, bare.flag)
    if lang == "en":
        assert r.answer == "unknown" and r.flag


@pytest.mark.parametrize("text,expected", [
    ("Yes – the Unit runs scenario exercises each year.", "yes"),   # an answer word keeps its dash
    ("No – none is used.", "no"),
])
def test_answer_words_before_a_dash_are_no_meeting_label(text, expected):
    assert read_answer(text, "en", 2022, Q).answer == expected


@pytest.mark.parametrize("second", ["managed by the Ministry of Justice.", "gérée par le Ministère.",
                                    "operado por la Secretaría."])
def test_a_url_ending_in_a_slash_ends_before_a_participle_with_its_agent(second):
    out = assemble([Line("Portal at https://portal.gov.example/ ", False, False), Line(second, False, False)], [])
    assert "https://portal.gov.example/ " + second.split()[0] in out


def test_a_path_piece_after_a_slash_still_joins():
    out = assemble([Line("See https://gov.example/programmes-and-initiatives/", False, True),
                    Line("business for more.", False, False)], [])
    assert "https://gov.example/programmes-and-initiatives/business" in out


@pytest.mark.parametrize("lang,text", [
    ("en", "The matter is under the responsibility of the Committee for Planning. Please refer to the Office."),
    ("fr", "La question est sous la responsabilité du Comité de planification. Veuillez vous adresser au Bureau."),
    ("es", "El tema está bajo la responsabilidad del Comité de Planificación. Favor de consultar a la Oficina."),
])
def test_a_matter_under_another_bodys_responsibility_is_a_referral(lang, text):
    r = read_answer(text, lang, 2022, "Is the national e-government strategy aligned with the SDGs?")
    assert r.answer == "unknown" and r.flag


SDG = "Is the national e-government strategy aligned with the SDGs?"


@pytest.mark.parametrize("lang,text", [
    ("en", "We wish to inform that the matter on the SDGs is under the responsibility of the Committee for Planning, "
           "with the Office as the secretariat. Please kindly coordinate with the Office for the information."),
    ("fr", "Nous souhaitons informer que la question sur les ODD relève du Comité de planification, avec le Bureau "
           "comme secrétariat. Veuillez vous coordonner avec le Bureau pour l'information."),
    ("es", "Deseamos informar que el asunto sobre los ODS corresponde al Comité de Planificación, con la Oficina como "
           "secretaría. Favor de coordinar con la Oficina para la información."),
])
def test_the_matter_with_its_topic_behind_a_frame_of_informing_is_still_the_question_referred(lang, text):
    r = read_answer(text, lang, 2022, SDG)
    assert r.answer == "unknown" and r.flag


@pytest.mark.parametrize("text", [
    "The Ministry coordinates with all agencies on the SDGs through the Strategy.",   # a body's work: yes
    "The Strategy on the SDGs is under the responsibility of the Committee for Planning.",   # a thing, not the matter
])
def test_a_thing_as_subject_or_a_body_coordinating_is_no_referral(text):
    assert read_answer(text, "en", 2022, SDG).answer == "yes"
