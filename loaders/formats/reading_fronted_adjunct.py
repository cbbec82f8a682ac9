"""A clause's subject read past a fronted adjunct ("Pursuant to its section 64, it will …", "Conforme a su Art. 64, la misma …")."""
from __future__ import annotations

from .reading_clauses import Clause
from .reading_words import cues, starts_at, subject


def own_subject_after_adjunct(cl: Clause) -> list[str]:
    """The clause's subject; when the clause opens on a phrase naming the text a rule comes from (cue kind
    `according`: pursuant to, conformément à, conforme a) closed by a comma, the subject is read after that comma.
    The adjunct says where the rule sits; read as the subject, its "section" or "Art." looked like another text than
    the one the clause is about (round nineteen Y)."""
    opens = cl.toks[:1] and any(starts_at(cl.toks, 0, p) for p in cues().by_first["according"].get(cl.toks[0], ()))
    if opens and cl.commas and cl.commas[0] < len(cl.toks):
        return subject(cl.toks[cl.commas[0]:])
    return subject(cl.toks)
