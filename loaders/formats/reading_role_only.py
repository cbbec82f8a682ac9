"""An answer naming only who leads or is responsible ("The Ministry … takes the lead in …"), not the thing asked: a doubt."""
from __future__ import annotations

import re

from . import reading_evidence as evidence
from .reading_belongs_then_referral import referral_sentence
from .reading_clauses import clauses, negated, strip_label
from .reading_whom_to_ask import only_whom_to_ask
from .reading_words import cue_at, cues, tokens

NAME_RE = re.compile(r"(?<=\s)[A-Z][\w'’-]*")   # a proper name's word: "All-China Women's Federation", "UNICEF"
HAVE_REACH = 3   # "Does your country have a Chief Information Officer": the verb of having before the body asked


def asks_for_body(question: str) -> bool:
    """Does the question ask whether a body or role exists, or for its name ("Does your country have a Chief
    Information Officer …?", "Please provide name … of the agency in charge of …")? Then a body said responsible
    answers it. "Does the Government provide …?" has the Government as its subject, no body asked for."""
    w = cues().words
    toks = tokens(question)
    if evidence.name_request(question):
        return True
    body = evidence.find(toks, "body")
    return body is not None and any(t in w["having_verb"] or t in w["existential"]
                                    for t in toks[max(0, body[0] - HAVE_REACH):body[0]])


def role_only(sents: list[str]) -> list[str] | None:
    """"The All-China Women's Federation … are responsible for reflecting the opinions of women …", "The Ministry of
    Foreign Affairs takes the lead in coordinating the 2030 Agenda. For relevant information, please refer to …",
    "Le Ministère est chef de file pour …", "La Secretaría asume el liderazgo de …": a first sentence whose every main
    clause, not negated, has a body (by its kind, or a proper name: capitalised words after the first) as subject and says it leads or is responsible (kind `responsible_for`), with no
    address and nothing named in force or operating, then only referrals: who leads is named, not the measure,
    text or service asked about. The clause, or None."""
    if not sents or "url" in tokens(sents[0]):
        return None
    mains = [cl for cl in clauses(strip_label(sents[0])) if cl.main]
    if not mains:
        return None
    names = {m.group(0).casefold() for m in NAME_RE.finditer(sents[0][1:])}   # capitalised after the first letter
    for cl in mains:
        toks = cl.toks
        at = next((i for i in range(1, len(toks)) if cue_at(toks, i, "responsible_for")), None)
        if at is None or negated(toks) or (evidence.find(toks[:at], "body") is None
                                           and not any(t in names for t in toks[1:at])) \
                or any(evidence.find(toks, cls) is not None for cls in ("in_force", "operating")):
            return None
    if not all(referral_sentence(s) or only_whom_to_ask([s]) is not None for s in sents[1:]):
        return None   # a later sentence may answer
    return mains[0].toks
