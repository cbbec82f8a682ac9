"""A text whose entry into force is counted as a lapse from an event ("It enters into force twelve months after publication"): still to come near the edition year."""
from __future__ import annotations

import re

from . import reading_evidence as evidence
from .reading_clauses import clauses, strip_label
from .reading_words import cues, has_cue, tokens

LAPSE_REACH = 10   # "enters into force one hundred and eighty (180) days from the date of publication"
EVENT_REACH = 8    # "months from the day of its official publication", "mois après sa publication au Journal officiel"
YEAR_RE = re.compile(r"(?:19|20)\d\d")
LAPSE_YEARS = 1    # a lapse of months or days runs out within a year of its event
FLAG_LAPSE = "in force a lapse after publication: in force at the status date?"


def counted_from_event(toks: list[str], told: list[str], edition: int | None) -> tuple[str, ...] | None:
    """The words of a commencement counted as a lapse from an event ("enters into force twelve months after
    publication", "entre en vigueur six mois après sa publication", "entra en vigor a los noventa días de su
    publicación"): a commencement word (status class `commencement`, present or future: "enters", "entre", "entra",
    "will enter"), then within reach a unit of time (polarity kind `lapse_unit`: months, days; mois, jours; meses,
    días; not "day" alone, "the day after publication" is at once) and the event it runs from (kind `lapse_event`:
    publication, promulgation). The text is adopted, but in force only once the lapse has run: unless the years
    told up to here (`told`, the sentences read so far) place the event more than a year before the edition, it
    is not known to be in force at the status date. A past commencement ("entered into force six months after
    publication") is no commencement word; a denied one is not read here."""
    hit = evidence.find(toks, "commencement")
    if hit is None:
        return None
    c = cues()
    start = hit[0] + len(hit[1])
    unit = next((i for i in range(start, min(len(toks), start + LAPSE_REACH)) if toks[i] in c.words["lapse_unit"]), None)
    if unit is None:
        return None
    event = next((i for i in range(unit + 1, min(len(toks), unit + 1 + EVENT_REACH))
                  if toks[i] in c.words["lapse_event"]), None)
    if event is None or _lapse_run(told, edition):
        return None
    return tuple(toks[hit[0]:event + 1])


def _lapse_run(told: list[str], edition: int | None) -> bool:
    """Has the lapse plainly run before the edition year: every year told is at least two years before it ("The
    Act, published in 2015, enters into force six months after publication")? No year told: not known."""
    if edition is None:
        return False
    years = [int(y) for s in told for t in tokens(s) for y in YEAR_RE.findall(t) if len(t) == 4 and int(y) <= edition]
    return bool(years) and max(years) + LAPSE_YEARS < edition


def told_to_come(sents: list[str], j: int) -> tuple[str, ...] | None:
    """After the lapse (sentence j), does the answer tell the text's force as still to come: a clause in the future
    tense ("They will require every entity to …"), or a word of the meantime (polarity kind `interim_word`: until
    then, in the meantime; d'ici là, entre-temps; hasta entonces, mientras tanto: "Until then procurement is
    governed by the 1963 Law")? The words that tell it, or None: the reader has no status date of its own, and
    without such words a lapse that may have run by the status date ("enters into force after three months from
    … publication (published 16.04.2022)", a response as at November) leaves the text read as in force, flagged."""
    for i, sentence in enumerate(sents[j:]):
        for cl in clauses(strip_label(sentence)):
            found = evidence.future_tense(cl.toks) if i else None   # the lapse's own sentence is not told again
            if found is not None:
                return found.cue
            if has_cue(cl.toks, "interim_word"):
                return tuple(cl.toks[:4])
    return None
