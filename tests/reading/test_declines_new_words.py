"""Round twelve F: declines in new words (a remit denied, no elements to answer, a body better placed, the matter lying
with a body, input not obtained, information still gathered, nothing more offered, a bare "no corresponde"), and the
counter-cases that stay as they were."""
from __future__ import annotations

import pytest

from loaders.formats.reading_language import answer_language

from .harness import read_question

SANDBOX = 32      # policy experimentation / regulatory sandboxes
STRATEGY = 21     # national development strategy
VOICES = 40       # published how people's voices are included
VULNERABLE = 37   # e-participation measures for women and vulnerable groups
OPEN = 44


@pytest.mark.parametrize("text,lang,q", [
    # a remit denied, whether or not a referral follows
    ("Ce sujet ne relève pas de la compétence du Secrétariat général ; voir plutôt l'Autorité de régulation.", "fr",
     SANDBOX),
    ("The matter is not within the remit of the Department of Communications.", "en", SANDBOX),
    ("El asunto no es competencia de la Secretaría de Innovación.", "es", SANDBOX),
    # no elements to answer
    ("La Direction ne possède pas les informations nécessaires pour répondre.", "fr", VOICES),
    ("The Office does not hold the material required to answer this question.", "en", VOICES),
    ("La Secretaría no cuenta con elementos suficientes para responder a esta consulta.", "es", VOICES),
    # a body better placed
    ("Nous n'avons pas participé à ces travaux, que l'Agence de régulation serait plus à même de renseigner.", "fr",
     STRATEGY),
    ("We were not part of that process; the Ministry of Planning would be better placed to answer.", "en", STRATEGY),
    # the matter lying with a body
    ("This rests with the Ministry of Trade and the Reserve Bank.", "en", SANDBOX),
    ("Esto recae en el Ministerio de Economía y el Banco Central.", "es", SANDBOX),
    # input not obtained
    ("The Treasury holds this and we could not obtain their data in time.", "en", SANDBOX),
    ("Nous n'avons pas pu obtenir leurs données avant la date limite.", "fr", SANDBOX),
    ("No fue posible obtener los datos de las intendencias a tiempo.", "es", SANDBOX),
    # information still gathered
    ("The data are being compiled by the line ministries and will be shared later.", "en", VULNERABLE),
    ("Les données sont en cours de collecte auprès des ministères sectoriels.", "fr", VULNERABLE),
    ("La información está en proceso de recopilación con los organismos.", "es", VULNERABLE),
])
def test_a_decline_in_new_words_is_unknown_and_flagged(text, lang, q):
    r = read_question(text, q, lang)
    assert r.answer == "unknown" and r.flag, r


@pytest.mark.parametrize("text,lang", [
    ("Nothing more to add from our side.", "en"), ("Rien de plus à ajouter.", "fr"), ("Nada más que agregar.", "es"),
])
def test_nothing_more_to_a_question_of_existence_is_a_decline(text, lang):
    r = read_question(text, STRATEGY, lang)
    assert r.answer == "unknown" and r.flag, r


@pytest.mark.parametrize("text,lang", [("Rien à ajouter.", "fr"), ("Nothing to add.", "en"),
                                       ("Nada que añadir.", "es")])
def test_nothing_to_add_to_the_open_question_stays_no(text, lang):
    assert read_question(text, OPEN, lang).answer == "no"


@pytest.mark.parametrize("text,lang", [("No corresponde.", "es"), ("Ne s'applique pas.", "fr"),
                                       ("Sans objet.", "fr")])
def test_a_bare_not_applicable_is_placed_in_its_language_and_declined(text, lang):
    assert answer_language(text) == lang
    r = read_question(text, SANDBOX, answer_language(text))   # the answer's own language, not the form's, is read
    assert r.answer == "unknown" and r.flag, r


@pytest.mark.parametrize("text,lang,q,want", [
    ("The Ministry collects usage statistics from all agencies.", "en", 42, "yes"),
    ("No further steps were taken on the draft.", "en", STRATEGY, "no"),
    ("No ministry has the remit for regulatory sandboxes.", "en", SANDBOX, "no"),
    ("Aucun ministère n'a la compétence en matière de bacs à sable réglementaires.", "fr", SANDBOX, "no"),
    ("The portal does not answer citizens' requests online.", "en", VOICES, "no"),
    ("We do not collect data on vulnerable groups.", "en", VULNERABLE, "no"),
    ("La ley no prevé un régimen de pruebas regulatorias.", "es", SANDBOX, "no"),
])
def test_counter_cases_keep_their_reading(text, lang, q, want):
    assert read_question(text, q, lang).answer == want
