"""What the answer says it does not list here ("Regional portals are not listed here; it is for each region …"): a decline."""
from __future__ import annotations

from .reading_belongs_then_referral import _belongs_at
from .reading_clauses import clauses, negated, strip_label
from .reading_words import cue_at, cues, tokens

HERE_REACH = 3   # from the verb of listing to the place: "not listed here", "ne sont pas énumérés ici", "no se relacionan aquí"


def listed_not_here(toks: list[str]) -> bool:
    """"Regional portals are not listed here", "Les portails locaux ne sont pas énumérés ici", "Los portales locales no
    se relacionan aquí": a negated clause whose negation bears on a verb of listing or giving (kind `listing_verb`) that
    the clause ends on, with the answer itself as the place (kind `here_word`: here, ici, aquí) close after: the
    speaker leaves them out of this answer, which denies nothing about whether they exist. "No portal is listed here
    because none exists" goes on with its reason, and "Portals are not listed here but at https://…" names a place:
    both keep their reading."""
    w = cues().words
    if not negated(toks):
        return False
    words = [t for t in toks if any(ch.isalnum() for ch in t)]
    neg = next((i for i, t in enumerate(words) if t in w["negator"]), None)
    if neg is None or any(t in w["existential"] for t in words[:neg + 1]) or "url" in words:
        return False
    verb = next((i for i in range(neg + 1, min(len(words), neg + 4)) if words[i] in w["listing_verb"]), None)
    if verb is None:
        return False
    for k in range(verb + 1, min(len(words), verb + 1 + HERE_REACH)):
        n = cue_at(words, k, "here_word")
        if n and k + n == len(words):
            return True
    return False


def not_listed_here(sents: list[str], is_decline) -> list[str] | None:
    """Every main clause of the answer either leaves the thing out of this answer (listed_not_here), says whose the
    matter is (kind `belongs_to`, not negated: "corresponde a cada comunidad autónoma facilitar esa información") or
    declines (`is_decline`), one at least leaving it out: unknown, a decline to be flagged. The first such clause's
    words, or None."""
    found = None
    for s in sents:
        if any(not c.main and negated(c.toks) for c in clauses(strip_label(s))):
            return None   # "… not listed here because none exists": the reason denies
        for cl in [c for c in clauses(strip_label(s)) if c.main] or clauses(strip_label(s)):
            if listed_not_here(cl.toks):
                found = found or cl.toks
            elif not ((_belongs_at(cl.toks) is not None and not negated(cl.toks)) or is_decline(cl.toks)):
                return None
    return found if found and tokens(" ".join(sents)) else None
