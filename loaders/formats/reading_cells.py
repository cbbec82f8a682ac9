"""A spreadsheet row pasted as the answer: its boolean cell read as a typed Yes or No, its error cells dropped."""
from __future__ import annotations

import re
from dataclasses import replace

from .reading_clauses import (
    Reading,
)
from .reading_words import (
    cues,
)

# The first cell of a row pasted from a spreadsheet, then its other cells (some empty: "FALSE | | | remark").
CELL_RE = re.compile(r"^\s*(?P<cell>[^\W\d_]+)\s*(?:(?:\||\t)[\s|]*(?P<rest>.*))?$", re.DOTALL)


ERROR_CELL_RE = re.compile(r"^#(?:N/A|REF!|VALUE!|DIV/0!|NAME\?)$", re.IGNORECASE)


def _without_error_cells(text: str) -> str:
    """A pasted row without the spreadsheet's error values ("Ministry of Labour and Employment | #N/A"): a cell
    holding "#N/A" is an empty cell beside the others, not a decline of the row; alone it stays ("#N/A")."""
    if "|" not in text:
        return text
    cells = [c.strip() for c in text.split("|")]
    kept = [c for c in cells if not ERROR_CELL_RE.match(c)]
    return " | ".join(kept) if len(kept) < len(cells) and any(kept) else text


def cell_evidence(reading: Reading, own: str, text: str) -> Reading:
    """The evidence of a typed Yes / No read from a boolean cell quotes the cell itself ("FALSE"), the answer's own
    words, not the typed word it stands for."""
    if own == text or not reading.evidence:
        return reading
    kind, _, quoted = reading.evidence.partition(": ")
    typed = text.split(" ", 1)[0]
    if quoted.strip("'") == typed or quoted.startswith(f"'{typed}"):
        return replace(reading, evidence=f"{kind}: '{own.split('|', 1)[0].strip()}'")
    return reading


def boolean_cell(text: str) -> str:
    """A spreadsheet's boolean typed as the answer, alone or as the first cell of a pasted row ("FALSE | | | recovery
    covered in general by the 8th Five Year Plan", "TRUE | NID / e-KYC | see Q12", "VRAI | Loi n° 2004-63", "FALSO"):
    a typed Yes or No, the other cells its remark ("No – recovery covered in general …"); the spreadsheet writes
    it in capitals (kinds `cell_true` / `cell_false`), so "True, the Act …" in a sentence is no cell."""
    text = _without_error_cells(text)
    m = CELL_RE.match(text)
    if not m or not m.group("cell").isupper() or len(m.group("cell")) < 2:
        return text
    word, c = m.group("cell").casefold(), cues()
    kind = "explicit_yes" if word in c.words["cell_true"] else "explicit_no" if word in c.words["cell_false"] else None
    if kind is None:
        return text
    typed = sorted(c.words[kind])[0].capitalize()
    rest = (m.group("rest") or "").strip()
    return f"{typed} – {rest}" if rest else typed
