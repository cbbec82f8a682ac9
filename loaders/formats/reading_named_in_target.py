"""An answer that names a thing and points to another answer in brackets ("Drones for medical supply delivery (see response to 18)"), where that answer reads no but one of its sentences says the thing named is in place."""
from __future__ import annotations

import re

from . import reading_evidence as evidence
from . import reading_references as references
from .reading_clauses import STOP, clauses, negated, pending
from .reading_stages_reached import AND
from .reading_words import sentences, stem, tokens

BRACKET_RE = re.compile(r"\(([^()]*)\)")
MIN_NAMED = 2    # "Drones for medical supply delivery": a thing named, not a pointer alone
SHORT = 3        # function words of any language are no shared thing
STRONG = {"in force", "operating", "in place"}


def named_there(detail: str, target: str) -> str | None:
    """The answer names a thing in its own words and points to another answer in brackets only ("Drones for
    medical supply delivery (see response to 18).", "Drones de livraison (voir réponse 18)"). The answer pointed to
    may read no on its own question ("Not yet. The AI policy is pending. The use of drones is governed by the 2019
    regulations …"), but what this answer names is said there, in a clause neither denied nor pending, to be in
    force, operating or in place: that clause's evidence, for a yes flagged `a reference, and words of its own that
    read otherwise`; else None (the reference decides, as before). Read in the target's language (the caller's)."""
    own = BRACKET_RE.sub(lambda m: " " if references.is_pointer(m.group(1).strip()) else m.group(0), detail)
    if own == detail or negated(tokens(own)):
        return None   # "Non au niveau fédéral (cf. Q34).": the answer's own words deny
    named = {stem(t) for t in tokens(own) if t.isalpha() and len(t) > SHORT and t not in STOP}
    if len(named) < MIN_NAMED:
        return None
    for sentence in sentences(target):
        for cl in clauses(sentence):
            for part in _joined_parts(cl.toks):   # "… drones is governed by …, and RURA has assigned … for 5G trials"
                if not named & {stem(t) for t in part if t.isalpha() and len(t) > SHORT}:
                    continue
                if negated(part) or pending(part, cl.names):
                    continue
                found = evidence.affirmation(part, sentence)
                if found is not None and found.kind in STRONG:
                    return found.describe(sentence)
    return None


def _joined_parts(toks: list[str]) -> list[list[str]]:
    """A clause cut at and/et/y: what is said of the thing named, apart from what is said of another beside it."""
    parts, cur = [], []
    for t in toks:
        if t in AND and cur:
            parts.append(cur)
            cur = []
        else:
            cur.append(t)
    return parts + [cur] if cur else parts
