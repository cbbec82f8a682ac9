"""A text that "shall enter into force on 1 September 2022": a commencement still ahead in the survey year, not a text in force."""
from __future__ import annotations

import re

# A future before the commencement words: English puts an auxiliary before them; French and Spanish inflect the verb
# ("entrera en vigueur", "entrará en vigor", "prendra effet").
FUTURE_AUX = {"will", "shall"}
FUTURE_ENDINGS = {"fr": ("ra", "ront"), "es": ("rá", "rán", "ra", "ran")}
AUX_REACH = 2      # "shall enter", "will only enter"
DATE_REACH = 7     # "on 1 September 2022", "le 1er septembre 2022", "el 1 de septiembre de 2022"
YEAR_RE = re.compile(r"(?:19|20)\d\d")


def commencement_ahead(toks: list[str], hit: tuple[int, tuple[str, ...]], edition: int, lang: str) -> bool:
    """Is the commencement cue at `hit` (status_cues class `commencement`) in the future, and dated in the survey
    edition's year ("… the said Regulation shall enter into force on 1 September 2022", "… entrera en vigueur le 1er
    septembre 2022", "… entrará en vigor el 1 de septiembre de 2022")? The writer speaks of the start as still to come,
    so on the status date the text was not yet in force; the date alone cannot say so, since the form gives no status
    date (round twenty-four tr_translated_turkish 16, read in force). A later year is `dated after edition` already;
    "entered into force on 1 March 2022" is past."""
    at, cue = hit
    first = cue[0]
    future = (any(t in FUTURE_AUX for t in toks[max(0, at - AUX_REACH):at])
              or (lang in FUTURE_ENDINGS and first.endswith(FUTURE_ENDINGS[lang])))
    after = toks[at + len(cue):at + len(cue) + DATE_REACH]
    return future and any(YEAR_RE.fullmatch(t) and int(t) == edition for t in after)
