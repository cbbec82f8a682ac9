"""Round thirteen (I): statuses short of in force in new words. A text whose entry into force is deferred or still to
come after its adoption, a statement restricted to times that are not now beside a suspension, a thing only named
then suspended, an operating service beside the text asked for in draft, something created by a proposed text, and
French and Spanish drafting shorthand (AP, PL, APL, "en cours de val.", "s.o.") read as the statuses they stand for.
The counter-cases keep their reading: a text that entered into force, amendments still to come beside an Act in force,
a relaunch, a law in force whose application alone is suspended, "AP" inside a name or a link."""
from __future__ import annotations

import pytest

from loaders.formats import reading_polarity as polarity
from loaders.formats.reading_abbreviated_statuses import expand
from loaders.formats.reading_clauses import FLAG_MIXED

EDITION = 2022
SIGN_Q = "Is there any legislation, law or regulation on digital signature?"
SHARING_Q = ("Is there any legislation, law or regulation on data sharing/exchange/interoperability across government "
             "agencies?")
VOICES_Q = ("Does the Government publish information on how people's voices, including those among women and "
            "vulnerable groups, are included in policy decision-making?")
CIO_Q = ("Does your country have a Chief Information Officer (CIO) or equivalent to manage its national e-government "
         "strategies/programmes?")
EMERGING_Q = ("Is there any legislation, law or regulation on the use of new/emerging technologies such as artificial "
              "intelligence (AI), robotics, blockchains, 5G and Internet of Things (IoT)?")
PARTICIPATION = "E-participation or similar"


def read(text: str, lang: str, question: str = SIGN_Q):
    return polarity.read_answer(text, lang, EDITION, question)


@pytest.mark.parametrize("lang,text", [
    ("en", "The Electronic Transactions Act was promulgated in March 2021; its commencement has been deferred."),
    ("en", "The Electronic Transactions Act was passed by Parliament in 2021 and assented to in 2022. It will come "
           "into force on a date to be set by the Minister."),
    ("fr", "La loi n° 2021-12 sur les transactions électroniques a été promulguée en 2021, entrée en vigueur reportée."),
    ("fr", "La loi sur la signature électronique a été votée en juin 2022. Elle entrera en vigueur après la publication "
           "de ses décrets."),
    ("es", "Ley N° 19.880 sobre firma electrónica: promulgada en 2021, entrada en vigor postergada."),
    ("es", "La Ley de Firma Electrónica fue aprobada en 2022. Entrará en vigencia cuando se dicte su reglamento."),
])
def test_a_text_adopted_whose_entry_into_force_is_deferred_or_to_come_is_no_flagged(lang, text):
    r = read(text, lang)
    assert r.answer == "no" and r.flag, r


@pytest.mark.parametrize("lang,text", [
    ("en", "In normal times, summaries of the comments received are posted on each ministry's website. Since the "
           "emergency began, consultations have been suspended and no summaries are posted."),
    ("fr", "En temps normal, les synthèses des avis reçus sont publiées sur le site de chaque ministère. Depuis l'état "
           "d'urgence, les consultations sont suspendues et aucune synthèse n'est publiée."),
    ("es", "En tiempos normales, los informes de las consultas se publican en el sitio de cada ministerio. Durante la "
           "emergencia las consultas están suspendidas y no se publican informes."),
])
def test_a_statement_for_times_that_are_not_now_beside_a_suspension_is_no_flagged(lang, text):
    r = read(text, lang, VOICES_Q)
    assert r.answer == "no" and r.flag, r


@pytest.mark.parametrize("lang,text", [
    ("en", "The national e-consultation portal \"CivicVoice\" (https://civicvoice.gov.example). New submissions were suspended in "
           "March 2022 and have not been reopened; past threads can still be read."),
    ("fr", "La plateforme de consultation « Parole citoyenne » (https://parole.gouv.example). Le dépôt de nouvelles "
           "contributions est suspendu depuis mars 2022."),
])
def test_a_thing_named_then_suspended_is_no_flagged(lang, text):
    r = read(text, lang, PARTICIPATION)
    assert r.answer == "no" and r.flag, r


@pytest.mark.parametrize("lang,text", [
    ("en", "The Government Service Bus has been operational since 2020 (30 agencies connected). Legal basis: a draft "
           "decree on data exchange, under review."),
    ("fr", "Plateforme nationale d'échange de données opérationnelle depuis 2020 (30 administrations connectées). "
           "Texte : AP de décret relatif à l'échange de données – en cours de val."),
])
def test_an_operating_service_beside_the_text_asked_for_in_draft_is_no_flagged(lang, text):
    r = read(text, lang, SHARING_Q)
    assert r.answer == "no" and r.flag, r


@pytest.mark.parametrize("lang,text", [
    ("en", "The post of Government Chief Digital Officer is established by the draft Digital Government Bill, now "
           "before the Senate."),
    ("en", "A national CIO is provided for in the proposed Digital Services Act (second reading pending)."),
    ("fr", "Le poste de DSI de l'État est prévu dans le projet de loi sur l'administration numérique."),
    ("es", "El cargo de CIO nacional está previsto en el proyecto de ley de gobierno digital."),
])
def test_something_created_by_a_proposed_text_is_no(lang, text):
    r = read(text, lang, CIO_Q)
    assert r.answer == "no", r


@pytest.mark.parametrize("lang,text", [
    ("fr", "s.o. pour l'instant. AP de loi sur la robotique en cours de val."),
    ("fr", "PL sur l'IA transmis à l'Assemblée nationale."),
    ("es", "PL de inteligencia artificial en segundo trámite en el Senado."),
])
def test_drafting_shorthand_reads_as_a_draft(lang, text):
    r = read(text, lang, EMERGING_Q)
    assert r.answer == "no", r


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "AP de décret portant création du comité, en cours de val.",
     "Avant-projet de décret portant création du comité, en cours de validation."),
    ("fr", "Voir https://numerique.gouv.example/AP de la plateforme ASIN/AP du Programme AP Digital.",
     "Voir https://numerique.gouv.example/AP de la plateforme ASIN/AP du Programme AP Digital."),
    ("fr", "Coordination SI de l'État", "Coordination systèmes d'information de l'État"),
    ("es", "APL de datos pendiente de aprob.", "Anteproyecto de ley de datos pendiente de aprobación."),
    ("en", "AP de décret", "AP de décret"),
])
def test_shorthand_is_written_out_only_where_it_stands_alone(lang, text, expected):
    assert expand(text, lang) == expected


@pytest.mark.parametrize("lang,text,question", [
    ("en", "The Electronic Signatures Act entered into force on 1 May 2021.", SIGN_Q),
    ("en", "In 2021 the consultation portal was relaunched.", PARTICIPATION),
    ("fr", "La loi n° 2017-20 portant Code du numérique est entrée en vigueur en 2018.", SIGN_Q),
    ("es", "La Ley 19.799 de firma electrónica entró en vigencia en 2002.", SIGN_Q),
])
def test_a_text_in_force_stays_yes(lang, text, question):
    r = read(text, lang, question)
    assert (r.answer, r.flag) == ("yes", None), r


@pytest.mark.parametrize("lang,text", [
    ("en", "The Freedom of Information Act 2016 is in force, but its application has been suspended for the period "
           "of the emergency."),
    ("es", "La Ley de Acceso a la Información está vigente, pero su aplicación está suspendida durante la emergencia."),
])
def test_a_law_in_force_whose_application_is_suspended_is_yes_flagged(lang, text):
    r = read(text, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_MIXED), r


def test_amendments_to_come_beside_an_act_in_force_are_not_yes_unflagged_no():
    r = read("The Act was adopted in 2019 and entered into force in 2020; amendments will enter into force in 2023.",
             "en")
    assert r.answer == "yes" or r.flag, r
