"""A draft noun in plural inside an of-phrase after a service's head noun ("consultation of draft bills"): not its status."""
from __future__ import annotations

from .reading_words import cues, has_cue, starts_at

# Articles between the preposition and the draft noun ("of the draft laws", "de los anteproyectos").
ARTICLES = {"the", "all", "les", "los", "las", "todos", "tous"}
OF_REACH = 2   # "of draft bills", "des projets de loi", "de los anteproyectos"


def _plural(toks: list[str], i: int, cue: tuple[str, ...]) -> bool:
    """Drafts as a class ("draft bills", "projets de loi", "anteproyectos"): the cue's first word or, after a one-word
    cue ("draft"), the noun it qualifies ends in a plural mark; one named text ("the draft Bill") is not a class."""
    words = [cue[0]] + ([toks[i + 1]] if len(cue) == 1 and i + 1 < len(toks) else [])
    return any(len(w) > 3 and w.isalpha() and w.endswith(("s", "x")) for w in words)


def handled_drafts(toks: list[str], i: int, cue: tuple[str, ...]) -> int | None:
    """"Internet consultation of draft bills and regulations: <link>", "Consultation en ligne des projets de loi",
    "Consulta pública de anteproyectos de ley" (round twenty-seven nl_dutch_direct 2/e_participation): the draft
    nouns qualify what the service handles, drafts as a class, and the service's status is not theirs. The shape: a
    plural draft noun (cue at toks[i]) inside an of-phrase (an object preposition at most OF_REACH words before it,
    articles between) whose head noun, before the preposition, is not itself a draft noun. Where the of-phrase
    starts, or None. A singular draft ("Consultation of the draft Data Protection Bill") stays the status."""
    if not _plural(toks, i, cue):
        return None
    prepositions = cues().words["object_preposition"]
    for p in range(i - 1, max(0, i - OF_REACH - 1) - 1, -1):
        if toks[p] in prepositions:
            if p == 0 or has_cue(toks[:p], "draft_noun"):
                return None
            if any(t not in ARTICLES for t in toks[p + 1:i]):
                return None
            return p
    return None


def handled_drafts_start(toks: list[str]) -> int | None:
    """Where the of-phrase of the first draft noun (polarity kind `draft_noun`) starts, when it is one of handled
    drafts (handled_drafts); or None."""
    c = cues()
    for i, t in enumerate(toks):
        hits = [(t,)] if t in c.words["draft_noun"] else []
        hits += [p for p in c.by_first["draft_noun"].get(t, ()) if starts_at(toks, i, p)]
        if hits:
            return handled_drafts(toks, i, max(hits, key=len))
    return None
