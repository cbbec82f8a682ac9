"""Drafts put to the public on a question about taking part, a constitutional right beside a draft law, a go-live
still to come, something at work beside a status, a denial then a contrast that affirms. New words, not the
fixtures'."""
from __future__ import annotations

import pytest

from loaders.formats.reading_polarity import read_answer

PARTICIPATION = "Please provide links (Links) for portals providing specific services/features: E-participation or similar"
PARTICIPATION_POLICY = "Is there a national e-participation policy/strategy or similar?"
ACCESS = "Is there any legislation, law or regulation on access to information, such as a Freedom of Information Act?"
DATA_PROTECTION = "Is there any legislation on personal data protection?"
OTHERS = "Please provide links (Links) for portals providing specific services/features: Others"
DEFAULT = "Does the national e-government strategy make specific reference to digital-by-default/digital-by-design " \
          "or similar principles?"


@pytest.mark.parametrize("text, lang", [
    ("Bills are posted for public comment on the Assembly's website https://assembly.example.org", "en"),
    ("Draft regulations are opened for public consultation at https://consult.example.org", "en"),
    ("Les projets de décret sont publiés pour commentaires du public sur https://consult.example.org", "fr"),
    ("Los proyectos de reglamento se publican para observaciones ciudadanas en https://consulta.example.org", "es"),
])
def test_drafts_put_to_the_public_are_participation_at_work(text, lang):
    r = read_answer(text, lang, 2022, PARTICIPATION)
    assert r.answer == "yes"


@pytest.mark.parametrize("text, lang, question", [
    # one text's own stage, not a practice of consulting on drafts
    ("The draft participation strategy was posted for public comment in May 2022.", "en", PARTICIPATION_POLICY),
    ("Le projet de stratégie de participation a été publié pour commentaires en mai 2022.", "fr",
     PARTICIPATION_POLICY),
    ("El proyecto de política de participación se publicó para observaciones en mayo de 2022.", "es",
     PARTICIPATION_POLICY),
    # drafts put out for comment, on a question that is not about taking part: still drafts
    ("Draft regulations are opened for public consultation.", "en", DATA_PROTECTION),
    # a practice still to come
    ("Bills will be posted for public comment on a new portal.", "en", PARTICIPATION),
])
def test_a_draft_text_stays_a_draft(text, lang, question):
    r = read_answer(text, lang, 2022, question)
    assert r.answer == "no"


def test_a_constitutional_right_then_a_draft_law_in_one_sentence_is_no():
    text = ("Section 12 of the Constitution enshrines the right to information; a draft Right to Information Law is "
            "awaiting validation.")
    assert read_answer(text, "en", 2022, ACCESS).answer == "no"


@pytest.mark.parametrize("text, lang", [
    ("Article 41 of the Constitution guarantees every citizen the right to information. A bill on access to "
     "information is before the Cabinet.", "en"),
    ("L'article 19 de la Constitution consacre le droit à l'information. Un avant-projet de loi sur l'accès à "
     "l'information est en cours de validation.", "fr"),
    ("El artículo 33 de la Constitución reconoce el derecho a la información. El anteproyecto de ley de "
     "transparencia está en trámite.", "es"),
])
def test_a_constitutional_right_beside_a_draft_law_is_no_flagged(text, lang):
    r = read_answer(text, lang, 2022, ACCESS)
    assert r.answer == "no"
    assert r.flag is not None and "Constitution" in r.flag


@pytest.mark.parametrize("text, lang", [
    ("Article 41 of the Constitution guarantees the right to information. The Access to Information Act 2016 "
     "gives effect to it. A draft amendment is before the Cabinet.", "en"),
    ("Article 41 of the Constitution guarantees the right to information.", "en"),
    ("L'article 19 de la Constitution consacre le droit à l'information. La loi n° 2016-12 relative à l'accès à "
     "l'information le met en œuvre.", "fr"),
])
def test_a_constitutional_right_alone_or_with_its_law_stays_yes(text, lang):
    r = read_answer(text, lang, 2022, ACCESS)
    assert r.answer == "yes"


@pytest.mark.parametrize("text, lang", [
    ("Unified business window: supplier selected in April 2022, go-live expected Q2 2023.", "en"),
    ("Unified business window: go-live expected in 2024.", "en"),
    ("Guichet unique des entreprises : marché attribué en avril 2022, mise en service prévue en 2023.", "fr"),
    ("Ventanilla única empresarial: contrato adjudicado en abril de 2022, puesta en marcha prevista para 2023.", "es"),
])
def test_a_go_live_still_to_come_is_no(text, lang):
    r = read_answer(text, lang, 2022, OTHERS)
    assert r.answer == "no"


def test_a_window_live_now_stays_yes():
    assert read_answer("Unified business window: live since 2020.", "en", 2022, OTHERS).answer == "yes"


def test_a_window_live_now_with_an_upgrade_to_come_is_never_a_silent_no():
    r = read_answer("Unified business window: in operation since 2020, upgrade expected 2023.", "en", 2022, OTHERS)
    assert r.answer == "yes" or r.flag is not None


@pytest.mark.parametrize("text, lang", [
    ("The Citizens' Feedback Line (https://feedback.example.org/) takes petitions from the public, and a dedicated "
     "consultation portal is under study.", "en"),
    ("La plateforme des doléances (https://doleances.example.org/) fonctionne depuis 2019, et un portail de "
     "consultation dédié est à l'étude.", "fr"),
    ("El buzón ciudadano (https://buzon.example.org/) funciona desde 2019, y un portal de consulta dedicado está "
     "en estudio.", "es"),
])
def test_something_at_work_beside_a_planned_portal_is_never_a_silent_no(text, lang):
    r = read_answer(text, lang, 2022, PARTICIPATION)
    assert r.answer == "yes" or r.flag is not None


@pytest.mark.parametrize("text, lang", [
    ("The term is not used. However, Cabinet adopted an \"online first\" rule in 2020, and counter services are kept "
     "only for those who ask.", "en"),
    ("Le terme n'y figure pas. Toutefois, le Gouvernement a adopté la règle « en ligne d'abord » en 2020, et les "
     "guichets ne sont maintenus que pour ceux qui le demandent.", "fr"),
    ("El término no figura. Sin embargo, el Gobierno aprobó la regla «primero en línea» en 2020, y la atención "
     "presencial se mantiene solo a pedido.", "es"),
])
def test_a_denial_then_a_contrast_that_adopts_is_never_a_silent_no(text, lang):
    r = read_answer(text, lang, 2022, DEFAULT)
    assert r.answer == "yes" or r.flag is not None
