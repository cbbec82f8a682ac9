"""Round six (English, with French and Spanish where the shape exists): rules decided from the shape of what is
said, each in several wordings of our own.

- work whose object is the making of a text ("worked on the preparation of a bylaw", "working to prepare the
  framework"), a stage of making or reviewing it ("in the stage of the review"), a matter "under active
  consideration", a long-titled Bill "before the Committee": not in place (no);
- "referred to X in the strategy": X is mentioned in a text (yes), not sent to a body;
- a denial of a name only ("no position with the name of the CIO, and the Secretary General performs this role"):
  yes, flagged as denied only in its form;
- declines in their own words: "Not assessed.", "Rating withheld – …", "It is not available information about
  this subject", "X to confirm – no response received", with a reason that denies the information itself;
- courtesies of a note (greeting, thanks, sign-off) affirm nothing, whatever they name;
- a pointer in parliamentary form ("I refer the Committee to my answer to question 12");
- on what a strategy addresses, a pilot alone with no text named: yes, flagged."""
from __future__ import annotations

import pytest

from loaders.formats import reading_references as references
from loaders.formats.reading_clauses import FLAG_DECLINED, FLAG_HEDGED, FLAG_MIXED, FLAG_NOTHING
from loaders.formats.reading_words import language

from .harness import read_question

EDITION = 2022


def read(text: str, q: int, lang: str = "en", item: str = ""):
    return read_question(text, q, lang, item, EDITION)


@pytest.mark.parametrize("text,q,lang", [
    ("It has been worked on the preparation of a bylaw for the exchange of the government data, and it is currently "
     "in the stage of the review at the Legislation and Opinion Bureau.", 16, "en"),
    ("The Ministry is currently working to prepare the national framework for the governance of the data.", 25, "en"),
    ("The Department has worked on drafting a data exchange regulation.", 16, "en"),
    ("Officials are working to develop a national data governance framework.", 25, "en"),
    ("The satisfaction measurement for the electronic services is in the stage of the preparation.", 42, "en"),
    ("The matter is under active consideration.", 25, "en"),
    ("A data governance framework is under serious consideration by Cabinet.", 25, "en"),
    ("Le ministère travaille à l'élaboration d'un cadre national de gouvernance des données.", 25, "fr"),
    ("Le ministère travaille à élaborer un règlement sur l'échange de données.", 16, "fr"),
    ("El Ministerio está trabajando en la elaboración del marco nacional de gobernanza de datos.", 25, "es"),
    ("Se está trabajando para elaborar un reglamento de intercambio de datos.", 16, "es"),
])
def test_work_on_making_a_text_or_a_stage_of_it_is_not_in_place(text, q, lang):
    assert read(text, q, lang).answer == "no", text


@pytest.mark.parametrize("text,lang", [
    ("The Digital Identity Services Trust Framework Bill was introduced in September 2021 and is currently before "
     "the Economic Development, Science and Innovation Committee.", "en"),
    ("The Privacy and Data Protection Amendment Bill has been referred to the Justice and Electoral Select Committee.",
     "en"),
    ("The Electronic Identity and Trust Services Bill is currently before Parliament.", "en"),
    ("Le projet de loi relatif à l'identité numérique a été déposé en septembre 2021 et est actuellement examiné par "
     "la Commission des lois.", "fr"),
    ("El Proyecto de Ley de Identidad Digital fue presentado en septiembre de 2021 y se encuentra en la Comisión de "
     "Economía del Congreso.", "es"),
])
def test_a_bill_with_a_long_title_before_a_committee_is_no(text, lang):
    assert read(text, 12, lang).answer == "no", text


def test_an_act_with_a_long_title_stays_yes():
    r = read("The Digital Identity Services Trust Framework Act was introduced in September 2021 and is administered "
             "by the Department of Internal Affairs.", 12)
    assert r.answer == "yes"


@pytest.mark.parametrize("text,lang", [
    ("It has been referred to the fifth generation in the strategy, and it was granted the licences to the operators "
     "in the year 2021.", "en"),
    ("5G is referred to in the National Broadband Plan.", "en"),
    ("The fifth generation is referred to within the strategy.", "en"),
    ("Il a été fait référence à la cinquième génération dans la stratégie.", "fr"),
    ("Se ha hecho referencia a la quinta generación en la estrategia.", "es"),
])
def test_referred_to_in_a_text_is_a_mention(text, lang):
    assert read(text, 29, lang, "5g").answer == "yes", text


@pytest.mark.parametrize("text", [
    "The Digital Identity Bill has been referred to the Justice Committee.",
    "The draft law was referred to Parliament in 2022.",
    "The draft law was referred to the Council of State in the context of the reform.",
])
def test_referred_to_a_body_is_still_awaited(text):
    assert read(text, 12).answer == "no", text


@pytest.mark.parametrize("text,lang", [
    ("There is not found a position with the name of the Chief Information Officer, and the Secretary General of the "
     "Ministry is performing this role.", "en"),
    ("There is no post with the title of Chief Digital Officer, and the Director of ICT performs these functions.",
     "en"),
    ("There is no position by this name, and the Permanent Secretary performs the role.", "en"),
    ("Il n'existe pas de poste sous ce nom, et le Secrétaire général assure cette fonction.", "fr"),
    ("No existe un cargo con ese nombre, y el Secretario General desempeña esta función.", "es"),
])
def test_a_name_denied_then_who_does_the_work_is_yes_flagged(text, lang):
    r = read(text, 4, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_HEDGED), text


@pytest.mark.parametrize("text", [
    "There is no Chief Information Officer with this title, and no one performs this role.",
    "There is no Chief Information Officer, and the post has not been created.",
])
def test_a_name_denied_and_nobody_doing_the_work_stays_no(text):
    assert read(text, 4).answer == "no", text


@pytest.mark.parametrize("text,q,lang", [
    ("It is not available information about this subject at the Ministry at the present time.", 31, "en"),
    ("Not assessed.", 31, "en"),
    ("Rating withheld – the Directorate did not return this item in time.", 31, "en"),
    ("Score withheld pending review by the Directorate.", 31, "en"),
    ("I am not in a position to answer this question, as the information is not held in a form that would allow an "
     "accurate answer to be given.", 40, "en"),
    ("We are not in a position to answer, because the data are not collected centrally.", 40, "en"),
    ("Labour to confirm – no response received from them as at 14/3. Leaving open.", 5, "en"),
    ("Ministry of Health to advise; no reply received yet.", 5, "en"),
    ("Legal to verify.", 12, "en"),
    ("Non évalué.", 31, "fr"),
    ("Notation retenue – la Direction n'a pas transmis cet élément à temps.", 31, "fr"),
    ("Nous ne sommes pas en mesure de répondre, car les données ne sont pas disponibles.", 40, "fr"),
    ("No evaluado.", 31, "es"),
    ("Calificación reservada – la Dirección no remitió esta información a tiempo.", 31, "es"),
    ("No estamos en condiciones de responder, ya que la información no está disponible.", 40, "es"),
])
def test_declines_in_own_words_are_unknown_and_flagged(text, q, lang):
    r = read(text, q, lang)
    assert (r.answer, r.flag) == ("unknown", FLAG_DECLINED), text


@pytest.mark.parametrize("text,q,answer", [
    ("N/A, as there are no data protection laws.", 40, "no"),   # the reason denies the thing, not the information
    ("N/A, as there is no portal.", 40, "no"),
    ("N/A – no law on data protection covers this yet.", 10, "no"),   # information inside another noun's complement
    ("N/A – no collection of usage statistics exists yet.", 41, "no"),
    ("We are pleased to confirm that the Labour portal is online.", 5, "yes"),   # a sentence, no note left open
    ("We wish to confirm that the Master Plan makes specific reference to digital inclusion.", 24, "yes"),
    ("It is not available online.", 31, "no"),
    ("Not measured.", 42, "no"),   # the question's own verb denied
])
def test_not_declines(text, q, answer):
    assert read(text, q).answer == answer, text


@pytest.mark.parametrize("text,lang", [
    ("Hi all, final version attached for the Honourable Minister's clearance. Many thanks to NITDA, NIMC, BPP, OAGF, "
     "NCDC, USPF, CBN and the Budget Office for their inputs. Kind regards, Adaeze (AO)", "en"),
    ("Thanks to everyone for the inputs. Best regards, Musa", "en"),
    ("Bonjour à tous, voici la version finale. Merci à la DGSI, à l'INS et au Ministère des Finances pour leurs "
     "contributions. Cordialement, Leïla", "fr"),
    ("Hola a todos, aquí va la versión final. Muchas gracias a la AGE, al INE y a Hacienda por sus aportaciones. "
     "Saludos, Marta", "es"),
])
def test_a_note_of_courtesies_affirms_nothing(text, lang):
    r = read(text, 44, lang)
    assert (r.answer, r.flag) == ("unknown", FLAG_NOTHING), text


@pytest.mark.parametrize("text,answer,lang", [
    ("Hi all, the open data portal has been live since 2019 at data.gov.ng. Thanks, AO", "yes", "en"),
    ("Dear colleagues, there is no open data portal yet. Regards", "no", "en"),
    ("Thanks to the new portal, citizens can download datasets since 2019.", "yes", "en"),   # a cause, no courtesy
    ("Grâce au portail, les citoyens téléchargent des données depuis 2019.", "yes", "fr"),
    ("Gracias a la plataforma, la ciudadanía descarga datos desde 2019.", "yes", "es"),
])
def test_what_a_note_says_beside_its_courtesies_is_read(text, answer, lang):
    assert read(text, 40, lang).answer == answer, text


@pytest.mark.parametrize("text,lang,target", [
    ("I refer the Committee to my answer to question 12.", "en", 12),
    ("I refer the honourable Member to my reply to question 4.", "en", 4),
    ("I refer the Member to the answer to Question 12.", "en", 12),
    ("Je renvoie la Commission à ma réponse à la question 12.", "fr", 12),
    ("Remito a la Comisión a mi respuesta a la pregunta 12.", "es", 12),
])
def test_a_pointer_in_parliamentary_form(text, lang, target):
    with language(lang):
        ref = references.find(text)
    assert ref is not None and ref.question == target, text


@pytest.mark.parametrize("text", [
    "I refer the Committee to the Privacy Act 2020.",
])
def test_a_reference_to_a_law_is_no_pointer(text):
    assert references.find(text) is None


@pytest.mark.parametrize("text,lang", [
    ("Level 2 – Developing. Justification: a blockchain land-title pilot with the Lands Commission in one region "
     "(2021).", "en"),
    ("A blockchain pilot for land titles ran in 2021.", "en"),
    ("Un piloto de cadena de bloques para el registro de la propiedad en una región (2021).", "es"),
])
def test_a_pilot_alone_on_what_a_strategy_addresses_is_flagged(text, lang):
    r = read(text, 29, lang, "blockchain")
    assert (r.answer, r.flag) == ("yes", FLAG_MIXED), text


@pytest.mark.parametrize("text,lang", [
    ("The strategy refers to a blockchain pilot for land titles.", "en"),
    ("Pillar 3 of the Digital Strategy covers blockchain; a land-title pilot ran in 2021.", "en"),
    ("La estrategia menciona un piloto de cadena de bloques.", "es"),
])
def test_a_pilot_in_a_named_text_is_plain_yes(text, lang):
    r = read(text, 29, lang, "blockchain")
    assert (r.answer, r.flag) == ("yes", None), text
