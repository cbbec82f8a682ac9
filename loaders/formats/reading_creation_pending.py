"""Something said in place, then a text creating a post or body that is still awaited: the work is done now; yes, flagged."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer, cite
from .reading_clauses import Clause, Reading, negated
from .reading_weight import FLAG_STATUS_WEIGHED
from .reading_words import has_cue, tokens


def creation_text_pending(a: Answer, k: int, found: tuple[str, tuple[str, ...]],
                          later: tuple[Clause, str]) -> Reading | None:
    """"Coordination nationale : Comité de pilotage … (CPTNA), arrêté n° 2019-117/MCEN du 03/06/2019, secrétariat
    assuré par la DGEN. Décret portant création de la fonction de Directeur des Systèmes d'Information de l'État :
    décret en attente de signature." (round sixteen fr_cote_divoire_instances 4), "The e-Government Committee was set
    up in 2019. The decree establishing the post of Government CIO is awaiting signature.", "… ; el decreto de
    creación del cargo está en trámite": sentence k affirms something now (any evidence), and the later status short
    of in force is that of a text (an instrument noun) that creates a post or body (polarity kind `creation_noun`):
    the formal post is still to come, the work is done now. Yes, flagged `a status beside something in force or
    operating: which decides?` (the analyst decides whether what is in place is the equivalent asked for). Not beside a
    text in force (another text pending beside it is weighed by reading_statuses), nor when
    sentence k itself speaks of a creation (the same text: "The decree creating the Agency was drafted in 2021. It
    awaits signature.")."""
    if negated(later[0].toks) or found[0] == "in force":   # a text in force beside a bill: reading_statuses weighs it
        return None
    toks = _with_label(a, k, later[0].toks)   # "Décret portant création de … : décret en attente de signature"
    if not has_cue(toks, "creation_noun") or evidence.find(toks, "instrument") is None:
        return None
    if has_cue(tokens(a.sents[k]), "creation_noun"):
        return None
    return Reading("yes", FLAG_STATUS_WEIGHED, "in place now, a text creating the post awaited",
                   cite(found[0], found[1], a.sents[k]))


def _with_label(a: Answer, k: int, status: list[str]) -> list[str]:
    """The whole sentence after sentence k that holds the status clause, its label included (the label may name
    the text whose status follows the colon); the clause alone when it is not found."""
    n = len(status)
    for sentence in a.sents[k + 1:]:
        toks = tokens(sentence)
        if any(toks[i:i + n] == status for i in range(len(toks) - n + 1)):
            return toks
    return status
