"""Round five (French and declines): an answer that withholds the information itself ("Not tracked by PDMU.",
"Non communiqué.", "Sin información.") is a decline, unknown and flagged, never a denial; every own-words decline
carries one flag; a typed No whose remark denies only a form of the thing, and a typed Yes whose remark says its
adoption is still to come, are read by the remark (flagged)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from loaders.formats import reading_polarity as polarity
from loaders.formats.reading_clauses import FLAG_DECLINED, FLAG_HEDGED, FLAG_YES_UNDONE

EDITION = 2022
DATA = Path(__file__).resolve().parents[2] / "data" / "reading"
COLLECT = "Does the Government monitor/collect usage statistics of e-government services?"


def read(text: str, lang: str = "en", question: str = ""):
    return polarity.read_answer(text, lang, EDITION, question)


@pytest.mark.parametrize("text,lang", [
    # verbless: the predicate is said of the information asked for
    ("Not tracked by PDMU.", "en"),
    ("Not communicated.", "en"),
    ("Not provided.", "en"),
    ("Non communiqué.", "fr"),
    ("Non disponible.", "fr"),
    ("Non renseigné.", "fr"),
    ("No disponible.", "es"),
    ("No comunicado.", "es"),
    # the information as the subject
    ("Date not available at the time of submission – to be advised by the Cabinet Office.", "en"),
    ("Figures not yet compiled by the Statistics Office.", "en"),
    ("The information is not available at this time.", "en"),
    ("Chiffres non disponibles à ce jour.", "fr"),
    ("Les données ne sont pas disponibles.", "fr"),
    ("Le nombre d'utilisateurs n'est pas connu à ce jour.", "fr"),
    ("Chiffres non communiqués par le ministère.", "fr"),
    ("Datos no disponibles.", "es"),
    ("Datos aún no disponibles.", "es"),
    ("Cifras no reportadas por la entidad.", "es"),
    ("La información no está disponible.", "es"),
    # the information itself denied
    ("No data.", "en"),
    ("Pas de données.", "fr"),
    ("Sin información.", "es"),
    ("No se dispone de datos.", "es"),
    ("No se cuenta con datos a la fecha.", "es"),
])
def test_information_withheld_is_a_flagged_decline(text, lang):
    r = read(text, lang)
    assert (r.answer, r.flag) == ("unknown", FLAG_DECLINED), r


@pytest.mark.parametrize("text,lang", [
    ("The service is not available online.", "en"),
    ("The portal is not available in Creole.", "en"),
    ("E-signatures are not available to citizens.", "en"),
    ("No data is collected on user satisfaction.", "en"),
    ("No data protection law.", "en"),
    ("Usage is not tracked.", "en"),
    ("Not yet available.", "en"),
    ("Not available yet; the catalogue is under development.", "en"),
    ("Le service n'est pas disponible en ligne.", "fr"),
    ("Le portail n'est pas disponible en langues nationales.", "fr"),
    ("Aucune donnée n'est collectée sur la satisfaction.", "fr"),
    ("Non encore disponible.", "fr"),
    ("El servicio no está disponible en línea.", "es"),
    ("No se dispone de una ley específica.", "es"),
    ("No se recopilan datos sobre satisfacción.", "es"),
    ("La plataforma aún no está disponible.", "es"),
    ("Satisfaction information is not gathered by any agency.", "en"),
    ("Données non collectées par aucune structure.", "fr"),
    ("Datos no reportados por ninguna entidad.", "es"),
])
def test_a_thing_not_available_or_not_yet_there_is_still_a_denial(text, lang):
    assert read(text, lang).answer == "no"


def test_the_questions_own_verb_denied_is_a_denial_not_a_decline():
    assert read("Not collected.", question=COLLECT).answer == "no"
    assert (read("Not tracked.", question=COLLECT).answer, read("Not tracked.", question=COLLECT).flag) == (
        "unknown", FLAG_DECLINED)


@pytest.mark.parametrize("text,lang", [
    ("We are not in a position to answer this one with confidence.", "en"),
    ("Could not be compiled across the nine governments in the time available.", "en"),
    ("Unable to confirm at the time of submission.", "en"),
    ("Not available.", "en"),
    ("No information.", "en"),
    ("Information non disponible au niveau central.", "fr"),
    ("No tenemos esa información consolidada.", "es"),
    ("Sin datos.", "es"),
])
def test_every_own_words_decline_carries_the_one_flag(text, lang):
    r = read(text, lang)
    assert (r.answer, r.flag) == ("unknown", FLAG_DECLINED), r


@pytest.mark.parametrize("text,lang", [
    ("Non. Observations : pas de DSI de l'État au sens strict ; la coordination des programmes d'e-gouvernement "
     "est assurée par le DGEN.", "fr"),
    ("No. Remarks: there is no CIO as such; the Permanent Secretary for ICT performs the equivalent role.", "en"),
    ("No – there is no CIO as such; the Permanent Secretary for ICT performs the equivalent role.", "en"),
    ("No. Observaciones: no existe un CIO como tal; las funciones son ejercidas por el Director de Gobierno "
     "Digital.", "es"),
])
def test_a_typed_no_denying_only_a_form_while_the_work_is_done_is_a_flagged_yes(text, lang):
    r = read(text, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_HEDGED), r


@pytest.mark.parametrize("text,lang", [
    ("No. There is no CIO as such.", "en"),
    ("Non. Pas de DSI au sens strict.", "fr"),
    ("No. No existe un CIO como tal.", "es"),
])
def test_a_typed_no_with_a_hedged_denial_only_stays_no_flagged(text, lang):
    r = read(text, lang)
    assert (r.answer, r.flag) == ("no", FLAG_HEDGED), r


@pytest.mark.parametrize("text,lang", [
    ("Oui. Observations : la Politique nationale d'inclusion numérique a été validée en atelier national "
     "(novembre 2022) ; transmission au Gouvernement pour adoption prévue au 1er trimestre 2023.", "fr"),
    ("Yes. Remarks: the Digital Inclusion Policy was validated at a national stakeholder workshop (November "
     "2022); submission to Cabinet for adoption is expected in Q1 2023.", "en"),
    ("Sí. Observaciones: la Política de Inclusión Digital fue validada en taller nacional (noviembre de 2022); "
     "su aprobación por el Consejo de Ministros está prevista para 2023.", "es"),
    ("Yes. Remarks: strategy being drafted.", "en"),
    ("Oui. Observations : stratégie en cours d'élaboration.", "fr"),
])
def test_a_typed_yes_whose_remark_leaves_adoption_to_come_is_a_flagged_no(text, lang):
    r = read(text, lang)
    assert (r.answer, r.flag) == ("no", FLAG_YES_UNDONE), r


@pytest.mark.parametrize("text,lang", [
    ("Oui. Observations : la stratégie a été adoptée en 2021.", "fr"),
    ("Yes. Adopted by Cabinet in 2021.", "en"),
    ("Yes. The Act was adopted in 2019; publication of the implementing regulations is pending.", "en"),
    # a next sentence without a remark label gives the Yes its evidence, not a status
    ("Yes. First Supplementary Estimates FY 2020/21 (tabled May 2020): J$ 300 million for e-government measures.",
     "en"),
])
def test_a_typed_yes_whose_remark_says_it_is_adopted_stays_yes(text, lang):
    r = read(text, lang)
    assert (r.answer, r.flag) == ("yes", None), r


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_withheld_shape_has_its_words_in_every_language(lang):
    path = DATA / "polarity_cues.csv" if lang == "en" else DATA / lang / "polarity_cues.csv"
    with path.open(encoding="utf-8", newline="") as f:
        kinds = {r["kind"] for r in csv.DictReader(f)}
    assert {"withheld", "negating_prefix", "holding", "still_word", "withheld_tail", "any_holder",
            "information"} <= kinds
