"""A clause whose subject is "projet de"/"proyecto de" an acronym ("Le projet de SNTN …"): a draft or a project, unsure."""
from __future__ import annotations

import re

from .reading_words import cues

FLAG_PROJECT_OF_NAME = "a project of a named text (an acronym): a draft, or in force?"
HEAD_REACH = 2   # "Le projet de SNTN", "El proyecto de ENTD": an article at most before the head
WORD_RE = re.compile(r"[\w'’-]+")


def project_of_name(sentence: str) -> bool:
    """Does the sentence open with a head of kind `project_of` ("projet de", "proyecto de", "project of") followed by
    an acronym ("Le projet de SNTN est élaboré en cohérence avec …", "El proyecto de ENTD toma en cuenta …")? Spelled
    out, the head is a draft of a text ("projet de stratégie", class `draft`) or a project of work ("projet de
    numérisation des archives"); before an acronym the reader cannot tell which (the acronym is spelled out in another
    answer, if at all): a yes read from it is flagged, never a no made of it."""
    words = WORD_RE.findall(sentence)[:HEAD_REACH + 4]
    folded = [w.casefold() for w in words]
    for p in cues().phrases["project_of"]:
        for i in range(min(HEAD_REACH, len(folded)) + 1):
            if tuple(folded[i:i + len(p)]) == p and i + len(p) < len(words):
                name = words[i + len(p)]
                return len(name) >= 2 and name.isupper() and name.isalpha()
    return False
