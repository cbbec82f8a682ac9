"""An answer that sends the question or the information to another body, says the information is not held here, or
whose speaker says only that it knows of none, declines the question: unknown, flagged, never a denial or an
affirmation (reading_deferral, reading_declines). The same verbs said of a service or of the thing asked stay as
they read."""
from __future__ import annotations

import pytest

from loaders.formats.reading_clauses import FLAG_INAPPLICABLE, FLAG_UNAWARE

from .harness import read_question

GUIDELINES = 30   # alignment with regional or global guidelines
WOMEN = 36        # e-services for women and vulnerable groups
LOCAL = 23        # reference to sub-national strategies
FINTECH = 32      # regulatory sandboxes


@pytest.mark.parametrize("text,lang", [
    ("The figures asked for here have been requested from the National Bureau of Statistics.", "en"),
    ("This matter would be better answered by the Treasury Department.", "en"),
    ("Kindly contact the Digital Agency for this item.", "en"),
    ("Details on this point have been forwarded to the Office of the Prime Minister.", "en"),
    ("Cette question relève du Ministère de l'Économie numérique.", "fr"),
    ("Les données ont été demandées à la Direction de la Statistique.", "fr"),
    ("Il convient de consulter l'Agence nationale de l'informatique.", "fr"),
    ("Esta consulta compete a la Secretaría de Innovación Pública.", "es"),
    ("Se sugiere dirigirse al Instituto Nacional de Estadística.", "es"),
    ("La información fue solicitada a la Dirección de Planificación; se remitirá oportunamente.", "es"),
    # after round eleven: an infinitive of referring after the frame, and a Mexican "dependencia" as the body
    ("Se recomienda canalizar la pregunta a la dependencia responsable del padrón.", "es"),
    ("Sugerimos turnar esta consulta a la Secretaría de Bienestar.", "es"),
    ("We would suggest you redirect the query to the Department of Social Protection.", "en"),
    ("Nous suggérons d'orienter la demande vers la Direction générale des collectivités.", "fr"),
])
def test_a_referral_to_another_body_is_a_decline(text, lang):
    r = read_question(text, WOMEN, lang)
    assert r.answer == "unknown" and r.flag, r


@pytest.mark.parametrize("text,lang", [
    ("Figures of this kind are not held by our Department.", "en"),
    ("Such data is not available within this Directorate.", "en"),
    ("We do not possess this data at our level.", "en"),
    ("Ces données ne sont pas détenues par notre Direction.", "fr"),
    ("Dicha información no está disponible en esta Secretaría.", "es"),
])
def test_information_not_held_here_is_a_decline(text, lang):
    r = read_question(text, GUIDELINES, lang)
    assert r.answer == "unknown" and r.flag, r


@pytest.mark.parametrize("text,lang", [
    ("Not to my knowledge.", "en"),
    ("No, not as far as we know.", "en"),
    ("Pas à ma connaissance.", "fr"),
    ("Que nous sachions, non.", "fr"),
    ("Hasta donde sabemos, no.", "es"),
    ("No, que yo sepa.", "es"),
])
def test_a_bare_no_hedged_by_the_speakers_knowledge_is_ignorance_not_a_denial(text, lang):
    r = read_question(text, FINTECH, lang)
    assert r.answer == "unknown" and r.flag == FLAG_UNAWARE, r


@pytest.mark.parametrize("text,lang,flag", [
    ("Not quite applicable in our case – we have no provinces or districts.", "en", FLAG_INAPPLICABLE),
    ("Sans objet pour nous : il n'existe pas de collectivités territoriales.", "fr", None),
    ("No aplica en nuestro caso; no existen gobiernos locales con estrategia propia.", "es", None),
])
def test_not_applicable_to_the_respondents_own_case_with_its_reason_stays_a_decline(text, lang, flag):
    r = read_question(text, LOCAL, lang)
    assert r.answer == "unknown" and r.flag and (flag is None or r.flag == flag), r


@pytest.mark.parametrize("text,lang,q,expected", [
    # a denial hedged by knowledge still says what does not exist
    ("To our knowledge, no law regulates artificial intelligence.", "en", 18, "no"),
    # "N/A" with a reason that denies what was asked, not said of the respondent's own case
    ("N/A – no law covers this yet.", "en", 18, "no"),
    # a service that answers questions, or a body that consults, is in place
    ("Citizens' queries are answered by the Contact Centre of the Ministry within two days.", "en", 37, "yes"),
    ("Information requests are answered by the Access to Information Unit.", "en", 9, "yes"),
    ("The Ministry consults citizens through the e-participation portal.", "en", 34, "yes"),
    ("Le Ministère consulte les citoyens via le portail de participation.", "fr", 34, "yes"),
    ("El Ministerio consulta a la ciudadanía mediante la plataforma de participación.", "es", 34, "yes"),
    # a pointer to where the thing is published is a link, not a referral
    ("Please consult the Ministry of Finance website: https://mof.gov.example/budget", "en", 15, "yes"),
    # the thing asked itself gathered from the ministries
    ("Usage statistics are requested from each ministry every quarter.", "en", 41, "yes"),
    # a body that directs or channels a service runs it (after round eleven: the referral verbs as main verbs)
    ("The Ministry of Finance directs the national e-procurement system.", "en", 14, "yes"),
    ("La Secretaría de Gobernación dirige el portal de participación ciudadana desde 2019.", "es", 34, "yes"),
    # a thing's own unavailability still denies
    ("The service is not available within the Ministry's portal.", "en", 36, "no"),
])
def test_the_same_words_about_a_service_or_the_thing_asked_read_as_before(text, lang, q, expected):
    assert read_question(text, q, lang).answer == expected
