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
from .reading_clauses import FLAG_BEING_WRITTEN, STOP, Reading, mask_idioms, negated, pending, strip_label, title_words
from .reading_words import cues, starts_at, subject, tokens

# Prepositions after which a draft is the object of something else ("comments on draft rules", "support for the
# bill"), not what the specified part names.
OBJECT_OF = {"on", "about", "for", "of", "to", "with", "under", "by", "sur", "de", "du", "des", "pour", "par",
             "sobre", "del", "para", "por", "con"}
APPOSITION_OPENERS = {"the", "le", "la", "l", "el"}   # ", the Digital Recovery Framework 2022-2025, which …"
TITLE_REACH = 4       # the title's capitalised words right after the apposition's article
# Relative pronouns the cue tables leave out because they are conjunctions too ("que", "qui"): after the name in the
# specified part, they open its relative clause ("…, que se encuentra en consulta pública").
NAME_RELATIVES = {"que", "qui", "dont"}


def specified_status(a: Answer, k: int) -> Reading | None:
    """Sentence k affirms by restating the question, then names what the thing is: when that names a draft or gives
    it a status short of in force (in its relative clause), the answer is `no`; otherwise None."""
    sentence = strip_label(a.sents[k])
    toks = tokens(sentence)
    at = _specifier_end(toks, sentence)
    if at is None:
        return None
    end = _specified_end(toks, at)
    found = (_draft_named(toks[at:end]) or _relative_status(toks[:end], at, a.edition, title_words(sentence))
             or _status_later(a, k, toks[at:end]))
    if found is None:
        return None
    # On what a text refers to ("The strategy makes reference to a digital-first principle, in that it provides for a
    # … Standard … The Standard is to be developed in 2023"), the reference may be what was asked: flagged.
    flag = FLAG_BEING_WRITTEN if evidence.COVERAGE.get() else None
    return Reading("no", flag, "restated, then what it is", found.describe(a.text))


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


COORDINATORS = {"and", "et", "y", "e"}   # ", and a Critical Infrastructure Bill is being drafted": another thing


def _specified_end(toks: list[str], at: int) -> int:
    """Where the specified part ends: at a semicolon, or where ", and" opens another thing than its relative clause
    ("namely the Cybercrime Act 2018, and a Critical Infrastructure Bill is being drafted"; not "…, and which has been
    gazetted …")."""
    rel = cues().words["relative"] | NAME_RELATIVES
    for i in range(at, len(toks)):
        if toks[i] == ";" or (toks[i] == "," and toks[i + 1:i + 2] and toks[i + 1] in COORDINATORS
                              and toks[i + 2:i + 3] and toks[i + 2] not in rel):
            return i
    return len(toks)


def _draft_named(part: list[str]) -> evidence.Evidence | None:
    """A draft named in the specified part, in its name (up to the first comma or relative clause), not as the object
    of a preposition ("in the form of the National Registration (Amendment) Bill", "in that the Bank has issued a draft
    Framework")."""
    c = cues()
    stop = c.words["relative"] - {"that"}
    for j, t in enumerate(part):
        if t in stop or (t == "," and j):
            return None
        drafted = t in c.words["draft_noun"] or any(starts_at(part, j, p) for p in c.by_first["draft_noun"].get(t, ()))
        if drafted and (j == 0 or part[j - 1] not in OBJECT_OF):
            return evidence.Evidence("status draft", (t,))
    return None


def _relative_status(toks: list[str], at: int, edition: int | None, names: frozenset[str]) -> evidence.Evidence | None:
    """A relative clause in the specified part that gives a status short of in force ("…, which is currently being
    piloted …", "…, which … was submitted for consideration by Cabinet", "…, qui est en cours de validation", "…, que
    se encuentra en consulta pública"): from its pronoun to the next one."""
    rel = cues().words["relative"] | NAME_RELATIVES
    # "…, under which every new service would be designed …": a relative after a preposition says what happens under
    # the thing, not its status
    starts = [i for i in range(at, len(toks)) if toks[i] in rel and toks[i - 1] not in OBJECT_OF] + [len(toks)]
    for i, j in zip(starts, starts[1:]):
        part = mask_idioms([t for t in toks[i:j] if t not in {";"}])
        if negated(part):
            continue   # a relative that denies what the instrument does is another rule's ("which are silent on …")
        found = evidence.denial(part, edition, names)
        if found is not None:
            return found
    return None


SUBJECT_WORD = 4   # "The Framework will be published …": a word of the named title, not "the", "it"


def _status_later(a: Answer, k: int, part: list[str]) -> evidence.Evidence | None:
    """The next sentence whose subject names the specified thing again ("The Framework will be published once Cabinet
    approval is obtained.", "The Standard is to be developed … during 2023.") and gives it a status short of in force."""
    named = {t for t in part if t.isalpha() and len(t) >= SUBJECT_WORD and t not in STOP}
    for sentence in a.sents[k + 1:k + 2]:
        toks = mask_idioms(tokens(strip_label(sentence)))
        if not named & set(subject(toks)) or negated(toks):
            continue
        # the sentence is about the named thing itself: its date is its status, also on what a text refers to
        token = evidence.COVERAGE.set(False)
        try:
            found = evidence.denial(toks, a.edition)
        finally:
            evidence.COVERAGE.reset(token)
        if found is not None:
            return found
        if pending(toks):
            return evidence.Evidence("status planned", tuple(subject(toks)))
    return None
