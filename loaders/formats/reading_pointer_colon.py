"""A pointer saying the answer is the same, closed by a colon, then words of the answer's own ("Idem 12 : les dispositions … figurent dans le texte …", "Same as Q12: …")."""
from __future__ import annotations

import re
from collections.abc import Callable

# A colon followed by a space (French typography puts one before it too); not the colon of an address ("https://").
COLON_RE = re.compile(r"\s?:\s")
# A pointer that gives the other answer as this one ("idem", "same as", "same answer as", "ditto"; French and Spanish
# pointers are first put in these English words: data/reading/<lang>/pointer_words.csv). "Please see the explanation
# under Question 2: …" only sends the reader there, and what follows the colon is the answer's own (round eighteen W).
SAME_RE = re.compile(r"^\W*(?:idem|ditto|same\s+(?:answer\s+|situation\s+)?as)\b", re.IGNORECASE)


def colon_split(first: str, is_pointer: Callable[[str], bool], english: Callable[[str], str]) -> tuple[str, str] | None:
    """The first sentence cut at its first colon when what stands before it is nothing but a pointer that gives the
    other answer as this one ("Idem 12 : …", "Same as Q12: …", "Ídem 12: …"; round eighteen W, fr_mali_transition 16):
    (pointer, the words after it), as after a dash or a semicolon. None when no colon follows such a pointer
    ("Status: see Q12", "Please see the explanation given under Question 2: since the pilot ended …"). `english`
    puts a French or Spanish pointer in English words."""
    m = COLON_RE.search(first)
    if m is None or not SAME_RE.match(english(first[:m.start()])) or not is_pointer(first[:m.start()]):
        return None
    return first[:m.start()], first[m.end():]
