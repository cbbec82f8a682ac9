"""Whose the matter is, then a later sentence that answers: the referral does not decide.

"The issue is within the competence of the Ministry of Finance. In accordance with the Law … public procurement is
carried out in electronic form through the web-portal": the lead says whose the matter is (a referral when nothing else
is said, `reading_referrals.belongs_alone`), and the next sentence answers the question itself with a text in force or
a service at work. That sentence decides, as the analyst reads it; the referral is only who holds the matter. A later
sentence that is a status or a pointer does not answer, and a later denial or decline keeps the referral.
"""
from __future__ import annotations

from .reading_answer import affirm_evidence
from .reading_clauses import clauses, negated, pending, strip_label

# Only the strongest kinds answer: a body "responsible for" the matter (in place) or a text merely named is what the
# referral already said.
ANSWERING_KINDS = {"in force", "operating"}


def answered_after(sents: list[str]) -> bool:
    """Does a sentence after the first say, unnegated and not pending, that a text is in force or a service works,
    with no later sentence denying or declining ("… El MINTEL no cuenta con información sobre …": then the speaker
    still does not answer, and the referral stands)?"""
    answered = False
    for sentence in sents[1:]:
        sentence = strip_label(sentence)
        mains = [cl for cl in clauses(sentence) if cl.main]
        if any(negated(cl.toks) for cl in mains):
            return False
        if not mains or any(pending(cl.toks, cl.names) for cl in mains):
            continue
        found = affirm_evidence(mains, sentence)
        answered = answered or (found is not None and found[0] in ANSWERING_KINDS)
    return answered
