"""After round thirteen (J): a denial beside what exists (a successor named, a federal spread beside a national law,
a framework law denied beside texts in force, a specific form denied after a general text, a note on the open
question), and Filipino words inside an English answer (read only up to words the reader can read). New words."""
from __future__ import annotations

import pytest

from loaders.formats.reading_language import place
from loaders.formats.reading_polarity import read_answer

PLANNING = "Please provide names of the ministries in charge of planning"
FOI = "Is there legislation on freedom of information?"
DATA = "Is there any legislation, law or regulation on data or similar?"
PARTICIPATION = "Is there a national e-participation policy/strategy or similar?"
OPEN = "Please provide any other information related to e-government development in your country."
FLAG_TL = "Filipino words in the answer: not read"


@pytest.mark.parametrize("text, lang", [
    ("No existe un ministerio de planificación desde 2014 (la antigua ODEPLAN fue sucedida por la Secretaría "
     "Nacional de Desarrollo).", "es"),
    ("No existe una secretaría de innovación; sus funciones las asume la Agencia de Gobierno Electrónico.", "es"),
    ("Il n'existe plus de ministère du Plan depuis 2019 ; il a été remplacé par le Haut-Commissariat à la "
     "prospective.", "fr"),
    ("There is no longer a ministry of planning; since 2016 it has been succeeded by the National Development "
     "Agency.", "en"),
])
def test_a_body_denied_with_its_successor_named_is_yes_flagged(text, lang):
    r = read_answer(text, lang, question=PLANNING)
    assert (r.answer, r.flag) == ("yes", "denied or ended, its successor named: read as yes")


@pytest.mark.parametrize("text, question", [
    ("The ministry was abolished in 2015.", PLANNING),
    ("The planning commission was abolished in 2015 and was not replaced by any other body.", PLANNING),
    ("There is no data protection law. The 2010 bill was replaced by a new bill, still pending in Parliament.", DATA),
])
def test_an_ending_without_a_working_successor_stays_no(text, question):
    assert read_answer(text, "en", question=question).answer == "no"


def test_a_federal_spread_after_a_national_law_in_force_is_yes():
    r = read_answer("Finding 4: Implemented. The Public Records Access Act 1994 gives every person a right to request "
                    "documents held by national bodies. Each province has its own access-to-information statute.",
                    "en", question=FOI)
    assert (r.answer, r.flag) == ("yes", None)


@pytest.mark.parametrize("text, lang", [
    ("Constat 4 : Mis en œuvre. La loi n° 2016-12 garantit le droit d'accès aux documents administratifs. Chaque "
     "province a sa propre loi.", "fr"),
    ("Hallazgo 4: Implementado. La Ley 20.285 garantiza el derecho de acceso a los documentos de los órganos del "
     "Estado. Cada región tiene su propia ley.", "es"),
])
def test_a_federal_spread_after_a_national_law_stays_yes_in_french_and_spanish(text, lang):
    assert read_answer(text, lang, question=FOI).answer == "yes"


@pytest.mark.parametrize("text", [
    "There is no national law; each State has its own Act.",
    "Implemented. Each province has its own access-to-information statute.",
])
def test_a_federal_spread_without_a_national_law_stays_no_and_is_flagged(text):
    r = read_answer(text, "en", question=FOI)
    assert (r.answer, r.flag) == ("no", "handled otherwise: read as no")


@pytest.mark.parametrize("text, lang", [
    ("There is no framework law on data governance yet. A framework bill was tabled in March 2022. The Statistics "
     "Act 2011 and a 2019 regulation on data sharing apply.", "en"),
    ("Todavía no existe una ley marco de datos. El proyecto está en segundo trámite. Rige la Ley N° 19.628 sobre "
     "protección de la vida privada.", "es"),
])
def test_a_framework_law_denied_beside_texts_in_force_is_flagged(text, lang):
    r = read_answer(text, lang, question=DATA)
    assert r.answer == "no" and r.flag == "a specific denial, then a later sentence affirms"


@pytest.mark.parametrize("text", [
    "There is no framework law on data governance. A bill is before Parliament.",
    "There is no data law. A bill is before Parliament.",
])
def test_a_framework_law_denied_with_only_a_bill_stays_no(text):
    assert read_answer(text, "en", question=DATA).answer == "no"


@pytest.mark.parametrize("text, lang", [
    ("La consulta pública se rige por el Decreto 45/2015, que obliga a los ministerios a publicar sus anteproyectos. "
     "No existe una estrategia específica de participación electrónica.", "es"),
    ("Public consultation is governed by the Administrative Procedure Act 2009, which requires ministries to consult "
     "online. There is no dedicated policy on digital engagement.", "en"),
])
def test_a_general_text_then_a_specific_form_denied_is_flagged(text, lang):
    assert read_answer(text, lang, question=PARTICIPATION).flag == "an affirmation, then a denial of what was asked"


def test_a_general_text_alone_stays_yes_unflagged():
    r = read_answer("The Open Government Act 2012 is in force.", "en", question=PARTICIPATION)
    assert (r.answer, r.flag) == ("yes", None)


@pytest.mark.parametrize("text, lang", [
    ("Las cifras de esta respuesta corresponden a diciembre de 2021; no incluyen a los municipios.", "es"),
    ("The dates given above are those of publication in the Gazette; they are not commencement dates.", "en"),
])
def test_a_note_on_the_response_answers_the_open_question(text, lang):
    assert read_answer(text, lang, question=OPEN).answer == "yes"


@pytest.mark.parametrize("text, lang", [("Nothing further.", "en"), ("Rien à ajouter.", "fr")])
def test_nothing_to_add_stays_no_flagged(text, lang):
    assert read_answer(text, lang, question=OPEN).flag == "nothing to add to the open question: no, or nothing given?"


@pytest.mark.parametrize("text, expected", [
    ("Meron na kami: the Citizen Feedback Portal has run since 2021.", "unknown"),
    ("Sa aming opisina, wala pa. The planning unit ran foresight workshops for 2050 but not for digital services.",
     None),
    ("Wala pang national data centre. The facility is to be built under the proposed Digital Infrastructure Act.",
     None),
    ("Hindi pa po. A bill on open data is pending in the Senate.", "no"),
])
def test_an_answer_decided_past_filipino_words_is_flagged_never_a_guessed_yes(text, expected):
    r = read_answer(text, "en", question="Is there such a measure?")
    assert r.flag == FLAG_TL and r.answer != "yes"
    if expected:
        assert r.answer == expected


@pytest.mark.parametrize("text, expected", [
    ("Yes po. The e-Procurement Act 2015 is in force.", "yes"),          # one weak particle: the English Yes decides
    ("Bukas na Pamahalaan portal (https://x.example) has been live since 2020.", "yes"),   # a name in Filipino
    ("Yes. The Ley de Protección de Datos Personales (Ley 25.326) is in force.", "yes"),  # a Spanish title
])
def test_english_answers_with_a_particle_or_a_name_are_read_as_before(text, expected):
    r = read_answer(text, "en", question="Is there such a measure?")
    assert r.answer == expected and r.flag is None


def test_n_a_is_not_the_filipino_na():
    assert read_answer("N/A – see Q12.", "en", question="Is there such a measure?").flag != FLAG_TL


def test_french_sa_is_not_filipino():
    r = read_answer("La loi n° 2017-20 est en vigueur depuis sa publication en 2018.", "fr", question=DATA)
    assert (r.answer, r.flag) == ("yes", None)


@pytest.mark.parametrize("text, lang", [("Wala po.", "tl"), ("Wala pa po.", "tl"), ("Meron na.", "tl"),
                                        ("Yes po.", "en"), ("N/A", "en")])
def test_a_short_answer_in_filipino_is_placed_by_its_marker_words(text, lang):
    assert place(text).lang == lang
