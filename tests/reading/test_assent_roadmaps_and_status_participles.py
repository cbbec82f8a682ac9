"""After round fourteen (lead): assent in words on the consent question, a roadmap as a text, a title's year after
its head, a draft handled under a text in force, a status participle describing the subject, a service's purpose,
"indirectly", and more information beside what exists on the partnerships question. New words, not the fixtures'."""
from __future__ import annotations

import pytest

from loaders.formats.reading_polarity import read_answer

CONSENT = "I/We authorize UN DESA to publish my/our responses as deemed necessary."
DATA_LAW = "Is there any legislation, law or regulation on personal data protection?"
OTHERS = "Others (if any)"
VOICES = ("Does the Government publish information on how people's voices, including those among women and "
          "vulnerable groups, are included in policy decision-making?")
E_PARTICIPATION = "E-participation or similar"
SDGS = "Is the national e-government strategy aligned with the Sustainable Development Goals (SDGs)?"
PARTNERSHIPS = ("Please provide information about any ongoing global/regional partnership and/or digital cooperation, "
                "focusing on e-government and digital technologies")
MIXED = "mixed: in force in part"
UNDER_TEXT = "a draft handled under a text in force: the practice (yes), or the draft (no)?"


@pytest.mark.parametrize("text, lang", [
    ("We are happy for the Secretariat to publish these answers.", "en"),
    ("We are content that the replies be made public.", "en"),
    ("Nous consentons à la publication de nos réponses par le DESA.", "fr"),
    ("Estamos conformes con que se publiquen estas respuestas.", "es"),
])
def test_assent_in_words_on_the_consent_question_is_yes(text, lang):
    r = read_answer(text, lang, 2022, CONSENT)
    assert (r.answer, r.evidence.split(":")[0]) == ("yes", "assent")


def test_assent_refused_in_words_is_no():
    assert read_answer("We are not content for these replies to be published.", "en", 2022, CONSENT).answer == "no"


def test_assent_is_read_as_an_answer_on_the_consent_question_only():
    r = read_answer("We agree to the publication of the annex.", "en", 2022, DATA_LAW)
    assert not (r.evidence or "").startswith("assent")


@pytest.mark.parametrize("text", [
    "Open standards: the 2015 interoperability policy still applies and is referred to in the Digital Roadmap.",
    "The Cloud policy (2016) remains in place and is referred to in the Blueprint.",
])
def test_referred_to_in_a_plan_text_is_a_mention_not_a_step_awaited(text):
    assert read_answer(text, "en", 2022, OTHERS).answer == "yes"


def test_a_roadmap_being_prepared_is_still_no():
    assert read_answer("A national digital roadmap is being prepared.", "en", 2022, OTHERS).answer == "no"


@pytest.mark.parametrize("text", [
    "The Personal Information Protection Bill, 2020 was endorsed at a validation workshop in March 2021.",
    "The Data Privacy Bill, 2021 was presented to stakeholders and is now with the Senate.",
])
def test_a_bill_whose_title_ends_in_a_year_is_still_a_bill(text):
    assert read_answer(text, "en", 2022, DATA_LAW).answer == "no"


def test_an_act_whose_title_ends_in_a_year_is_still_in_force():
    assert read_answer("The Information Technology Act, 2000 was amended in 2008.", "en", 2022,
                       DATA_LAW).answer == "yes"


@pytest.mark.parametrize("text, lang", [
    ("As per the Consultation Guidelines 2016, draft regulations are placed in the public domain for 21 days.", "en"),
    ("Conformément au décret de 2017 sur la consultation, les avant-projets de loi sont soumis au public pendant 30 "
     "jours.", "fr"),
])
def test_a_draft_handled_under_a_text_in_force_is_flagged(text, lang):
    assert read_answer(text, lang, 2022, VOICES).flag == UNDER_TEXT


def test_a_draft_without_a_text_it_is_handled_under_is_not_flagged_so():
    assert read_answer("Draft regulations are being prepared.", "en", 2022, VOICES).flag != UNDER_TEXT


@pytest.mark.parametrize("text, lang", [
    ("Il n'existe pas de plateforme nationale dédiée. Les textes mis en consultation par les ministères sont publiés "
     "en ligne (https://consultations.gouv.example).", "fr"),
])
def test_a_consultation_participle_on_the_subject_leaves_the_published_service(text, lang):
    r = read_answer(text, lang, 2022, E_PARTICIPATION)
    assert r.flag == "a specific denial, then a later sentence affirms"


def test_a_consultation_as_the_clause_status_is_still_no():
    r = read_answer("Les projets mis en consultation sont en cours d'élaboration.", "fr", 2022, E_PARTICIPATION)
    assert r.answer == "no"


@pytest.mark.parametrize("text, lang", [
    ("Plataforma de firma electrónica para firma de contratos públicos, https://firma.gob.example.", "es"),
    ("aplicativo GobFirma para firma y validación de actos administrativos, https://gobfirma.gob.example.", "es"),
])
def test_a_step_right_after_a_service_noun_is_its_purpose(text, lang):
    assert read_answer(text, lang, 2022, OTHERS).answer == "yes"


@pytest.mark.parametrize("text", ["Sistema enviado para firma.", "El proyecto fue remitido para aprobación."])
def test_a_thing_sent_for_a_step_still_awaits_it(text):
    assert read_answer(text, "es", 2022, OTHERS).answer == "no"


@pytest.mark.parametrize("text, lang", [
    ("Indirectly. The Strategy has no SDG mapping of its own; it follows the National Development Plan.", "en"),
    ("Indirectement. La stratégie ne comporte pas de tableau propre des ODD.", "fr"),
    ("Indirectamente. La Estrategia no tiene una matriz propia de ODS.", "es"),
])
def test_indirectly_opening_a_denial_is_yes_in_part(text, lang):
    r = read_answer(text, lang, 2022, SDGS)
    assert (r.answer, r.flag) == ("yes", MIXED)


def test_a_status_beside_a_partnership_in_force_is_more_information():
    text = ("Cooperation agreements have been signed with four neighbouring countries; a joint data exchange with "
            "them is being set up.")
    assert read_answer(text, "en", 2022, PARTNERSHIPS).answer == "yes"


def test_a_denial_beside_a_partnership_question_still_decides():
    assert read_answer("There are no digital cooperation agreements at present.", "en", 2022,
                       PARTNERSHIPS).answer == "no"


CONDITIONAL = "consent on a condition: given, or not yet?"


@pytest.mark.parametrize("text, lang, answer", [
    ("Yes, provided that the annex on sub-national bodies is left out.", "en", "yes"),
    ("We agree, subject to clearance by the Permanent Secretary.", "en", "yes"),
    ("Only after clearance by the Minister's office.", "en", "unknown"),
    ("Oui, sous réserve de validation par le Secrétaire général.", "fr", "yes"),
    ("Sujeto a la aprobación del Despacho del Viceministro.", "es", "unknown"),
])
def test_a_consent_on_a_condition_is_flagged(text, lang, answer):
    r = read_answer(text, lang, 2022, CONSENT)
    assert (r.answer, r.flag) == (answer, CONDITIONAL)


@pytest.mark.parametrize("text, answer", [
    ("Yes.", "yes"),
    ("We are content for this to be published, on the understanding that it gives the national position only.",
     "yes"),
    ("No. Not before clearance by the Minister.", "no"),
])
def test_a_consent_without_a_condition_or_a_refusal_is_not_flagged_so(text, answer):
    r = read_answer(text, "en", 2022, CONSENT)
    assert (r.answer, r.flag) == (answer, None)


STRATEGY = "Does the country have a national e-government strategy?"
EVALUATED = "Has the national e-government strategy been evaluated?"


@pytest.mark.parametrize("text, lang", [
    ("The Digital Strategy has not yet been formally evaluated; it has applied since 2019.", "en"),
    ("The Strategy, adopted in 2020, has not been reviewed since.", "en"),
    ("La stratégie n'a pas encore été évaluée ; elle s'applique depuis 2019.", "fr"),
    ("La Estrategia aún no ha sido evaluada.", "es"),
])
def test_an_evaluation_denied_presupposes_the_thing_yes_flagged(text, lang):
    r = read_answer(text, lang, 2022, STRATEGY)
    assert (r.answer, r.flag) == ("yes", "negation inside a yes sentence")


@pytest.mark.parametrize("text, question", [
    ("No strategy has been evaluated.", STRATEGY),
    ("There is no evaluated strategy.", STRATEGY),
    ("The draft strategy has not been reviewed yet.", STRATEGY),
    ("The strategy has not been evaluated yet.", EVALUATED),
])
def test_a_denial_of_the_thing_or_of_an_asked_evaluation_stays_no(text, question):
    assert read_answer(text, "en", 2022, question).answer == "no"


@pytest.mark.parametrize("text, answer", [
    ("Electronic Transactions Act 2008. Status: repealed.", "no"),
    ("Electronic Transactions Act 2008. Status: in force.", "yes"),
])
def test_a_status_field_after_a_text_named_says_what_became_of_it(text, answer):
    assert read_answer(text, "en", 2022, DATA_LAW).answer == answer
