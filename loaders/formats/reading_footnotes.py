"""An answer carrying footnotes ("Yes [footnote: …]"): its own words and its notes read apart, then weighed together."""
from __future__ import annotations

from typing import Callable

from . import footnotes
from . import reading_evidence as evidence
from .reading_answer import WEAK_KINDS, Answer, denial_evidence
from .reading_clauses import (
    FLAG_MIXED,
    FLAG_UNDONE,
    FLAG_YES_UNDONE,
    Clause,
    Reading,
    clauses,
    negated,
    pending,
    strip_label,
)
from .reading_words import cues, sentences, starts_at, subject, tokens

SENTENCE_END = (".", "!", "?")


def footnoted(text: str, topic: str, edition: int | None, read_whole: Callable[[str], Reading]) -> Reading | None:
    """The reading of an answer whose footnotes the layout attached (loaders/formats/footnotes.py), or None when it
    carries none. `read_whole(text)` reads a text as a whole answer to the same question.

    A note is a remark on the word that carries its marker, printed apart: "Yes⁵" with "⁵ Post created in 2021;
    not yet filled" is "Yes. Remarks: post created, not yet filled". So the answer's own words are read without the
    notes, the notes on their own, and a note that reads no takes a Yes (or a bare link or name) back: no, flagged,
    as a typed Yes whose remark gives a status short of in force. A note that reads yes leaves the answer as its
    own words read, with the note's doubt (a measure in force in part). A note that only gives a source ("Source:
    MICT, Directorate of …") adds nothing. A typed "Partially" whose note says how is a mixed yes, flagged, as an
    answer opening "Partly: …" is. A typed No keeps its No: the note tells why.

    After a typed Yes, a link or a name (words that do not affirm by themselves what is in place), any main clause
    of the note that denies or gives a status short of in force takes the answer back, not only the note's first
    ("Post … created in the revised establishment (2021); not yet filled", "… Chapter 3 (advanced electronic
    signatures). Chapter 3 has not yet been brought into operation"): a note qualifies the word it hangs on. A clause
    about another part or the rest ("the remaining 5 regions from 2023/24") makes the answer mixed instead."""
    own_text, notes = footnotes.split(text)
    if not notes:
        return None
    said = [n if n.endswith(SENTENCE_END) else n + "." for n in notes if n and not _source_only(n)]
    own = read_whole(own_text) if own_text else Reading("unknown", None, "blank")
    if not said:
        return own
    note = read_whole(" ".join(said))
    if own.answer == "no":
        return own
    partial = _partial_word(own_text)
    if partial is not None and note.answer in {"yes", "no"}:
        found = note.evidence if note.answer == "yes" else evidence.Evidence("in place", partial).describe(own_text)
        return Reading("yes", FLAG_MIXED, "in part, a footnote says how", found)
    if own.answer != "yes":
        return own   # "Not known¹": the note's words do not answer for the respondent
    kind = (own.evidence or "").split(":", 1)[0]
    typed = kind == "explicit yes"
    noted = " ".join(said)
    back, other = _taken_back(noted, edition) if typed or kind in WEAK_KINDS else (None, False)
    if note.answer == "no" or back is not None:
        found = note.evidence if note.answer == "no" else back
        return Reading("no", FLAG_YES_UNDONE if typed else FLAG_UNDONE, "a footnote takes the answer back", found)
    flag = own.flag or (note.flag if note.answer == "yes" else None) or (FLAG_MIXED if other else None)
    return Reading("yes", flag, own.rule, own.evidence)


def _taken_back(note: str, edition: int | None) -> tuple[str | None, bool]:
    """The evidence of the first main clause of the note that denies or gives a status short of in force, not
    about another part or the rest; and whether a clause about another part did."""
    other = False
    for s in sentences(note):
        own = strip_label(s)
        cls = clauses(own)
        for cl in cls:
            if not cl.main or not (negated(cl.toks) or pending(cl.toks, cl.names)
                                   or evidence.dated_after(cl.toks, edition) is not None):
                continue
            if _other_part(cl):
                other = True
                continue
            return denial_evidence(cl, Answer(note, "", edition, [own], cls)), other
    return None, other


def _other_part(cl: Clause) -> bool:
    """A clause about another part, the rest or an implementing text ("the remaining regions from 2023/24",
    "Chapter 3 has not yet been brought into operation", "its regulations are being drafted")."""
    return (evidence.extends(cl.toks) or evidence.find(subject(cl.toks), "part") is not None
            or evidence.secondary_subject(cl.toks))


def _source_only(note: str) -> bool:
    """A note that opens on a source label ("Source: MICT, Directorate of International Relations.", "Fuente :
    INE", kind `source_label`): where the facts come from, nothing about the answer."""
    toks = tokens(note)
    return len(toks) > 1 and toks[0] in cues().words["source_label"] and toks[1] == ":"


def _partial_word(own_text: str) -> tuple[str, ...] | None:
    """The answer's own words when they are only a word of "in part" ("Partially", "En partie", "Parcialmente";
    kind `partial_opener`), or None."""
    toks = [t for t in tokens(own_text) if t not in {",", ";", ":"}]
    c = cues()
    if len(toks) == 1 and toks[0] in c.words["partial_opener"]:
        return tuple(toks)
    hit = next((p for p in c.by_first["partial_opener"].get(toks[0] if toks else "", ()) if starts_at(toks, 0, p)),
               None)
    return hit if hit is not None and len(hit) == len(toks) else None
