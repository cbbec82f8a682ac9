"""The words that decided a reading (answers.evidence) found and highlighted inside the written answer."""
from __future__ import annotations

import re

from .inert import safe_md

# "<evidence kind>: '<span>'" with an optional tail ("-> nothing", "-> stated: '<the referenced span>'");
# the span may hold apostrophes.
_EVIDENCE = re.compile(r"^\s*(?P<kind>[^:']+?)\s*:\s*'(?P<span>.*?)'(?P<rest>\s*->.*)?$", re.S)
# Readers shorten a long span with an ellipsis: each part is looked for on its own.
_GAP = re.compile(r"\s*(?:\.\.\.|…)\s*")
HIGHLIGHT = "orange-background"


def parts(evidence: object) -> tuple[str, str, str]:
    """(kind, span, tail) of an evidence value; ('', whole text, '') when it does not have the usual shape."""
    text = str(evidence or "").strip()
    m = _EVIDENCE.match(text)
    if not m:
        return "", text, ""
    return m.group("kind").strip(), m.group("span").strip(), (m.group("rest") or "").strip()


def split(evidence: object) -> tuple[str, str]:
    """(kind, span) of an evidence value; ('', whole text) when it does not have the usual shape."""
    return parts(evidence)[:2]


def _pattern(part: str) -> re.Pattern | None:
    words = part.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.I)


def spans(detail: str, evidence: object) -> list[tuple[int, int]]:
    """Where the evidence's span (each of its parts) stands in `detail`, in order, without overlaps."""
    _, span = split(evidence)
    found, start = [], 0
    for part in _GAP.split(span):
        pat = _pattern(part)
        m = pat.search(detail, start) if pat else None
        if m is None and pat is not None:
            m = pat.search(detail)  # a part quoted out of order: still worth showing
            if m is not None and any(a < m.end() and m.start() < b for a, b in found):
                m = None
        if m is not None:
            found.append((m.start(), m.end()))
            start = m.end()
    return sorted(found)


def marked_detail(detail: str, evidence: object) -> str:
    """The whole written answer as inert markdown, the evidence span(s) on a highlight; unchanged without."""
    detail = str(detail or "")
    out, at = [], 0
    for a, b in spans(detail, evidence):
        out.append(safe_md(detail[at:a]))
        out.append(f":{HIGHLIGHT}[{safe_md(detail[a:b])}]")
        at = b
    out.append(safe_md(detail[at:]))
    return "".join(out)


def evidence_line(evidence: object) -> str:
    """'Decided by (kind): "span"' as inert markdown, for a caption beside the answer."""
    kind, span, rest = parts(evidence)
    if not span:
        return ""
    what = f"**{safe_md(kind)}**: " if kind else ""
    return f"Evidence — {what}“{safe_md(span)}”" + (f" {safe_md(rest)}" if rest else "")
