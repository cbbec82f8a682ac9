"""Round twenty AA: an entry into force counted as a lapse from publication, an ended text said to go on serving, an
alignment said indirect after a denied form, the text asked for said to be without, a bracketed note on a body's
website, a planning participle told of a noun with its agent. New wordings in English, French and Spanish, and the
counter-cases that must stay as they read."""
from __future__ import annotations

import pytest

from loaders.formats.reading_entry_lapse import FLAG_LAPSE

from .harness import read_question

NAMES = 5          # names and links of the ministries
COVID_BUDGET = 7   # a specific budget for e-government measures
PROCUREMENT = 14   # e-procurement legislation
STRATEGY = 19      # a national e-government strategy
SDGS = 22          # strategy aligned with the SDGs
DATA_FRAMEWORK = 25   # strategy refers to a data governance framework


# --- an entry into force counted as a lapse from publication ------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "The e-Procurement Regulation was approved by the Council in 2022. It takes effect ninety days after its "
           "publication in the Gazette. It will oblige every ministry to tender online."),
    ("en", "The Procurement Act was passed in November 2021. It comes into force six months after its promulgation. "
           "In the meantime the 2005 Tender Rules apply."),
    ("fr", "La loi n° 2021/015 relative aux marchés publics a été promulguée en décembre 2021. Elle entre en vigueur "
           "six mois après sa publication au Journal officiel. D'ici là, le Code de 2004 reste applicable."),
    ("es", "La Ley de Contrataciones Públicas fue aprobada en 2022. Entra en vigor a los noventa días de su "
           "publicación. Mientras tanto rige la Ley de 1998."),
])
def test_lapse_from_publication_told_as_to_come_reads_no_flagged(lang, text):
    r = read_question(text, PROCUREMENT, lang)
    assert r.answer == "no" and r.flag and r.rule == "adopted, entry into force deferred or to come", r


def test_lapse_from_publication_without_words_of_the_meantime_stays_yes_flagged():
    # the reader has no status date: whether three months have run by then is the reviewer's call
    r = read_question("Law No. 12 on procurement was signed on 15.04.2022 and enters into force after three months "
                      "from the day of its official publication (published 16.04.2022).", PROCUREMENT)
    assert r.answer == "yes" and r.flag == FLAG_LAPSE, r


@pytest.mark.parametrize("lang,text", [
    ("en", "The Public Procurement Act was published in 2015. It enters into force six months after publication."),
    ("en", "The Public Procurement Act 2019 is in force. It entered into force six months after its publication."),
    ("en", "The Public Procurement Act 2021 is in force. It enters into force on the day after its publication."),
    ("fr", "Le Code des marchés publics de 2018 est en vigueur ; il est entré en vigueur trois mois après sa "
           "publication."),
])
def test_lapse_run_long_ago_past_or_at_once_stays_yes(lang, text):
    r = read_question(text, PROCUREMENT, lang)
    assert r.answer == "yes" and r.flag is None, r


# --- an ended text said to go on serving ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "La Stratégie 2015-2020 a expiré. Elle continue toutefois à guider l'action des ministères."),
    ("fr", "Le Plan numérique 2016-2020 est arrivé à échéance. Il continue néanmoins de servir de référence aux "
           "administrations, dans l'attente de son successeur."),
    ("es", "La Agenda Digital 2016-2020 ha vencido. Sigue, no obstante, guiando la acción de los ministerios."),
    ("en", "The Digital Plan 2016-2020 has expired. It still guides, for now, the ministries' projects."),
])
def test_ended_text_still_serving_reads_yes_flagged(lang, text):
    r = read_question(text, STRATEGY, lang)
    assert r.answer == "yes" and r.flag and "in place" in r.evidence, r


@pytest.mark.parametrize("lang,text", [
    ("fr", "La Stratégie 2015-2020 a expiré. Une nouvelle stratégie est en cours d'élaboration."),
    ("fr", "La Stratégie 2015-2020 a expiré. Le futur plan pourra servir de cadre."),
    ("en", "The Digital Plan 2016-2020 has expired. Work continues to prepare its successor."),
])
def test_ended_text_with_only_a_successor_in_work_stays_no(lang, text):
    assert read_question(text, STRATEGY, lang).answer == "no"


# --- an alignment said indirect after a denied form ---------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Le Plan numérique ne fait pas explicitement référence aux ODD. Le lien est indirect, par le biais du "
           "Plan national de développement."),
    ("en", "The Digital Plan does not explicitly mention the SDGs. The link is indirect, via the National "
           "Development Plan."),
    ("es", "La Agenda Digital no menciona explícitamente los ODS. La vinculación es indirecta, a través del Plan "
           "Nacional de Desarrollo."),
])
def test_indirect_alignment_after_a_denied_form_reads_yes_flagged(lang, text):
    r = read_question(text, SDGS, lang)
    assert r.answer == "yes" and r.flag and r.rule == "a form denied, the alignment indirect", r


@pytest.mark.parametrize("lang,text", [
    ("en", "The Digital Plan does not explicitly mention the SDGs. There is no indirect link either."),
    ("en", "The Digital Plan does not mention the SDGs. The link is indirect at best."),
    ("fr", "Le Plan ne fait pas explicitement référence aux ODD. Un alignement indirect est envisagé dans la future "
           "stratégie."),
])
def test_indirect_denied_or_only_planned_or_plain_denial_stays_no(lang, text):
    assert read_question(text, SDGS, lang).answer == "no"


# --- the text asked for said to be without ------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "The Digital Plan addresses the security and hosting of public data, without providing for a national "
           "data governance framework as such."),
    ("fr", "Le Plan numérique aborde l'ouverture des données publiques, sans prévoir de cadre national de "
           "gouvernance des données."),
    ("es", "El Plan Digital trata de la seguridad de los datos públicos, sin prever un marco nacional de gobernanza "
           "de datos como tal."),
])
def test_related_matter_with_the_asked_text_without_reads_no_flagged(lang, text):
    r = read_question(text, DATA_FRAMEWORK, lang)
    assert r.answer == "no" and r.flag and "negation" in r.evidence, r


@pytest.mark.parametrize("q,text", [
    (DATA_FRAMEWORK, "The Digital Plan sets out a national data governance framework, applied without interruption "
                     "since 2020."),
    (DATA_FRAMEWORK, "Pillar 3 of the Plan establishes the National Data Governance Framework, which all ministries "
                     "apply without exception."),
    (1, "The national portal operates without a dedicated law."),
])
def test_without_a_burden_or_on_a_question_asking_no_text_stays_yes(q, text):
    assert read_question(text, q).answer == "yes"


# --- a bracketed note on a body's website -------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Ministry of Trade, https://www.trade.gov.example/ (website not maintained since 2020)"),
    ("en", "Ministry of Industry and Mines, https://www.mim.gov.example/ (site not updated); see also Q5 above"),
    ("es", "Ministerio de Comercio, https://www.comercio.gob.example/ (sitio web no actualizado)"),
])
def test_body_named_with_a_note_on_its_website_reads_yes(lang, text):
    r = read_question(text, NAMES, lang, item="Industry/trade")
    assert r.answer == "yes", r


@pytest.mark.parametrize("text", [
    "No ministry of trade (the website was closed).",
    "There is no Ministry of Trade since 2019 (its website is not updated).",
])
def test_denial_outside_the_website_note_stays_no(text):
    assert read_question(text, NAMES, item="Industry/trade").answer == "no"


# --- a planning participle told of a noun, with its agent ---------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "The measures were financed within the support packages announced by the Government in 2020."),
    ("fr", "Les mesures ont été financées dans le cadre des plans de relance annoncés par le Gouvernement en 2020."),
    ("es", "Las medidas se financiaron con los paquetes de apoyo anunciados por el Gobierno en 2020."),
])
def test_participle_with_agent_after_the_clause_verb_is_no_plan(lang, text):
    r = read_question(text, COVID_BUDGET, lang)
    assert "planned" not in (r.evidence or ""), r


@pytest.mark.parametrize("text", [
    "A dedicated fund is planned by the Ministry of Finance.",
    "Support packages announced by the Government for 2023.",
    "A budget line was announced by the Minister in 2021 but has not been released.",
])
def test_plan_of_the_clause_itself_stays_no(text):
    assert read_question(text, COVID_BUDGET).answer == "no"


@pytest.mark.parametrize("lang,text", [
    ("en", "The measures were financed from the budgets of each ministry. The Authority does not have a breakdown "
           "of the amounts allocated to e-government."),
    ("fr", "Les mesures ont été financées sur les budgets des ministères. Le Ministère ne dispose pas de la "
           "ventilation des montants consacrés au numérique."),
])
def test_no_breakdown_held_after_a_reading_is_flagged(lang, text):
    r = read_question(text, COVID_BUDGET, lang)
    assert r.flag, r
