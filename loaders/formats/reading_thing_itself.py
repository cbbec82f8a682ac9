"""A status told of the very thing just affirmed, taken up with "itself" ("… the roadmap itself is still being finalised")."""
from __future__ import annotations

from .reading_answer import Answer, Weighed, denial_evidence
from .reading_clauses import FLAG_UNDONE, Reading
from .reading_words import has_cue, subject

ITSELF_REACH = 2   # "the roadmap itself", "la feuille de route elle-même": the word right after the subject's noun


def status_of_itself(w: Weighed, a: Answer) -> Reading | None:
    """"In principle, yes: a Digital Inclusion Roadmap is referred to in the National Digital Strategy; the roadmap
    itself is still being finalised": the clause beside the affirmation gives a status short of in force to a subject
    marked as the same thing (cue kind `itself`: itself, elle-même, en sí, misma). The affirmation only said where the
    thing is mentioned; its own status decides: no, flagged (the mention is there). Not another part or text ("a new
    Bill is before Parliament"), which stays the status of something else (round nineteen Y)."""
    cl = w.status_beside
    if cl is None:
        return None
    subj = subject(cl.toks)
    if not has_cue(cl.toks[:len(subj) + ITSELF_REACH], "itself"):
        return None
    return Reading("no", FLAG_UNDONE, "the thing itself short of in force", denial_evidence(cl, a))
