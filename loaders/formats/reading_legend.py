"""Status codes a response declares in a legend ("A = Adopted and in force", "D = Draft") and answers opened by one.

Some responses declare, near the top, a key of short codes and then open every answer with one: "A – Data
Protection Act, 2012", "D – 5G roadmap with the regulator, draft.", "I – Matter for the Commission". The code is
the respondent's own status of the answer; its meaning is in the legend's words, never in a list in the code.

- `find(lines)`: the legend of a document, from the lines before its first question: a block of at least two
  lines "CODE = meaning" (or three lines "CODE – meaning" / "CODE: meaning"), or one line holding at least two
  "CODE = meaning" pairs. A code is one to three capitals, or two around a slash ("N/A", "S/O"). It is used only
  when at least two of its meanings read as a status ("TO: …", "CC: …", "RE: …" heading a memo are no key).
- `declared(legend)`: the legend in force while the document's answers are read (text.py sets it).
- `legend_code(a, read)`: the reading step for an answer that opens with a declared code. The code reads as its
  meaning's words ("A" as "Adopted and in force / operational": yes; "D" as "Draft (…)": no; "I" as "Information
  not available …": unknown), read by the ordinary rules; the words after the code (the remark) may take it back:
  - a code meaning yes whose remark reads no ("A – Bill passed; awaiting assent"), or whose labelled later
    sentence gives a status short of in force ("A – e-payments … Remark: currently a pilot"): no, flagged;
  - a code meaning no whose remark affirms more than a name ("D – survey conducted in 2021; report in draft"): the
    code stands, as a ticked box does against its words, flagged; a remark that only names the thing ("D – 5G
    roadmap with the regulator, draft.") takes the code's status;
  - a code meaning unknown (information not available) is unknown whatever the remark says.
  Not read here: an answer whose codes differ ("A / D – …", "A – the Act … D – regulations"; the parts are read by
  the ordinary rules), a code that is itself a whole answer ("N/A"), a code whose meaning the reader cannot place.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from .reading_answer import WEAK_KINDS, Answer
from .reading_clauses import FLAG_NOTHING, Reading, strip_label
from .reading_words import current_language, sentences

FLAG_CODE_TAKEN_BACK = "a status code, then a remark that says otherwise"

CODE = r"[A-Z]{1,3}|[A-Z]/[A-Z]"
# "A = Adopted and in force", "D – Draft (prepared, …)", "P: Planned"; the code stands at the line's start.
LINE_RE = re.compile(rf"^\s*(?P<code>{CODE})\s*(?P<sep>=|[:–—]|-(?=\s))\s*(?P<meaning>[^\W\d_].*?)\s*$")
# Several pairs on one line: "Codes: A = adopted, D = draft, P = planned".
PAIR_RE = re.compile(rf"(?<![\w/])(?P<code>{CODE})\s*=\s*(?P<meaning>[^\W\d_][^,;=]*?)(?=\s*(?:[,;)]|$))")
MIN_EQUAL_LINES = 2   # "=" says a key; a dash or a colon is common prose, so a key in those needs more lines
MIN_OTHER_LINES = 3
# What may follow a code that opens an answer or a part: a dash, a colon, a bracket ("A (i) e-information"),
# a slash to another code ("A / D –"), or the end.
AFTER_CODE = r"(?=\s*(?:[–—:(]|-\s|$))"
MEANING_QUOTED = 120   # evidence stays a short span


@dataclass(frozen=True)
class Legend:
    codes: tuple[tuple[str, str], ...]   # (code, meaning) in the order declared

    def meaning(self, code: str) -> str | None:
        return dict(self.codes).get(code)

    def alternatives(self) -> str:
        return "|".join(re.escape(c) for c, _ in sorted(self.codes, key=lambda cm: len(cm[0]), reverse=True))


_LEGEND: ContextVar[Legend | None] = ContextVar("status_legend", default=None)


@contextmanager
def declared(legend: Legend | None):
    """Read the document's answers with its legend (None: no legend)."""
    token = _LEGEND.set(legend)
    try:
        yield
    finally:
        _LEGEND.reset(token)


def find(lines: list[str]) -> Legend | None:
    """The legend declared in these lines (the front matter of a response), or None. The first block that
    makes a key wins."""
    block: list[tuple[str, str, str]] = []
    for line in lines + ["-"]:
        pairs = PAIR_RE.findall(line)
        if len(pairs) >= MIN_EQUAL_LINES:   # "Codes: A = adopted, D = draft, P = planned"
            inline = [(c, "=", m.strip()) for c, m in pairs]
            if _size_ok(inline):
                return Legend(tuple((c, m) for c, _, m in inline))
        m = LINE_RE.match(line)
        if m:
            block.append((m.group("code"), m.group("sep"), m.group("meaning").strip()))
        elif line.strip():   # blank lines may separate the lines of one key (a double-spaced layout)
            if _size_ok(block):
                return Legend(tuple((c, meaning) for c, _, meaning in block))
            block = []
    return None


def _size_ok(block: list[tuple[str, str, str]]) -> bool:
    codes = [c for c, _, _ in block]
    if len(set(codes)) != len(codes):
        return False
    equal = all(sep == "=" for _, sep, _ in block)
    return len(block) >= (MIN_EQUAL_LINES if equal else MIN_OTHER_LINES)


def opening_codes(text: str, legend: Legend) -> tuple[list[str], str]:
    """The declared codes opening the text ("A / D – …" gives A and D) and the words after them (the remark)."""
    alt = legend.alternatives()
    m = re.match(rf"^[\s•*▪-]*(?P<codes>(?:{alt})(?![\w/])(?:\s*/\s*(?:{alt})(?![\w/]))*){AFTER_CODE}", text)
    if not m:
        return [], text
    codes = re.findall(rf"(?:{alt})(?![\w/])", m.group("codes"))
    return codes, text[m.end():].lstrip(" –—:-\t")


def part_codes(text: str, legend: Legend) -> list[str]:
    """The declared codes opening later parts of the answer ("… signatures. D – Regulations …", "\\nD – MoU …")."""
    alt = legend.alternatives()
    return re.findall(rf"(?:\n|[.;]\s+)[\s•*▪-]*({alt})(?![\w/]){AFTER_CODE}", text)


def legend_code(a: Answer, read) -> Reading | None:
    """An answer opened by a status code of the document's legend, read as the code's meaning and its remark."""
    legend = _LEGEND.get()
    if legend is None:
        return None
    with declared(None):   # the code's words, its meaning and the remark are read by the ordinary rules
        return _coded(a, legend, read)


def _coded(a: Answer, legend: Legend, read) -> Reading | None:
    codes, remark = opening_codes(a.text, legend)
    if not codes or not _a_key_of_statuses(legend, read) or any(_known_word(c, read) for c in codes):
        return None   # "N/A – …": the reader knows the code's words already
    said = {_meaning_reading(legend, c, read).answer for c in codes + part_codes(a.text, legend)}
    if len(said) != 1:
        return None   # "A / D – …", "A – the Act … D – regulations": parts with their own status
    code = codes[0]
    meant = _meaning_reading(legend, code, read)
    if not _a_status(meant):
        return None   # a meaning the reader cannot place as a status: the answer's own words decide
    # The span is the code as the answer writes it (the Review page finds it there); the legend's words follow.
    meaning = legend.meaning(code) or ""
    meaning = meaning if len(meaning) <= MEANING_QUOTED else meaning[:MEANING_QUOTED - 1] + "…"
    quoted = f"{meant.evidence.partition(':')[0]}: '{code}' -> legend: '{code} = {meaning}'"
    if meant.answer == "unknown":
        return Reading("unknown", meant.flag, "legend code", quoted)   # "I – Funds were released …": not known
    said_after = read(remark, a.topic, a.edition) if remark.strip() else None
    if meant.answer == "yes":
        undone = _taken_back(remark, said_after, a, read)
        if undone is not None:
            return Reading("no", FLAG_CODE_TAKEN_BACK, "legend code taken back", undone.evidence)
        if said_after is not None and said_after.answer == "yes":
            return Reading("yes", said_after.flag, "legend code", said_after.evidence)
        return Reading("yes", None, "legend code", quoted)
    # a code meaning no (a draft, a plan)
    if said_after is None or said_after.answer != "yes":
        return Reading("no", None, "legend code",
                       said_after.evidence if said_after is not None and said_after.answer == "no" else quoted)
    if said_after.evidence.partition(":")[0] in WEAK_KINDS:
        return Reading("no", None, "legend code", quoted)   # "D – 5G roadmap with the regulator": what is a draft
    return Reading("no", FLAG_CODE_TAKEN_BACK, "legend code beside a remark that affirms", quoted)


def _taken_back(remark: str, said: Reading | None, a: Answer, read) -> Reading | None:
    """The remark's own no: the remark read whole, or a later sentence of it that opens with a field label
    ("Remark: currently a pilot in 30 districts") giving a status short of in force."""
    if said is not None and said.answer == "no":
        return said
    for sentence in sentences(remark)[1:]:
        if strip_label(sentence) == sentence.strip():
            continue   # a plain later sentence tells more of the thing; a labelled one is a remark on its status
        later = read(sentence, a.topic, a.edition)
        if later.answer == "no" and later.evidence.startswith("status"):
            return later
    return None


_MEANINGS: dict[tuple[str, str, str], Reading] = {}


def _meaning_reading(legend: Legend, code: str, read) -> Reading:
    """A code's meaning read by the ordinary rules, in the language being read (cached per code and language)."""
    meaning = legend.meaning(code) or ""
    key = (code, meaning, current_language())
    if key not in _MEANINGS:
        _MEANINGS[key] = read(meaning)
    return _MEANINGS[key]


MIN_STATUS_MEANINGS = 2   # "TO: …", "CC: …", "RE: …" in a memo's head are no key of statuses


def _a_key_of_statuses(legend: Legend, read) -> bool:
    """Do at least two of the legend's meanings read as a status (yes, no, or information not available)?"""
    placed = [c for c, _ in legend.codes if _a_status(_meaning_reading(legend, c, read))]
    return len(placed) >= MIN_STATUS_MEANINGS


def _a_status(r: Reading) -> bool:
    """A meaning that reads as a status, not as a name or a plain statement ("Ministry of Finance")."""
    kind = r.evidence.partition(":")[0] if r.evidence else ""
    return (r.answer != "unknown" or r.rule == "declined") and kind not in WEAK_KINDS | {"stated"}


def _known_word(code: str, read) -> bool:
    """Is the code a word the reader reads by itself ("N/A", "NA")? Then the ordinary rules read the answer."""
    return _word_reading(code, read).flag != FLAG_NOTHING


_WORDS: dict[tuple[str, str], Reading] = {}


def _word_reading(word: str, read) -> Reading:
    key = (word, current_language())
    if key not in _WORDS:
        _WORDS[key] = read(word)
    return _WORDS[key]
