"""A matter said to be another body's, with the information to be requested or obtained from it: a referral."""
from loaders.formats.reading_information_sought import information_sought_from
from loaders.formats.reading_polarity import read_answer
from loaders.formats.reading_words import tokens

Q = "Did the government allocate budget for digital responses to COVID-19?"


def _read(text: str, lang: str = "en"):
    return read_answer(text, lang, 2022, Q)


def test_belongs_then_information_sought_then_other_sentence_is_unknown_flagged():
    r = _read("Questions on the pandemic budget fall within the competence of the Ministry of Finance, and it is "
              "recommended that the figures be requested from that Ministry. The platforms were built in-house.")
    assert r.answer == "unknown" and r.flag is not None


def test_clause_of_information_sought():
    assert information_sought_from(tokens("that detailed data be obtained from the said Ministries"))
    assert information_sought_from(tokens("that the figures be sought from that Agency"))


def test_counter_negated_or_no_information_noun():
    assert not information_sought_from(tokens("the information was not obtained from the Ministry"))
    assert not information_sought_from(tokens("the certificate was obtained from ISO"))


def test_counter_plain_yes_stays():
    r = _read("Yes. The budget was allocated in 2021 and information was obtained from the Ministry of Finance.")
    assert r.answer == "yes"


def test_french_que_clause_inside_the_clause_of_belonging():
    r = _read("Les questions relatives au budget de la pandémie relèvent de la compétence du Ministère des Finances, "
              "et il est recommandé que les informations soient obtenues auprès de ce Ministère. Les plateformes ont "
              "été développées en interne.", "fr")
    assert r.answer == "unknown" and r.flag is not None


def test_spanish_alone_and_with_a_later_sentence():
    base = ("Los asuntos del presupuesto de la pandemia son competencia del Ministerio de Hacienda, y se recomienda "
            "que la información sea solicitada a dicho Ministerio.")
    for text in (base, base + " Las plataformas se desarrollaron con recursos propios."):
        r = _read(text, "es")
        assert r.answer == "unknown" and r.flag is not None


Q_TECH = "Does the national strategy cover emerging technologies (5G)?"
