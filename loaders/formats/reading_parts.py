"""An answer split into labelled parts (by agency, level or technology): one part's status is not another's."""
from __future__ import annotations

import re

from . import reading_evidence as evidence
from .reading_answer import (
    WEAK_KINDS,
    Answer,
    affirm_evidence,
    asked_stems,
    cite,
    stems,
)
from .reading_clauses import (
    FLAG_MIXED,
    FLAG_UNDONE,
    Clause,
    Reading,
    clauses,
    part_label,
    strip_label,
)
from .reading_statuses import (
    evidence_outside,
)
from .reading_words import (
    tokens,
)


def later_decides(a: Answer, k: int, found: tuple[str, tuple[str, ...]], later: tuple[Clause, str]) -> Reading | None:
    """A later status that decides by its place: in another labelled part ("Bappenas: PR 39/2019 – in force.
    Kominfo: SPLP – technical regulation planned 2023."), or outside the text asked about ("Piloto registro público
    (2022). Fuera de la agenda.")."""
    parted = _another_part_pending(a, k, found, later[0])
    if parted is not None:
        return parted
    if evidence_outside(later[0]):
        return Reading("no", FLAG_UNDONE, "placed outside what was asked", later[1])
    return None


def _part_of(a: Answer, k: int) -> str | None:
    """The label of sentence k's part (the first one's was taken off with the answer's label)."""
    return a.label if k == 0 else part_label(a.sents[k])


def _status_sentence(a: Answer, k: int, status: Clause) -> int | None:
    """The index of the sentence after sentence k that holds the status clause."""
    n = len(status.toks)
    for j in range(k + 1, len(a.sents)):
        toks = tokens(strip_label(a.sents[j]))
        if any(toks[i:i + n] == status.toks for i in range(len(toks) - n + 1)):
            return j
    return None


# A named body opening its part with a dash ("BRIN – research and innovation"): on a question asking for names.
NAMED_PART_RE = re.compile(r"^\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+[–—-]\s+\S")


def _another_part_pending(a: Answer, k: int, found: tuple[str, tuple[str, ...]], status: Clause) -> Reading | None:
    """An answer split by parts, each with a label of its own (an agency, a level, a technology: "Bappenas: PR
    39/2019 – in force. Kominfo: SPLP – technical regulation planned 2023.", "Nacional: Ley 3/2018 vigente.
    Estados: en elaboración."): a status short of in force in another part's sentence is that part's, not the
    affirmed one's. The affirmed part answers (yes), flagged mixed only when the pending part names what the
    question asks and the parts affirmed do not. On a question asking for names, a named body's part ("BRIN –
    research and innovation") is its remit, no status of the names given before it."""
    j = _status_sentence(a, k, status)
    if j is None:
        return None
    own, other = _part_of(a, k), part_label(a.sents[j])
    named = evidence.name_request(a.topic) and NAMED_PART_RE.match(a.sents[j]) is not None
    if not named and (own is None or other is None or other == own):
        return None
    affirmed = [t for sentence in a.sents[k:j] for t in tokens(sentence)]
    asked = asked_stems(a.topic)
    # a part that only names (a field "Accounts: Twitter and Facebook") beside another's status is mixed, as fields are
    weak = found[0] in WEAK_KINDS and not named and not evidence.COVERAGE.get()   # on names or mentions, naming answers
    flag = FLAG_MIXED if weak or (asked & stems(tokens(a.sents[j])) and not asked & stems(affirmed)) \
        else None
    return Reading("yes", flag, "one part affirmed, another part's status beside it", cite(found[0], found[1],
                                                                                          a.sents[k]))


def other_part_in_force(a: Answer, k: int) -> Reading | None:
    """An answer split by labelled parts whose part k denies or is short of in force, and a later part with a label of
    its own names something in force or operating ("AI: no regulation. Blockchain: Bappebti Regulation 5/2019 – in
    force.", "Fédéral : aucune loi. Québec : la Loi 25 est en vigueur."): in force for one part, yes, flagged mixed."""
    own = _part_of(a, k)
    if own is None:
        return None
    for sentence in a.sents[k + 1:]:
        other = part_label(sentence)
        if other is None or other == own:
            continue
        body = strip_label(sentence)
        found = affirm_evidence([cl for cl in clauses(body) if cl.main], body)
        if found is not None and found[0] in {"in force", "operating"}:
            return Reading("yes", FLAG_MIXED, "one part denied, another part in force", cite(found[0], found[1],
                                                                                            sentence))
    return None
