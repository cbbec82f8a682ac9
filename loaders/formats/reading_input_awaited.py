"""A body's input awaited for the answer (round seventeen R): "Awaiting input — Ministry", "En attente de la contribution du Ministère", "Pendiente de insumos del MEF": the respondent's own answer is missing, a decline, not a status of the thing asked."""
from __future__ import annotations

from . import reading_deferral as deferral
from . import reading_evidence as evidence
from .reading_clauses import STOP
from .reading_words import cues

NOUN_REACH = 3   # from the awaiting word to the input: "Awaiting input", "En attente de la contribution", "Pendiente de los insumos"
AWAITED_REACH = 3   # from the input to the awaiting word: "Input awaited", "Inputs still pending", "Contribution attendue"
LEVEL_REACH = 3   # from "at" to the level noun: "at SZI level", "at the level of …", "au niveau du …", "a nivel de …"
STILL = {"still", "toujours", "encore", "aún", "aun", "todavía", "todavia"}   # "Input still awaited"


def _awaiting(toks: list[str], i: int) -> int:
    """The length of an awaiting word at toks[i] (status class `awaited`: awaiting, pending, en attente de,
    pendiente de; or kind `awaited_word`: awaited, attendue), or 0."""
    hit = evidence.find(toks, "awaited", i, i + 1)
    if hit is not None:
        return len(hit[1])
    return 1 if toks[i] in cues().words["awaited_word"] else 0


def _ends_noun(toks: list[str], k: int) -> bool:
    """Nothing of its own after the input noun: the end, a dash, or a preposition naming whose ("— MENT", "from the
    Ministry", "du Ministère"). "Pending data protection law" goes on with a name: not the answer awaited."""
    return k >= len(toks) or not toks[k].isalpha() or toks[k] in STOP or toks[k] in {"from", "by", "de", "du", "des", "del", "por"}


def input_awaited(toks: list[str]) -> bool:
    """A clause that opens on an awaiting word and, a few words on, the input (kind `input_noun`: input, feedback,
    contribution, insumos) with nothing of its own after it; or opens on the input and then the awaiting word
    ("Input awaited from DIT"). Only at the clause's start: "The draft strategy is awaiting input from stakeholders"
    has a thing as subject, a draft's status, as before."""
    toks = [t for t in toks if any(ch.isalnum() for ch in t)] if toks and not any(ch.isalnum() for ch in toks[0]) else toks
    if not toks:
        return False
    w = cues().words
    n = _awaiting(toks, 0)
    if n:
        for k in range(n, min(len(toks), n + NOUN_REACH)):
            if toks[k] in w["input_noun"]:
                return _ends_noun(toks, k + 1)
            if toks[k].isalpha() and toks[k] not in STOP and toks[k] not in w["deictic"]:
                return False
        return False
    start = 1 if toks[0] in w["deictic"] or toks[0] in STOP else 0
    if start >= len(toks) or toks[start] not in w["input_noun"]:
        return False
    skip = w["auxiliary"] | w["still_word"] | STILL
    for k in range(start + 1, min(len(toks), start + 1 + AWAITED_REACH)):
        if _awaiting(toks, k):
            return True
        if toks[k] not in skip:
            return False
    return False


def _without_level(toks: list[str]) -> list[str]:
    """The clause without a closing level of the speaker's own ("at SZI level", "at our level", "au niveau de la
    Direction", "a nivel de la Secretaría"): an opener (kind `level_opener`), a level noun (kind `level_noun`) a few
    words on, then nothing but a name."""
    w = cues().words
    for j, t in enumerate(toks):
        if t in w["level_opener"] and any(u in w["level_noun"] for u in toks[j + 1:j + 1 + LEVEL_REACH]):
            return toks[:j]
    return toks


def unaware_beside(clauses: list, cl) -> bool:
    """"Input awaited from the Ministry of Gender. [SZI]: none that we are aware of at SZI level." (round twenty-one
    BB, zm_compiled_inputs 37): in a response compiled from tagged inputs, beside an input awaited, a clause that is
    only a negation ("none") whose relative says the speaker knows of none ("that we are aware of": kind
    `knowledge_hedge`, reading_deferral.not_known_to_speaker), a level of its own aside: the contributor's limited
    knowledge, not a denial. "None that we are aware of" alone reads as before (unknown, the speaker unaware); "None
    exist at SZI level" has no hedge, a denial as before."""
    k = next((i for i, c in enumerate(clauses) if c is cl), None)
    if k is None or not cl.main:
        return False
    toks = list(cl.toks)
    for nxt in clauses[k + 1:]:
        if nxt.main:
            break
        toks += nxt.toks
    return deferral.not_known_to_speaker(_without_level(toks))
