"""Round eighteen (W), English with French and Spanish where the shape exists, each rule in wordings of our own:

- information on a topic said not held ("does not hold information on …", "ne dispose pas d'informations sur …",
  "no cuenta con información sobre …"): a decline, unknown, flagged; a law or a kind of data denied stays no;
- a pointer that gives another answer as this one, closed by a colon ("Idem 12 : …", "Same as Q12: …"), then words of
  the answer's own: a reference, whose own words decide, flagged, when they read otherwise; "Please see … : …" is no
  such pointer;
- names listed first (under a heading or none), then a denial of some, on a question asking for names: yes, flagged;
- an English answer switching into Swahili is read only up to its Swahili words (as Filipino); a Swahili answer is
  named as such, not read;
- a status noun inside a body's name ("Research … Centre", "Centre de recherche", "Centro de Investigación") is the
  body's remit, not a status;
- on what a text addresses, a thing operating only in pilot places is a pilot alone: yes, flagged.
"""
from __future__ import annotations

import pytest

from loaders.formats import reading_references as references
from loaders.formats.reading_clauses import FLAG_MIXED
from loaders.formats.reading_foreign_words import flag_for
from loaders.formats.reading_language import place
from loaders.formats.reading_references import FLAG_OWN_WORDS
from loaders.formats.text import parse_text

from .harness import document, read_question

DIGITAL_ID_LAW = 12
DATA_SHARING_LAW = 16
OPEN_DATA_LAW = 17
EMERGING = 29
INNOVATION = 32
VULNERABLE = 36
PARTNERSHIPS = 43


# --- Information on a topic not held ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Services for these groups are run by the line ministries. The Agency does not hold information on such services.",
     "en"),
    ("We do not have data on e-services targeted at persons with disabilities.", "en"),
    ("La Direction ne dispose pas d'informations sur les services destinés aux femmes.", "fr"),
    ("Nous n'avons pas de données sur ces services.", "fr"),
    ("La Secretaría no cuenta con información sobre servicios para mujeres.", "es"),
    ("No tenemos datos sobre estos servicios.", "es"),
])
def test_information_on_a_topic_not_held_is_a_decline(text, lang):
    r = read_question(text, VULNERABLE, lang)
    assert r.answer == "unknown" and r.flag, r


@pytest.mark.parametrize("text,lang", [
    ("We have no data protection law.", "en"),
    ("The Ministry does not collect data on women's use of services.", "en"),
    ("No tenemos una ley de protección de datos.", "es"),
    ("Nous n'avons pas de services dédiés aux femmes.", "fr"),
    ("Nous n'avons guère de données sur les services aux femmes.", "fr"),
])
def test_a_thing_or_a_kind_of_data_denied_stays_no(text, lang):
    assert read_question(text, VULNERABLE, lang).answer == "no", text


# --- A "same as" pointer closed by a colon ------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,target", [
    ("Idem 12 : les dispositions sur l'identifiant unique figurent dans la loi votée par l'Assemblée.", "fr", 12),
    ("Ídem 12: las disposiciones sobre el intercambio de datos están en el proyecto aprobado por el Senado.", "es", 12),
    ("Same as Q12: the data-sharing provisions sit in the bill passed by Parliament.", "en", 12),
])
def test_a_same_as_pointer_before_a_colon_is_a_reference(text, lang, target):
    from loaders.formats.reading_words import language
    with language(lang):
        ref = references.find(text)
        assert ref is not None and ref.question == target and ref.continued, text
        assert references.words_after(text), text


@pytest.mark.parametrize("text", [
    "Please see the explanation given under Question 2: since the 2019 trial ended nothing has replaced it.",
    "Status: the Act of 2019 applies (see Q12).",
    "Idem: https://www.data.example.org",
])
def test_a_see_pointer_or_a_label_before_a_colon_is_no_same_as(text):
    assert references.find(text) is None or references.find(text).question != 2, text


def _pointing(own: str):
    bodies = {DIGITAL_ID_LAW: ["The digital identity bill was passed by Parliament and awaits assent. "],
              DATA_SHARING_LAW: [own + " "]}
    doc = parse_text(document({"name": "colon", "bodies": bodies}), source_name="colon.txt")
    return next(a for a in doc.answers if a.question == DATA_SHARING_LAW and not a.item)


@pytest.mark.parametrize("own", [
    "Same as Q12: the data exchange provisions are contained in the text adopted by Parliament.",
    "Idem 12 : les dispositions sur l'échange de données figurent dans le texte adopté par l'Assemblée.",
])
def test_own_words_after_a_same_as_colon_that_read_otherwise_are_flagged(own):
    a = _pointing(own)
    assert (a.answer, a.flag) == ("yes", FLAG_OWN_WORDS), a


def test_a_same_as_colon_with_agreeing_words_follows_the_reference():
    a = _pointing("Same as Q12: the provisions are in that bill, still awaiting assent.")
    assert a.answer == "no", a


# --- Names listed, then a denial of some --------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Current partners: ITU, UNDP (capacity building) and the World Bank. The EU programme was suspended in 2021.",
     "en"),
    ("Partenaires actuels : Banque africaine de développement, Corée (KOICA) et Estonie. Le programme avec la GIZ est "
     "suspendu.", "fr"),
    ("Alianzas vigentes: BID, CAF y Red GEALC (Uruguay). Los programas de la Unión Europea están suspendidos desde "
     "2021.", "es"),
])
def test_names_listed_then_a_denial_of_some_is_yes_flagged(text, lang):
    r = read_question(text, PARTNERSHIPS, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_MIXED), r


@pytest.mark.parametrize("text,lang", [
    ("Partners: none at present. The EU programme was suspended in 2021.", "en"),
    ("There is no ongoing partnership. The EU programme was suspended in 2021.", "en"),
    ("Aucun partenariat en cours. Les programmes de l'UE sont suspendus.", "fr"),
])
def test_no_names_listed_stays_no(text, lang):
    assert read_question(text, PARTNERSHIPS, lang).answer == "no", text


# --- Swahili inside an English answer -----------------------------------------------------------------------------

def test_english_after_swahili_words_is_not_read_past_them():
    r = read_question("Hapana, hakuna sheria mahsusi kwa sasa. The Statistics Act 2015 governs official statistics.",
                      OPEN_DATA_LAW)
    assert (r.answer, r.flag) == ("unknown", flag_for("sw")), r


@pytest.mark.parametrize("text", ["Hakuna bajeti maalum kwa sasa, lakini rasimu ipo katika hatua ya mwisho.", "Hapana."])
def test_an_answer_in_swahili_is_named_and_not_read(text):
    placed = place(text)
    assert (placed.lang, placed.flag) == ("sw", "answer in Swahili: not read"), placed


def test_swahili_names_inside_english_stay_read():
    r = read_question("Yes. The Sera ya Taifa ya TEHAMA (National ICT Policy, 2016) is in force.", 33)
    assert (r.answer, r.flag) == ("yes", None), r


# --- A status noun inside a body's name ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The Policy Research, Innovation and Design Centre (PRIDC), run by the Agency since 2020, lets ministries test "
     "new services before launch.", "en"),
    ("Le Centre de recherche et d'innovation numérique (CRIN), géré par l'Agence depuis 2021, permet aux ministères de "
     "tester des services.", "fr"),
    ("El Centro de Investigación e Innovación Digital (CIID), operado por la Agencia desde 2021, permite a los "
     "ministerios probar servicios.", "es"),
])
def test_a_study_word_in_a_bodys_name_is_no_status(text, lang):
    assert read_question(text, INNOVATION, lang).answer == "yes", text


@pytest.mark.parametrize("text,lang", [
    ("A study by the Ministry of Health is under way.", "en"),
    ("Research on regulatory sandboxes is being carried out by the Innovation Centre.", "en"),
    ("A feasibility study on sandboxes was completed in 2021.", "en"),
    ("Se realiza una investigación sobre entornos de prueba.", "es"),
])
def test_a_study_that_is_the_clauses_own_stays_no(text, lang):
    assert read_question(text, INNOVATION, lang).answer == "no", text


# --- Operating only in pilot places, on what a text addresses -----------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Medidores inteligentes implementados en municipios piloto (Sucre y Tarija).", "es"),
    ("Compteurs intelligents déployés dans des communes pilotes (Kayes, Ségou).", "fr"),
])
def test_operating_in_pilot_places_on_what_a_text_addresses_is_yes_flagged(text, lang):
    r = read_question(text, EMERGING, lang, item="iot")
    assert (r.answer, r.flag) == ("yes", FLAG_MIXED), r


@pytest.mark.parametrize("text,lang", [
    ("Medidores inteligentes implementados en todos los municipios desde 2020.", "es"),
    ("Compteurs intelligents déployés dans toutes les communes depuis 2020.", "fr"),
])
def test_operating_everywhere_on_what_a_text_addresses_stays_plain_yes(text, lang):
    r = read_question(text, EMERGING, lang, item="iot")
    assert (r.answer, r.flag) == ("yes", None), r
