"""Round eight (r8fres), French, Spanish and English: rules decided from the shape of what is said, each in
several wordings of our own.

- words inside a capitalised name (joined by a linking word or an enumeration's comma) are no status, and a
  verbless answer of names written French- or Spanish-style (a lower-case adjective after a capitalised word) is
  the names asked for;
- on the open question (Q44), a negation bearing on the predicate of a longer clause whose subject is the
  information is a note on the response (information given), not "nothing to add";
- a newer text dated after the edition (or short of in force) beside a later sentence on another measure in place
  since a year at or before the edition: yes, flagged mixed, never a silent no."""
from __future__ import annotations

import pytest

from loaders.formats.reading_clauses import FLAG_MIXED, title_words

from .harness import read_question

EDITION = 2022


def read(text: str, q: int, lang: str = "en", item: str = ""):
    return read_question(text, q, lang, item, EDITION)


# --- names ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,word", [
    ("SPF Emploi, Travail et Concertation sociale", "concertation"),
    ("Le SPF Emploi, Travail et Concertation sociale coordonne.", "concertation"),
    ("The Department of Labour, Consultation and Dialogue leads.", "consultation"),
    ("El Ministerio del Trabajo y Consulta Ciudadana coordina.", "consulta"),
])
def test_a_status_noun_inside_a_name_is_a_title_word(sentence, word):
    assert word in title_words(sentence)


def test_a_plain_list_of_lower_case_words_is_no_title():
    assert "consultation" not in title_words("The strategy is under public consultation, drafting and review.")


@pytest.mark.parametrize("text,lang", [
    ("SPF Emploi, Travail et Concertation sociale", "fr"),
    ("SPF Sécurité sociale", "fr"),
    ("Ministerio de Desarrollo Social y Familia", "es"),
    ("Ministerio de Salud pública (MSP)", "es"),
    ("Ministry of Labour and Social Dialogue", "en"),
])
def test_a_ministry_named_is_the_answer(text, lang):
    r = read(text, 5, lang, "employment")
    assert (r.answer, r.flag) == ("yes", None), r


@pytest.mark.parametrize("text,lang", [
    ("Un ministère est à l'étude.", "fr"),
    ("Ministerio en consulta pública.", "es"),
    ("The ministry is under consultation.", "en"),
])
def test_a_status_outside_a_name_still_denies(text, lang):
    assert read(text, 5, lang, "employment").answer != "yes"


# --- notes on the response (Q44) ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Les informations des entités fédérées ont été collectées par le SPF BOSA et n'ont pas toutes pu être "
     "vérifiées.", "fr"),
    ("La información de las regiones fue recopilada por la Subsecretaría y no toda pudo ser verificada.", "es"),
    ("The information from the provinces was collected by the Ministry and could not all be verified.", "en"),
    ("Les données régionales ont été transmises par les Régions et n'ont pas été harmonisées.", "fr"),
])
def test_a_note_on_the_response_is_information_given(text, lang):
    assert read(text, 44, lang).answer == "yes"


@pytest.mark.parametrize("text,lang", [
    ("Rien à ajouter.", "fr"),
    ("Pas d'autres informations.", "fr"),
    ("No further information.", "en"),
    ("Sin comentarios adicionales.", "es"),
    ("No tenemos comentarios adicionales.", "es"),
])
def test_nothing_to_add_stays_no(text, lang):
    assert read(text, 44, lang).answer == "no"


# --- a newer text denied, another measure in place since before the edition ----------------------------------

@pytest.mark.parametrize("text,lang", [
    ("La Ley Fintec (Ley N° 21.521) fue publicada en enero de 2023; el sandbox regulatorio que contempla aún no "
     "opera. El Laboratorio de Gobierno realiza proyectos de experimentación desde 2015.", "es"),
    ("The Fintech Act was published in January 2023; the regulatory sandbox it provides for is not yet operating. "
     "The Government Lab has run experimentation projects since 2015.", "en"),
    ("La loi Fintech a été publiée en janvier 2023 ; le bac à sable qu'elle prévoit n'est pas encore "
     "opérationnel. Le Laboratoire d'innovation publique mène des projets d'expérimentation depuis 2015.", "fr"),
])
def test_a_measure_in_place_since_before_the_edition_is_a_flagged_yes(text, lang):
    r = read(text, 32, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_MIXED), r


@pytest.mark.parametrize("text,lang", [
    ("The Fintech Act was published in January 2023; the regulatory sandbox it provides for is not yet "
     "operating.", "en"),
    ("The Fintech Act was published in January 2023. The Government Lab has run pilots since 2024.", "en"),
    ("La Ley Fintec fue publicada en enero de 2023. El Laboratorio de Gobierno no realiza proyectos desde 2015.",
     "es"),
])
def test_without_a_measure_in_place_before_the_edition_the_denial_stays(text, lang):
    assert read(text, 32, lang).answer == "no"
