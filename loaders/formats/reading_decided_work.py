"""A decision that a text or body be made ("Cabinet decided to develop …", "agreed that a strategy be drafted"): still to come."""
from __future__ import annotations

from .reading_words import cues

# How far after "that"/"que" the bare "be" (or "soit", "se") of the decided making may come: the subject between
# them is a noun phrase ("that a national post-COVID-19 recovery strategy be drafted").
SUBJECT_REACH = 10


def decided_making_span(toks: list[str]) -> tuple[str, ...] | None:
    """The words from a verb of deciding (kind `decision_verb`: decided, agreed, directed, recommended; décidé,
    demandé; acordó, dispuso) to the making it decides, or None. The making is
    - an infinitive of making right after it ("decided to develop", "a décidé d'élaborer", "acordó elaborar");
    - a noun of preparation and "of" ("approved the development of", "a validé l'élaboration de");
    - after "that"/"que", a subjunctive of making ("agreed that a strategy be drafted", "que soit élaborée une
      stratégie", "que se elabore una estrategia").
    A decision to make something says it is still to be made: a plan, not a text in force. A decision on anything
    else ("agreed that the strategy be implemented", "decided to adopt the strategy", "decided that there is no
    need") is not this shape and reads as before."""
    return next((span for i in range(len(toks)) if (span := decided_at(toks, i)) is not None), None)


def decided_at(toks: list[str], i: int) -> tuple[str, ...] | None:
    """The span of `decided_making_span` when its verb of deciding is toks[i], or None."""
    w = cues().words
    if toks[i] not in w["decision_verb"]:
        return None
    rest = toks[i + 1:]
    # "decided to develop", "décidé de créer", "acordó elaborar", "acordó crear"
    k = 1 if rest[:1] and rest[0] in w["infinitive_marker"] else 0   # "to", "de"; Spanish has none
    if len(rest) > k and rest[k] in w["making_infinitive"]:
        return tuple(toks[i:i + 2 + k])
    # "approved the development of", "a validé l'élaboration de"; not "approved the establishment of the
    # Authority", which may itself be the act that created it (kind `creation_noun`)
    preparing = (w["preparation_noun"] | w["drafting_noun"]) - w["creation_noun"]
    for j in range(min(3, len(rest) - 1)):
        if rest[j] in preparing and rest[j + 1] in w["of_word"]:
            return tuple(toks[i:i + j + 3])
    # "agreed that a strategy be drafted", "que soit élaborée", "que se elabore"
    if rest[:1] and rest[0] in w["complementizer"]:
        for j in range(1, min(len(rest), SUBJECT_REACH + 1)):
            if rest[j] in w["making_subjunctive"]:
                return tuple(toks[i:i + j + 2])
            if rest[j] in w["subjunctive_be"] and j + 1 < len(rest) and rest[j + 1] in w["making_participle"]:
                return tuple(toks[i:i + j + 3])
    return None
