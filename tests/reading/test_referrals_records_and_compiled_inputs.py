"""Referrals and declines in new words: a matter said to be within a body's authority or in its charge, a polite "liaise
with them", information managed by the respective ministries then a referral, a referral whose bracketed pointer must
not carry the other answer's yes or no, the speaker keeping no record while another body may provide the answer, and in
a response compiled from tagged inputs an input awaited beside the speaker's limited knowledge. Each reads unknown,
flagged; the same words with an answer of their own stay as they read."""
from __future__ import annotations

import pytest

from loaders.formats.text import parse_text

from .harness import PROMPT, document, read_question

LEGISLATION = 18   # legislation on emerging technologies (AI, 5G, …)
EMERGING = 29      # the strategy refers to emerging technologies (items)
VULNERABLE = 36    # e-services for vulnerable groups
PARTICIPATION = 37  # e-participation for vulnerable groups


def _referral(r) -> bool:
    return r.answer == "unknown" and bool(r.flag) and r.evidence.startswith("declined")


# --- whose the matter is: within a body's authority, in its charge; "liaise with them" -------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Quantum networking policy is within the authority of the Ministry of Communications; please refer to the "
     "Ministry.", "en"),
    ("Participation tools for persons with disabilities fall within the jurisdiction of the Disability Council; please "
     "contact the Council.", "en"),
    ("Gender-sensitive consultation falls under the Gender Commission; kindly liaise with the Commission.", "en"),
    ("Consultation of older persons is the responsibility of the Ageing Council; please liaise with them.", "en"),
])
def test_a_matter_in_a_bodys_authority_then_a_referral_is_a_referral(text, lang):
    r = read_question(text, PARTICIPATION, lang)
    assert _referral(r), r


@pytest.mark.parametrize("text,lang", [
    ("A cargo del Consejo Nacional de la Mujer.", "es"),
    ("À la charge du Conseil national de la femme.", "fr"),
])
def test_a_matter_in_a_bodys_charge_is_a_referral(text, lang):
    r = read_question(text, PARTICIPATION, lang)
    assert _referral(r), r


def test_within_a_bodys_authority_beside_a_service_in_operation_stays_an_answer():
    r = read_question("Consultation for women is within the authority of the Gender Commission, which has operated the "
                      "e-Consult portal since 2019 (https://consult.example.gov).", PARTICIPATION)
    assert r.answer == "yes", r


def test_a_portal_in_a_bodys_charge_stays_an_answer():
    r = read_question("El portal está a cargo de la Secretaría de Inclusión y ofrece 40 trámites en línea para personas "
                      "con discapacidad.", VULNERABLE, "es")
    assert r.answer == "yes", r


def test_liaising_as_the_speakers_own_work_is_no_referral():
    r = read_question("The Agency liaises with the Disability Council on the accessible e-services portal, launched "
                      "in 2020.", VULNERABLE)
    assert r.answer == "yes", r


# --- information managed by the respective ministries, then the speaker's lack and a referral ------------------------

@pytest.mark.parametrize("text,lang", [
    ("Figures on services for persons with disabilities are managed by the respective ministries, namely the Ministry "
     "of Health and the Ministry of Labour. The Secretariat holds only partial figures; please refer to those "
     "ministries.", "en"),
    ("Les données sur ces services sont gérées par les ministères respectifs. Le Secrétariat n'en a qu'une partie ; "
     "veuillez consulter ces ministères.", "fr"),
    ("Los datos sobre estos servicios son gestionados por los ministerios respectivos. La Secretaría solo tiene datos "
     "parciales; favor consultar a dichos ministerios.", "es"),
])
def test_information_managed_by_the_respective_ministries_then_a_referral_is_a_referral(text, lang):
    r = read_question(text, VULNERABLE, lang)
    assert r.answer == "unknown" and r.flag, r


def test_services_run_by_the_respective_ministries_with_no_referral_stay_an_answer():
    r = read_question("Services for persons with disabilities are provided online by the respective ministries through "
                      "the national portal (https://services.example.gov).", VULNERABLE)
    assert r.answer == "yes", r


# --- the speaker keeps no record, another body may provide the answer ----------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The Digital Office does not keep an inventory of e-services by user group. Each agency designs its own services. "
     "The Ministry of Social Development may be able to provide examples.", "en"),
    ("La DGE ne tient pas de liste des services en ligne par public. Le Ministère des Affaires sociales pourrait "
     "fournir des exemples.", "fr"),
    ("La SEGEPLAN no lleva un registro de servicios electrónicos por grupo de usuarios. El Ministerio de Desarrollo "
     "Social podría proporcionar ejemplos.", "es"),
])
def test_no_record_kept_then_another_body_may_provide_is_a_decline(text, lang):
    r = read_question(text, VULNERABLE, lang)
    assert _referral(r), r


def test_no_record_kept_alone_stays_a_denial():
    r = read_question("The Digital Office does not keep an inventory of e-services by user group.", VULNERABLE)
    assert r.answer == "no", r


def test_no_record_kept_then_a_service_named_stays_as_it_reads():
    r = read_question("The Digital Office does not keep an inventory of e-services by user group. The Ministry of "
                      "Social Development runs the Disability Benefits portal (https://benefits.example.gov).",
                      VULNERABLE)
    assert r.answer != "unknown" or r.flag, r
    assert not r.evidence.startswith("declined"), r


def test_a_thing_that_may_provide_is_no_body():
    r = read_question("The Digital Office does not keep an inventory of e-services by user group. The new portal may "
                      "provide one next year.", VULNERABLE)
    assert not r.evidence.startswith("declined"), r


# --- a compiled response: input awaited beside the speaker's limited knowledge -------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Input awaited from the Ministry of Youth. [DTA]: none that we are aware of at DTA level.", "en"),
    ("Awaiting input from the Gender Ministry. [ICT Office]: none that we know of at our level.", "en"),
])
def test_input_awaited_beside_the_speakers_unawareness_is_unknown(text, lang):
    r = read_question(text, PARTICIPATION, lang)
    assert r.answer == "unknown" and r.flag, r


def test_input_awaited_beside_a_plain_denial_stays_a_denial():
    r = read_question("Input awaited from the Ministry of Youth. [DTA]: none exist at DTA level.", PARTICIPATION)
    assert r.answer == "no", r


def test_unawareness_at_a_level_alone_stays_as_it_reads():
    r = read_question("None that we are aware of.", PARTICIPATION)
    assert r.answer == "unknown" and r.flag, r


# --- a referral with a pointer: the other answer's yes or no is not carried ----------------------------------------

ITEMS = ["Artificial intelligence (AI); link/detail: ____ ", "Robotics; link/detail: ____ ",
         "Blockchains; link/detail: ____ ", "5G; link/detail: {five_g} ", "Internet of Things (IoT); link/detail: ____ ",
         "Others; link/detail: ____ "]


def _five_g(five_g: str, law: str = "No. There is no legislation on emerging technologies yet. "):
    case = {"name": "pointer", "bodies": {
        LEGISLATION: ["  Yes   No  ", PROMPT, law],
        EMERGING: [i.format(five_g=five_g) for i in ITEMS]}}
    doc = parse_text(document(case), source_name="pointer.txt")
    return {(a.question, a.item): a for a in doc.answers}[(EMERGING, "5g")]


@pytest.mark.parametrize("five_g,law", [
    ("Within the authority of the CRA (see question 18).", "No. There is no legislation on emerging technologies yet. "),
    ("Within the remit of the CRA (see Q18).", "No. There is no legislation on emerging technologies yet. "),
    ("À la charge de l'ARCEP (voir question 18).", "Non. Il n'existe pas de loi sur les technologies émergentes. "),
])
def test_a_referral_with_a_bracketed_pointer_keeps_its_own_reading(five_g, law):
    a = _five_g(five_g, law)
    assert a.answer == "unknown" and a.flag and a.evidence.startswith("declined"), a


def test_a_bare_pointer_still_carries_the_other_answer():
    a = _five_g("See Q18.")
    assert a.answer == "no", a


def test_a_body_named_with_a_pointer_and_no_belonging_still_carries_the_other_answer():
    a = _five_g("The CRA (see question 18).", law="Yes. The Telecommunications Act 2019 regulates 5G spectrum. ")
    assert a.answer == "yes", a
