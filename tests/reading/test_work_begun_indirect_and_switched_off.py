"""Round seventeen (S), English with French and Spanish where the shape exists, each rule in wordings of our own:

- work begun towards a measure ("has embarked on", "being introduced") is not the measure;
- the dedicated text a question asks for, told pending after a general text: no, flagged;
- "Indirect — via <plan>", then only the direct form denied: yes, flagged;
- a thing switched off, and in the same sentence where its content is now: yes, flagged;
- a top bullet denying one form, sub-bullets naming what does it: yes, flagged;
- a text applied, then "furthermore" another matter pending: yes, flagged;
- a thing named with a bracketed pointer, in place in the answer pointed to: the clause there.
"""
from __future__ import annotations

import pytest

from loaders.formats.reading_named_in_target import named_there
from loaders.formats.reading_words import language

from .harness import read_question

COVID_PORTAL = 6
BUDGET = 7
RECOVERY_STRATEGY = 8
CYBER_LAW = 11
SDG = 22
LOCAL = 23
SATISFACTION = 42


@pytest.mark.parametrize("text,lang", [
    ("The treasury has embarked on fund-raising with lenders for the e-services programme.", "en"),
    ("• Being introduced\n  ◦ a feedback button is tested on 12 online services since May 2021", "en"),
    ("La mesure d'écoute des usagers est en cours d'introduction dans trois ministères.", "fr"),
    ("La encuesta de satisfacción está en proceso de diseño con la Secretaría de Gestión.", "es"),
])
def test_work_begun_is_not_the_measure(text, lang):
    q = SATISFACTION if "feedback" in text or "usagers" in text or "satisfacción" in text else BUDGET
    assert read_question(text, q, lang).answer == "no", text


@pytest.mark.parametrize("text,lang", [
    ("A satisfaction survey has been introduced on every service page since 2020.", "en"),
    ("Un questionnaire de satisfaction est en place sur chaque page depuis 2020.", "fr"),
])
def test_a_measure_introduced_stays_yes(text, lang):
    assert read_question(text, SATISFACTION, lang).answer == "yes", text


@pytest.mark.parametrize("text,lang", [
    ("The National Resilience Plan adopted in 2021 supports small firms with loans. A dedicated Digital Recovery "
     "Strategy, which will draw on the pandemic's lessons, is at an advanced stage of preparation.", "en"),
    ("Le Plan de relance adopté en 2021 soutient les entreprises. Une stratégie numérique dédiée est en cours "
     "d'élaboration.", "fr"),
])
def test_the_dedicated_text_asked_for_pending_is_no(text, lang):
    got = read_question(text, RECOVERY_STRATEGY, lang)
    assert (got.answer, bool(got.flag)) == ("no", True), (text, got)


@pytest.mark.parametrize("text,lang", [
    ("Indirect — through the National Vision 2040 (mapped to the SDGs). No direct reference to the SDGs in the "
     "strategy.", "en"),
    ("Indirectement, à travers le Plan national de développement. Aucune référence directe aux ODD dans la "
     "stratégie.", "fr"),
    ("Indirecta, mediante el Plan Nacional de Desarrollo. No hay una referencia directa a los ODS en la "
     "estrategia.", "es"),
])
def test_aligned_indirectly_is_yes(text, lang):
    # flagged when the opening is a verdict alone; "Indirectement, à travers le Plan …" already reads yes by the name
    assert read_question(text, SDG, lang).answer == "yes", text


def test_no_reference_at_all_stays_no():
    assert read_question("The strategy makes no reference to the SDGs.", SDG).answer == "no"


@pytest.mark.parametrize("text,lang", [
    ("The stand-alone pandemic website set up in 2020 was deactivated in June 2022, the health guidance now being "
     "published in a section of the Ministry of Health portal, which remains accessible.", "en"),
    ("Le portail dédié a été désactivé en juin 2022, les consignes étant désormais publiées dans une rubrique du "
     "site du ministère, qui demeure accessible.", "fr"),
    ("El sitio dedicado creado en 2020 fue desactivado en junio de 2022, publicándose ahora la información en una "
     "sección del portal del Ministerio de Salud, que sigue disponible.", "es"),
])
def test_switched_off_with_where_it_is_now_is_yes_flagged(text, lang):
    got = read_question(text, COVID_PORTAL, lang)
    assert (got.answer, bool(got.flag)) == ("yes", True), (text, got)


@pytest.mark.parametrize("text,lang", [
    ("The dedicated pandemic website was switched off in March 2022.", "en"),
    ("Le site dédié a été fermé en 2021.", "fr"),
])
def test_switched_off_alone_stays_no(text, lang):
    assert read_question(text, COVID_PORTAL, lang).answer == "no", text


def test_a_top_bullet_denied_and_sub_bullets_naming_what_does_it():
    text = ("• No joint framework\n  ◦ two regions run their own digital plans, drawn up on their own\n"
            "  ◦ however: Annex B of the national plan lists the regional plans and names shared projects")
    got = read_question(text, LOCAL)
    assert (got.answer, bool(got.flag)) == ("yes", True), got


@pytest.mark.parametrize("text", [
    "• No joint framework\n  ◦ the national plan contains no regional chapter\n  ◦ regions plan on their own",
    "• No\n  ◦ guidance exists for federal bodies\n  ◦ it is not a policy",
])
def test_a_sub_bullet_that_denies_keeps_the_no(text):
    assert read_question(text, LOCAL).answer == "no", text


@pytest.mark.parametrize("text,lang", [
    ("Under the Computer Misuse Act No. 9 of 2019, online offences are prosecuted by the courts; furthermore, the "
     "national cybersecurity strategy is being validated.", "en"),
    ("Conformément à la loi n° 2019-12 sur la cybercriminalité, les infractions sont poursuivies ; par ailleurs, "
     "la stratégie nationale est en cours de validation.", "fr"),
])
def test_a_text_applied_then_another_matter_pending(text, lang):
    # never a silent no: the English sentence is weighed first as an absence beside something in force (no, flagged)
    got = read_question(text, CYBER_LAW, lang)
    assert got.answer == "yes" or got.flag, (text, got)


def test_a_text_applied_then_another_matter_pending_fr():
    text = ("Conformément à la loi n° 2019-12 sur la cybercriminalité, les infractions sont poursuivies ; par "
            "ailleurs, la stratégie nationale est en cours de validation.")
    assert read_question(text, CYBER_LAW, "fr").answer == "yes"


def test_a_text_pending_without_an_aside_stays_no():
    assert read_question("The cybersecurity bill is being validated by the ministry.", CYBER_LAW).answer == "no"


def test_a_thing_named_with_a_bracketed_pointer():
    target = ("Not yet. The robotics policy awaits Cabinet approval. Delivery robots are governed by the 2020 "
              "transport regulations, and trials of 5G are planned.")
    with language("en"):
        assert named_there("Delivery robots in hospitals (see answer to 18).", target) is not None
        assert named_there("No robots (see answer to 18).", target) is None    # its own words deny
        assert named_there("See answer to 18.", target) is None                # a pointer only
