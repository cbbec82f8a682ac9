"""A text named and applied, then "par ailleurs" / "furthermore" another thing with its own status ("… under Law 2014-024 offences are punished; furthermore, the Strategy is being validated"): the status is the other thing's."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, Weighed, cite
from .reading_clauses import FLAG_MIXED, Clause, Reading, negated
from .reading_words import cues, starts_at, subject, tokens


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


# What the named thing's own address or being in use makes more than a name: a later aside is then another matter.
ASIDE_AFTER_KINDS = {"link", "operating", "in place", "in force"}
# Words that take up the thing just named ("In addition, it is being extended …"): the same thing, not another.
TAKEN_UP = {"it", "this", "its", "these", "they", "il", "elle", "ils", "elles", "celui-ci", "celle-ci", "este", "esta",
            "estos", "estas", "ello"}


def aside_after(a: Answer, k: int, found: tuple[str, tuple[str, ...]] | None,
                later: tuple[Clause, str] | None) -> Reading | None:
    """The same shape told in the next sentence (round twenty-one CC): a thing given with its address or said in
    use ("Portal X (https://…).", "Le portail Y est en ligne (https://…)."), then a sentence opening on an aside
    word with a subject of its own ("In addition, the Service Mall … is in the pilot phase in 8 cities", "En outre,
    la plateforme Z est en phase pilote", "Además, el Centro de Servicios … está en fase piloto"): the status is the
    other thing's, the first answers. Yes, flagged mixed. A later sentence taking the thing up ("In addition, it is
    being piloted …") or with no aside word stays the status of what was named (reading_statuses.later_status)."""
    if later is None or found is None or not (found[0] in ASIDE_AFTER_KINDS or "url" in tokens(a.sents[k])):
        return None
    j = next((i for i in range(k + 1, len(a.sents)) if later[1] and _holds(a.sents[i], later[0])), None)
    if j is None:
        return None
    toks = tokens(a.sents[j])
    if not _opens_aside(toks):
        return None
    rest = toks[_aside_length(toks):]
    rest = rest[1:] if rest[:1] == [","] else rest
    own = subject(rest)
    if not own or own[0] in TAKEN_UP:
        return None
    return Reading("yes", FLAG_MIXED, "a thing given, another aside with its own status",
                   cite(found[0], found[1], a.sents[k]))


def _holds(sentence: str, cl: Clause) -> bool:
    """Does the sentence hold the clause's words in a row (its commas aside)?"""
    toks = [t for t in tokens(sentence) if t not in {",", ";", ":"}]
    n = len(cl.toks)
    return any(toks[i:i + n] == cl.toks for i in range(len(toks) - n + 1)) if n else False


def _aside_length(toks: list[str]) -> int:
    c = cues()
    for p in c.by_first["aside_opener"].get(toks[0] if toks else "", ()):
        if starts_at(toks, 0, p):
            return len(p)
    return 1


def _opens_aside(toks: list[str]) -> bool:
    c = cues()
    if toks[:1] and toks[0] in c.words["aside_opener"]:
        return True
    return any(starts_at(toks, 0, p) for p in c.by_first["aside_opener"].get(toks[0] if toks else "", ()))
