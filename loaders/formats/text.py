"""MSQ questionnaire text as extracted from the published PDF (the seed's layout) -> ParsedDocument.

The published PDFs lose most tick marks on extraction, wrap question text and URLs over lines, append a
list of the page's link targets at the end of every page and embed reviewer comments. This module removes
layout noise (reading_noise), finds the country, the contact blocks and every catalogue question by its
number, reads each answer's words (reading_polarity), then follows references between answers once the
whole document is read (reading_references); README "How answers are read" documents the rules and flags.
Word and PDF loaders render their documents into this same layout and call parse_text().
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from .. import catalogue
from ..catalogue import Entry
from ..paths import DATA
from ..records import AnswerRecord, Contact, ParsedDocument, ParseError
from . import footnotes
from . import reading_legend as legend
from . import reading_named_in_target as named_in_target
from . import reading_noise as noise
from . import reading_option_denials as option_denials
from . import reading_participle_after_url as participle_after_url
from . import reading_pointer_sentences as pointer_sentences
from . import reading_polarity as polarity
from . import reading_references as references
from . import reading_works as works
from .reading_belongs_then_referral import referral_beside_pointer
from .reading_clauses import FLAG_INAPPLICABLE, FLAG_NOTHING, FLAG_TICK_DISAGREES, strip_label
from .reading_reason_pointer import inapplicable_reason_points
from .reading_words import current_language, language

SYNTHETIC_MARK = "SYNTHETIC DEMO DATA"
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
URL_ONLY_RE = re.compile(r"^(?:https?://|mailto:|www\.)\S+$", re.IGNORECASE)
URL_TRAILING = ".,;:)]}'\"’”"
QUESTION_RE = re.compile(r"^\s*(\d{1,2})\.\s+(\S.*)$")
SECTION_RE = re.compile(r"^\s*([A-H])\.\s+(\S.*)$")
CONTACT_RE = re.compile(r"^\s*(Your name|Title|Organization|Email)\s*\*\s*(.*)$", re.IGNORECASE)
COUNTRY_RE = re.compile(r"^\s*COUNTRY NAME\s*\*?\s*:?\s*(.*)$", re.IGNORECASE)
EDITION_RE = re.compile(r"E-Government Survey\s+(20\d\d)", re.IGNORECASE)
URL_DETAIL_RE = re.compile(r"(?:(?:https?://|www\.)\S+[\s;,]*)+", re.IGNORECASE)
FLAG_BOTH_TICKED = "both boxes ticked"
FLAG_ONLY_URL = "detail is only a link"
FLAG_DASH = "a dash only: read as nil"
DASH = "—"
FLAG_AMBIGUOUS_URL = "ambiguous URL join"
FLAG_AMBIGUOUS_TICK = "a tick between Yes and No: which box is unclear"
FLAG_CIO_NAMED = "a CIO or equivalent named in the contact fields, yet read no: which holds?"
# A contact field that names nobody: "N/A", "-", "none", "vacant", "to be appointed".
NOBODY_RE = re.compile(r"^\W*(?:n/?a|none|nil|vacant|not applicable|to be (?:appointed|confirmed)|tbc|tbd)?\W*$",
                       re.IGNORECASE)
UNDERSCORES_RE = re.compile(r"_{3,}")
BULLET_RE = re.compile(r"^[-•▪●◦*]\s+")
CONTACT_FIELDS = {"your name": "name", "title": "title", "organization": "organization", "email": "email"}


@dataclass(frozen=True)
class Glyphs:
    marked: frozenset[str]
    unmarked: frozenset[str]


@lru_cache(maxsize=1)
def glyphs() -> Glyphs:
    """Tick glyphs from data/tick_glyphs.csv, plus the bracket forms written by hand."""
    marked, unmarked = set(), set()
    with (DATA / "tick_glyphs.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            (marked if row["state"] == "marked" else unmarked).add(row["glyph"])
    return Glyphs(frozenset(marked), frozenset(unmarked))


def _glyph_pattern() -> str:
    g = glyphs()
    chars = re.escape("".join(sorted(g.marked | g.unmarked)))
    # A box glyph, a bracketed [X] / [ ] / (X), or a bare X used as a tick before a label.
    return rf"(?:[{chars}]|\[\s*[xX✓✔]?\s*\]|\(\s*[xX]?\s*\)|[xX](?=\s))"


@lru_cache(maxsize=1)
def _yes_no_re() -> re.Pattern:
    """The Yes/No box line, in either order ("No ☐ Yes ☒"), labels optionally closed by a colon."""
    g = _glyph_pattern()
    return re.compile(rf"^\s*(?P<g1>{g})?\s*(?P<l1>Yes|No)\b(?P<c1>\s*:)?\s*(?P<g2>{g})?\s*"
                      rf"(?P<l2>(?!(?P=l1)\b)(?:Yes|No))\b(?P<c2>\s*:)?\s*(?P<g3>{g}|[xX](?=\s*$))?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _leading_glyph_re() -> re.Pattern:
    return re.compile(rf"^\s*(?P<g>{_glyph_pattern()})\s*")


def _is_marked(glyph: str | None) -> bool | None:
    """True for a ticked glyph, False for an empty box, None when there is no glyph at all."""
    if not glyph:
        return None
    g = glyph.strip()
    if g in glyphs().marked or re.fullmatch(r"[\[(]\s*[xX✓✔]\s*[\])]|[xX]", g):
        return True
    return False


@lru_cache(maxsize=1)
def phrases() -> tuple[tuple[str, str, str], ...]:
    """(phrase, answer, match) rows of data/answer_phrases.csv: whole answers (`exact`, used by
    reading_words.whole_answers) and phrases the clause rules must read as the file says."""
    with (DATA / "answer_phrases.csv").open(encoding="utf-8", newline="") as f:
        rows = tuple((r["phrase"].casefold(), r["answer"], r["match"]) for r in csv.DictReader(f))
    for _, answer, match in rows:
        if answer not in {"yes", "no", "unknown"} or match not in {"exact", "starts_with", "first_sentence"}:
            raise ValueError(f"answer_phrases.csv: bad answer {answer!r} or match {match!r}")
    return rows


_NOT_ALNUM = re.compile(r"[^0-9a-z]")
_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Letters and digits only, lower case: how wrapped form text is compared with the catalogue."""
    return _NOT_ALNUM.sub("", text.casefold())


# ---------------------------------------------------------------------------------------------
# Layer 1: lines -> body lines, link lists, comments


@dataclass
class Line:
    text: str          # as in the document, right-stripped
    blank: bool        # a paragraph break
    # In a layout whose lines end with a space: True when this line lacks it (it breaks inside a word or
    # URL), False when it has it; None when the layout has no such convention.
    open_end: bool | None = None


@dataclass
class Layout:
    lines: list[Line]
    links: list[str]   # complete URLs from the per-page link lists (and known_links), in order
    notes: list[str]


def _protected(line: str) -> bool:
    """Form or answer text that may repeat on many pages and is never a running header."""
    s = line.strip()
    if (not s or QUESTION_RE.match(s) or _yes_no_re().match(s) or noise.comment_re().match(s)
            or polarity.explicit(s) or references.find(s)):
        return True
    if len(s) <= 40 and _says_no_or_declines(s):
        return True  # a short answer that says no or unknown ("N/A", "Not yet") may well repeat
    n = norm(s)
    return any(t.startswith(n) or n.startswith(t) for t in _form_norms())


def _says_no_or_declines(line: str) -> bool:
    """A short line that answers no or declines ("Not yet", "N/A"); not one that names nothing (a page
    number, a running header)."""
    r = polarity.read(line)
    return r.answer == "no" or (r.answer == "unknown" and r.flag != FLAG_NOTHING)


@lru_cache(maxsize=1)
def _form_norms() -> tuple[str, ...]:
    out = {norm(t) for ed in catalogue.editions() for _, t in catalogue.form_text(ed)}
    out |= {norm(e.text) for ed in catalogue.editions() for e in catalogue.questions(ed)}
    return tuple(t for t in out if len(t) >= 8)


def _split_layout(text: str, known_links: list[str] | None) -> Layout:
    country = next((m.group(1).strip() for ln in text[:5000].splitlines() if (m := COUNTRY_RE.match(ln))), "")
    cleaned = noise.clean(text, _protected, country=country)
    raw = cleaned.lines
    # The PDF extraction puts an empty line after every text line; then a line holding only spaces
    # is a paragraph break, and consecutive non-empty lines are page furniture (link lists, comments).
    nonempty = sum(1 for s in raw if s.strip())
    empty = sum(1 for s in raw if s == "")
    double_spaced = nonempty > 10 and empty >= 0.6 * nonempty
    # In the published layout every text line ends with a space, except one broken inside a URL.
    trailing = nonempty > 10 and sum(1 for s in raw if s.strip() and s.endswith(" ")) >= 0.5 * nonempty
    links: list[str] = list(known_links or [])
    notes: list[str] = []
    lines: list[Line] = []
    page_text: list[str] = []   # text since the last link list: a page-end list repeats its links
    lists_seen = 0              # a document without link lists has no page-end lists to recognise
    i = 0
    while i < len(raw):
        s = raw[i]
        if noise.comment_re().match(s):
            block = [s.strip()]
            i += 1
            while i < len(raw) and raw[i].strip() and not URL_ONLY_RE.match(raw[i]):
                # Without blank lines between text lines, a comment balloon is told by its narrow width.
                if not double_spaced and (len(raw[i].strip()) > 75 or QUESTION_RE.match(raw[i])):
                    break
                block.append(raw[i].strip())
                i += 1
            notes.append(" ".join(block))
            continue
        if URL_ONLY_RE.match(s) and s == s.rstrip():
            j = i
            while j < len(raw) and URL_ONLY_RE.match(raw[j]) and raw[j] == raw[j].rstrip():
                j += 1
            nxt = raw[j] if j < len(raw) else None
            rest_blank = all(not r.strip() for r in raw[j:])
            seen = " ".join(page_text)
            on_page = all(_seen_on_page(u, seen) for u in raw[i:j])
            is_list = ((j - i >= 2) or rest_blank or (double_spaced and nxt is not None and nxt != "")
                       or (trailing and all(_written_whole(u, seen) for u in raw[i:j])))
            # (in the published layout answer lines end with a space and list lines do not)
            if not double_spaced:
                # A page-end list repeats links written on its page; URLs nobody wrote above are an answer.
                is_list = ((j - i >= 2 and on_page and (nxt is None or nxt.startswith(" ") or not nxt.strip()))
                           or rest_blank or (on_page and (trailing or lists_seen > 0)))
            if is_list:
                for u in raw[i:j]:
                    if not u.lower().startswith("mailto:") and u not in links:
                        links.append(u)
                page_text = []
                lists_seen += 1
                i = j
                continue
        if s == "" and double_spaced:
            i += 1
            continue
        open_end = (s == s.rstrip()) if trailing and s.strip() else None
        lines.append(Line(text=s.rstrip(), blank=not s.strip(), open_end=open_end))
        page_text.append(s.strip())
        i += 1
    return Layout(lines=lines, links=links, notes=notes)


def _written_whole(url: str, page: str) -> bool:
    """Is `url` written on the page as a whole URL (not only as the start of a longer one)?"""
    return re.search(re.escape(url) + r"(?=[\s.,;:)\]]|$)", page) is not None


def _seen_on_page(url: str, page: str) -> bool:
    """Is `url` written in the page's text (whole, or broken over lines), as a page-end link list repeats?"""
    if url in page:
        return True
    squashed = page.replace(" ", "")
    return url in squashed and url[:20] in page


# ---------------------------------------------------------------------------------------------
# Layer 2: text assembly (unwrapping lines, repairing URLs)


def _strip_url(u: str) -> str:
    while u and u[-1] in URL_TRAILING:
        # Keep a closing parenthesis that belongs to the URL, e.g. .../Foo_(bar)
        if u[-1] == ")" and u.count("(") >= u.count(")"):
            break
        u = u[:-1]
    return u


# A count after a link: thousands separated ("1,250"), or with a plus or percent sign ("300+", "40%").
COUNT_RE = re.compile(r"\d{1,3}(?:,\d{3})+\+?|\d+(?:[.,]\d+)?[+%]")
PATH_CHARS_RE = re.compile(r"[/?=&#%_]|\.[a-z]{2,5}\b|\d")


def _url_join(prev: str, nxt: str, known: list[str], open_end: bool | None) -> str:
    """How the URL ending `prev` meets the next line: "join", "space" (the URL ended) or "ambiguous".

    The page link lists decide when they hold the URL; else the layout's trailing space (a line broken
    inside a URL has none); else the shape: a path piece ("/x", "a.html", "id=3") continues a URL,
    a capitalised or common prose word does not, and a plain word after a URL that may be complete is
    ambiguous.
    """
    words = prev.split()
    if not words or not nxt.strip():
        return "space"
    tail = words[-1].lstrip("([{<\"'“‘")  # a URL opened by a bracket or quote
    if not URL_RE.match(tail):
        return "space"
    head = _strip_url(nxt.split()[0])
    if not head or URL_RE.match(head):
        return "space"  # the next line starts a URL of its own
    if any(k.startswith(tail + head) for k in known):
        return "join"
    if _strip_url(tail) in known or tail[-1] in URL_TRAILING or not (head[0].isalnum() or head[0] in "/?#&=._-~%"):
        return "space"  # sentence punctuation, or a bracket or quote opening what follows the URL
    if open_end:
        return "join"   # the layout's trailing space is missing: the line breaks inside the URL
    if head.isdigit() and _bare_host(tail):
        return "space"  # a host ends at its last label: "…go.ke.example" + "312 services online" is a count
    if COUNT_RE.fullmatch(head):
        return "space"  # "1,250+", "40%", "2,000": a count written after the link, never a path piece
    if head[:1] in "/?#&=._" or (PATH_CHARS_RE.search(head) and not head[:1].isupper()):
        return "join"
    if head[:1].isupper() or head.casefold() in noise.words()["prose_word"]:
        return "space"
    if not re.search(r"^(?:https?://)?[^/]+/", tail):
        return "space"  # a bare host does not go on with a word
    if tail.endswith("/") and participle_after_url.participle_with_agent(nxt):
        return "space"  # ".../" + "operated by the Office": a participle with its agent, not a path piece
    if tail.endswith(("/", "-", "_", "=", "?", "&", "~")):
        return "join"   # wrapping breaks after a slash: ".../initiatives/" + "business"
    return "ambiguous"


def assemble(chunks: list[Line], known: list[str], ambiguous: list[str] | None = None) -> str:
    """Join wrapped lines into paragraphs: single spaces, mended hyphen and URL breaks, bullets on new
    lines. URLs whose break cannot be decided are listed in `ambiguous`."""
    paragraphs: list[str] = []
    current = ""
    prev_open: bool | None = None
    for line in chunks:
        text = UNDERSCORES_RE.sub(" ", line.text).strip()
        if line.blank or not text:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        text = " ".join(text.split())
        how = _url_join(current, text, known, prev_open) if current else "space"
        if not current:
            current = text
        elif BULLET_RE.match(text):
            current += "\n" + text
        elif how == "join" or (how == "space" and re.search(r"\w-$", current) and not _ends_in_url(current)):
            current += text
        else:
            if how == "ambiguous" and ambiguous is not None:
                ambiguous.append(_strip_url(current.split()[-1].lstrip("([{<\"'“‘")))
            current += " " + text
        prev_open = line.open_end
    if current:
        paragraphs.append(current)
    return "\n".join(p.strip() for p in paragraphs if p.strip())


def _bare_host(url: str) -> bool:
    """A URL that is only a host name ending in a whole label ("https://e.go.ke.example", "www.gov.jm.example"):
    no path, and not cut after a dot or a hyphen."""
    return bool(re.fullmatch(r"(?:https?://)?[^/\s]+\.[^\W\d_]{2,}", _strip_url(url), re.IGNORECASE))


def _ends_in_url(text: str) -> bool:
    words = text.split()
    return bool(words) and bool(URL_RE.match(words[-1].lstrip("([{<\"'“‘")))


def _fill(d: "Draft", lines: list[Line], known: list[str]) -> "Draft":
    """Set a draft's detail and links; a URL whose line break cannot be decided is left out and flagged."""
    ambiguous: list[str] = []
    d.detail = assemble(lines, known, ambiguous)
    d.links = [u for u in extract_links(d.detail, known) if _strip_url(u) not in ambiguous
               and u.removeprefix("https://") not in ambiguous]
    if ambiguous:
        d.flag = FLAG_AMBIGUOUS_URL
    return d


def extract_links(detail: str, known: list[str]) -> list[str]:
    """Complete URLs in a detail, de-duplicated in order of first appearance."""
    out: list[str] = []
    for m in URL_RE.finditer(detail):
        u = _strip_url(m.group(0))
        if u.lower().startswith("www."):
            u = "https://" + u
        if u not in known:
            # The link target may carry an anchor the visible text leaves out.
            fuller = [k for k in known if k.startswith(u + "#")]
            if len(set(fuller)) == 1:
                u = fuller[0]
        if u not in out:
            out.append(u)
    return out


# ---------------------------------------------------------------------------------------------
# Layer 3: finding questions and their parts


def _consume(lines: list[Line], i: int, target: str, start: str = "") -> int | None:
    """If lines[i:] begin with the form text `target` (compared by norm), return the index after it."""
    want = norm(target)
    got = norm(start) if start else ""
    j = i
    if not start:
        if j >= len(lines) or lines[j].blank:
            return None
        got = norm(lines[j].text)
        j += 1
    if not got or not want.startswith(got):
        return None
    while got != want and j < len(lines):
        if lines[j].blank:
            j += 1
            continue
        nxt = got + norm(lines[j].text)
        if not want.startswith(nxt):
            break
        got = nxt
        j += 1
    # A wrapped prompt that we matched only in part still counts when most of it is there.
    return j if len(got) >= 0.8 * len(want) else None


def _strip_boilerplate(lines: list[Line], edition: int) -> list[Line]:
    texts = [(t, norm(t)) for kind, t in catalogue.form_text(edition) if kind != "closing"]
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if not lines[i].blank:
            # Only a text the line's own letters begin can start here (as _consume checks first).
            got = norm(lines[i].text)
            end = got and next((e for t, w in texts if w.startswith(got) and (e := _consume(lines, i, t)) is not None),
                               None)
            if end:
                out.append(Line("", True))
                i = end
                continue
        out.append(lines[i])
        i += 1
    return out


def _label_split(text: str, label: str) -> str | None:
    """If `text` starts with `label` (by norm), return the raw remainder after it, else None."""
    want = norm(label)
    if not want or not norm(text).startswith(want):
        return None
    count = 0
    for pos, ch in enumerate(text):
        folded = ch.casefold()
        if folded and folded[0] in _ALNUM:  # the letters norm() keeps, counted one per character
            count += 1
            if count == len(want):
                # Drop the punctuation that closes the label ("…; link/detail:", "(if any)"); a lone dash
                # typed in the cell is kept: it is the answer ("Robotics; link/detail: —").
                rest = text[pos + 1:].lstrip(" :;,.)]")
                return DASH if rest.strip() and not rest.strip(" -–—") else rest.lstrip(" -–—")
    return None


@dataclass
class Block:
    entry: Entry
    lines: list[Line] = field(default_factory=list)


def _question_header(line: Line, entries: dict[int, Entry], after: int) -> Entry | None:
    m = QUESTION_RE.match(line.text)
    if not m:
        return None
    q = int(m.group(1))
    e = entries.get(q)
    if e is None or q <= after:
        return None
    head = m.group(2)
    if fuzz.partial_ratio(norm(head)[:60], norm(e.text)) < 80:
        return None
    return e


def _find_blocks(lines: list[Line], edition: int) -> tuple[list[Block], list[Line], int]:
    """Split body lines into question blocks; returns (blocks, front matter lines, end index)."""
    qs = {e.question: e for e in catalogue.questions(edition)}
    unnumbered = [e for e in qs.values() if not e.printed_number]
    closing = [t for k, t in catalogue.form_text(edition) if k == "closing"]
    section_titles = {norm(t) for t in catalogue.sections(edition).values()}
    blocks: list[Block] = []
    front: list[Line] = []
    current: Block | None = None
    last = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.blank:
            got = norm(line.text)  # _consume needs the form text to begin with this line's letters
            if any(got.startswith(norm(t)) or (got and norm(t).startswith(got) and _consume(lines, i, t) is not None)
                   for t in closing):
                break
            e = _question_header(line, qs, last)
            start = QUESTION_RE.match(line.text).group(2) if e else ""
            if e is None:
                e = next((u for u in unnumbered if u.question > last and got and norm(u.text).startswith(got)
                          and _consume(lines, i, u.text) is not None), None)
                start = ""
            if e is not None:
                end = _consume(lines, i + 1, e.text, start=start) if start else _consume(lines, i, e.text)
                current = Block(e)
                blocks.append(current)
                last = e.question
                i = end if end is not None else i + 1
                # The required-answer star can wrap onto a line of its own.
                while i < len(lines) and lines[i].text.strip() in {"*", "?*", "? *"}:
                    i += 1
                continue
            m = SECTION_RE.match(line.text)
            if m and any(norm(m.group(2)).startswith(t[:20]) for t in section_titles):
                current = None  # between a section header and its first question: headings and notes
                i += 1
                continue
        if current is not None:
            current.lines.append(line)
        elif not blocks:
            front.append(line)
        i += 1
    return blocks, front, i


def _contacts(lines: list[Line], role: str) -> tuple[Contact | None, list[Line]]:
    """Pull a 'Your name* / Title* / Organization* / Email*' block out of lines."""
    found: dict[str, str] = {}
    rest: list[Line] = []
    current = None
    for line in lines:
        m = CONTACT_RE.match(line.text)
        if m:
            current = CONTACT_FIELDS[m.group(1).casefold()]
            found[current] = m.group(2).strip()
            continue
        if current and not line.blank and current == "organization" and not found.get("email"):
            found[current] = (found[current] + " " + line.text.strip()).strip()  # a wrapped organisation name
            continue
        if line.blank and current and current != "email":
            continue
        current = None
        rest.append(line)
    if not found:
        return None, lines
    return Contact(role=role, **found), rest


# ---------------------------------------------------------------------------------------------
# Layer 4: deciding answers


@dataclass
class Draft:
    entry: Entry
    tick: bool | None = None      # True yes ticked, False no ticked, None no surviving tick
    conflict: bool = False
    detail: str = ""
    links: list[str] = field(default_factory=list)
    choice: str = ""
    flag: str | None = None       # a doubt found while reading the layout (e.g. an ambiguous URL join)
    cio_named: bool = False       # Q4's contact fields name someone (kept out of the detail: personal data)


def answer_language(detail: str) -> str:
    """The language an answer is written in (ISO 639-1). The hook for reading_language: when that module
    is present its `answer_language(text) -> str` decides (a code without cue tables is read as unknown,
    flagged, by reading_polarity.read_answer); without it every answer is read as English."""
    try:
        from . import reading_language
    except ImportError:
        return "en"
    return reading_language.answer_language(detail)


@dataclass(frozen=True)
class Own:
    """A draft's own reading, before references are followed."""
    answer: str
    basis: str
    flag: str | None = None
    evidence: str | None = None


def _tick_evidence(d: Draft) -> str:
    label = d.entry.form_label if d.entry.item and d.entry.form_label else ("Yes" if d.tick else "No")
    return f"tick: '☒ {label}'"


def _topic(d: Draft, edition: int | None) -> str:
    """The wording an answer replies to: an item's own label after its question's wording."""
    if not d.entry.item or edition is None:
        return d.entry.text
    return f"{catalogue.entry(edition, d.entry.question).text} {d.entry.text}"


# An "Other" value that names no option: a decline or a value still to come ("tbc", "tbd", "#N/A", "N/A").
NO_OPTION_RULES = {"declined", "expectation", "whole answer"}
# Evidence strong enough for an answer's own words after a pointer to decide against the answer pointed to.
OWN_WORDS_KINDS = {"in force", "operating", "in place", "status draft", "status in preparation", "negation"}
# A plain statement decides too when it is a clause of its own, not a name ("See Q12 – Singpass is named as a key
# enabler in the DGB", not "Same as in q16; the PSI act.", which only names what Q16 holds).
STATEMENT_WORDS = 5
POINTER_END_RE = re.compile(r"\s*(?:;|\+|\s[–—-]\s)")
CHECK_MARK_RE = re.compile(r"^\s*[✓✔](?=\s|$|[–—,;:.-])")


def _typed_mark(d: Draft, written) -> Own | None:
    """A mark typed as the answer: a dash in a matrix cell, or a check mark opening the written answer."""
    if d.entry.item and d.detail.strip() == DASH:
        # A dash typed in a named row of a matrix reads as nil, though it may mark a cell left empty (flagged);
        # in the open "Others (if any)" row it says there is nothing to add: unknown, as a blank.
        if d.entry.item == "other":
            return Own("unknown", "none")
        return Own("no", "inferred", FLAG_DASH, f"whole answer: '{DASH}'")
    if d.detail and CHECK_MARK_RE.match(d.detail):
        # "✓ – see Q35; bootcamps 2021-22": a check mark typed before the details ticks the question.
        disagrees = written is not None and written.answer == "no"
        return Own("yes", "marked", FLAG_TICK_DISAGREES if disagrees else None,
                   f"tick: '{d.detail.strip()[0]}'")
    return None


def _own_reading(d: Draft, edition: int | None = None) -> Own:
    """The draft's own tick and words, read in the answer's language."""
    if d.conflict:
        return Own("unknown", "none", FLAG_BOTH_TICKED, "tick: '☒ Yes ☒ No'")
    written = (polarity.read_answer(d.detail, current_language(), edition, _topic(d, edition))
               if d.detail else None)
    if d.tick is not None:
        ticked = "yes" if d.tick else "no"
        disagrees = written is not None and (
            polarity.explicit(strip_label(d.detail)) not in (None, ticked)
            or (ticked == "yes" and (written.answer == "no" or polarity.denies_in_part(d.detail))))
        return Own(ticked, "marked", FLAG_TICK_DISAGREES if disagrees else None, _tick_evidence(d))
    if d.entry.answer_type == "choice":
        if written is not None and written.answer == "unknown" and written.rule in NO_OPTION_RULES:
            return Own("unknown", "none", written.flag, written.evidence)   # "Other: tbc", "Other: #N/A"
        if written is not None and works.option_not_in_force(written.evidence, written.answer):
            # "Other: cinq ans (2021-2025), sous réserve de l'adoption du projet de stratégie": a draft's period
            return Own("unknown", "inferred", works.FLAG_OPTION_NOT_IN_FORCE, written.evidence)
        if written is not None and option_denials.option_denied(d.detail, written.evidence, written.answer):
            return Own("unknown", "inferred", option_denials.FLAG_OPTION_DENIED, written.evidence)
        return Own("yes", "inferred", None, f"option: '{d.detail[:100]}'") if d.detail else Own("unknown", "none")
    typed = _typed_mark(d, written)
    if typed is not None:
        return typed
    if written is None:
        return Own("unknown", "none")
    if written.answer == "unknown":
        # An answer in a language not read is unknown by inference (its words were seen, not read).
        return Own("unknown", "inferred" if written.rule == "language not read" else "none", written.flag,
                   written.evidence)
    flag = written.flag
    if flag is None and d.entry.answer_type == "yes_no" and URL_DETAIL_RE.fullmatch(d.detail.strip()):
        flag = FLAG_ONLY_URL  # a link says something exists, but not what the respondent answered
    return Own(written.answer, "inferred", flag, written.evidence)


@lru_cache(maxsize=1)
def _box_line_re() -> re.Pattern:
    """One ticked or empty box with its label on a line of its own ("☒ Yes" then "☐ No" below it)."""
    return re.compile(rf"^\s*(?P<g>{_glyph_pattern()})\s*(?P<label>Yes|No)\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _box_then_text_re() -> re.Pattern:
    """The box line with the answer typed after it: "☒ Yes ☐ No  The Data Act 2018" (a glyph must be there)."""
    g = _glyph_pattern()
    return re.compile(rf"^\s*(?P<g1>{g})\s*Yes\b\s*(?P<g2>{g})\s*No\b[\s:;,.–-]*(?P<rest>\S.*)$", re.IGNORECASE)


def _box_ticks(m: re.Match) -> tuple[bool | None, bool | None, bool]:
    """(yes ticked, no ticked, ambiguous) from a box line match, whichever label comes first.

    A glyph before the first label means glyphs lead their labels ("☐ Yes ☒ No"); one after the last label,
    or labels closed by colons ("Yes: X No:"), means they follow them. A lone tick between two bare labels
    ("Yes X No") could belong to either box."""
    g1, g2, g3 = m.group("g1"), m.group("g2"), m.groupdict().get("g3")
    ambiguous = False
    if g1 or not (g3 or m.groupdict().get("c1")):
        first, second = _is_marked(g1), _is_marked(g2)
        if not g1 and not g3 and _is_marked(g2):
            first, second, ambiguous = None, None, True
    else:
        first, second = _is_marked(g2), _is_marked(g3)
    if (m.groupdict().get("l1") or "yes").casefold() == "no":
        return second, first, ambiguous
    return first, second, ambiguous


def _yes_no(lines: list[Line]) -> tuple[bool | None, bool, list[Line], str | None]:
    """Find the Yes/No box: (tick, conflict, remaining lines, flag)."""
    rx = _yes_no_re()
    pair = _box_line_re()
    for k, line in enumerate(lines):
        m = rx.match(line.text)
        extra: list[Line] = []
        if not m and (t := _box_then_text_re().match(line.text)):
            m, extra = t, [Line(t.group("rest"), False, line.open_end)]
        if not m and (a := pair.match(line.text)):
            nxt = next((j for j in range(k + 1, len(lines)) if not lines[j].blank), None)
            b = pair.match(lines[nxt].text) if nxt is not None else None
            if b and a.group("label").casefold() == "yes" and b.group("label").casefold() == "no":
                yes, no = _is_marked(a.group("g")), _is_marked(b.group("g"))
                rest = lines[:k] + lines[nxt + 1:]
                if yes and no:
                    return None, True, rest, None
                return (True if yes else False if no else None), False, rest, None
            # A single box with its label ("☒ Yes" alone): a tick for that label, an empty box for nothing.
            ticked = _is_marked(a.group("g"))
            return ((a.group("label").casefold() == "yes") if ticked else None), False, lines[:k] + lines[k + 1:], None
        if not m:
            continue
        yes, no, ambiguous = _box_ticks(m)
        rest = lines[:k] + extra + lines[k + 1:]
        if ambiguous:
            return None, False, rest, FLAG_AMBIGUOUS_TICK
        if yes and no:
            return None, True, rest, None
        if yes:
            return True, False, rest, None
        if no:
            return False, False, rest, None
        return None, False, rest, None
    return None, False, lines, None


def _items(block: Block, entries: list[Entry], known: list[str]) -> tuple[list[Draft], list[Line]]:
    """Split an items question's lines at its sub-items' form labels."""
    lead = _leading_glyph_re()
    drafts: dict[str, Draft] = {}
    parts: dict[str, list[Line]] = {}
    preamble: list[Line] = []
    current: str | None = None
    lines = block.lines
    i = 0
    while i < len(lines):
        line = lines[i]
        hit = None
        if not line.blank:
            m = lead.match(line.text)
            glyph = m.group("g") if m else None
            body = line.text[m.end():] if m else line.text
            for e in entries:
                if e.item in drafts:
                    continue
                rest = _label_split(body.strip(), e.form_label)
                span = 1
                if rest is None:
                    # A label wrapped over two lines, e.g. "Social Welfare" / "(inclusion, …)".
                    nxt = next((k for k in range(i + 1, len(lines)) if not lines[k].blank), None)
                    if nxt is not None and norm(e.form_label).startswith(norm(body)) and norm(body):
                        rest = _label_split(body.strip() + " " + lines[nxt].text.strip(), e.form_label)
                        span = nxt - i + 1
                if rest is not None:
                    hit = (e, glyph, rest, span)
                    break
        if hit:
            e, glyph, rest, span = hit
            drafts[e.item] = Draft(e, tick=_is_marked(glyph) if glyph else None)
            # The rest keeps its line's end: a trailing space after a URL says the URL ended there.
            parts[e.item] = [Line(rest, False, lines[i + span - 1].open_end)] if rest.strip() else []
            current = e.item
            i += span
            continue
        (parts[current] if current else preamble).append(line)
        i += 1
    out = []
    for e in entries:
        d = drafts.get(e.item, Draft(e))
        _fill(d, parts.get(e.item, []), known)
        out.append(d)
    return out, preamble


def _choice(block: Block, known: list[str]) -> Draft:
    d = Draft(block.entry)
    lead = _leading_glyph_re()
    other_text = ""
    other_marked = False
    remarks: list[str] = []   # an option's label with the words typed after it on its line ("Five-year – Plan …")
    wrapping = False   # the "Other" text goes on, wrapped onto the next lines, until another option
    remarking = False  # so does an option's remark
    remark_marked = False
    for line in block.lines:
        if line.blank:
            continue
        m = lead.match(line.text)
        body = (line.text[m.end():] if m else line.text).strip()
        for option in block.entry.options:
            rest = _label_split(body, option)
            if rest is None:
                continue
            rest = UNDERSCORES_RE.sub(" ", rest).strip(" :")
            # an "Other" line, filled or blank: the lines after it hold its text (a blank "Other ____", then the
            # answer typed on the line below it: nothing lost)
            wrapping = option.lower() == "other"
            if wrapping:
                other_text = rest
            elif rest:
                # Nothing lost: words typed after an option's label are the respondent's (the option chosen,
                # with its remark), whether or not a box was ticked on that line.
                remarks.append(f"{option}: {rest}")
            remarking = bool(rest) and not wrapping
            if m and _is_marked(m.group("g")):
                d.tick = True
                other_marked = wrapping
                remark_marked = remarking
                d.detail = f"Other: {rest}" if wrapping and rest else remarks[-1] if rest else option
            break
        else:
            if remarking and body:
                remarks[-1] = f"{remarks[-1]} {UNDERSCORES_RE.sub(' ', body).strip()}".strip()
                if remark_marked:
                    d.detail = remarks[-1]
            if wrapping and body:
                # Nothing lost: "Other Cuatro años … El borrador de la ENGD" / "propone un horizonte de diez años."
                other_text = f"{other_text} {UNDERSCORES_RE.sub(' ', body).strip()}".strip()
                if other_marked:
                    d.detail = f"Other: {other_text}"
    if d.tick is None and (remarks or other_text):
        d.detail = "; ".join(remarks + ([f"Other: {other_text}"] if other_text else []))
    d.links = extract_links(d.detail, known)
    return d


def _reject_truncated(blocks: list[Block], edition: int, *, closed: bool, source_name: str) -> None:
    """A file whose questions stop part-way, with no closing text after them, was cut off (a failed
    export or copy): reading it would turn every later question into a silent unknown.

    Blank answers to questions that are present are not truncation; nor is one missing question at the
    end (some copies leave out the consent question) or a document that reaches the closing text.
    """
    if not blocks or closed:
        return
    if sum(1 for ln in blocks[-1].lines if not ln.blank) > 60:
        return  # much text after the last question found: later questions are worded otherwise, not cut off
    last = max(b.entry.question for b in blocks)
    later = [q.question for q in catalogue.questions(edition) if q.question > last]
    if len(later) >= 2:
        raise ParseError(f"{source_name}: the file ends at question {last}; it looks truncated "
                         f"(questions {later[0]}-{later[-1]} and the closing text are missing)")


def parse_text(text: str, *, source_name: str, known_links: list[str] | None = None,
               edition: int | None = None, loader: str = "msq_text",
               fmt: str = "text") -> ParsedDocument:
    """Parse one MSQ response in the extracted-text layout; raises ParseError when it is not one."""
    if not text.strip():
        raise ParseError(f"{source_name}: the file is empty")
    text = noise.undo_markup(text)   # HTML of an online-form export, tracked changes: layout, never answers
    head = text[:3000]
    is_synthetic = text.lstrip().upper().startswith(SYNTHETIC_MARK)
    if edition is None:
        m = EDITION_RE.search(head)
        if not m:
            raise ParseError(f"{source_name}: no survey edition found (expected 'E-Government Survey 20XX' in "
                             "the title); pass --edition YEAR")
        edition = int(m.group(1))
    if edition not in catalogue.editions():
        raise ParseError(f"{source_name}: edition {edition} has no question catalogue "
                         f"(have {catalogue.editions()}); add data/catalogue/msq_{edition}.csv")
    layout = _split_layout(text, known_links)
    known = layout.links
    body = _strip_boilerplate(layout.lines, edition)
    blocks, front, end = _find_blocks(body, edition)
    # Footnotes printed at the end of a section go to the answers carrying their markers, not to the last question.
    lifted, orphan_notes = footnotes.lift([b.lines for b in blocks], skip=lambda t: bool(CONTACT_RE.match(t)))
    for b, lines in zip(blocks, lifted):
        b.lines = lines
    country = next((m.group(1).strip() for ln in front if (m := COUNTRY_RE.match(ln.text))), "")
    if not country:
        raise ParseError(f"{source_name}: no 'COUNTRY NAME*' line found; is this an MSQ response?")
    n_questions = len(catalogue.questions(edition))
    _reject_truncated(blocks, edition, closed=end < len(body), source_name=source_name)
    if len(blocks) < n_questions // 2:
        raise ParseError(f"{source_name}: only {len(blocks)} of {n_questions} MSQ {edition} questions found; "
                         "the file does not look like a filled questionnaire in the published layout")
    contacts = []
    respondent, _ = _contacts(front, "respondent")
    if respondent:
        contacts.append(respondent)

    drafts: list[Draft] = []
    notes = list(layout.notes) + orphan_notes
    by_q = {b.entry.question: b for b in blocks}
    for q in catalogue.questions(edition):
        drafts += _drafts(q, by_q.get(q.question), edition, known, contacts, notes)

    # A key of status codes declared before the first question ("A = Adopted and in force") reads the answers
    # that open with one of its codes (reading_legend).
    with legend.declared(legend.find([ln.text for ln in front])):
        return _decide_all(drafts, edition, country, loader, fmt, contacts, notes, is_synthetic)


def _drafts(q: Entry, block: Block | None, edition: int, known: list[str], contacts: list[Contact],
            notes: list[str]) -> list[Draft]:
    """One question's drafts (the question, and its items), read from its block of lines."""
    if block is None:
        notes.append(f"question {q.question} not found in the document")
        return [Draft(q)] + [Draft(e) for e in catalogue.items(edition, q.question)]
    lines = block.lines
    if q.answer_type == "yes_no":
        tick, conflict, lines, tick_flag = _yes_no(lines)
        cio, lines = _contacts(lines, "cio")
        if cio:
            contacts.append(cio)
        d = Draft(q, tick=tick, conflict=conflict, cio_named=bool(cio and not NOBODY_RE.match(cio.name or "")))
        if conflict:
            notes.append(f"question {q.question}: both Yes and No are ticked")
        _fill(d, lines, known)
        if tick_flag:
            d.flag = "; ".join(f for f in (tick_flag, d.flag) if f)
        return [d]
    if q.answer_type == "items":
        item_drafts, preamble = _items(block, catalogue.items(edition, q.question), known)
        return [_fill(Draft(q), preamble, known)] + item_drafts
    if q.answer_type == "choice":
        return [_choice(block, known)]
    return [_fill(Draft(q), lines, known)]


def _decide_all(drafts: list[Draft], edition: int, country: str, loader: str, fmt: str,
                contacts: list[Contact], notes: list[str], is_synthetic: bool) -> ParsedDocument:
    """Read every draft on its own, then follow references once the whole document is known."""
    order = [(d.entry.question, d.entry.item) for d in drafts]
    questions = {q for q, _ in order}
    nodes: dict[tuple[int, str], references.Node] = {}
    own_flags: dict[tuple[int, str], str | None] = {}
    for d in drafts:
        key = (d.entry.question, d.entry.item)
        if d.entry.answer_type == "items":
            kids = [k for k in order if k[0] == key[0] and k[1]]
            nodes[key] = references.Node(key, "unknown", "none", list(d.links), children=kids, rollup=True)
            continue
        with language(answer_language(d.detail) if d.detail else "en"):
            nodes[key], own_flags[key] = _node(d, key, order, questions, edition)
    _named_in_targets(drafts, nodes)   # "Drones for … (see response to 18)": what Q18 says of drones
    resolved = references.resolve(nodes, order)
    answers: list[AnswerRecord] = []
    for d in drafts:
        key = (d.entry.question, d.entry.item)
        r = resolved[key]
        flags = [f for f in (own_flags.get(key), r.flag, d.flag) if f]
        if d.cio_named and r.answer == "no" and r.basis != "marked":
            # Someone is named as CIO or equivalent while the written words read no ("Formal GCIO Office ✗ Not
            # started"): the contact is evidence the words do not weigh, so a reviewer decides.
            flags.append(FLAG_CIO_NAMED)
        answers.append(AnswerRecord(question=key[0], item=key[1], answer=r.answer, basis=r.basis,
                                    detail=d.detail, links=r.links, flag="; ".join(dict.fromkeys(flags)) or None,
                                    evidence=r.evidence if d.detail or d.tick is not None or d.conflict
                                    or d.entry.answer_type == "items" else None))
    return ParsedDocument(country_name=country, edition=edition, loader=loader, format=fmt,
                          answers=answers, contacts=contacts, notes=notes, is_synthetic=is_synthetic)


def _named_in_targets(drafts: list[Draft], nodes: dict[tuple[int, str], references.Node]) -> None:
    """Mark the answers that name a thing and point to another answer where that thing is in place."""
    details = {(d.entry.question, d.entry.item): d for d in drafts}
    for key, node in nodes.items():
        target = details.get(node.ref) if node.ref is not None and node.ref != key else None
        if target is None or not target.detail or not details[key].detail:
            continue
        d = details[key]
        with language(answer_language(target.detail)):
            node.named_there = named_in_target.named_there(d.detail, target.detail)


def _sibling_pointer(d: Draft, edition: int) -> str | None:
    """The sibling item an item's answer points to by name, or None."""
    names = {e.item: references.label_names(e.label, e.form_label) for e in catalogue.items(edition, d.entry.question)
             if e.item != d.entry.item}
    return references.sibling(strip_label(d.detail), names)   # "Kominfo: as for 5G.": a part's label, then the pointer


def _a_statement_after(detail: str) -> bool:
    """Do the words after the pointer make a clause of their own (five words or more), not only a name?"""
    m = POINTER_END_RE.search(detail)
    return m is not None and len(re.findall(r"[^\W\d_]+", detail[m.end():])) >= STATEMENT_WORDS


def _node(d: Draft, key: tuple[int, str], order: list[tuple[int, str]], questions: set[int],
          edition: int) -> tuple[references.Node, str | None]:
    """One answer's own reading and the references it makes, in the answer's language."""
    own = _own_reading(d, edition)
    flag = own.flag
    node = references.Node(key, own.answer, own.basis, list(d.links), evidence=own.evidence)
    ref = references.find(d.detail) if d.tick is None and not d.conflict and d.detail else None
    if ref is not None and d.entry.answer_type != "choice" and polarity.explicit(d.detail):
        # "Yes, see Q12": the explicit word answers; the pointer only brings the links.
        target = references.target_key(ref, key, order, questions)
        if target is not None and target != key:
            node.also.append(target)
    elif ref is not None and d.entry.answer_type != "choice" and own.answer == "unknown" \
            and referral_beside_pointer(d.detail):
        # "A cargo de la CONATEL (ver pregunta 18)": whose the matter is, the pointer only shows where that body's
        # work is told; the answer pointed to answers another question, so only its links come (round twenty-one BB)
        target = references.target_key(ref, key, order, questions)
        if target is not None and target != key:
            node.also.append(target)
    elif ref is not None and d.entry.answer_type != "choice" and inapplicable_reason_points(d.detail):
        # "Not applicable, as there is no sub-national government (please see Q4)." (after round twenty-three GG):
        # the not-applicable and its reason answer, the pointer shows where the reason is told; only its links come.
        # A no read from the reason's denial is the not-applicable's: none, or declined, for a reviewer
        target = references.target_key(ref, key, order, questions)
        if target is not None and target != key:
            node.also.append(target)
        flag = flag or (FLAG_INAPPLICABLE if own.answer != "unknown" else None)
    elif ref is not None and d.entry.answer_type != "choice":
        target = references.target_key(ref, key, order, questions)
        if target is None or target == key:
            node.missing_target = True
            node.ref = key
        else:
            node.ref = target
        node.restates = ref.continued and bool(d.links)
        # words of its own that decide by more than naming ('See Q12 – the strategy refers to …'; not 'Same as in
        # q16; the PSI act.', which only names what Q16 holds)
        kind = (own.evidence or '').split(':', 1)[0]
        node.own_words = bool(references.words_after(d.detail) and (
            (ref.continued and (kind in OWN_WORDS_KINDS or (kind == "stated" and _a_statement_after(d.detail))))
            # "We would refer to our answer at Q.12. MyGovID is identified in the Strategy as …": a pointer
            # sentence, then sentences of its own
            or (not ref.continued and (kind in OWN_WORDS_KINDS or kind == "stated")
                and pointer_sentences.statement_after_pointer_sentence(d.detail))))
        node.also += [(q, "") for q in ref.more if q in questions and (q, "") != key]
        node.pointer = references.pointer_words(d.detail)
        flag = None
    elif ref is None and d.entry.item and d.detail and d.tick is None and own.answer == "unknown":
        item = _sibling_pointer(d, edition)
        if item is not None:   # "As 5G", "Same as Blockchains above": another item of the same question
            node.ref, node.pointer, flag = (key[0], item), d.detail.strip(), None
    node.flag = flag
    if d.detail and d.entry.answer_type != "choice":
        for later in references.pointers_later(d.detail):
            target = references.target_key(later, key, order, questions)
            if target is not None and target != key:
                node.also.append(target)
    return node, flag
