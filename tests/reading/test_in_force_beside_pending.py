"""Round-6 shapes (French, Spanish and English): an instrument in force in one part (a bullet, a numbered point, a
sentence or a clause) beside another text still pending in another part (a bill, an anteproyecto, a texte de refonte,
an amendment) is a yes: the pending text is extra, flagged mixed only when it is what the question asks and the part in
force is not. The text's own pending status ("adopted. Publication is pending") still decides. A numbered point's
bare number ("1.", "iv.") is no sentence, so a typed "Non." or "Oui" after it opens the answer; "Cf. point 34" names
question 34; "derecho a no aportar documentos" is a burden removed, not a denial."""
from __future__ import annotations

import pytest

from loaders.formats import reading_polarity as polarity
from loaders.formats import reading_references as references
from loaders.formats.reading_clauses import FLAG_MIXED, negated
from loaders.formats.reading_words import language, sentences, tokens

EDITION = 2022
PRIVACY_Q = "Is there any legislation, law or regulation on data privacy and/or protection?"
ID_Q = "Is there any legislation, law or regulation on digital identity?"
BUDGET_Q = "Is there any legislation, law or regulation on digitally publishing government expenditure?"
SOCIAL_Q = ("Does the Government use social media platform(s)? If yes, please provide link and detail if social media "
            "is used for (i) e-information; (ii) e-consultation; and/or (iii) e-decision-making")


def read(text: str, lang: str, question: str = PRIVACY_Q):
    return polarity.read_answer(text, lang, EDITION, question)


@pytest.mark.parametrize("lang,text", [
    ("es", "• Ley Orgánica 3/2018 (en vigor)\n• Anteproyecto de Ley de modificación en tramitación"),
    ("es", "• Real Decreto-ley 12/2018 (en vigor)\n• Transposición de la Directiva NIS2: Anteproyecto de Ley de "
           "Coordinación en tramitación"),
    ("es", "La Ley 3/2018 está en vigor. Un proyecto de ley de reforma está en tramitación."),
    ("es", "La Ley 3/2018 está en vigor; el anteproyecto de reforma se encuentra en tramitación parlamentaria."),
    ("fr", "1. Loi n° 2004-5 du 3 février 2004 relative à la protection des données, en vigueur ; Instance nationale "
           "(INPDP). 2. Texte de refonte portant création de l'Instance nationale de protection des données "
           "personnelles et de la vie privée : a) adopté en conseil des ministres ; b) en attente de publication au JORT."),
    ("fr", "La loi n° 2004-63 est en vigueur. Un projet de loi est en cours d'examen au Parlement."),
    ("fr", "La loi n° 2004-63 est en vigueur ; un projet de loi modificative est soumis au Parlement."),
    ("en", "The Data Protection Act 2012 is in force; a revised Bill is pending before Parliament."),
    ("en", "The Data Protection Act 2012 is in force; amendments are pending before Parliament."),
    ("en", "• Data Protection Act 2012 (in force)\n• Amendments to the Act: pending"),
    ("en", "Per the Ministry: the Data Protection Regulation 2019 is in force and is enforced.\n> What about the Data "
           "Protection Bill? – ED\nStill before the National Assembly; mention it only as additional."),
])
def test_an_instrument_in_force_beside_another_text_pending_is_yes(lang, text):
    r = read(text, lang)
    assert (r.answer, r.flag) == ("yes", None), r


@pytest.mark.parametrize("lang,text", [
    ("es", "• DNI electrónico: Real Decreto 1553/2005 (en vigor)\n• Identidad digital en dispositivos móviles: "
           "Anteproyecto de Ley de Identidad Digital en tramitación"),
    ("es", "1. Documento Nacional de Identidad: Real Decreto 1553/2005 (en vigor). 2. Identidad digital en el móvil: "
           "proyecto de ley pendiente de aprobación."),
    ("en", "The National Registration Act 1965 is in force; a Digital Identity Bill is pending before Parliament."),
])
def test_the_pending_text_is_what_is_asked_and_the_text_in_force_is_not_flagged_mixed(lang, text):
    r = read(text, lang, ID_Q)
    assert (r.answer, r.flag) == ("yes", FLAG_MIXED), r


@pytest.mark.parametrize("lang,text", [
    ("en", "The Data Protection Act was passed in 2012. Assent is pending."),
    ("en", "The Data Protection Act 2012 was adopted. Publication is pending."),
    ("en", "The Data Protection Bill was passed by Parliament in 2021. The Bill awaits assent."),
    ("fr", "La loi n° 2004-63 a été adoptée en 2004. Sa publication est en attente."),
    ("fr", "Le projet de loi a été adopté en conseil des ministres ; en attente de publication au JORT."),
    ("es", "• Ley 3/2018 (aprobada)\n• Publicación pendiente"),
    ("es", "La Ley 3/2018 fue aprobada por el Congreso. Pendiente de publicación en el BOE."),
])
def test_the_texts_own_pending_status_still_decides(lang, text):
    assert read(text, lang).answer == "no"


@pytest.mark.parametrize("lang,text", [
    ("en", "We regret that no data protection law has yet been adopted; a draft bill is under review."),
    ("fr", "Aucune loi n'est en vigueur ; un projet de loi est en cours d'examen."),
    ("es", "No hay ley en vigor; un anteproyecto de ley está en tramitación."),
])
def test_nothing_in_force_beside_a_pending_text_stays_no(lang, text):
    assert read(text, lang).answer == "no"


@pytest.mark.parametrize("lang,text,answer", [
    ("fr", "1. Non. 2. Les documents budgétaires et le « Budget citoyen » sont publiés sur le site du Ministère des "
           "Finances, sans obligation légale spécifique.", "no"),
    ("fr", "1. Non.\n2. Le budget est publié chaque année sur le portail des finances publiques.", "no"),
])
def test_a_typed_no_at_point_one_opens_the_answer(lang, text, answer):
    assert read(text, lang, BUDGET_Q).answer == answer


@pytest.mark.parametrize("lang,text", [
    ("fr", "1. Oui : pages officielles de la Présidence et des ministères ; i. information ; ii. consultation.\n"
           "Guide de l'usage des réseaux sociaux (2016) : en cours de révision."),
    ("es", "1. Sí: cuentas institucionales en Twitter y YouTube.\nGuía de comunicación digital: pendiente de "
           "actualización."),
    ("en", "1. Yes: official pages of the Presidency and the ministries.\nSocial media guidelines (2016): under "
           "revision."),
])
def test_a_typed_yes_at_point_one_opens_the_answer(lang, text):
    assert read(text, lang, SOCIAL_Q).answer == "yes"


@pytest.mark.parametrize("text,first", [
    ("1. Non. 2. Les documents sont publiés.", "Non."),
    ("2. Oui. 3. Voir le portail.", "Oui."),
    ("iv. Sí, en vigor.", "Sí, en vigor."),
    ("1.", "1."),   # nothing else: the piece stays
])
def test_a_bare_point_number_is_no_sentence(text, first):
    assert sentences(text)[0] == first


@pytest.mark.parametrize("lang,text,question", [
    ("fr", "Cf. point 34 ci-dessous.", 34),
    ("fr", "Voir la réponse au point 12.", 12),
    ("es", "Véase el punto 12.", 12),
    ("en", "Cf. point 34.", 34),
    ("en", "See point 12.", 12),
])
def test_a_pointer_to_a_point_names_that_question(lang, text, question):
    with language(lang):
        ref = references.find(text)
    assert ref is not None and ref.question == question, ref


@pytest.mark.parametrize("lang,text", [
    ("en", "see point 1.2"),
    ("en", "See point 3 of the Plan"),
    ("fr", "voir point 2, Achats publics"),
    ("es", "Ver punto 3 del Plan"),
])
def test_a_point_with_words_of_its_own_is_no_pointer(lang, text):
    with language(lang):
        assert references.find(text) is None


def test_the_right_not_to_provide_documents_again_is_no_denial():
    with language("es"):
        assert not negated(tokens("Derecho a no aportar documentos que ya obren en poder de la Administración"))
        assert negated(tokens("No se aportan datos sobre la satisfacción"))
