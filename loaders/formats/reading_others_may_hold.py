"""The speaker keeps none, another body may ("We do not collect these figures. The Authority may keep records"): a referral."""
from __future__ import annotations

from .reading_clauses import clauses, negated, strip_label
from .reading_own_lack import KEEP_REACH, _refers_on, _speaker_subject, may_provide, other_body_subject
from .reading_referral_bodies import ACRONYM_RE
from .reading_words import cues, tokens


def keeping_denied(toks: list[str], sentence: str) -> bool:
    """"The Ministry does not collect usage statistics", "Le Ministère ne tient pas de statistiques", "La Secretaría no
    recopila estadísticas": the speaker (a first person, a body naming itself or by its acronym) denies keeping or
    having (kinds `compiling_verb`, `having_verb`) a few words after the negation: what the speaker holds is denied.
    Not "There is no …" (no speaker), nor a negation of degree."""
    w = cues().words
    negs = [i for i, t in enumerate(toks) if t in w["negator"]]
    if not negs or any(t in w["degree_negator"] for t in toks) or not _speaker_subject(toks, negs, sentence):
        return False
    verbs = w["compiling_verb"] | w["having_verb"]
    return any(t in verbs for t in toks[negs[0] + 1:negs[-1] + 1 + KEEP_REACH])


def other_may_keep(toks: list[str], sentence: str) -> bool:
    """"The NRA and DNPI may keep records", "L'OBR pourrait en tenir", "La DGI podría llevar registros": a clause, not
    negated, whose subject names a body (by its kind or its acronym as written in `sentence`), not the speaker, then a
    modal (kind `contact_modal`: may, could, pourrait, podría) and a verb of keeping (kind `keep_infinitive`) within
    two words: another body may hold it, which is no statement that it does."""
    w = cues().words
    if negated(toks):
        return False
    acronyms = {m.group(0).casefold() for m in ACRONYM_RE.finditer(sentence)}
    for i, t in enumerate(toks[1:], start=1):
        if t not in w["contact_modal"]:
            continue
        if not other_body_subject(toks[:i], acronyms):
            return False
        return any(u in w["keep_infinitive"] for u in toks[i + 1:i + 3])   # "may keep", "pourrait en tenir"
    return False


def others_may_hold(sents: list[str]) -> list[str] | None:
    """A first sentence whose only main clause is the speaker's denial of keeping it (keeping_denied), then sentences
    whose every main clause says another body may keep it (other_may_keep), may provide it, or sends the reader on
    ("kindly contact them directly"), one at least saying another may keep it: the speaker answers for itself only
    and leaves the Government's answer to others, unknown (a decline to be flagged). The denial's words, or None. "The
    Ministry does not collect usage statistics." alone stays a denial, and so does one followed by a statement that
    the other body does keep them ("The NRA keeps records of e-Tax use"): no modal, it answers."""
    if len(sents) < 2:
        return None
    mains = [cl for cl in clauses(strip_label(sents[0])) if cl.main]
    if len(mains) != 1 or not keeping_denied(mains[0].toks, sents[0]):
        return None
    if any("url" in tokens(s) for s in sents):
        return None   # an address: something is named to be weighed
    may = False
    for s in sents[1:]:
        for cl in [c for c in clauses(strip_label(s)) if c.main] or clauses(strip_label(s)):
            if other_may_keep(cl.toks, s):
                may = True
            elif not (_refers_on([" ".join(cl.toks)]) or may_provide(" ".join(cl.toks))):
                return None
    return mains[0].toks if may else None
