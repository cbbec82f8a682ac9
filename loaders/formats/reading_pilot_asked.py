"""A no read from a pilot that is the thing asked (a question on trying things out) or at work since a past date: flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer
from .reading_clauses import Reading, clauses, negated, strip_label
from .reading_pilot_since import FLAG_PILOT_SINCE, pilot_since
from .reading_words import tokens

FLAG_PILOT_ASKED = "a pilot on a question about trying things out: the experiment asked (yes), or a trial only (no)?"
RULE = "a pilot on a question about trying things out"
PILOT_KIND = "status pilot:"


def pilot_asked(reading: Reading, a: Answer) -> Reading:
    """A no whose evidence is a pilot (kind `status pilot`), unflagged:
    - on a question about trying things out (its wording holds a cue of status class `trial_request`: "policy
      experimentation and/or regulatory sandboxes"), a pilot is the thing asked, not a status short of it ("The
      Government has allowed the pilot of …", "Le gouvernement a autorisé l'expérimentation pilote …"; round
      twenty-seven la_translated_lao 32): yes, flagged, its evidence the pilot's words;
    - elsewhere, a sentence telling the pilot at work since a past date ("Projet pilote « … » : six points d'accès …
      installés …, ouverts depuis janvier 2022"; round twenty-seven fr_comores_anaden 35) flags the no as
      reading_pilot_since does for the same clause (there the date and the pilot word sit in one clause; here the
      pilot is the label of the sentence and the date in its apposition).
    A pilot planned or studied gives another evidence kind and stays as read; an answer with a denial in a main clause
    ("No se cuenta con espacios controlados de prueba", "… implementado en entidades piloto. No existe un marco
    normativo de entornos regulatorios de prueba") denies the experiment asked and stays no."""
    if reading.answer != "no" or reading.flag is not None or not (reading.evidence or "").startswith(PILOT_KIND):
        return reading
    if reading.evidence[len(PILOT_KIND):].strip(" '…") not in a.text:
        return reading   # the span read from a part set aside (a bracket): another reading step weighs that part
    if evidence.find(tokens(reading.evidence), "study") is not None:
        return reading   # research on test environments is a study of the experiment, not the experiment at work
    if evidence.question_has(a.topic, "trial_request") and not _denies(a):
        return Reading("yes", FLAG_PILOT_ASKED, RULE, reading.evidence)
    if any(pilot_since(tokens(s), a.edition) for s in a.sents):
        return Reading("no", FLAG_PILOT_SINCE, reading.rule, reading.evidence)
    return reading


def _denies(a: Answer) -> bool:
    """Does any main clause of the answer deny ("No existe un marco …", "There is no sandbox")?"""
    return any(cl.main and negated(cl.toks) for sentence in a.sents for cl in clauses(strip_label(sentence)))
