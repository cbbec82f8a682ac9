"""A meeting record's label closed by a dash ("Discussed – MCIT is not aware of any."): a label, not the answer's first clause."""
from __future__ import annotations

import re

from .reading_words import cues, tokens

# One word, then a spaced dash: "Discussed – …", "Examiné — …", "Tratado - …".
_LABEL_DASH_RE = re.compile(r"^\s*([^\W\d_]+)\s+[–—-]\s+(?=\S)")


def minutes_label_end(text: str) -> int | None:
    """Where the text after a meeting record's label starts, or None. Meeting notes open an item with what the
    meeting did (polarity kind `minutes_label`: discussed; discuté; tratado) and a dash; read as the answer's first
    clause, the bare participle was a thing named and the denial after it its status ("no"), where the words after
    the dash are the answer ("MCIT is not aware of any": a decline). A colon label is already taken off
    (reading_clauses.strip_label); "Yes – …", "Pending – …" keep their word: it is no meeting record."""
    m = _LABEL_DASH_RE.match(text)
    if not m:
        return None
    toks = tokens(m.group(1))
    return m.end() if len(toks) == 1 and toks[0] in cues().words["minutes_label"] else None
