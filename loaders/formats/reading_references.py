"""Cross-references between answers ("See Q35", "as described under question 3", "same as above", "our reply
to Q29 below"), found in any wording and resolved after the whole document is read.

An answer is a reference when its opening (up to the first ; + – or the end of the first sentence) holds
nothing but a pointer to another answer: a question number or a direction (above, below, previous,
following) and words from data/reading/reference_words.csv. Resolution follows chains, detects cycles,
and flags every reading that is not a plain backward reference.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .reading_language import pointer_text
from .reading_pointer_colon import colon_split
from .reading_words import current_language, sentences, table_path, tokens

FLAG_FORWARD = "reference resolved forward"
FLAG_CHAIN = "reference resolved through a chain"
FLAG_UNRESOLVED = "unresolved reference"
FLAG_TARGET_FLAGGED = "a reference to an answer that is itself flagged"
FLAG_OWN_WORDS = "a reference, and words of its own that read otherwise"
FLAG_ITEMS_NO = "every named item no, 'Others' blank"
FLAG_ITEMS_NO_BLANK = "every item read is no, the others blank"
# A roll-up decided only by items a reviewer must check (flagged, or in a language not read) is as doubtful
# as they are: "roll-up of flagged items (answer in Portuguese: not read)".
FLAG_ITEMS_FLAGGED = "roll-up of flagged items"
BACK = {"above", "previous", "preceding", "prior", "last", "earlier", "before"}
AHEAD = {"below", "following", "next", "later"}


def filler() -> frozenset[str]:
    """Words a pure reference may contain besides its target, in the language being read
    (data/reading/reference_words.csv; data/reading/<lang>/reference_words.csv for another language)."""
    return _filler(current_language())


@lru_cache(maxsize=8)
def _filler(lang: str) -> frozenset[str]:
    path = table_path("reference_words.csv", lang)
    if not path.exists():
        return frozenset()
    with path.open(encoding="utf-8", newline="") as f:
        words = {r["word"].casefold().strip() for r in csv.DictReader(f)}
    if "" in words:
        raise ValueError("reference_words.csv: empty word")
    return frozenset(words)


@dataclass(frozen=True)
class Ref:
    question: int | None    # a numbered target, or None for a direction
    direction: str          # "number", "back" or "ahead"
    continued: bool = False  # the answer goes on after the pointer ("Same as in q16; <law, link>")
    more: tuple[int, ...] = ()  # further questions named beside the first ("in Q31 and Q32"): links only


# A gloss in brackets after a pointer ("Same position as Q11 (the bill, at drafting stage)."): it restates
# the referenced answer, so the pointer still decides.
GLOSS_RE = re.compile(r"^(?P<pointer>[^()]+?)\s*\((?P<gloss>[^()]*)\)\s*[.;]?\s*$")


def _opening(detail: str) -> tuple[str, bool]:
    """The detail's opening segment, and whether the rest of the first sentence goes on after it."""
    first = sentences(detail.strip())[0] if detail.strip() else ""
    m = re.search(r"\s*(?:;|\+|\s[–—-]\s)", first)
    seg, continued = (first[:m.start()], True) if m else (first, False)
    gloss = GLOSS_RE.match(seg)
    if gloss and _pointer(gloss.group("pointer")) is not None and not re.search(r"\d", gloss.group("gloss")):
        return gloss.group("pointer"), True
    return seg, continued


def find(detail: str) -> Ref | None:
    """The reference an answer opens with, or None when the answer opens with something of its own."""
    seg, continued = _opening(detail)
    ref = _pointer(seg)
    if ref is None and (cut := _colon_opening(detail)) is not None:
        ref, continued = _pointer(cut[0]), bool(cut[1].strip())   # "Idem 12 : les dispositions …" (round eighteen W)
    return Ref(ref.question, ref.direction, continued, ref.more) if ref else None


def _colon_opening(detail: str) -> tuple[str, str] | None:
    """A pointer before a colon opening the answer, and the words after it (reading_pointer_colon)."""
    first = sentences(detail.strip())[0] if detail.strip() else ""
    return colon_split(first, is_pointer, _in_english)


def _in_english(seg: str) -> str:
    """A French or Spanish pointer in the English words of the reference rules ("ídem 12" -> "idem 12")."""
    return pointer_text(seg, current_language()) if current_language() != "en" else seg


def words_after(detail: str) -> bool:
    """Does the pointer go on with words of the answer's own after a dash or semicolon ("See Q12 – the strategy
    refers to …"), not only a gloss in brackets ("Same position as Q11 (the Bill, at drafting stage)")?"""
    sents = sentences(detail.strip()) if detail.strip() else [""]
    first = sents[0]
    m = re.search(r"\s*(?:;|\+|\s[–—-]\s)", first)
    if m is not None and not GLOSS_RE.match(first[:m.start()]) and bool(first[m.end():].strip()):
        return True
    cut = colon_split(first, is_pointer, _in_english)
    if cut is not None and bool(cut[1].strip()):
        return True   # "Idem 12 : les dispositions … figurent dans le texte adopté" (round eighteen W)
    # "Voir la question 2 (AchatsCanada). Aucune loi ne vise …": a pointer standing as its own sentence, then
    # sentences of the answer's own
    return len(sents) > 1 and is_pointer(first) and any(not is_pointer(s) for s in sents[1:])


def is_pointer(sentence: str) -> bool:
    """Is this sentence nothing but a pointer to another answer?"""
    return _pointer(sentence) is not None


def pointer_words(detail: str) -> str:
    """The words of the pointer an answer opens with ("See Q12"), for the answer's evidence."""
    return _opening(detail)[0].strip()


def pointers_later(detail: str) -> list[Ref]:
    """Sentences after the first that are nothing but a pointer ("… is the same. Please see question 4.")."""
    return [r for s in sentences(detail.strip())[1:] if (r := _pointer(s))]


# "See point 34", "Cf. point 34.": after a pointer word, a report that numbers its answers as points names the
# question by its point ("point 1.2", a decimal, names none). "Please refer item 16" (round sixteen O): "refer"
# without "to", and a question named as an item, point the same way.
NUMBERED_RE = re.compile(
    r"(?:#\s*|\b(?:q\.?\s*|questions?\s+(?:no\.?\s*|nr\.?\s*|number\s+|#\s*)?)"
    r"|\b(?:answer|reply|response)\s+(?:to|for|in|of|under)\s+(?:no\.?\s*)?"    # "the answer to 12"
    r"|\b(?P<bare>(?:same\s+as|see|cf\.?|refer(?:\s+to)?|as\s+per|idem)\s+(?:in\s+)?(?:(?:point|item)\s+)?))(\d{1,2})\b(?![.,]\d|\s*%)",
    re.IGNORECASE)
# A question or item number in brackets ("Please refer to the answer of question (34)"), read as "question 34".
BRACKETED_NUMBER_RE = re.compile(r"\b(questions?|q\.?|item|point|no\.?)\s*[(\[]\s*(\d{1,2})\s*[)\]]", re.IGNORECASE)
ANSWER_NOUNS = r"(?:answer|answers|reply|replies|response|responses|question|link|links|information|item|entry)"
DIRECTION_RE = re.compile(
    rf"\b(?:(?P<d1>previous|preceding|prior|last|earlier|next|following)\s+(?:\w+\s+)?{ANSWER_NOUNS}"
    rf"|{ANSWER_NOUNS}\s+(?:\w+\s+){{0,3}}?(?P<d2>above|below)"
    rf"|(?:same|see|refer\w*|idem|ditto|as)\s+(?:\w+\s+){{0,3}}?(?P<d3>above|below))\b", re.IGNORECASE)
# Whom a pointer is addressed to ("I refer the Committee to my answer …", "I refer the honourable Member to my reply
# of …"): a parliamentary form; the addressee is no name of the answer's own.
ADDRESSEE_RE = re.compile(r"\brefer\s+(?:[\w'’-]+\s+){1,4}?to\s+(?=(?:my|our|the)\s+(?:\w+\s+)?(?:answer|reply|response)s?\b)",
                          re.IGNORECASE)
MAX_OWN_WORDS = 5   # words besides the pointer and reference talk that a pure reference may hold
# Web and mail addresses: "…/q1" or "q12@…" inside them names no question.
ADDRESS_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)


# A second target, an item of another question named in quotes ("Please refer to the answer of question (16) and the
# item "Open government data" in question (2)", after round twenty-two EE): the item's name is the pointer's, no name
# of the answer's own; the question it is in is pointed to as well (its links), the first target decides as before.
# French and Spanish reach it through pointer_words.csv ("et l'élément … de la question 2").
ITEM_TARGET_RE = re.compile(r"\s*(?:\band|,)\s+(?:to\s+)?(?:the\s+)?item\s+[\"“«]\s*[^\"”»]+?\s*[\"”»]\s+"
                            r"(?:in|of|under)\s+(?:the\s+)?(?:q\.?\s*|questions?\s+)(\d{1,2})\b", re.IGNORECASE)
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
NUMBER_WORD_RE = re.compile(r"\b(questions?|q)\s+(" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)


def _pointer(seg: str) -> Ref | None:
    """A segment that is only a pointer to another answer, as a Ref.

    It must name a question ("Q29", "question 3") or a neighbouring answer ("the previous answer", "same as
    above", "the link given above", "our reply … below"), and hold little else: at most MAX_OWN_WORDS words
    outside data/reading/reference_words.csv, no name (a capitalised word inside the sentence) and no
    number of its own ("The Act of 2019, see Q12, regulates this" answers on its own).
    """
    number, direction = None, None
    seg = ADDRESS_RE.sub(" url ", seg)
    seg = NUMBER_WORD_RE.sub(lambda m: f"{m.group(1)} {NUMBER_WORDS[m.group(2).casefold()]}", seg)  # "question ten"
    if current_language() != "en":
        seg = pointer_text(seg, current_language())  # "véase la pregunta 10" -> "see question 10"
    seg = ADDRESSEE_RE.sub("refer to ", seg)   # "I refer the Committee to my answer to question 12"
    seg = BRACKETED_NUMBER_RE.sub(r"\1 \2", seg)   # "the answer of question (34)": translations from Arabic
    m = NUMBERED_RE.search(seg)
    if m and m.group("bare"):
        after = re.match(r"\s*([^\W\d_]+)", seg[m.end():])
        if after and after.group(1).casefold() not in filler() | BACK | AHEAD:
            m = None  # "see 5 ministries listed": a count, not a question number
    more: list[int] = []
    if m:
        number = int(m.group(2))
        rest = seg[:m.start()] + " " + seg[m.end():]
        for item in list(ITEM_TARGET_RE.finditer(rest))[::-1]:
            more.insert(0, int(item.group(1)))   # "… and the item "Open government data" in question (2)" (EE)
            rest = rest[:item.start()] + " " + rest[item.end():]
        for extra in list(re.finditer(r"\b(?:and|or|,)\s*(?:q\.?\s*|questions?\s+)?(\d{1,2})\b", rest,
                                      re.IGNORECASE))[::-1]:
            more.insert(0, int(extra.group(1)))  # "in Q31 and Q32", "questions 9, 10 and 16"
            rest = rest[:extra.start()] + " " + rest[extra.end():]
    else:
        if re.fullmatch(r"\s*(?:ditto|idem|ibid|ibidem|same|as above)\s*[.!]?\s*", seg, re.IGNORECASE):
            return Ref(None, "back")  # the whole answer: "Ditto."
        d = DIRECTION_RE.search(seg)
        if not d:
            return None
        word = (d.group("d1") or d.group("d2") or d.group("d3")).casefold()
        direction = "ahead" if word in AHEAD else "back"
        rest = seg
    if re.search(r"\d", rest) or re.search(r"(?<=[a-z,;] )[A-Z][a-z]", rest.strip()):
        return None  # a year, a law's number or a name: the segment says something of its own
    own = [t for t in tokens(rest) if t.isalpha() and t not in filler() and t not in BACK | AHEAD]
    if len(own) > MAX_OWN_WORDS:
        return None
    if number is not None:
        return Ref(number, "number", more=tuple(more))
    return Ref(None, direction)


@dataclass
class Node:
    """One answer before references are followed."""
    key: tuple[int, str]
    answer: str
    basis: str
    links: list[str]
    ref: tuple[int, str] | None = None      # the answer this one points to
    missing_target: bool = False            # it points to a question that is not in the document
    children: list[tuple[int, str]] = field(default_factory=list)  # items of a roll-up row
    rollup: bool = False
    restates: bool = False                  # the pointer is followed by words and links of the answer's own
    also: list[tuple[int, str]] = field(default_factory=list)  # later pointers: their links only
    evidence: str | None = None             # the words that decided the answer's own reading
    pointer: str = ""                       # the reference's own words ("see Q12"), when it is one
    flag: str | None = None                 # the doubt found in the answer's own reading (a roll-up carries it)
    own_words: bool = False                 # the pointer is followed by words of the answer's own ("See Q12 – …")
    named_there: str | None = None          # what it names is in place in the answer pointed to (its evidence)


@dataclass(frozen=True)
class Resolved:
    answer: str
    basis: str
    links: list[str]
    flag: str | None
    via_reference: bool
    evidence: str | None = None


def target_key(ref: Ref, key: tuple[int, str], order: list[tuple[int, str]],
               questions: set[int]) -> tuple[int, str] | None:
    """The answer a reference points to: a numbered question, or the neighbouring answer in reading order."""
    if ref.direction == "number":
        return (ref.question, "") if ref.question in questions else None
    pos = order.index(key)
    step = -1 if ref.direction == "back" else 1
    j = pos + step
    # Skip the roll-up row of an items question when pointing from its first item to the one before.
    while 0 <= j < len(order):
        cand = order[j]
        if not (cand[1] == "" and key[1] and cand[0] == key[0]):
            return cand
        j += step
    return None


def resolve(nodes: dict[tuple[int, str], Node], order: list[tuple[int, str]]) -> dict[tuple[int, str], Resolved]:
    """Follow every reference to an answer of its own; cycles, chains and forward steps are flagged."""
    pos = {k: i for i, k in enumerate(order)}
    done: dict[tuple[int, str], Resolved] = {}

    def value(key, stack: tuple) -> Resolved:
        if key in done:
            return done[key]
        n = nodes[key]
        if key in stack:
            return Resolved("unknown", "none", [], FLAG_UNRESOLVED, True, _ref_evidence(n, None))
        if n.rollup:
            out = _rollup(n, stack)
        elif n.ref is None:
            out = Resolved(n.answer, n.basis, n.links, None, False, n.evidence)
        else:
            out = _follow(n, stack)
        extra = [u for k in n.also if k in nodes and k not in stack and k != key
                 for u in value(k, stack + (key,)).links]
        if extra:
            out = Resolved(out.answer, out.basis, out.links + [u for u in dict.fromkeys(extra) if u not in out.links],
                           out.flag, out.via_reference, out.evidence)
        done[key] = out
        return out

    def _rollup(n: Node, stack: tuple) -> Resolved:
        return rollup(n, [(c, value(c, stack + (n.key,)), nodes[c].flag) for c in n.children])

    def _follow(n: Node, stack: tuple) -> Resolved:
        if n.missing_target or n.ref not in nodes:
            return Resolved("unknown", "none", n.links, FLAG_UNRESOLVED, True, _ref_evidence(n, None))
        t = value(n.ref, stack + (n.key,))
        own = _own_words_decide(n, t)
        if own is not None:
            return own
        if t.answer == "unknown":
            return Resolved("unknown", "none", n.links, FLAG_UNRESOLVED, True, _ref_evidence(n, t.evidence))
        flag = _reference_flag(t, nodes[n.ref], pos[n.ref] > pos[n.key])
        if n.restates and set(n.links) <= set(t.links):
            links = n.links  # "Same as in q16; <one of Q16's laws, its link>": a choice among Q16's laws
        else:
            links = n.links + [u for u in t.links if u not in n.links]
        return Resolved(t.answer, "inferred", links, flag, True, _ref_evidence(n, t.evidence))

    return {k: value(k, ()) for k in order}


def _reference_flag(t: Resolved, target: Node, forward: bool) -> str | None:
    """Why a followed reference is doubtful: a chain, a forward step, or a target whose own reading is flagged
    ("Ver pregunta 34." where question 34's reading is doubtful: the doubt goes with the answer; round twenty-three,
    es_cuba_informatizacion 37)."""
    if t.via_reference or t.flag == FLAG_CHAIN:
        return FLAG_CHAIN
    if forward:
        return FLAG_FORWARD
    return FLAG_TARGET_FLAGGED if t.flag or target.flag else None


def _own_words_decide(n: Node, t: Resolved) -> Resolved | None:
    """The answer's own words read otherwise than the answer pointed to: the reviewer looks."""
    if n.own_words and n.answer in ("yes", "no") and t.answer != n.answer:
        # "See Q12 – the strategy refers to myGovID …": the answer's own words say what it answers
        return Resolved(n.answer, n.basis, n.links, FLAG_OWN_WORDS, False, n.evidence)
    if t.answer == "no" and n.named_there:
        # "Drones for medical supply delivery (see response to 18)": Q18 reads no ("Not yet. …") but says the
        # drones are governed by regulations in force (reading_named_in_target)
        return Resolved("yes", "inferred", n.links, FLAG_OWN_WORDS, True, _ref_evidence(n, n.named_there))
    return None


def rollup(n: Node, kids: list[tuple[tuple[int, str], Resolved, str | None]]) -> Resolved:
    """A question's row from its items (with each item's own flag): yes if any item is yes, no if all are no,
    else unknown; flagged when it rests on flagged or unread items."""
    answers = [r.answer for _, r, _ in kids]
    ans = "yes" if "yes" in answers else ("no" if answers and all(a == "no" for a in answers) else "unknown")
    decided = [f"{c[1]} {r.answer}" for c, r, _ in kids if r.answer == ans] if ans != "unknown" else []
    ev = f"items: '{', '.join(decided)}'" if decided else None
    named = [r.answer for c, r, _ in kids if c[1] != "other"]
    other_blank = any(c[1] == "other" and r.answer == "unknown" for c, r, _ in kids)
    # Every named item no and "Others (if any)" blank: no in all likelihood, but the roll-up cannot say.
    flag = FLAG_ITEMS_NO if ans == "unknown" and other_blank and named and all(a == "no" for a in named) else None
    if flag is None and ans == "unknown" and "no" in answers and all(
            r.answer == "no" or (r.answer == "unknown" and r.basis == "none" and not (r.flag or own))
            for _, r, own in kids):
        # "AI: not covered; Blockchains: ____; IoT: none": no in all likelihood. An item unknown with a flag (a
        # referral, a decline) is no blank: the roll-up names it as a flagged item instead.
        flag = FLAG_ITEMS_NO_BLANK
    doubt = _items_doubt(ans, [(c, r, r.flag or own) for c, r, own in kids])
    if doubt is not None:
        flag, ev = flag or doubt[0], doubt[1] if ans == "unknown" else (ev or doubt[1])
    return Resolved(ans, "none" if ans == "unknown" else "inferred", n.links, flag, False, ev)


def _items_doubt(ans: str, kids: list[tuple[tuple[int, str], Resolved, str | None]]) -> tuple[str, str] | None:
    """(flag, evidence) when a roll-up rests on flagged items: every item that decided a yes is flagged, one
    item of an all-no is, or the roll-up is unknown and some item is (an item not read is flagged too)."""
    if ans == "yes":
        deciding = [k for k in kids if k[1].answer == "yes"]
        doubtful = deciding if all(f for _, _, f in deciding) else []
    else:
        doubtful = [k for k in kids if k[2]]
    if not doubtful:
        return None
    unread = [c[1] for c, r, _ in doubtful if (r.evidence or "").startswith("language not read")]
    flagged = [c[1] for c, r, _ in doubtful if c[1] not in unread]
    # An unread item names the language (the reviewer's first question); otherwise the first item's doubt.
    reasons = list(dict.fromkeys(f for c, r, f in doubtful if not unread or c[1] in unread))
    flag = f"{FLAG_ITEMS_FLAGGED} ({reasons[0]}{', and others' if len(reasons) > 1 or (unread and flagged) else ''})"
    parts = [f"{what}: {', '.join(keys)}" for what, keys in (("not read", unread), ("flagged", flagged)) if keys]
    return flag, f"items: '{'; '.join(parts)}'"


EVIDENCE_MAX = 200   # an evidence is a short span: the pointer's words give way to the target's evidence
POINTER_MAX = 60
POINTER_MIN = 20


def _ref_evidence(n: Node, target: str | None) -> str:
    """"reference: 'see Q12' -> <the referenced answer's evidence>" (or "-> nothing" when it has none)."""
    if target and target.startswith("reference: ") and " -> " in target:
        target = target.rsplit(" -> ", 1)[1]   # a chain names its first pointer and the evidence at its end
    tail = f"' -> {target or 'nothing'}"
    room = max(POINTER_MIN, min(POINTER_MAX, EVIDENCE_MAX - len("reference: '") - len(tail)))
    words = " ".join(n.pointer.split())
    words = words if len(words) <= room else words[:room - 3] + "..."
    return f"reference: '{words}{tail}"


# ------------------------------------------------------------------------------------ sibling items by name

def label_names(*labels: str) -> set[str]:
    """The names a respondent may use for a sub-item: its label, without a bracket ("Internet of Things"), the
    bracket alone ("IoT"), each part of a slash ("Planning/development" -> "planning"), singular or plural."""
    out: set[str] = set()
    for label in labels:
        label = re.split(r";\s*link/detail|:\s*$", label)[0].strip(" :;")
        if not label:
            continue
        base = re.sub(r"\s*\([^)]*\)", "", label).strip()
        out |= {label, base} | set(re.findall(r"\(([^)]*)\)", label))
        if "/" in base:
            out |= {part.strip() for part in base.split("/")}
    names = {" ".join(tokens(n)) for n in out if n.strip()}
    return names | {n[:-1] for n in names if len(n) > 3 and n.endswith("s")} | {n + "s" for n in names}


def sibling(detail: str, siblings: dict[str, set[str]]) -> str | None:
    """The sibling item an answer points to by its name ("As 5G", "Same as Blockchains above", "Idem 5G"): the
    answer holds the item's name and nothing but reference words (data/reading/reference_words.csv), so
    "Blockchain pilots at the Central Bank" is an answer of its own. The item key, or None."""
    words = [t for t in tokens(detail.strip()) if t not in {",", ";", ":"}]
    if not words or len(words) > 8:
        return None
    text = " ".join(words)
    for item, names in siblings.items():
        for name in sorted(names, key=len, reverse=True):
            m = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
            if not m or not name:
                continue
            rest = (text[:m.start()] + " " + text[m.end():]).split()
            if rest and all(t in filler() or t in BACK | AHEAD or t in {"for", "per"} for t in rest):
                return item
    return None
