""""Not with NCIT. Please check with the Ministry of …": the matter said not to be with the speaker, then sent on; a decline."""
from __future__ import annotations

from .reading_clauses import clauses
from .reading_evidence import classes
from .reading_whom_to_ask import only_whom_to_ask
from .reading_words import cues, starts_at, tokens

NAME_REACH = 6   # the holder's name after the preposition: "Not with NCIT", "Pas chez la Direction du Budget"


def not_held_here(toks: list[str]) -> bool:
    """"Not with NCIT", "Not with this Agency", "Pas chez nous", "No está en manos de esta Oficina": a verbless clause, a
    negator then a preposition of holding (kind `held_with`: with, chez, auprès de, en manos de) and a short name,
    nothing else: whose the matter is not, said of the speaker. Alone it denies nothing that was asked."""
    w = cues().words
    words = [t for t in toks if any(ch.isalnum() for ch in t)]
    k = 0
    while k < len(words) and words[k] in classes().words["anaphor"]:
        k += 1   # "This is not with BZK", "Cela n'est pas chez nous": the matter as a pronoun (after round twenty-seven PP)
    while k < len(words) and (words[k] in w["negator"] or words[k] in w["auxiliary"]):
        k += 1
    if not any(t in w["negator"] for t in words[:k]) or k >= len(words):
        return False
    n = max([len(p) for p in cues().by_first["held_with"].get(words[k], ()) if starts_at(words, k, p)]
            + [1 if words[k] in w["held_with"] else 0])
    rest = words[k + n:]
    return bool(n) and 0 < len(rest) <= NAME_REACH and not any(
        (t in w["auxiliary"] and t not in w["deictic"]) or t in w["negator"] for t in rest)   # "esta Oficina": "esta" is also "está"


def not_here_then_elsewhere(sents: list[str], is_decline) -> list[str] | None:
    """A first sentence that only says the matter is not with the speaker (not_held_here), then sentences that each
    send the reader on (a decline or a referral: "Please check with the Ministry of …", "… should be contacted"): a
    referral, unknown. The first sentence's words, or None. "Not with NCIT. The portal was launched in 2019." keeps
    its reading: the later sentence answers."""
    if len(sents) < 2:
        return None
    first = [cl for cl in clauses(sents[0]) if cl.main] or clauses(sents[0])
    if not first or not all(not_held_here(cl.toks) for cl in first):
        return None
    for s in sents[1:]:
        if only_whom_to_ask([s]) is None and not any(is_decline(cl.toks) for cl in clauses(s)):
            return None
    return tokens(sents[0])
