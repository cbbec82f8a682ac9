"""A text named and applied, then "par ailleurs" / "furthermore" another thing with its own status ("… under Law 2014-024 offences are punished; furthermore, the Strategy is being validated"): the status is the other thing's."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, Weighed, cite
from .reading_clauses import FLAG_MIXED, Reading, negated
from .reading_words import cues, starts_at


def aside_status(w: Weighed, a: Answer, found: tuple[str, tuple[str, ...]] | None, sentence: str) -> Reading | None:
    """The status short of in force stands in a clause that opens on a word setting another matter aside (kind
    `aside_opener`: furthermore, moreover, in addition, separately; par ailleurs, en outre, de plus; además, por
    otra parte, asimismo), and the affirming clause names a text ("Conformément à la loi n° 2014-024 …, les
    infractions … sont réprimées", "Under the Computer Misuse Act 2019, offences are prosecuted"): the text
    answers, the other matter (a strategy being validated, a CERT planned) is more work. Yes, flagged mixed (the
    reviewer sees both). Without the aside word the status decides as before (reading_statuses.status_beside)."""
    cl = w.status_beside
    if cl is None or found is None or negated(w.decider.toks) or not _opens_aside(cl.toks):
        return None
    if not evidence.names_text(w.decider.toks):
        return None
    return Reading("yes", w.flag or FLAG_MIXED, "a text applied, another matter aside pending",
                   cite(found[0], found[1], sentence))


def _opens_aside(toks: list[str]) -> bool:
    c = cues()
    if toks[:1] and toks[0] in c.words["aside_opener"]:
        return True
    return any(starts_at(toks, 0, p) for p in c.by_first["aside_opener"].get(toks[0] if toks else "", ()))
