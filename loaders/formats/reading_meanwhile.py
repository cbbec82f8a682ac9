"""An opener saying until when ("Pending its adoption, …", "Dans l'attente de l'adoption …, …", "A la espera de …, …"): what follows it is in place meanwhile."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_time_words import phrase_at

OPENER_REACH = 30   # tokens within which the main clause after the opener must start
# A participle opening an apposition ("currently being drafted", "actuellement en cours", "siendo revisada") is no
# finite verb of the main clause.
PARTICIPLES = {"being", "étant", "etant", "siendo"}


def opener_end(toks: list[str]) -> int | None:
    """Where an opener of "until" that begins the sentence (kind `until_opener`: "pending", "dans l'attente de", "en
    attendant", "a la espera de", "mientras se") ends: at its first comma, or past the verbless appositions that give
    the awaited text's status ("Dans l'attente de l'adoption de la nouvelle stratégie nationale, actuellement en cours
    d'élaboration, le cadre de référence est la NOG 2025 …": the main clause is "le cadre de référence est …"); None
    when the sentence does not open so, or nothing follows."""
    cue = phrase_at(toks, 0, "until_opener")
    if cue is None:
        return None
    commas = [i for i, t in enumerate(toks[:OPENER_REACH]) if t == "," and i > len(cue)]
    for n, at in enumerate(commas):
        stop = commas[n + 1] if n + 1 < len(commas) else len(toks)
        part = toks[at + 1:stop]
        if not _status_apposition(part):
            return at if part else None
    return None


def _status_apposition(part: list[str]) -> bool:
    """A verbless part that only gives a status ("actuellement en cours d'élaboration", "now being drafted", "en
    consulta"): it describes the awaited text, it opens no main clause."""
    status = evidence.status_predicate(part) or evidence.status_noun(part)
    if not part or status is None:
        return False
    # the status words themselves may read as a verb ("en consulta"): look for a verb outside them
    words = [t for t in part if t not in PARTICIPLES and t not in status.cue]
    return evidence.finite_verb(words) is None
