"""After round twenty-six (MM), English with French and Spanish where the shape exists, in wordings of our own:

- an answer that only says whom to ask, with a modal ("The Ministry of … should be contacted for this question") or
  in the imperative ("Defer to the Office of …"), is a referral: unknown, flagged; beside what is in place it keeps
  its reading (reading_whom_to_ask);
- "This is with the Ministry of …" says whose the matter is: a referral (kind `lies_with`);
- a verbless "Not with <the speaker>" then a referral ("Please check with the Ministry of …"): unknown, flagged, not a
  denial (reading_not_held_here);
- a body named without a verb, then "to whom the question was sent" ("à qui la question a été transmise"): a referral,
  the relative is no statement (reading_sent_to_whom);
- on the consent question an objection denied ("has no objection", "n'a pas d'objection", "no tenemos
  inconveniente") is consent: yes, with the deciding words (reading_objection_denied).
"""
from __future__ import annotations

import pytest

from loaders.formats.reading_clauses import FLAG_DECLINED

from .harness import read_question

BUDGET = 7
PROCUREMENT = 14
FORESIGHT = 31
VULNERABLE = 36
VOICES = 40
CONSENT = 45


@pytest.mark.parametrize("text,q,lang", [
    ("The Central Tender Board (CTB) should be contacted regarding this matter, https://ctb.example.gov.", PROCUREMENT, "en"),
    ("The Ministry of Youth and the Ministry of Labour should be consulted.", VULNERABLE, "en"),
    ("The Department of Planning may kindly be contacted on this question.", FORESIGHT, "en"),
    ("Defer to the Department of Commerce.", PROCUREMENT, "en"),
    ("We defer to the Office of the Prime Minister and the Ministry of Youth on this.", VOICES, "en"),
    ("Le Ministère de la Jeunesse doit être consulté à ce sujet.", VULNERABLE, "fr"),
    ("La Direction des marchés publics devrait être contactée pour cette question.", PROCUREMENT, "fr"),
    ("El Ministerio de Desarrollo Social debe ser consultado sobre esta pregunta.", VULNERABLE, "es"),
    ("La Secretaría de Planificación debería ser contactada.", FORESIGHT, "es"),
])
def test_only_whom_to_ask_is_a_referral(text, q, lang):
    r = read_question(text, q, lang)
    assert (r.answer, r.flag) == ("unknown", FLAG_DECLINED), r


@pytest.mark.parametrize("text,q,lang", [
    ("This is with the Ministry of Planning and the Central Bank. The Agency does not hold the plan.", BUDGET, "en"),
    ("Not with the Agency. Please check with the Ministry of Planning.", FORESIGHT, "en"),
    ("Not with DITA. The Ministry of Youth should be contacted.", VULNERABLE, "en"),
    ("Pas chez la Direction. Prière de contacter le Ministère du Plan.", FORESIGHT, "fr"),
    ("No está en manos de esta Oficina. Se sugiere consultar al Ministerio de Planificación.", FORESIGHT, "es"),
    ("A matter for the Ministry of Finance, to which the question was forwarded in April.", BUDGET, "en"),
    ("Données relevant du Ministère des Finances, auquel la question a été adressée. La Cellule ne dispose pas du détail.",
     BUDGET, "fr"),
    ("Asunto del Ministerio de Hacienda, al cual fue remitida la consulta.", BUDGET, "es"),
])
def test_not_the_speakers_then_sent_on_is_a_referral(text, q, lang):
    r = read_question(text, q, lang)
    assert (r.answer, r.flag) == ("unknown", FLAG_DECLINED), r


@pytest.mark.parametrize("text,lang", [
    ("The Ministry has no objection to the publication of these answers.", "en"),
    ("We do not object to publication.", "en"),
    ("Le Secrétariat n'a pas d'objection à la publication de ces réponses.", "fr"),
    ("Nous ne nous opposons pas à la publication.", "fr"),
    ("No tenemos inconveniente en que se publiquen estas respuestas.", "es"),
    ("La Secretaría no se opone a la publicación.", "es"),
])
def test_an_objection_denied_is_consent(text, lang):
    r = read_question(text, CONSENT, lang)
    assert r.answer == "yes" and r.evidence and r.evidence.startswith("assent"), r


@pytest.mark.parametrize("text,q,lang,answer", [
    # what is in place beside whom to ask keeps its reading
    ("The portal was launched in 2019. Defer to the Ministry of Finance for usage figures.", PROCUREMENT, "en", "yes"),
    ("The e-procurement portal is operated by the Tender Board, which should be contacted for details.", PROCUREMENT,
     "en", "yes"),
    ("Yes, the portal is in place (https://tenders.example.gov). The Tender Board should be contacted for details.",
     PROCUREMENT, "en", "yes"),
    # a consultation on a named matter is not the question passed on
    ("The Ministry of Finance should be consulted on draft procurement rules.", PROCUREMENT, "en", "yes"),
    # a body acting, named after a participle, is not whom to ask
    ("Addressed by the Ministry of Finance through its e-procurement strategy.", PROCUREMENT, "en", "yes"),
    # "not with" a text is a denial, and "Not with …" then a statement keeps its reading
    ("Not with the current strategy.", FORESIGHT, "en", "no"),
    # a statement before the relative keeps its reading
    ("The portal is run by the Ministry of Finance, to which the question was forwarded.", PROCUREMENT, "en", "yes"),
    ("Le portail est géré par le Ministère du Budget, auquel la question a été transmise.", PROCUREMENT, "fr", "yes"),
    # a refusal stays a refusal
    ("No autorizamos la publicación.", CONSENT, "es", "no"),
    ("We are not content for this response to be published.", CONSENT, "en", "no"),
])
def test_counter_cases_stay(text, q, lang, answer):
    assert read_question(text, q, lang).answer == answer, text
