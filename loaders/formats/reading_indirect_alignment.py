"""An answer opening "Indirect — via …" (aligned through another text) and then denying only the direct form ("No direct SDG reference"): aligned indirectly, yes, flagged."""
from __future__ import annotations

from .reading_clauses import FLAG_MIXED, Reading, clauses, negated, strip_label
from .reading_evidence import Evidence
from .reading_words import cues, has_cue, sentences, starts_at, tokens


def indirectly_aligned(text: str, whole: Reading) -> Reading | None:
    """The first sentence opens with an indirect-manner word (kind `indirect_opener`: indirect, indirectly;
    indirecte, indirectement; indirecta, indirectamente) and is itself not denied ("Indirect — via Vision 2036 /
    NDP 11", "Indirectement, à travers le Plan national"); a later sentence denies only a form of the thing (kind
    `form_only`: "No direct SDG reference in the Strategy", "aucune référence directe"). The respondent's answer is
    the first sentence: the strategy is aligned through another text. Yes, flagged: whether an indirect alignment
    counts is the reviewer's call. A plain later denial ("Indirectly. There is no strategy.") is not a form only."""
    if whole.answer != "no":
        return None
    sents = sentences(strip_label(text))
    if len(sents) < 2:
        return None
    first = tokens(sents[0])
    if not _opens_indirect(first) or any(negated(cl.toks) for cl in clauses(sents[0])):
        return None
    if not any(negated(cl.toks) and has_cue(cl.toks, "form_only") for s in sents[1:] for cl in clauses(s)):
        return None
    return Reading("yes", FLAG_MIXED, "aligned indirectly, the direct form denied",
                   Evidence("in place", tuple(first[:6])).describe(text))


def _opens_indirect(toks: list[str]) -> bool:
    c = cues()
    if toks[:1] and toks[0] in c.words["indirect_opener"]:
        return True
    return any(starts_at(toks, 0, p) for p in c.by_first["indirect_opener"].get(toks[0] if toks else "", ()))
