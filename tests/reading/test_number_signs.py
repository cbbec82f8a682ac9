"""The abbreviation for "number" before an act's number ("Act No. XXII of 2009", "Loi n° 2004-58", "Ley Nº 27.275")
is a number sign, never a negation: a cited act must never flip an answer to no. Told by its number's shape (digits,
upper-case Roman numerals after a word, codes of capitals and digits), in English, French and Spanish; a real "No"
("No. The bill is pending", "No 5G network yet", "there is no SDG 16 mapping") keeps its negation."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.formats import reading_number_signs as signs
from loaders.formats import reading_references as references
from loaders.formats.reading_clauses import negated
from loaders.formats.reading_words import language, tokens

from .harness import read_question

ACCESS = 9     # access to information
PRIVACY = 10

ROMAN = ["I", "IV", "IX", "XII", "XIV", "XXII", "XXXI", "XLI", "XLIV", "LIX", "XC", "CIV", "MMXX"]
SIGNS_EN = ["No.", "No", "no.", "Nos.", "Nº", "N°"]
TITLES = ["Right to Information Act", "Open Records Ordinance", "Personal Data (Privacy) Act", "Public Archives Law"]


def _designators():
    return st.one_of(st.sampled_from(ROMAN), st.integers(min_value=1, max_value=3000).map(str),
                     st.tuples(st.integers(1, 99), st.integers(1990, 2022)).map(lambda t: f"{t[0]}/{t[1]}"),
                     st.tuples(st.sampled_from(["CAP", "L.", "SI", "LN"]), st.integers(1, 500)).map(
                         lambda t: f"{t[0]} {t[1]}" if not t[0].endswith(".") else f"{t[0]}{t[1]}"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.sampled_from(TITLES), sign=st.sampled_from(SIGNS_EN), number=_designators(),
       year=st.integers(min_value=1990, max_value=2022), bracketed=st.booleans())
def test_an_act_cited_with_its_number_is_never_a_negation(title, sign, number, year, bracketed):
    cited = f"({title[:3]} {sign} {number} of {year})" if bracketed else f"{sign} {number} of {year}"
    text = f"The {title}, {year} {cited} gives every person a right of access to public records."
    with language("en"):
        assert not negated(tokens(text)), tokens(text)
    r = read_question(text, ACCESS)
    assert r.answer == "yes" and not r.evidence.startswith("negation"), r


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(number=_designators(), year=st.integers(min_value=1990, max_value=2022),
       sign_fr=st.sampled_from(["n°", "nº", "N°", "no"]), sign_es=st.sampled_from(["No.", "N°", "Nº", "núm.", "Nro."]))
def test_a_number_sign_in_french_or_spanish_is_never_a_negation(number, year, sign_fr, sign_es):
    fr = f"La loi {sign_fr} {number} du 3 mars {year} garantit l'accès aux documents administratifs."
    es = f"La Ley {sign_es} {number} de {year} garantiza el acceso a la información pública."
    assert read_question(fr, ACCESS, "fr").answer == "yes"
    r = read_question(es, ACCESS, "es")
    assert r.answer == "yes" and not r.evidence.startswith("negation"), r


@pytest.mark.parametrize("text,lang", [
    ("Freedom of Information Act, 2011 (Act No. XIV of 2011); the Commission has sat since 2012.", "en"),
    ("Information Rights Act (Act Nos. III and IV of 2015) in force.", "en"),
    ("Access to Records Act No. CAP 244, revised 2019, applies to every ministry.", "en"),
    ("The Transparency Decree No. 12/2021 binds all agencies.", "en"),
    ("Décret n° XII du 4 avril 2016 relatif à l'accès aux documents : en vigueur.", "fr"),
    ("Loi nº 2018-07 du 5 juin 2018 sur l'accès à l'information, appliquée depuis 2019.", "fr"),
    ("Ley núm. XIII de 2014 de acceso a la información, vigente.", "es"),
    ("Decreto Nro. 1081 de 2015, reglamentario del acceso a la información; vigente.", "es"),
    ("The Freedom of Information Law No. (52) of 2018 was issued, and its executive regulations apply.", "en"),
    ("The right of access is regulated by virtue of the Law No. (9) of 2016, and the law is applied.", "en"),
    ("Ley N° (27) de 2019 de acceso a la información pública, vigente.", "es"),
])
def test_cited_numbers_read_as_the_instrument_they_name(text, lang):
    r = read_question(text, ACCESS, lang)
    assert r.answer == "yes", r


@pytest.mark.parametrize("text,lang", [
    ("No. The records bill is still before the Senate.", "en"),
    ("No 5G network is in service yet.", "en"),
    ("There is no SDG 16 mapping of the records law yet.", "en"),
    ("No. I am told a bill is being drafted.", "en"),
    ("No hay ley; el proyecto N° 12 está en el Congreso.", "es"),
])
def test_a_real_no_keeps_its_negation(text, lang):
    assert read_question(text, ACCESS, lang).answer == "no"


@pytest.mark.parametrize("text,lang,masked", [
    ("Act No. XXII of 2009", "en", "Act nr XXII of 2009"),
    ("the Code, No. IV and V of 2010", "en", "the Code, nr IV and V of 2010"),
    ("Order No.12/2020", "en", "Order nr 12/2020"),
    # a number in brackets, as translations from Arabic write it (round twenty-two, eg_translated_decrees)
    ("Law No. (137) of 2020", "en", "Law nr (137) of 2020"),
    ("the Decree No.(1055) of 2021", "en", "the Decree nr (1055) of 2021"),
    ("No. (the bill) is pending", "en", "No. (the bill) is pending"),
    ("No. I think not", "en", "No. I think not"),
    ("Nobody 12", "en", "Nobody 12"),
    ("question n° 10", "fr", "question n 10"),
    ("Ley No. 27.275", "es", "Ley n 27.275"),
    ("no hay ley", "es", "no hay ley"),
])
def test_the_sign_is_masked_by_its_number_and_nothing_else(text, lang, masked):
    assert signs.mask(text, lang) == masked


@pytest.mark.parametrize("text,lang,q", [
    ("See question no. 9.", "en", 9),
    ("Same as question No 14.", "en", 14),
    ("Please refer to the answer of question (34).", "en", 34),
    ("Kindly see question (9) above.", "en", 9),
    ("Same as Q (14).", "en", 14),
])
def test_a_question_number_after_the_sign_still_points_to_the_question(text, lang, q):
    with language(lang):
        ref = references.find(text)
    assert ref is not None and ref.question == q, ref
