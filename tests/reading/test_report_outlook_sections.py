"""An annual report's answer in labelled sections (round eight, r8en): what "Challenges:" / "Way forward:" say
(vacant, pending adoption, to be approved) decides over an achievement's past tense, flagged when the
achievement alone would read yes; a referral to a better-placed body is a decline."""
from __future__ import annotations

import pytest

from .harness import read_question


@pytest.mark.parametrize("lang, q, text", [
    ("en", 4, "During FY 2021/22, the position of Chief Digital Officer was created in the new structure. "
              "Challenges: recruitment was not completed and the position remained vacant."),
    ("en", 12, "The Ministry finalised the draft law on digital ID, which was approved by Cabinet in May 2022. "
               "Challenges: pending its adoption, the legal framework does not cover digital identity."),
    ("en", 17, "Key achievements: the Open Data Policy was drafted in April 2022. Way forward: submission of the "
               "policy to Cabinet for approval."),
    ("en", 17, "Key achievements: the Open Data Policy was published in 2021. Way forward: Cabinet approval."),
    ("fr", 17, "Réalisations : la politique de données ouvertes a été rédigée en 2022. Perspectives : son adoption "
               "par le Conseil des ministres."),
    ("fr", 12, "Réalisations : le projet de loi a été finalisé en 2022. Défis : la loi n'est pas encore adoptée."),
    ("es", 17, "Logros: la política de datos abiertos fue redactada en 2022. Próximos pasos: su aprobación por el "
               "Consejo de Ministros."),
    ("es", 12, "Logros: el proyecto de ley fue finalizado en 2022. Desafíos: la ley aún no ha sido aprobada."),
])
def test_what_remains_outstanding_decides_over_the_achievement(lang, q, text):
    assert read_question(text, q, lang).answer == "no"


@pytest.mark.parametrize("lang, q, text", [
    ("en", 12, "Key achievements: the Digital ID Act 2019 remained in force. Challenges: staff shortages."),
    ("en", 16, "Key achievements: 14 systems were connected to the service bus. Way forward: connect 20 more."),
    ("fr", 12, "Réalisations : la loi de 2019 sur l'identité numérique est en vigueur. Défis : le manque de personnel."),
    ("es", 12, "Logros: la Ley de identidad digital de 2019 está vigente. Desafíos: la falta de personal."),
])
def test_challenges_that_deny_nothing_leave_the_achievement(lang, q, text):
    assert read_question(text, q, lang).answer == "yes"


@pytest.mark.parametrize("lang, text", [
    ("en", "The Governance Board is better placed to answer this question."),
    ("en", "The national statistics office is best placed to respond."),
    ("fr", "Le Conseil de la gouvernance est mieux placé pour répondre à cette question."),
    ("es", "La Junta de Gobernanza está en mejor posición para responder a esta pregunta."),
])
def test_a_referral_to_a_better_placed_body_is_a_decline(lang, text):
    r = read_question(text, 40, lang)
    assert r.answer == "unknown" and r.flag
