"""Round fourteen K: referrals and declines in new words (a matter belonging to another body, information obtainable
from a body, an annex pointed to but not given, no overview held, a later sentence that declines), and the
counter-cases that stay as they were."""
from __future__ import annotations

import pytest

from loaders.formats.reading_referrals import FLAG_LATER_DECLINES

from .harness import read_question

PORTALS = 2       # portals
FIVE_G = 29       # emerging technologies
FORESIGHT = 31    # foresight tools
SANDBOX = 32      # regulatory sandboxes
POLICY = 34       # e-participation policy
VULNERABLE = 36   # e-services for vulnerable groups
SATISFACTION = 42


@pytest.mark.parametrize("text,lang,q", [
    # the matter belongs to another body
    ("This question pertains to the Ministry of Planning.", "en", FORESIGHT),
    ("Does not pertain to this Directorate. The Communications Authority may be approached.", "en", FIVE_G),
    ("This falls within the remit of the Reserve Bank.", "en", SANDBOX),
    ("The matter falls under the purview of the Financial Services Commission.", "en", SANDBOX),
    ("Relève du Secrétariat d'État à l'économie ; la Direction n'y est pas associée.", "fr", SANDBOX),
    ("Cette question est du ressort de l'Office des statistiques.", "fr", SATISFACTION),
    ("Hors du champ du présent plan ; relève de l'Autorité de régulation.", "fr", FIVE_G),
    ("Corresponde a otra entidad del Estado. Las encuestas de satisfacción las realiza el Instituto de Estadística.",
     "es", SATISFACTION),
    ("El asunto es competencia del Ministerio de Finanzas.", "es", SANDBOX),
    # information obtainable from a body
    ("Information can be obtained from the Department of Social Welfare.", "en", VULNERABLE),
    ("L'information peut être obtenue auprès du Ministère de la Famille.", "fr", VULNERABLE),
    # an annex pointed to and not given
    ("Kindly see Appendix 3 (inventory of sector websites).", "en", PORTALS),
    ("Voir l'annexe 4 (liste des plateformes).", "fr", PORTALS),
    ("Véase el anexo 2 con el listado de portales.", "es", PORTALS),
    # no overview held
    ("We do not keep a complete list. Each agency runs its own sites.", "en", PORTALS),
    ("Nous ne disposons pas d'une liste centrale des sites.", "fr", PORTALS),
    ("No se cuenta con un inventario centralizado de portales.", "es", PORTALS),
])
def test_a_referral_or_decline_in_new_words_is_unknown_and_flagged(text, lang, q):
    r = read_question(text, q, lang)
    assert r.answer == "unknown" and r.flag, r


@pytest.mark.parametrize("text,lang,q,want", [
    ("Our agency issues a scenario handbook for all departments. We do not hold information centrally on how it is "
     "used.", "en", FORESIGHT, "yes"),
    ("Les prestations sont cantonales ; plusieurs cantons proposent des démarches en ligne. L'Office fédéral ne dispose "
     "pas d'une vue d'ensemble.", "fr", VULNERABLE, "yes"),
])
def test_a_later_sentence_that_declines_flags_the_reading(text, lang, q, want):
    r = read_question(text, q, lang)
    assert r.answer == want and r.flag == FLAG_LATER_DECLINES, r


@pytest.mark.parametrize("text,lang,q,want", [
    ("The portal pertains to all ministries and is operating since 2019.", "en", PORTALS, "yes"),
    ("The Ministry of Health runs the service: https://health.gov.example/service", "en", VULNERABLE, "yes"),
    ("We do not hold elections online.", "en", POLICY, "no"),
    ("There is no central register of sandboxes.", "en", SANDBOX, "no"),
    ("Le portail relève du Ministère du Numérique et fonctionne depuis 2020 : https://portail.example", "fr", PORTALS,
     "yes"),
    ("La plataforma corresponde al Ministerio de Telecomunicaciones y está operativa desde 2021.", "es", PORTALS, "yes"),
    ("See the national portal at https://gov.example for all services.", "en", PORTALS, "yes"),
])
def test_counter_cases_stay(text, lang, q, want):
    assert read_question(text, q, lang).answer == want
