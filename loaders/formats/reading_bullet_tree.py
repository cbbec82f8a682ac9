"""A top bullet that denies one form ("• No Ministry of Justice") and sub-bullets that name what does the work ("◦ Legal Affairs Division (BHEUU) – https://…"): yes, flagged."""
from __future__ import annotations

import re
from typing import Callable

from .reading_clauses import FLAG_LATER_AFFIRMS, Reading, negated
from .reading_words import cues, tokens

TOP_RE = re.compile(r"^\s*[•●*]\s+")
SUB_RE = re.compile(r"^\s*[◦▪○]\s+")
SHORT_TOP = 6   # "• No formal alignment", "• No Ministry of Justice": the situation in a few words


def sub_bullets_affirm(text: str, whole: Reading, question: str, edition: int | None,
                       read: Callable[..., Reading]) -> Reading | None:
    """The answer is one top bullet ("•") of a few words that reads `no`, with sub-bullets ("◦", "▪", "○") under
    it; a sub-bullet read alone names something in place ("◦ Legal Affairs Division (BHEUU), JPM – https://…",
    "◦ however: Annex C of the plan lists the State plans"). The top bullet denies one form (a ministry by that
    name, a formal alignment); the sub-bullets say what does it: yes, flagged, the reviewer decides whether that
    counts. A sub-bullet opening on a contrast word ("however:", "cependant :", "sin embargo:") is preferred as the
    evidence. A sub-bullet that reads no itself, unflagged ("◦ the plan contains no SDG mapping", "◦ a bill is being
    drafted"), keeps the denial; a bare "• No" is the answer, and a top bullet that gives a status ("• Being introduced") is no
    denial of a form."""
    if whole.answer != "no" or whole.flag is not None:
        return None
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 2 or not TOP_RE.match(lines[0]) or not all(SUB_RE.match(ln) for ln in lines[1:]):
        return None
    top = TOP_RE.sub("", lines[0])
    words = [t for t in tokens(top) if t.isalpha()]
    if not 1 < len(words) <= SHORT_TOP or not negated(tokens(top)) or read(top, question, edition=edition).answer != "no":
        return None   # a bare "• No" is the answer itself; "• Being introduced" is a status, not a denial
    contrast = cues().words["contrast"]
    subs = [SUB_RE.sub("", ln) for ln in lines[1:]]
    readings = [(sub, read(sub, question, edition=edition)) for sub in subs]
    if any(got.answer == "no" and got.flag is None for _, got in readings):
        return None   # "◦ PSDTP contains no SDG mapping", "◦ not a policy": a sub-bullet keeps the denial (a doubtful
        # no, "◦ the States have their own plans, prepared independently", handled otherwise, does not)
    readings.sort(key=lambda r: (tokens(r[0])[:1] and tokens(r[0])[0]) not in contrast)   # "however: …" first
    for _, got in readings:
        if got.answer == "yes":
            return Reading("yes", FLAG_LATER_AFFIRMS, "a top bullet denies, a sub-bullet names what does it",
                           got.evidence)
    return None
