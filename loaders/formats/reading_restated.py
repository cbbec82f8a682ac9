"""A restated question, then what the thing really is: the status of the instrument named after "namely", "in the form of".

Some respondents open every answer by restating the question's words as a sentence, then say what the thing is:
"Botswana has legislation on digital identity in the form of the National Registration (Amendment) Bill, 2022, …",
"An open government data portal has been developed, namely the Botswana Open Data Portal, which is currently being
piloted …", "The Government has a measure in regulatory sandboxes, in that the Bank … has issued a draft Regulatory
Sandbox Framework", "There is a specific post-COVID-19 digital strategy, the Digital Recovery Framework 2022-2025,
which … was submitted for consideration by Cabinet". The restated words affirm whatever was asked; the part after a
specifier (polarity kind `specifier`: namely, in the form of, in that; à savoir, sous la forme de; a saber, en forma
de) or after an apposition naming a title says what exists. When that part names a draft (a bill, a draft, un projet
de loi, un anteproyecto) or its relative clause gives a status short of in force, the status decides: `no`.
A named instrument in force ("…, namely the Data Protection Act 2018, which entered into force in 2021") leaves the yes.
"""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer
from .reading_clauses import Reading, clauses, mask_idioms, negated, strip_label, title_words
from .reading_words import cues, starts_at, tokens

# Prepositions after which a draft is the object of something else ("comments on draft rules", "support for the
# bill"), not what the specified part names.
OBJECT_OF = {"on", "about", "for", "of", "to", "with", "under", "by", "sur", "de", "du", "des", "pour", "par",
             "sobre", "del", "para", "por", "con"}
APPOSITION_OPENERS = {"the", "le", "la", "l", "el"}   # ", the Digital Recovery Framework 2022-2025, which …"
TITLE_REACH = 4       # the title's capitalised words right after the apposition's article


def specified_status(a: Answer, k: int) -> Reading | None:
    """Sentence k affirms by restating the question, then names what the thing is: when that names a draft or gives
    it a status short of in force (in its relative clause), the answer is `no`; otherwise None."""
    sentence = strip_label(a.sents[k])
    toks = tokens(sentence)
    at = _specifier_end(toks, sentence)
    if at is None:
        return None
    found = _draft_named(toks[at:]) or _relative_status(sentence, toks, at, a.edition)
    if found is None:
        return None
    return Reading("no", None, "restated, then what it is", found.describe(a.text))


def _specifier_end(toks: list[str], sentence: str) -> int | None:
    """Where the specified part starts: after a specifier cue, or at an apposition's article (", the <Title> …"),
    in both cases after a clause with a verb of its own (the restatement)."""
    c = cues()
    for i in range(2, len(toks)):
        hit = next((p for p in c.by_first["specifier"].get(toks[i], ()) if starts_at(toks, i, p)), None)
        length = len(hit) if hit else (1 if toks[i] in c.words["specifier"] else 0)
        if length and _restated(toks[:i]):
            return i + length
    names = title_words(sentence)
    for i, t in enumerate(toks[:-2]):
        if t == "," and toks[i + 1] in APPOSITION_OPENERS and any(w in names for w in toks[i + 2:i + 2 + TITLE_REACH]):
            return i + 1 if _restated(toks[:i]) else None
        if t == ",":
            return None   # only the first comma may open an apposition of the restated thing
    return None


def _restated(before: list[str]) -> bool:
    """A clause with a verb of its own before the specifier, not itself negated ("Botswana has legislation …")."""
    return (evidence.finite_verb(before) is not None or any(t in cues().words["auxiliary"] for t in before)) and not (
        negated(before))


def _draft_named(part: list[str]) -> evidence.Evidence | None:
    """A draft named in the specified part, before its relative clause, not as the object of a preposition ("in the
    form of the National Registration (Amendment) Bill", "in that the Bank has issued a draft Framework")."""
    c = cues()
    stop = c.words["relative"] - {"that"}
    for j, t in enumerate(part):
        if t in stop or t == ";":
            return None
        drafted = t in c.words["draft_noun"] or any(starts_at(part, j, p) for p in c.by_first["draft_noun"].get(t, ()))
        if drafted and (j == 0 or part[j - 1] not in OBJECT_OF):
            return evidence.Evidence("status draft", (t,))
    return None


def _relative_status(sentence: str, toks: list[str], at: int, edition: int | None) -> evidence.Evidence | None:
    """A relative clause after the specified part's start that gives a status short of in force ("…, which is
    currently being piloted …", "…, which … was submitted for consideration by Cabinet", "…, qui est en cours de
    validation", "…, que se encuentra en consulta")."""
    flat = [t for t in toks if t != ","]
    start = len([t for t in toks[:at] if t != ","])
    rel = cues().words["relative"]
    for cl in clauses(sentence):
        if cl.main or not cl.toks or cl.toks[0] not in rel or _position(flat, cl.toks) < start:
            continue
        masked = mask_idioms(cl.toks)
        if negated(masked):
            continue   # a relative that denies what the instrument does is another rule's ("which are silent on …")
        found = evidence.denial(masked, edition, cl.names)
        if found is not None:
            return found
    return None


def _position(flat: list[str], part: list[str]) -> int:
    n = len(part)
    return next((i for i in range(len(flat) - n + 1) if flat[i:i + n] == part), -1)
