"""A clause's subject read past a fronted adjunct ("Pursuant to its section 64, it will …", "Conforme a su Art. 64, la misma …")."""
from __future__ import annotations

from .reading_clauses import Clause
from .reading_words import cues, starts_at, subject


def own_subject_after_adjunct(cl: Clause) -> list[str]:
    """The clause's subject, past a contrast word that opens it ("Toutefois, …"); when the clause opens on a phrase naming the text a rule comes from (cue kind
    `according`: pursuant to, conformément à, conforme a) closed by a comma, the subject is read after that comma.
    The adjunct says where the rule sits; read as the subject, its "section" or "Art." looked like another text than
    the one the clause is about (round nineteen Y)."""
    toks, commas = cl.toks, cl.commas
    # "Toutefois, aux termes de son article 152, elle …", "However, it will …": a contrast word closed by a comma
    # opens the clause and is no part of its subject (round twenty-three HH)
    if commas and _opens_with(toks, "contrast", commas[0]):
        toks, commas = toks[commas[0]:], [c - commas[0] for c in commas[1:]]
    if commas and commas[0] < len(toks) and _opens_with(toks, "according"):
        return subject(toks[commas[0]:])
    return subject(toks)


def _opens_with(toks: list[str], kind: str, length: int | None = None) -> bool:
    """Do the tokens open on a cue of the kind (of exactly `length` tokens, when given)?"""
    if not toks:
        return False
    c = cues()
    if toks[0] in c.words[kind] and length in (None, 1):
        return True
    return any(starts_at(toks, 0, p) and (length is None or len(p) == length) for p in c.by_first[kind].get(toks[0], ()))
