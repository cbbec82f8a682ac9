"""A federal spread ("each State and Territory has its own … legislation") told after a national instrument in force:
the national one answers, the spread is not the thing "handled otherwise".

Round thirteen (J): "Finding 9: Implemented. The Official Records Access Act 1982 (Cth) provides a legally enforceable
right of access … Each State and Territory has its own freedom-of-information … legislation." was read no, unflagged,
as handled otherwise by each body. Each level having its own law beside a national law in force is the law at every
level, not its absence. Without a national instrument named before it ("Implemented. Each State has its own Act.")
the spread still reads no, now flagged as every no read as "handled otherwise" is.
"""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, strongly_affirms
from .reading_clauses import FLAG_OTHERWISE, Clause, clauses, mask_idioms, strip_label

# A clause of fewer words names nothing national: "Implemented.", "En vigor." (a rating, not an instrument).
NAMED_WORDS = 3


def spread(status: Clause) -> bool:
    """"each State has its own Act", "chaque province a sa propre loi", "cada región tiene su propia ley": a body of
    each level (class `each_body`) with its own (class `own_way`) after it."""
    toks = mask_idioms(status.toks)
    hit = evidence.find(toks, "each_body")
    return hit is not None and evidence.find(toks, "own_way", hit[0] + len(hit[1])) is not None


def national_beside(a: Answer, k: int, status: Clause) -> bool:
    """Is `status` a federal spread told after a main clause, from sentence k on, naming an instrument in force,
    a service operating or a body in place ("The … Act 1982 (Cth) provides a legally enforceable right …")?"""
    if not spread(status):
        return False
    for sentence in a.sents[k:]:
        mains = [cl for cl in clauses(strip_label(sentence)) if cl.main]
        if any(cl.toks == status.toks for cl in mains):
            return False   # the spread reached first: nothing national named before it
        if any(strongly_affirms(cl) and len([t for t in cl.toks if t.isalpha()]) >= NAMED_WORDS for cl in mains):
            return True   # not a bare rating ("Implemented."): something named in force
    return False


def unless_national(a: Answer, k: int, later: tuple[Clause, str] | None) -> tuple[Clause, str] | None:
    """A later status as found (reading_statuses.later_status), or None when it is a federal spread beside a
    national instrument in force."""
    return None if later is not None and national_beside(a, k, later[0]) else later


def otherwise_flag(status: Clause) -> str | None:
    """A later federal spread read as no is flagged "handled otherwise": whether each level's own law counts
    depends on the question."""
    return FLAG_OTHERWISE if spread(status) else None
