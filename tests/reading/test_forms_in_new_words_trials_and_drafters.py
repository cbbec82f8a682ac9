"""Round twelve (G), in wordings of our own: a denial of one form in new words ("in the usual sense", "not in
those words", "a post called …", "not expressly") is a hedged denial, and "the closest thing is …" says what does
the work; a service "put into trial operation" is a pilot; "the drafting agencies" name who drafts, no text in
preparation. Counter-cases: a plain denial stays an unflagged no, a bill being drafted stays a draft."""
from __future__ import annotations

import pytest

from loaders.formats import reading_polarity as polarity
from loaders.formats.reading_clauses import FLAG_HEDGED

EDITION = 2022
PLAN_Q = "Does the country have a national e-government strategy?"
POST_Q = "Is there a Government Chief Information Officer (GCIO) or equivalent?"
LAW_Q = "Is there any legislation, law or regulation on e-procurement?"
PORTAL_Q = "Does the country have an open government data portal?"
REPORT_Q = "Does the government publish reports on the implementation of legislation?"


def read(text: str, lang: str, question: str):
    return polarity.read_answer(text, lang, EDITION, question)


@pytest.mark.parametrize("lang,text", [
    ("en", "There is no e-government strategy in the conventional sense. Digital work is steered by the annual "
           "budget priorities."),
    ("en", "Not in these terms. Our reform programme commits each agency to publishing its services online."),
    ("en", "The Procurement Act does not expressly provide for e-tendering."),
    ("fr", "Il n'y a pas de stratégie numérique au sens classique. Les priorités sont fixées chaque année."),
    ("fr", "Pas dans ces termes. Le programme de réforme engage chaque ministère à publier ses démarches."),
    ("fr", "Le code des marchés ne prévoit pas expressément la soumission en ligne."),
    ("es", "No hay una estrategia digital en el sentido usual. Las prioridades se fijan cada año."),
    ("es", "No en estos términos. El programa de reforma compromete a cada ministerio a publicar sus trámites."),
    ("es", "La ley de compras no prevé expresamente la licitación en línea."),
])
def test_form_qualifier_is_a_hedged_denial(lang, text):
    r = read(text, lang, PLAN_Q)
    assert r.flag == FLAG_HEDGED   # a reviewer sees it: the thing may be there in another form


@pytest.mark.parametrize("lang,text", [
    ("en", "We have no position titled Chief Digital Officer. The closest equivalent is the Director of ICT, who "
           "leads the technology board."),
    ("fr", "Il n'existe pas de poste intitulé DSI de l'État. L'équivalent le plus proche est le Secrétaire général, "
           "qui préside le comité informatique."),
    ("es", "No existe un cargo denominado CIO de gobierno. Lo más parecido es el Secretario General, que preside el "
           "comité de tecnología."),
])
def test_name_denied_and_closest_equivalent_is_a_flagged_yes(lang, text):
    r = read(text, lang, POST_Q)
    assert (r.answer, r.flag) == ("yes", FLAG_HEDGED)


@pytest.mark.parametrize("lang,text", [
    ("en", "We don't have a data protection law; a bill is being drafted."),
    ("en", "There is no Government CIO."),
    ("fr", "Il n'existe pas de DSI de l'État."),
    ("es", "No existe un CIO de gobierno."),
])
def test_plain_denial_stays_an_unflagged_no(lang, text):
    r = read(text, lang, POST_Q)
    assert (r.answer, r.flag) == ("no", None)


@pytest.mark.parametrize("lang,text", [
    ("en", "The open data portal was put into trial operation in March 2021 by the digital agency."),
    ("en", "The portal has run on a pilot basis since 2020."),
    ("en", "The portal is operated on a trial basis with three ministries."),
    ("fr", "Le portail de données ouvertes est exploité à titre d'essai depuis mars 2021."),
    ("fr", "Le portail fonctionne à titre expérimental depuis 2020."),
    ("es", "El portal de datos abiertos está en operación de prueba desde marzo de 2021."),
    ("es", "El portal está en marcha blanca desde noviembre."),
    ("es", "El portal funciona a modo de prueba con tres ministerios."),
])
def test_trial_operation_is_a_pilot(lang, text):
    assert read(text, lang, PORTAL_Q).answer == "no"


@pytest.mark.parametrize("lang,text", [
    ("en", "The open data portal has been in operation since March 2021."),
    ("fr", "Le portail de données ouvertes est en service depuis mars 2021."),
    ("es", "El portal de datos abiertos está en funcionamiento desde marzo de 2021."),
])
def test_service_in_operation_stays_yes(lang, text):
    assert read(text, lang, PORTAL_Q).answer == "yes"


@pytest.mark.parametrize("lang,text", [
    ("en", "Under the Statutory Instruments Act, the drafting bodies post their review reports online."),
    ("en", "The drafting ministry publishes a summary of each consultation on its website."),
    ("fr", "Les organismes rédacteurs publient leurs rapports de bilan en ligne."),
    ("es", "Los organismos redactores publican sus informes de balance en línea."),
])
def test_drafting_body_is_who_drafts(lang, text):
    assert read(text, lang, REPORT_Q).answer == "yes"


@pytest.mark.parametrize("lang,text", [
    ("en", "A drafting committee has been formed to prepare the bill."),
    ("en", "The bill is at the drafting stage."),
    ("fr", "Un projet de loi est en cours de rédaction."),
    ("es", "El proyecto de ley está en proceso de redacción."),
])
def test_text_being_drafted_stays_no(lang, text):
    assert read(text, lang, REPORT_Q).answer == "no"
