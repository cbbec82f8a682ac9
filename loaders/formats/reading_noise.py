"""Layout noise in extracted questionnaire text: page numbers, running headers and footers, reviewer-comment
markers in any interface language. None of it may reach an answer.

Page words, "of" words, comment words and prose words are data (data/reading/layout_words.csv); the rules
are generic: a line that is only a page number in any form; a line repeated on at least three pages next to
page boundaries; a comment marker "<word(s)> [AB1]:" whatever the word. Markup left in the text is layout
too (`undo_markup`): HTML entities and tags of an online-form export are decoded ("&nbsp;&ndash;" -> " –",
"<br/>", "<p>", "<li>" -> line breaks), and tracked-change markers are resolved ("[Deleted: …]",
"[Formatted: …]", "[Comment JK2: …]" go; "[Inserted: …]" keeps its text without the brackets).
"""
from __future__ import annotations

import csv
import html
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from ..paths import DATA

KINDS = {"page_word", "of_word", "comment_word", "prose_word", "deleted_word", "inserted_word"}
DIGITS_RE = re.compile(r"\d+")
URL_LINE_RE = re.compile(r"^(?:https?://|mailto:|www\.)\S+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """kind -> words from data/reading/layout_words.csv; an unknown kind fails loudly."""
    out: dict[str, set[str]] = {k: set() for k in KINDS}
    with (DATA / "reading" / "layout_words.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["kind"] not in KINDS or not row["word"].strip():
                raise ValueError(f"layout_words.csv: bad kind {row['kind']!r} or empty word")
            out[row["kind"]].add(row["word"].casefold().strip())
    return {k: frozenset(v) for k, v in out.items()}


def _alt(kind: str) -> str:
    return "|".join(re.escape(w) for w in sorted(words()[kind], key=len, reverse=True))


@lru_cache(maxsize=1)
def page_number_re() -> re.Pattern:
    """A line that is nothing but a page number: "Page 3 of 12", "- 4 -", "4/53", "[7]", "Seite 2", "12"."""
    page, of = _alt("page_word"), _alt("of_word")
    n = r"\d{1,4}"
    core = (rf"(?:(?:{page})\.?\s*(?:no\.?\s*)?{n}(?:\s*(?:(?:{of})|/|\|)\s*{n})?"   # Page 3 (of 12)
            rf"|{n}\s*(?:(?:{of})|/)\s*{n}"                                          # 3 of 12, 4/53
            rf"|{n}\s*\|\s*(?:{page})|(?:{page})\s*\|\s*{n}"                          # 3 | Page
            rf"|(?!0+\b)\d{{1,3}})")                                                 # 12 (not a year; never 0)
    return re.compile(rf"^\s*[-–—\[(|]?\s*{core}\s*[-–—\])|]?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def comment_re() -> re.Pattern:
    """A reviewer-comment or formatting balloon: "Commented [AB1]:", "Kommentiert [x2]:", "<any word> [AB1]:"."""
    known = _alt("comment_word")
    return re.compile(
        rf"^\s*(?:(?:{known})\s*(?:\[[^\]]{{1,12}}\])?\s*:"               # a known word, marker optional
        rf"|(?:[^\W\d_][\w.’'-]{{1,24}}(?:\s[^\W\d_][\w.’'-]{{1,24}})?\s*)?\[[^\W\d_]{{1,8}}\d{{1,3}}\]\s*:)",
        re.IGNORECASE)


ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.IGNORECASE)
_BLOCK_TAGS = "p|br|li|ul|ol|div|tr|h[1-6]|table|tbody|thead"
_INLINE_TAGS = "span|b|i|u|em|strong|a|font|sup|sub"
CELL_TAG_RE = re.compile(r"</?t[dh]\b[^<>]{0,200}?/?>", re.IGNORECASE)
BLOCK_TAG_RE = re.compile(rf"</?(?:{_BLOCK_TAGS})\b[^<>]{{0,200}}?/?>", re.IGNORECASE)
TAG_RE = re.compile(rf"</?(?:{_BLOCK_TAGS}|{_INLINE_TAGS}|td|th)\b[^<>]{{0,200}}?/?>", re.IGNORECASE)


@lru_cache(maxsize=1)
def revision_re() -> re.Pattern:
    """A tracked-change or comment marker written inline: "[Deleted: …]", "[Inserted: …]", "[Formatted: …]",
    "[Comment JK2: …]" (any word of data/reading/layout_words.csv kinds deleted/inserted/comment)."""
    known = "|".join(re.escape(w) for kind in ("deleted_word", "inserted_word", "comment_word")
                     for w in sorted(words()[kind], key=len, reverse=True))
    return re.compile(rf"\[\s*(?P<word>{known})(?:\s+[^\W\d_]{{1,8}}\d{{1,3}})?\s*:\s*(?P<body>[^\[\]]*)\]",
                      re.IGNORECASE)


def _decode_line(line: str) -> list[str]:
    """One line with HTML in it: entities decoded, block tags as line breaks, other tags dropped."""
    if ENTITY_RE.search(line):
        line = html.unescape(line).replace("\xa0", " ")
    if not TAG_RE.search(line):
        return [line]
    pieces = [" ".join(TAG_RE.sub("", CELL_TAG_RE.sub(" ", p)).split()) for p in BLOCK_TAG_RE.split(line)]
    indent = line[:len(line) - len(line.lstrip())]
    return [indent + p for p in pieces if p] or [""]


def _resolve_revisions(line: str) -> str | None:
    """A line with tracked-change markers resolved; None when nothing is left of a line that had some."""
    def keep(m: re.Match) -> str:
        return m.group("body").strip() if m.group("word").casefold() in words()["inserted_word"] else ""
    out = revision_re().sub(keep, line)
    if out == line:
        return line
    indent = line[:len(line) - len(line.lstrip())]
    out = indent + re.sub(r"[ \t]{2,}", " ", out).strip()
    return out if out.strip() else None


def undo_markup(text: str) -> str:
    """The text as its writer meant it: HTML entities and tags decoded, tracked changes resolved. A line
    without "&…;", an HTML tag or a "[Word: …]" marker is left exactly as it is."""
    if not (ENTITY_RE.search(text) or TAG_RE.search(text) or "[" in text):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        for piece in (_decode_line(line) if (ENTITY_RE.search(line) or TAG_RE.search(line)) else [line]):
            kept = _resolve_revisions(piece) if "[" in piece else piece
            if kept is not None:
                out.append(kept)
    return "\n".join(out)


def is_page_number(line: str) -> bool:
    return bool(line.strip()) and bool(page_number_re().match(line))


def _url_goes_on(raw: list[str], i: int) -> bool:
    """A bare number right after a URL broken at a path character is the URL's end ("…/version-" + "9")."""
    if not re.fullmatch(r"\s*\d{1,4}\s*", raw[i]):
        return False
    prev = next((raw[j] for j in range(i - 1, -1, -1) if raw[j].strip()), "")
    last = prev.split()[-1] if prev.split() else ""
    return bool(re.match(r"[(\[<\"'“‘]?(?:https?://|www\.)", last)) and last[-1] in "-/=_?&#%."


def _leads_into_url(raw: list[str], i: int) -> bool:
    """Does the line lead into a URL on the next written line ("More information is available at" + the URL)? Such
    a line is an answer's sentence, however often an answer repeats it, never a running header or footer: those are
    whole lines, and a page-end link list follows them only after a line that ends its sentence."""
    nxt = next((raw[j] for j in range(i + 1, len(raw)) if raw[j].strip()), "")
    return bool(re.match(r"\s*(?:https?://|www\.)", nxt)) and not raw[i].rstrip().endswith((".", "!", "?", ":"))


def _key(line: str) -> str:
    """How a running header is compared across pages: digits as #, spacing and case ignored."""
    return DIGITS_RE.sub("#", " ".join(line.split()).casefold())


def _header_like(line: str, country: str) -> bool:
    """A repeated line that names the document (a number, the country) and is not a sentence of an answer."""
    s = line.strip()
    named = bool(re.search(r"\d", s)) or (len(country) > 2 and country.casefold() in s.casefold())
    return (named and len(s) <= 90 and not re.search(r"https?://|www\.", s, re.IGNORECASE)
            and not s.endswith((".", ";", ":", ",", "?", "!")))


def _sentence_tail(raw: list[str], nonempty: list[int], r: int) -> bool:
    """Is the r-th non-empty line the end of a sentence wrapped from the line before it (it starts in lower
    case and ends the sentence; the line before breaks mid-sentence)? Headers are not sentence ends."""
    s = raw[nonempty[r]].strip()
    if r == 0 or not s[:1].islower() or not s.endswith((".", "!", "?")):
        return False
    prev = raw[nonempty[r - 1]].rstrip()
    return bool(prev) and (prev[-1].isalnum() or prev[-1] in ",-–") and not is_page_number(prev)


@dataclass
class Cleaned:
    lines: list[str]       # the raw lines with noise lines removed (form feeds become line breaks)
    removed: list[str]     # what was taken out (for tests and the accuracy report)


def clean(text: str, protected: Callable[[str], bool], country: str = "") -> Cleaned:
    """Remove page numbers and running headers/footers; `protected(line)` says a line is form or answer text
    that must stay even if it repeats (yes/no boxes, prompts, question headers, short answers)."""
    raw: list[str] = []
    boundary_after: set[int] = set()   # a page ends after this raw line (form feed)
    for piece in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        parts = piece.split("\f")
        for k, part in enumerate(parts):
            if k > 0 and raw:
                boundary_after.add(len(raw) - 1)
            if not part.strip() and len(parts) > 1 and (k < len(parts) - 1 or part == ""):
                continue  # the form feed itself, not a line of the page
            raw.append(part)
    pages = [i for i, s in enumerate(raw) if is_page_number(s) and not protected(s) and not _url_goes_on(raw, i)]
    page_set = set(pages)
    # Page boundaries: form feeds, page-number lines, and the page-end link lists of the published layout.
    boundary = set(page_set) | boundary_after | {i + 1 for i in boundary_after}
    boundary |= {i for i, s in enumerate(raw) if URL_LINE_RE.match(s) and s == s.rstrip()}
    nonempty = [i for i, s in enumerate(raw) if s.strip()]
    rank = {i: r for r, i in enumerate(nonempty)}

    def near_boundary(i: int) -> bool:
        r = rank[i]
        if r <= 1 or i in boundary_after or (i - 1) in boundary_after:
            return True
        window = nonempty[max(0, r - 2):r] + nonempty[r + 1:r + 3]
        return any(j in boundary for j in window)

    candidates: dict[str, list[int]] = {}
    for i in nonempty:
        s = raw[i]
        if i in page_set or URL_LINE_RE.match(s.strip()) or _leads_into_url(raw, i):
            continue
        k = _key(s)
        if len(k) >= 8 and len(k.split()) >= 2:
            candidates.setdefault(k, []).append(i)
    # Only a line seen three times can be a header: ask `protected` (which reads the line) about those only.
    groups = {k: kept for k, idx in candidates.items() if len(idx) >= 3
              and len(kept := [i for i in idx if not protected(raw[i])]) >= 3}
    running: set[int] = set()
    for idx in groups.values():
        if len(idx) >= 3 and sum(_sentence_tail(raw, nonempty, rank[i]) for i in idx) * 2 > len(idx):
            continue  # "for Digital Development." ending a wrapped sentence each time: answer text
        near = [i for i in idx if near_boundary(i)]
        if len(idx) >= 3 and (len(near) >= max(3, 0.6 * len(idx)) or _header_like(raw[idx[0]], country)):
            running |= set(idx)  # a header also sits mid-page where a page break fell inside a paragraph
    drop = page_set | running
    nonempty_n, empty_n = len(nonempty), sum(1 for s in raw if s == "")
    if nonempty_n > 10 and empty_n >= 0.6 * nonempty_n:
        # In the double-spaced layout a noise line brings its own empty line: drop both, so the lines
        # around it meet as they would without it (a page-end link list stays next to the page's text).
        drop |= {i + 1 for i in drop if i + 1 < len(raw) and raw[i + 1] == ""}
    return Cleaned([s for i, s in enumerate(raw) if i not in drop], [raw[i].strip() for i in sorted(drop)])
