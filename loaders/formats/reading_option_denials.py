"""A choice question's written option whose own words open by denying it ("Other: Not specified in the Policy"): unknown, flagged."""
from __future__ import annotations

import re

from .reading_words import cues, tokens

FLAG_OPTION_DENIED = "an option whose own words deny it: which option holds?"
# The open option's own label before its value ("Other: …", "Autre : …", "Otro: …"); its words are not the value's.
OTHER_LABEL_RE = re.compile(r"^\s*(?:others?|autres?|otros?|otras?)\b\s*(?:\(.*?\))?\s*[:\-–—]?\s*", re.IGNORECASE)


def option_denied(detail: str, evidence: str | None, answer: str) -> bool:
    """"Other: Not specified in the Policy. Revision is under process.", "Autre : aucune durée fixée par la
    stratégie", "Otro: no se especifica en la Política": the value opens with a denial, so it chooses no option and
    says the period is not given; reading it as the option 'Other' chosen would be a guess (round fifteen
    pk_notified_pipeline 20). A value that opens by stating something and denies only inside it ("Umbrella
    programme; no fixed end date", "es de carácter permanente (no tiene vigencia definida)") names its option and
    stays it."""
    if answer != "no" or evidence is None or not evidence.startswith("negation"):
        return False
    toks = tokens(OTHER_LABEL_RE.sub("", detail, count=1))
    return bool(toks) and toks[0] in cues().words["negator"]
