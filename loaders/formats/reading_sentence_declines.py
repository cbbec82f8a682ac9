"""A later sentence that only declines ("Information not available at our level; the Ministry is better placed to answer."): the reading before it flagged."""
from __future__ import annotations

from dataclasses import replace

from .reading_clauses import Reading, clauses, strip_label
from .reading_referrals import FLAG_LATER_DECLINES


def declining_sentence(sentence: str, is_decline) -> list[str] | None:
    """The first clause of a sentence whose every main clause declines (`is_decline`: information not available at the
    speaker's level, another body better placed to answer, the question itself sent on, the speaker holding no
    comprehensive information), or None. One declining clause beside a clause that answers is not enough: "Usage
    figures are not available; the portal has run since 2019" still answers."""
    mains = [cl for cl in clauses(strip_label(sentence)) if cl.main]
    if not mains or not all(is_decline(cl.toks) for cl in mains):
        return None
    return mains[0].toks


def flag_sentence_declining(reading: Reading, a, is_decline) -> Reading:
    """"The response measures were financed from the Solidarity Fund … . The digital share is not itemised in the
    budget. Information not available at our level; the Ministry of Finance is better placed to answer.", "Les
    mesures ont été financées sur le Fonds … . Information non disponible à notre niveau ; le MEF est mieux placé pour
    répondre.", "Las medidas se financiaron con el Fondo … . Información no disponible a nuestro nivel; el MEF está en
    mejor posición para responder." (after round twenty-three GG): a yes or no read from the sentences before, then a
    sentence that does nothing but decline: the speaker says it cannot give the answer, so what was read may be a part
    or a guess. The reading stands, flagged for a reviewer (as reading_referrals.flag_later_decline does for a later
    sentence denying a central record). An unknown, or a reading already flagged, is left as it is."""
    if reading.answer not in ("yes", "no") or reading.flag is not None or len(a.sents) < 2:
        return reading
    if any(declining_sentence(s, is_decline) is not None for s in a.sents[1:]):
        return replace(reading, flag=FLAG_LATER_DECLINES)
    return reading
