"""Round fifteen M: declines and referrals in new words (the speaker not the keeper of the information, nor compiling
it; no centralised figures; agencies' websites pointed to; "not applicable" with its reason in brackets; a lead that
names nothing, then a decline; "not applicable – no …" then something named with a pointer), and the counter-cases
that stay as they were."""
from __future__ import annotations

import pytest

from loaders.formats.reading_clauses import FLAG_DECLINED, FLAG_INAPPLICABLE, FLAG_LATER_AFFIRMS

from .harness import read_question

PORTALS = 2       # portals
MINISTRIES = 5    # ministries' portals
PLAN = 21         # aligned with the national development strategy
LOCAL = 23        # aligned with sub-national strategies
FIVE_G = 29       # emerging technologies
FORESIGHT = 31    # foresight tools
VULNERABLE = 36   # e-services for vulnerable groups
PARTICIPATION = 37
USAGE = 41        # usage statistics collected


@pytest.mark.parametrize("text,lang,q", [
    # the speaker is not the keeper of the information
    ("This Directorate is not the holder of these figures. Please ask the Planning Commission.", "en", FORESIGHT),
    ("Our Ministry is not the keeper of such information.", "en", VULNERABLE),
    ("La Direction générale n'est pas détentrice de ces données.", "fr", FORESIGHT),
    ("La Secretaría no es custodia de esta información; corresponde al Ministerio de Desarrollo Social.", "es",
     VULNERABLE),
    # the speaker does not compile the information pointed at
    ("The Digital Office does not compile these figures. Such work is done by the line ministries.", "en", FORESIGHT),
    ("Le Secrétariat ne recense pas ces informations.", "fr", PARTICIPATION),
    ("La Agencia no recopila esa información.", "es", PARTICIPATION),
    # no centralised figures, verbless
    ("- No centralized statistics.", "en", PARTICIPATION),
    ("Pas de données centralisées.", "fr", PARTICIPATION),
    ("Sin datos centralizados.", "es", PARTICIPATION),
    # agencies' websites pointed to, no address
    ("Please refer to the ministries' websites.", "en", VULNERABLE),
    ("See the respective agencies' web pages (DOH, DSWD).", "en", FIVE_G),
    ("Se référer aux sites des ministères concernés.", "fr", VULNERABLE),
    ("Véanse los sitios web de las entidades.", "es", PORTALS),
    # a lead that names nothing, then a decline
    ("A county function since devolution. The figures may be obtained from the Department of Local Government.", "en",
     VULNERABLE),
])
def test_a_decline_or_referral_in_new_words_is_unknown_and_flagged(text, lang, q):
    r = read_question(text, q, lang)
    assert (r.answer, r.flag) == ("unknown", FLAG_DECLINED), r


@pytest.mark.parametrize("text,lang", [
    ("Not applicable (unitary state; no regional tier of government).", "en"),
    ("N/A (a single level of government).", "en"),
    ("Sans objet (pas de collectivités territoriales).", "fr"),
    ("No aplica (no existen gobiernos subnacionales).", "es"),
])
def test_not_applicable_with_its_reason_in_brackets_is_unknown(text, lang):
    r = read_question(text, LOCAL, lang)
    assert (r.answer, r.flag) == ("unknown", FLAG_INAPPLICABLE), r


def test_not_applicable_no_plan_then_something_named_with_a_pointer_is_a_doubtful_no():
    r = read_question("Not applicable – there is no national plan. The e-strategy is one pillar of the Vision 2040 "
                      "programme – see Q.19.", PLAN, "en")
    assert (r.answer, r.flag) == ("no", FLAG_LATER_AFFIRMS), r


@pytest.mark.parametrize("text,lang,q,want", [
    ("There is no data protection law.", "en", 12, "no"),
    ("N/A – no law covers this yet.", "en", 18, "no"),
    ("N/A, as there is no portal.", "en", 40, "no"),
    ("Not applicable: there is no regional tier of government.", "en", LOCAL, "no"),
    ("The Ministry does not collect usage data.", "en", USAGE, "no"),           # no determiner: an absence
    ("We do not collect this data.", "en", USAGE, "no"),                         # the question's own verb
    ("The Authority is not the owner of the portal.", "en", PORTALS, "no"),   # a thing, not the information
    ("Ministry of Health, https://health.gov.example/women", "en", VULNERABLE, "yes"),
    ("See the national portal at https://gov.example for all services.", "en", PORTALS, "yes"),
    ("The Ministry of Health website offers a maternal care booking service since 2019.", "en", VULNERABLE, "yes"),
    ("Usage statistics are published monthly; there is no centralised dashboard yet.", "en", USAGE, "yes"),
])
def test_counter_cases_stay(text, lang, q, want):
    assert read_question(text, q, lang).answer == want


@pytest.mark.parametrize("text", ["Not applicable.", "Refer to Q.12."])
def test_bare_not_applicable_and_a_pointer_keep_their_reading(text):
    r = read_question(text, 26, "en")
    assert r.answer == "unknown" and r.rule != "declined" or text == "Not applicable.", r
