"""An answer given part by part, each part opened by its own yes or no ("(i) Yes - …. (ii), (iii) no."): one yes part is a yes."""
from __future__ import annotations

import re

from .reading_answer import Answer, cite
from .reading_clauses import Reading
from .reading_words import cues, tokens

FLAG_PARTS = "answered part by part: yes for one part, no for another"

# A part's marker: "(i)", "ii)", "(b)", "c)" at the start or after a space or a stop (not "Article 5(a)")
MARKER_RE = re.compile(r"(?:^|(?<=[\s.;,:]))\(?(?:i{1,3}|iv|vi{0,3}|ix|x|[a-e])\)", re.IGNORECASE)
LEAD_RE = re.compile(r"^[\s,;:.\-–—]*")   # what joins a marker to the next ("(ii), (iii) no"): no word of its own


def part_answers(a: Answer) -> Reading | None:
    """"(i) Yes - on Facebook and Twitter. (ii), (iii) no.", "a) Oui, sur le portail ; b) non.", "(i) Sí, en
    Facebook. (ii) No.": the answer opens on a part's marker, and at least two parts each open on the language's yes
    or no word (kinds `explicit_yes`, `explicit_no`). Why: a question asked in sub-parts ("(i) e-information; (ii)
    e-consultation; and/or (iii) e-decision-making") is met by any part said yes; the first-clause reading took the
    last part's "no". One part yes and another no: yes, naming the yes part, flagged for a reviewer (the question may
    want every part); every part yes: yes; every part no: None, the usual reading decides. Otherwise None."""
    m = MARKER_RE.match(a.text.lstrip())
    if m is None:
        return None
    w = cues().words
    said: list[tuple[str, str]] = []   # (marker, the part's yes or no word)
    for part in _parts(a.text.lstrip()):
        marker, rest = part
        first = tokens(LEAD_RE.sub("", rest))[:1]
        if not first:
            continue   # "(ii), (iii) no": the marker shares the next part's word
        if first[0] in w["explicit_yes"]:
            said.append((marker, first[0]))
        elif first[0] in w["explicit_no"]:
            said.append((marker, first[0]))
        else:
            return None   # a part that opens on its own words: the usual reading weighs it
    yes = [s for s in said if s[1] in w["explicit_yes"]]
    if len(said) < 2 or not yes:
        return None
    flag = None if len(yes) == len(said) else FLAG_PARTS   # every part yes: a sure yes
    return Reading("yes", flag, "explicit yes", cite("explicit yes", tuple(tokens(yes[0][1])), a.text))


def _parts(text: str) -> list[tuple[str, str]]:
    """The answer cut at each marker: (marker, the words up to the next marker)."""
    found = list(MARKER_RE.finditer(text))
    return [(m.group(0), text[m.end():found[k + 1].start() if k + 1 < len(found) else len(text)])
            for k, m in enumerate(found)]
