"""Round thirteen H: declines of an assessment's scope, information not available to the speaker, information withheld
for secrecy, the abbreviation N.D.; and the counter-cases that stay as they were."""
from __future__ import annotations

import pytest

from .harness import read_question

BUDGET = 7        # specific COVID-19 budget
FORESIGHT = 31    # foresight tools
VULNERABLE = 36   # e-services for women and vulnerable groups
VOICES = 40       # publishes how people's voices are included
STRATEGY = 19     # national e-government strategy


@pytest.mark.parametrize("text,lang,q", [
    # the speaker's own assessment did not look at the thing
    ("Not examined as part of our evaluation.", "en", FORESIGHT),
    ("This was not reviewed in the present assessment.", "en", VULNERABLE),
    ("Beyond the scope of this inquiry.", "en", FORESIGHT),
    ("Line ministries were outside the survey sample.", "en", VULNERABLE),
    ("Non examiné dans le cadre de cette évaluation.", "fr", FORESIGHT),
    ("Hors du périmètre de la présente étude.", "fr", VULNERABLE),
    ("No fue evaluado en la presente auditoría.", "es", FORESIGHT),
    ("Fuera del ámbito de esta evaluación.", "es", VULNERABLE),
    # the information itself not available to the speaker
    ("On ne dispose pas de cette information au niveau de la Direction générale.", "fr", FORESIGHT),
    ("No se dispone de dicha información en esta Subsecretaría.", "es", VOICES),
    ("That information is not available at the level of the Secretariat.", "en", FORESIGHT),
    # withheld for a reason of secrecy
    ("Figures on these allocations are not disclosed for reasons of confidentiality.", "en", BUDGET),
    ("Les données sur ces dépenses ne sont pas divulguées pour des raisons de sécurité.", "fr", BUDGET),
    ("La información sobre esos montos no se publica por razones de seguridad nacional.", "es", BUDGET),
    # not available / not determined, abbreviated
    ("N.D. à ce stade pour le Secrétariat.", "fr", BUDGET),
    ("N/D en la Subsecretaría.", "es", BUDGET),
    ("n.d. for this office.", "en", BUDGET),
])
def test_a_decline_of_scope_or_information_is_unknown_and_flagged(text, lang, q):
    r = read_question(text, q, lang)
    assert r.answer == "unknown" and r.flag, r


@pytest.mark.parametrize("text,lang,q,want", [
    # published is what the question asks: not published answers it, even for a reason
    ("Reports on consultations are not published for security reasons.", "en", VOICES, "no"),
    ("Budget data is not published.", "en", VOICES, "no"),
    # a plain fact about collection: a denial, no reason of secrecy, no review of the speaker's
    ("No information is collected on usage.", "en", VULNERABLE, "no"),
    ("Les données sur les dépenses ne sont pas publiées.", "fr", VOICES, "no"),
    # the scope of a document, not of the speaker's review: what the document covers, a denial
    ("Municipal councils are not within the scope of the roadmap in its first stage.", "en", 23, "no"),
])
def test_a_plain_fact_about_information_stays_as_it_was(text, lang, q, want):
    assert read_question(text, q, lang).answer == want


@pytest.mark.parametrize("text,lang", [
    ("The strategy has not been assessed for its impact yet; it is in force since 2020.", "en"),
    ("La stratégie n'a pas encore été évaluée ; elle est en vigueur depuis 2020.", "fr"),
    ("La estrategia aún no ha sido evaluada; está vigente desde 2020.", "es"),
])
def test_not_assessed_without_the_speakers_review_is_no_decline(text, lang):
    r = read_question(text, STRATEGY, lang)
    assert r.rule != "declined", r


def test_nd_inside_a_citation_is_no_decline():
    r = read_question("Yes, see the strategy (Ministry of ICT, n.d.), section 4 on AI and robotics.", 29, "en")
    assert r.answer == "yes", r
