"""Round-7 shapes (r7mix: agency_split, spreadsheet_paste, bilingual_en_fr, es_oficio), in English, French and Spanish.

- An answer split by labelled parts (an agency, a level, a technology: "Bappenas: … – in force. Kominfo: … planned
  2023."): a status short of in force in another part's sentence is that part's; a part in force answers yes (the
  round-6 "in force beside pending" reading, per part), and a part denied beside another part in force is yes, mixed.
- A row pasted from a spreadsheet: a boolean first cell (TRUE / FALSE, VRAI / FAUX, VERDADERO / FALSO, in capitals)
  is a typed Yes / No, the other cells its remark; an error value ("#N/A") beside other cells is an empty cell; a
  header row glued to the first row is layout, and the cell under its Status column gives the row's status.
- "Not at the federal level", "en el ámbito federal", "au niveau fédéral": a denial of one level only (a scope
  hedge), then who does the work is yes, flagged as denied only in part; a general text that "applies to all" after
  such a denial confirms it (no, flagged).
- A formal letter's closing ("Sin más por el momento", "Veuillez agréer", "Yours faithfully") affirms and denies
  nothing, nor does the signature and copy list after it; an answer omitted ("Se omite respuesta") or a question
  outside the respondent's own remit ("no es competencia de esta Coordinación") is a decline.
"""
from __future__ import annotations

import pytest

from loaders.formats import reading_polarity as polarity
from loaders.formats import reading_references as references
from loaders.formats.reading_clauses import FLAG_DECLINED, FLAG_HEDGED, FLAG_MIXED, part_label
from loaders.formats.reading_words import language

EDITION = 2022
INTEROP_Q = "Is there any legislation, law or regulation on data sharing/exchange/interoperability across government agencies?"
EMERGING_Q = ("Is there any legislation, law or regulation on the use of new/emerging technologies such as artificial "
              "intelligence (AI), robotics, blockchains, 5G and Internet of Things (IoT)?")
AGENCY_Q = ("Please provide name and link of the government agency/department/ministry at the national level in charge "
            "of e-government. If more than one exists, please list all.")
ID_Q = "Is there any legislation, law or regulation on digital identity?"
OPEN_DATA_Q = "Is there any legislation, law or regulation on open government data?"
PARTICIPATION_Q = "Is there a national e-participation policy/strategy or similar?"
JUSTICE_Q = "Please provide names and links of the ministries in charge of: Justice"
PROCUREMENT_Q = "Is there any legislation, law or regulation on e-procurement?"
COURTESY_Q = "Please provide any other information you would like to share."


def read(text: str, lang: str = "en", question: str = INTEROP_Q):
    return polarity.read_answer(text, lang, EDITION, question)


@pytest.mark.parametrize("lang,text", [
    ("en", "Bappenas: PR 39/2019 on One Data Indonesia – in force. KemenPAN-RB: PR 95/2018 on SPBE – in force "
           "(interoperability obligation). Kominfo: government interoperability platform – technical regulation "
           "planned 2023."),
    ("en", "Ministry of Finance: the Data Exchange Regulation 2019 is in force. Provinces: a regulation on data sharing "
           "is planned for 2024."),
    ("fr", "Ministère du Numérique : le décret n° 2019-12 sur l'interopérabilité est en vigueur. Collectivités : un "
           "arrêté d'application est prévu en 2024."),
    ("es", "Secretaría de la Función Pública: el Acuerdo de interoperabilidad de 2019 está vigente. Estados: un "
           "reglamento de intercambio de datos está previsto para 2024."),
])
def test_a_part_in_force_beside_another_parts_plan_is_yes(lang, text):
    r = read(text, lang)
    assert r.answer == "yes", r


@pytest.mark.parametrize("lang,text", [
    ("en", "AI: no regulation (the National AI Strategy is a strategy, see Q29). Blockchain: Bappebti Regulation 5/2019 "
           "on crypto-asset physical markets – in force (trading only). Overall: no general law."),
    ("en", "Artificial intelligence: no law. Blockchain: the Virtual Assets Act 2020 is in force."),
    ("fr", "Intelligence artificielle : aucune loi. Chaîne de blocs : la loi n° 2020-15 sur les actifs numériques est "
           "en vigueur."),
    ("es", "Inteligencia artificial: no existe ley. Cadena de bloques: la Ley Fintech de 2018 está vigente."),
])
def test_a_part_denied_beside_another_part_in_force_is_yes_mixed(lang, text):
    r = read(text, lang, EMERGING_Q)
    assert (r.answer, r.flag) == ("yes", FLAG_MIXED), r


@pytest.mark.parametrize("lang,sentence,label", [
    ("en", "Kominfo: government interoperability platform – planned 2023.", "kominfo"),
    ("en", "Blockchain: Bappebti Regulation 5/2019 – in force.", "blockchain"),
    ("en", "Status: repealed.", None),
    ("en", "Overall: no general law.", None),
    ("fr", "Observations : en cours.", None),
    ("es", "Estados: en elaboración.", "estados"),
    ("es", "Observaciones: pendiente.", None),
])
def test_a_part_label_names_a_part_not_a_field_of_the_whole(lang, sentence, label):
    """"Status:", "Overall:", "Observaciones:" label the whole answer: their status is not another part's."""
    with language(lang):
        assert part_label(sentence) == label


def test_a_named_bodys_remit_is_no_status_on_a_names_question():
    r = read("KemenPAN-RB – SPBE policy and national coordination, https://menpan.indonesia.example. Kominfo – "
             "infrastructure and applications. BRIN – research and innovation.", "en", AGENCY_Q)
    assert r.answer == "yes", r


@pytest.mark.parametrize("lang,text,answer", [
    ("en", "FALSE | | | recovery covered in general by 8th Five Year Plan (2021-2025), ICT chapter", "no"),
    ("en", "FALSE | | | only the Grievance Redress System (GRS) for complaints, https://grs.gov.bd.example", "no"),
    ("en", "TRUE | Digital Security Act 2018 | in force", "yes"),
    ("en", "FALSE", "no"),
    ("en", "TRUE | | |", "yes"),
    ("fr", "FAUX | | | couvert de façon générale par le Plan national de développement", "no"),
    ("fr", "VRAI | Loi n° 2004-63 | en vigueur", "yes"),
    ("es", "FALSO | | | cubierto de manera general por el Plan Nacional de Desarrollo", "no"),
    ("es", "VERDADERO | Ley 1581 de 2012 | vigente", "yes"),
])
def test_a_boolean_first_cell_is_a_typed_yes_or_no(lang, text, answer):
    assert read(text, lang, OPEN_DATA_Q).answer == answer


def test_true_in_a_sentence_is_no_cell():
    r = read("True, the Open Data Policy was never adopted.", "en", OPEN_DATA_Q)
    assert r.answer == "no", r


def test_a_draft_in_the_row_after_a_true_cell_still_decides():
    r = read("TRUE | Interoperability Framework | Draft v2.0 | awaiting Cabinet approval")
    assert r.answer == "no" and r.flag is not None, r


@pytest.mark.parametrize("text,answer", [
    ("Status | Instrument | Year | Link Consultation | Open Government Data Policy | 2023 (target) | "
     "https://ictd.gov.bd.example/ogd-policy-consultation", "no"),
    ("Status | Instrument | Year | Link Pilot | Open Data Portal Rules | 2022 | https://data.example", "no"),
    ("Status | Instrument | Year | Link Yes | Right to Information Act | 2009 | https://infocom.example", "yes"),
])
def test_a_header_row_is_layout_and_the_status_cell_decides(text, answer):
    assert read(text, "en", OPEN_DATA_Q).answer == answer


def test_an_error_cell_beside_a_name_is_an_empty_cell():
    assert read("Ministry of Labour and Employment | #N/A", "en", JUSTICE_Q).answer == "yes"
    assert read("#N/A", "en", JUSTICE_Q).answer == "unknown"


@pytest.mark.parametrize("lang,text", [
    ("en", "Planned | Regulatory Sandbox Guidelines | 2023 | tbc"),
    ("es", "Previsto | Lineamientos de datos abiertos | 2023 | por confirmar"),
])
def test_a_status_cell_answers_beside_a_cell_still_to_be_confirmed(lang, text):
    assert read(text, lang, OPEN_DATA_Q).answer == "no"


@pytest.mark.parametrize("text", ["tbc", "TBC", "tbd"])
def test_a_value_still_to_be_confirmed_is_no_answer(text):
    assert read(text, "en", OPEN_DATA_Q).answer == "unknown"


@pytest.mark.parametrize("lang,text", [
    ("es", "No se cuenta con una Secretaría de Justicia en el ámbito federal; las funciones corresponden a la "
           "Consejería Jurídica del Ejecutivo Federal y a la Fiscalía General de la República."),
    ("es", "No existe una Secretaría de Justicia a nivel federal; las funciones las ejerce la Consejería Jurídica."),
    ("fr", "Il n'existe pas de ministère de la Justice au niveau fédéral ; les fonctions sont exercées par les "
           "ministères provinciaux de la Justice."),
    ("en", "There is no Ministry of Justice at the federal level; the functions are carried out by the Office of the "
           "Legal Counsel."),
])
def test_one_level_denied_then_who_does_the_work_is_yes_flagged_hedged(lang, text):
    r = read(text, lang, JUSTICE_Q)
    assert (r.answer, r.flag) == ("yes", FLAG_HEDGED), r


@pytest.mark.parametrize("lang,text", [
    ("en", "No e-participation policy at the federal level."),
    ("fr", "Pas de politique de participation électronique au niveau fédéral."),
    ("es", "No existe una política de participación electrónica a nivel federal."),
])
def test_one_level_denied_alone_is_no_flagged_hedged(lang, text):
    r = read(text, lang, PARTICIPATION_Q)
    assert (r.answer, r.flag) == ("no", FLAG_HEDGED), r


@pytest.mark.parametrize("lang,text", [
    ("fr", "Aucune loi ne vise l'approvisionnement électronique en tant que tel; le Règlement sur les marchés de l'État "
           "s'applique à tous les marchés, quel que soit le mode de soumission."),
    ("en", "There is no law on e-procurement as such; the Government Contracts Regulations apply to all contracts."),
    ("es", "No existe una ley de compras electrónicas como tal; la Ley de Adquisiciones rige todas las compras del "
           "Estado."),
])
def test_a_form_denied_then_a_general_text_for_all_is_no_flagged(lang, text):
    r = read(text, lang, PROCUREMENT_Q)
    assert (r.answer, r.flag) == ("no", FLAG_HEDGED), r


@pytest.mark.parametrize("lang,text", [
    ("fr", "Voir la question 2 (AchatsCanada). Aucune loi ne vise l'approvisionnement électronique en tant que tel."),
    ("en", "See question 2 (BuyandSell). No law governs e-procurement as such."),
    ("es", "Véase la pregunta 2 (CompraNet). Ninguna ley regula las compras electrónicas como tal."),
])
def test_a_pointer_sentence_then_words_of_its_own(lang, text):
    with language(lang):
        assert references.words_after(text)


def test_a_pointer_sentence_alone_has_no_words_of_its_own():
    with language("en"):
        assert not references.words_after("See question 2 (BuyandSell).")


@pytest.mark.parametrize("lang,text", [
    ("es", "Sin más por el momento, aprovecho la ocasión para enviarle un cordial saludo. ATENTAMENTE, Lic. Mariana "
           "Salgado Ibarra. c.c.p. Coordinación de Estrategia Digital Nacional."),
    ("es", "Sin otro particular, reciba un cordial saludo."),
    ("fr", "Veuillez agréer, Madame, l'expression de ma haute considération. Jean Dupont, Directeur. Copie : Ministère "
           "des Finances."),
    ("fr", "Je vous prie d'agréer, Monsieur le Directeur, l'expression de mes salutations distinguées."),
    ("en", "Please accept the assurances of my highest consideration."),
    ("en", "Yours faithfully, J. Smith, Director. Copy: Ministry of Finance."),
])
def test_a_letters_closing_signature_and_copy_list_affirm_nothing(lang, text):
    assert read(text, lang, COURTESY_Q).answer == "unknown"


@pytest.mark.parametrize("lang,text", [
    ("es", "Se omite respuesta, toda vez que el tema no es competencia de esta Coordinación."),
    ("es", "El tema no es competencia de esta Coordinación."),
    ("es", "Se omite la respuesta."),
    ("fr", "Réponse omise : la question ne relève pas de la compétence de cette Direction."),
    ("fr", "Cette question ne relève pas de notre compétence."),
    ("en", "Answer omitted, as the subject is not within the remit of this Office."),
    ("en", "The subject is not within the competence of this Ministry."),
])
def test_an_answer_omitted_or_outside_the_respondents_remit_is_declined(lang, text):
    r = read(text, lang, PARTICIPATION_Q)
    assert (r.answer, r.flag) == ("unknown", FLAG_DECLINED), r


def test_a_remit_held_by_nobody_is_no_decline():
    assert read("No ministry has the remit of this.", "en", PARTICIPATION_Q).answer == "no"


@pytest.mark.parametrize("lang,text,answer", [
    ("en", "No. / Non.", "no"),
    ("fr", "No. / Non.", "no"),
    ("en", "Yes / Oui", "yes"),
    ("es", "Sí / Yes", "yes"),
])
def test_a_typed_word_in_two_languages_is_a_whole_answer(lang, text, answer):
    r = read(text, lang, EMERGING_Q)
    assert (r.answer, r.rule) == (answer, "whole answer"), r


def test_a_forms_yes_no_labels_are_no_typed_pair():
    assert read("Yes / No", "en", EMERGING_Q).rule != "whole answer"
