"""Footnotes printed at the end of a section or page: lifted out of the answer they were printed under and attached to
the answer carrying their marker.

A PDF text extraction prints a section's footnotes together after its last question, often under a rule line
("____"), so they land inside the text of whatever question comes last ("N/A" then five notes about other
questions; a blank Q44 whose only words are "²⁶ Source: MICT, …"). A footnote opens on its marker: a superscript
number ("¹", "²⁶"), a bracketed number ("[9]") or a symbol ("*", "†", "‡"); its lines run on until a paragraph
break followed by words that open on no marker. Each note is attached, as "[footnote: …]", where its marker was
printed in an answer of the same section (the answers since the previous footnote block: the "*" of section A and
the "*" of section C are different notes), and the marker itself goes. A block is lifted only when one of its
markers is found in those answers (or it stands under a rule line and opens on a numbered note), so a bulleted list
that happens to open on "*" is left alone. How a note bears on its answer is the reading's business
(reading_footnotes).
"""
from __future__ import annotations

import re
from typing import Callable, Protocol, Sequence

SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
TO_DIGITS = str.maketrans(SUPERSCRIPT, "0123456789")
SYMBOLS = "*†‡"
RULE_RE = re.compile(r"^\s*[_\-–—]{5,}\s*$")
# A note's opening line: its marker, then its words ("¹ Source: …", "[9] Data Protection Bill …", "* Announced …").
NOTE_RE = re.compile(rf"^\s*(?:(?P<sup>[{SUPERSCRIPT}]+)\s*|\[(?P<num>\d{{1,3}})\]\s*|(?P<sym>[{re.escape(SYMBOLS)}]{{1,3}})\s+)"
                     r"(?P<text>\S.*)$")
OPEN = "[footnote: "
CLOSE = "]"


class LineLike(Protocol):
    text: str
    blank: bool


def key(marker: str) -> str:
    """One spelling per note number: "⁵" and "[5]" are kept apart (a document uses both, for different notes)."""
    return marker if marker[:1] in SYMBOLS else marker.translate(TO_DIGITS) if marker[:1] in SUPERSCRIPT else f"[{marker}]"


def _marker_re(k: str) -> re.Pattern:
    """Where a note's marker sits in an answer: right after a word or a closing mark ("Yes⁵.", "example²",
    "ITU.²⁶", "Yes*", "Partially*"), or a bracketed number after a space ("No [9]")."""
    if k.startswith("["):
        return re.compile(r"\s?" + re.escape(k) + r"(?!\S*\])")
    if k[:1] in SYMBOLS:
        return re.compile(r"(?<=[\w.)\]])" + re.escape(k) + r"(?![\w*†‡])")
    sup = k.translate(str.maketrans("0123456789", SUPERSCRIPT))
    return re.compile(rf"(?<=[\w.,;)\]])(?<![{SUPERSCRIPT}]){re.escape(sup)}(?![{SUPERSCRIPT}])")


def _opening(line: LineLike) -> str | None:
    """The key of the note a line opens, or None."""
    if line.blank:
        return None
    m = NOTE_RE.match(line.text)
    if not m:
        return None
    return key(m.group("sup") or m.group("num") or m.group("sym"))


def _region(lines: Sequence[LineLike], start: int) -> tuple[int, int, bool] | None:
    """A block of notes opening at lines[start] (a rule line, or a note's first line): (first, end, ruled)."""
    ruled = bool(RULE_RE.match(lines[start].text))
    first = start + 1 if ruled else start
    while ruled and first < len(lines) and lines[first].blank:
        first += 1
    if first >= len(lines) or _opening(lines[first]) is None:
        return None
    end = first
    while end < len(lines):
        if lines[end].blank:
            nxt = next((j for j in range(end, len(lines)) if not lines[j].blank), None)
            if nxt is None or _opening(lines[nxt]) is None:
                break   # a paragraph that opens on no marker: the answer goes on
            end = nxt
            continue
        if RULE_RE.match(lines[end].text):
            break
        end += 1
    return first, end, ruled


def _notes(lines: Sequence[LineLike], first: int, end: int) -> list[tuple[str, str]]:
    """(key, text) of each note in lines[first:end], its wrapped lines joined."""
    out: list[tuple[str, str]] = []
    for line in lines[first:end]:
        if line.blank:
            continue
        m = NOTE_RE.match(line.text)
        if m:
            out.append((key(m.group("sup") or m.group("num") or m.group("sym")), m.group("text").strip()))
        elif out:
            k, text = out[-1]
            more = line.text.strip()
            out[-1] = (k, text + more if re.search(r"\w-$", text) else f"{text} {more}")
    return out


def _attach(text: str, k: str, note: str) -> tuple[str, bool]:
    """The line with the note written where its marker was (the marker itself dropped)."""
    pattern = _marker_re(k)
    if not pattern.search(text):
        return text, False
    return pattern.sub(lambda _m: f" {OPEN}{note}{CLOSE}", text, count=1), True


def lift(blocks: Sequence[Sequence[LineLike]], skip: Callable[[str], bool] = lambda _t: False
         ) -> tuple[list[list[LineLike]], list[str]]:
    """Each block of lines with its footnote blocks taken out and every note attached where its marker was printed
    (the line's text rewritten), in the answers since the previous footnote block; and the notes whose marker no
    answer carries ("footnote ⁷ (no marker found): …"), for the document's notes: never read as an answer, never
    lost. A block is lifted when one of its notes was placed, or when it stands under a rule line and opens on a
    numbered note; lines opening on "*" that nothing points to stay where they are (a bulleted list). `skip`: lines
    never to carry a marker (form labels such as "Your name*")."""
    out = [list(b) for b in blocks]
    orphans: list[str] = []
    scope: list[tuple[int, int]] = []   # (block, line) of answer lines since the last footnote block
    for b, lines in enumerate(out):
        i = 0
        while i < len(lines):
            region = _region(lines, i) if (RULE_RE.match(lines[i].text) or _opening(lines[i])) else None
            if region is None:
                if not lines[i].blank:
                    scope.append((b, i))
                i += 1
                continue
            first, end, ruled = region
            notes = _notes(lines, first, end)
            unplaced = _place(out, scope, notes, skip)
            numbered = notes[0][0][:1] not in SYMBOLS
            if len(unplaced) == len(notes) and not (ruled and numbered):
                scope.append((b, i))
                i += 1
                continue   # notes nobody points to: words of the answer ("* item" bullets)
            orphans += [f"footnote {k} (no marker found): {text}" for k, text in unplaced]
            del lines[i:end]
            scope = []
    return out, orphans


def _place(blocks: list[list[LineLike]], scope: list[tuple[int, int]], notes: list[tuple[str, str]],
           skip: Callable[[str], bool]) -> list[tuple[str, str]]:
    """Attach each note to the answer lines of the scope carrying its marker; the notes placed nowhere."""
    unplaced = []
    for k, note in notes:
        placed = False
        for b, j in scope:
            line = blocks[b][j]
            if skip(line.text):
                continue
            text, hit = _attach(line.text, k, note)
            if hit:
                line.text = text
                placed = True
        if not placed:
            unplaced.append((k, note))
    return unplaced


def split(text: str) -> tuple[str, list[str]]:
    """An answer's own words and the notes attached to it: "Yes [footnote: Post created (2021); not yet filled.]."
    -> ("Yes.", ["Post created (2021); not yet filled."])."""
    notes: list[str] = []
    own: list[str] = []
    i = 0
    while (start := text.find(OPEN, i)) >= 0:
        depth, j = 1, start + len(OPEN)
        while j < len(text) and depth:
            depth += {"[": 1, "]": -1}.get(text[j], 0)
            j += 1
        own.append(text[i:start])
        notes.append(text[start + len(OPEN):j - 1].strip())
        i = j
    own.append(text[i:])
    words = re.sub(r"[ \t]+([.,;:)])", r"\1", re.sub(r"[ \t]{2,}", " ", "".join(own)))
    return words.strip(), notes
