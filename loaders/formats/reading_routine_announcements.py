"""A present passive of announcing ("Tenders are announced in the Gazette"): a routine practice, not a plan announced."""
from __future__ import annotations

from .reading_procurement_steps import HABITUAL
from .reading_words import cues


def routine_announcement(toks: list[str], at: int) -> bool:
    """"Tenders are announced in the Government Gazette", "Vacancies are announced on the portal": a word of
    announcing (kind `announce_participle`) at `at`, a status of a plan ("the strategy was announced", "has been
    announced"), is here the present of habit of a passive ("is", "are", "sont", "se" just before it): what is
    announced again and again is the practice in place, not a measure only announced. Not "was announced", "has
    been announced", "will be announced" (a single act, or one ahead: read as before)."""
    return bool(at) and toks[at] in cues().words["announce_participle"] and toks[at - 1] in HABITUAL
