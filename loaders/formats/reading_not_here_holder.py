""""This is not with BZK. … is the responsibility of the Ministry …; please contact EZK": not the speaker's, then the holder named and the reader sent on; a decline."""
from __future__ import annotations

from . import reading_evidence as evidence
from . import reading_others_handle as others_handle
from .reading_clauses import clauses, strip_label
from .reading_not_held_here import not_held_here
from .reading_whom_to_ask import body_to_contact, deferred_to_body
from .reading_words import cues, tokens

RELATIVE_REACH = 2   # "…, which managed the resources": a relative pronoun among a clause's first words


def _said_of_body(toks: list[str]) -> bool:
    """A clause opening on a relative pronoun ("which managed the resources under the … Plan"): said of the body
    just named, not an answer of the speaker's."""
    return any(t in cues().words["relative"] for t in toks[:RELATIVE_REACH])


def _sends_on(toks: list[str]) -> bool:
    """"Refer to the Ministry of Health …", "please contact EZK", "El Ministerio … debe ser consultado"."""
    return deferred_to_body(toks) or body_to_contact(toks) or others_handle.framed_referral(toks)


def not_here_holder_named(sents: list[str]) -> list[str] | None:
    """The first sentence only says the matter is not with the speaker (reading_not_held_here.not_held_here: "This
    is not with BZK", "Not from the e-Government Department budget", "Ce n'est pas chez nous", "No con cargo al
    presupuesto de esta Oficina"); a later clause sends the reader on to a body ("Refer to the Ministry of Health",
    "please contact EZK", "veuillez vous adresser au Ministère …"); and no later clause of the speaker's own names
    anything in force or at work, nor an address (a relative clause on the body, "which managed the resources …",
    is said of that body). Why: the speaker disowns the matter and says who holds it; whatever else is said between
    ("… are part of innovation policy (EZK)", "We asked, but did not get an answer in time") is no answer of its
    own: a referral, unknown. The first sentence's words, or None. "Not with NCIT. The portal was launched in 2019;
    contact NCIT for details." keeps its reading: the later sentence answers."""
    if len(sents) < 2:
        return None
    first = [cl for cl in clauses(strip_label(sents[0])) if cl.main] or clauses(strip_label(sents[0]))
    if not first or not all(not_held_here(cl.toks) for cl in first):
        return None
    sent_on = False
    for s in sents[1:]:
        if "url" in tokens(s):
            return None
        for cl in clauses(strip_label(s)):
            if _said_of_body(cl.toks):
                continue
            if _sends_on(cl.toks):
                sent_on = True
            elif any(evidence.find(cl.toks, cls) is not None for cls in ("in_force", "operating")):
                return None
    return tokens(sents[0]) if sent_on else None
