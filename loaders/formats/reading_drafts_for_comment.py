"""Drafts put to the public for comment, on a question about participation: what people take part in, not a status."""
from __future__ import annotations

from contextvars import ContextVar

from . import reading_evidence as evidence
from .reading_words import cues, has_cue, language, starts_at, tokens

# Set while reading an answer to a question about participation ("Please provide links for portals …:
# E-participation or similar", "Does the Government provide any specific e-participation measure(s) …").
PARTICIPATION: ContextVar[bool] = ContextVar("participation_question", default=False)


def participation_question(question: str) -> bool:
    """Does the question ask about taking part (polarity kind `participation_topic`), in the answer's language or
    in the form's (English: the catalogue's wording)?"""
    def parts(text: str) -> list[str]:   # "E-participation" is one token: its parts are read too
        return [p for t in tokens(text) for p in t.split("-") if p]
    if has_cue(parts(question), "participation_topic"):
        return True
    with language("en"):
        return has_cue(parts(question), "participation_topic")


def drafts_put_to_public(toks: list[str]) -> bool:
    """On a question about participation, drafts in general as the subject ("Draft laws are placed for public
    discussion on the website …", "Les projets de loi sont publiés pour consultation publique sur …", "Los
    anteproyectos de ley se publican para consulta pública en …") and a purpose of taking part after the verb
    (kind `participation_purpose`: discussion, comment, consultation; commentaires; consulta): the drafts are the
    object of the participation asked about, and the clause says it takes place. Only drafts in the plural (a
    practice, not one text's stage): "The draft e-participation strategy was published for comment" stays a draft.
    Round twenty-two, mn_khural_resolutions 2/e_participation."""
    if not PARTICIPATION.get():
        return False
    verb = evidence.finite_verb(toks)
    at = _draft_at(toks)
    if at is None or verb is None or at > verb:
        return False
    w = cues().words
    drafts = w["draft_noun"] | set(cues().by_first["draft_noun"])   # "projet" opens "projet de loi"
    plural = any(t.endswith("s") and len(t) > 3 and (t in w["instrument"] or t[:-1] in w["instrument"]
                                                      or t[:-1] in drafts) for t in toks[at:verb])
    return plural and any(t in w["participation_purpose"] for t in toks[verb:])


def _draft_at(toks: list[str]) -> int | None:
    """Where the first draft noun (polarity kind `draft_noun`, a word or a phrase) starts, its plural too ("projets
    de loi", "anteproyectos de ley", "drafts"), or None."""
    c = cues()
    single = [t[:-1] if t.endswith("s") and len(t) > 3 else t for t in toks]
    for seq in (toks, single):
        for i, t in enumerate(seq):
            if t in c.words["draft_noun"] or any(starts_at(seq, i, p) for p in c.by_first["draft_noun"].get(t, ())):
                return i
    return None
