"""A clause that sends the reader to ask a body for the information ("… that information be obtained from the said Ministries"): a referral."""
from __future__ import annotations

from .reading_clauses import negated
from .reading_words import cues

VERB_REACH = 3   # from the information noun to its verb: "information be requested", "detailed information be obtained"


def information_sought_from(toks: list[str]) -> bool:
    """"(it is recommended) that information be requested from the said institutions", "(il est recommandé) que les
    informations soient obtenues auprès desdits ministères", "(se recomienda) que la información sea solicitada a
    dichas instituciones": an information noun (kind `information`), then within a few words a verb of asking for it
    or getting it (kinds `referral_verb`, `obtain_verb`), then whom from: the speaker sends the reader to another body
    for the answer, a referral (hooked from reading_belongs_then_referral._referral, beside a matter said to belong to
    that body). Negated ("information was not obtained from …") it tells what failed, not a referral: read as before."""
    w = cues().words
    if not toks or "url" in toks or negated(toks):
        return False
    verbs = w["referral_verb"] | w["obtain_verb"]
    for i, t in enumerate(toks):
        if t not in w["information"]:
            continue
        for k in range(i + 1, min(len(toks) - 1, i + 1 + VERB_REACH)):
            if toks[k] in verbs:
                return True   # a verb of asking with words after it: whom to ask
    return False

