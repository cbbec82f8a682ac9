"""Answers that qualify themselves: a respondent declining in its own words is `unknown` (never a denial);
a typed Yes or No that the answer doubts or goes on to qualify is flagged; "A, not B" affirms A."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from loaders.formats import reading_polarity as polarity
from loaders.formats.reading_clauses import (
    FLAG_DECLINED,
    FLAG_EXPLICIT_DOUBTED,
    FLAG_HEDGED,
    FLAG_MIXED,
    FLAG_NEGATION_IN_YES,
    FLAG_NO_THEN_AFFIRMED,
    FLAG_YES_UNDONE,
)
from loaders.formats.reading_words import cues, tokens

EDITION = 2022
DATA = Path(__file__).resolve().parents[2] / "data"


def read(text: str, lang: str = "en", question: str = ""):
    return polarity.read_answer(text, lang, EDITION, question)


@pytest.mark.parametrize("text", [
    "We are not in a position to answer this one with confidence.",
    "The Ministry is not in a position to provide these figures.",
    "Could not be compiled across the nine governments in the time available.",
    "The figures have not been compiled.",
    "These data could not be gathered before the deadline.",
])
def test_a_respondent_declining_in_its_own_words_is_unknown_not_no(text):
    assert read(text).answer == "unknown"


@pytest.mark.parametrize("text", ["Not available.", "Not available"])
def test_a_bare_not_available_is_a_flagged_decline(text):
    r = read(text)
    assert (r.answer, r.flag) == ("unknown", FLAG_DECLINED), r   # round five: one flag for own-words declines


@pytest.mark.parametrize("text", [
    "The service is not available online.",
    "E-signatures are not available to citizens.",
])
def test_something_said_not_to_be_available_is_still_a_denial(text):
    assert read(text).answer == "no"


@pytest.mark.parametrize("text,lang", [
    ("Yes? Not sure – please check with the Ministry of Women's Affairs.", "en"),
    ("Yes?", "en"),
    ("Yes – not sure, the Ministry of Health would know.", "en"),
    ("No? We are not in a position to say.", "en"),
    ("Oui ? Je ne suis pas sûr.", "fr"),
    ("Sí? No estoy seguro.", "es"),
])
def test_a_typed_yes_or_no_the_answer_doubts_is_unknown_and_flagged(text, lang):
    r = read(text, lang)
    assert (r.answer, r.flag) == ("unknown", FLAG_EXPLICIT_DOUBTED), r


@pytest.mark.parametrize("text", ["Yes.", "Yes – the Act is in force.", "No.", "No – none."])
def test_a_plain_typed_yes_or_no_is_not_doubted(text):
    assert read(text).flag is None


@pytest.mark.parametrize("text", [
    "Yes – Personal Data Protection Act No. 9 of 2022, certified in March 2022; its operative provisions take "
    "effect in stages from 2025.",
    "Yes – the Act was adopted in 2021 and takes effect from 2025.",
])
def test_a_typed_yes_beside_a_date_after_the_edition_is_flagged(text):
    r = read(text)
    assert (r.answer, r.flag) == ("yes", FLAG_NEGATION_IN_YES), r


@pytest.mark.parametrize("text,lang", [
    ("No, not nationally; several municipalities operate open data portals.", "en"),
])
def test_a_typed_no_then_something_operating_is_flagged(text, lang):
    r = read(text, lang)
    assert (r.answer, r.flag) == ("no", FLAG_NO_THEN_AFFIRMED), r


@pytest.mark.parametrize("text,lang", [
    ("No, not at national level; some agencies (Department of Immigration) run online feedback forms.", "en"),
    ("Non, pas au niveau national ; certaines communes publient leurs données en ligne.", "fr"),
    ("No, no a nivel nacional; algunos municipios publican datos abiertos en línea.", "es"),
])
def test_a_typed_no_of_one_level_then_something_operating_is_yes_flagged_hedged(text, lang):
    """Round seven: "not at national level" denies one level only (a scope hedge, kind `hedge`); the words after it
    say who does it, so yes, flagged as denied only in part (as held-out yes_no_then_qualified Q42 is read)."""
    r = read(text, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_HEDGED), r


@pytest.mark.parametrize("text", ["No, a draft is being prepared.", "No – there is no such law."])
def test_a_typed_no_then_a_plan_or_a_denial_is_not_flagged(text):
    assert (read(text).answer, read(text).flag) == ("no", None)


@pytest.mark.parametrize("text,lang", [
    ("Usage statistics for the e-services portal are produced monthly by the project (PIU), not yet by the "
     "Department.", "en"),
    ("The strategy adopts 'digital first, not digital only' for Commonwealth services.", "en"),
    ("Data are published by each ministry, not by a central portal.", "en"),
    ("Les statistiques sont produites chaque mois par le projet, non par le ministère.", "fr"),
    ("Las estadísticas son elaboradas por el proyecto, no por el Ministerio.", "es"),
])
def test_a_not_tail_after_a_comma_corrects_who_and_the_first_part_affirms(text, lang):
    assert read(text, lang).answer == "yes"


@pytest.mark.parametrize("text,lang", [
    ("The Act was passed in 2020, not yet enacted.", "en"),
    ("The portal is run by the Ministry, not yet in operation.", "en"),
    ("La loi a été adoptée, non encore promulguée.", "fr"),
    ("La ley fue aprobada en 2019, no vigente todavía.", "es"),
])
def test_a_not_tail_that_gives_a_status_still_denies(text, lang):
    assert read(text, lang).answer == "no"


def test_the_correction_words_are_data_in_each_language_table():
    for lang, path in (("en", "reading/polarity_cues.csv"), ("fr", "reading/fr/polarity_cues.csv"),
                       ("es", "reading/es/polarity_cues.csv")):
        with (DATA / path).open(encoding="utf-8", newline="") as f:
            rows = {r["cue"] for r in csv.DictReader(f) if r["kind"] == "correction"}
        assert rows and rows == set(cues(lang).words["correction"]), lang


@pytest.mark.parametrize("text,lang", [
    ("There is no statutory federal CIO post; the CEO of the DTA performs the equivalent role for Commonwealth "
     "agencies.", "en"),
    ("Federal level: no stand-alone digital inclusion strategy; digital inclusion sits in Strategy mission 3.", "en"),
    ("No dedicated CIO post; the Permanent Secretary acts as the CIO.", "en"),
    ("There is no separate strategy; inclusion is covered under Pillar 3 of the Plan.", "en"),
    ("Il n'existe pas de poste statutaire de DSI ; le directeur de l'Agence exerce un rôle équivalent.", "fr"),
    ("Pas de stratégie distincte ; l'inclusion numérique s'inscrit dans l'axe 3 du Plan.", "fr"),
    ("No existe un cargo específico de CIO; el director de la Agencia cumple una función equivalente.", "es"),
    ("No hay una estrategia separada; la inclusión digital forma parte del eje 3 del Plan.", "es"),
])
def test_a_dedicated_form_denied_then_what_does_the_work_is_yes_flagged(text, lang):
    r = read(text, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_HEDGED), r


@pytest.mark.parametrize("text", [
    "National Registration Act 2010 – the national ID, issued by the Bureau, is the basis for digital identity; "
    "there is no separate digital ID law.",
    "The Civil Service Act serves as the framework for the post; there is no dedicated CIO regulation.",
])
def test_what_does_the_work_then_a_dedicated_form_denied_is_yes_flagged(text):
    r = read(text)
    assert (r.answer, r.flag) == ("yes", FLAG_HEDGED), r


@pytest.mark.parametrize("text", [
    "No specific measures for women; general inclusion programmes exist.",
    "There is no separate digital ID law.",
])
def test_a_dedicated_form_denied_with_nothing_standing_in_stays_no(text):
    assert read(text).answer == "no"


@pytest.mark.parametrize("text", [
    "The Public Procurement and Disposal of Public Assets Act 2017 allows electronic procurement; the e-GP "
    "regulations are being drafted.",
    "The Data Protection Act 2019 is in force; its by-laws are under preparation.",
])
def test_regulations_pending_beside_an_act_in_force_is_a_mixed_yes(text):
    r = read(text)
    assert (r.answer, r.flag) == ("yes", FLAG_MIXED), r


@pytest.mark.parametrize("text", [
    "Mobile birth registration in one district only, still in the pilot phase.",
    "The e-invoicing system, still in the pilot phase.",
    "Digital land registry in a pilot phase in two provinces.",
])
def test_a_service_still_in_its_pilot_phase_is_no(text):
    assert read(text).answer == "no"


def test_the_stands_in_cues_are_data_in_each_language_table():
    from loaders.formats import reading_evidence as evidence
    for lang, path in (("en", "reading/status_cues.csv"), ("fr", "reading/fr/status_cues.csv"),
                       ("es", "reading/es/status_cues.csv")):
        with (DATA / path).open(encoding="utf-8", newline="") as f:
            rows = {tuple(tokens(r["cue"], lang)) for r in csv.DictReader(f) if r["class"] == "stands_in"}
        c = evidence.classes(lang)
        held = {(w,) for w in c.words["stands_in"]} | {p for ps in c.by_first["stands_in"].values() for p in ps}
        assert rows and rows == held, lang


@pytest.mark.parametrize("text,lang", [
    ("Yes – a Digital Economy Strategy is being drafted with recovery as a theme.", "en"),
    ("Yes – the draft is before Cabinet.", "en"),
    ("Yes – under construction; a consultation module is planned for the new portal.", "en"),
    ("Oui – une stratégie est en cours d'élaboration.", "fr"),
    ("Sí – la estrategia está en elaboración.", "es"),
])
def test_a_typed_yes_then_a_status_short_of_in_force_is_no_flagged(text, lang):
    r = read(text, lang, "Does your country have a national digital strategy?")
    assert (r.answer, r.flag) == ("no", FLAG_YES_UNDONE), r


@pytest.mark.parametrize("text", [
    "Yes – the Strategy is in force; a consultation module is planned.",
    "Yes, but not for all services.",
    "Yes – the portal is live.",
])
def test_a_typed_yes_whose_first_words_affirm_stays_yes(text):
    assert read(text, question="Does your country have a national portal?").answer == "yes"
