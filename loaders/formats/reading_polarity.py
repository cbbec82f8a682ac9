"""Whether a written answer says yes, no or unknown, from what its negations govern (clause-level rules).

Entry point: `read_answer(text, lang="en", edition=None, question="") -> Reading(answer, flag, rule,
evidence)`. `lang` is the language the answer is written in; cue tables are per language: English in
data/reading/*.csv and data/answer_phrases.csv, a language xx in data/reading/xx/ with the same file
names and columns (polarity_cues.csv, answer_phrases.csv, reference_words.csv). `supported_languages()`
lists the languages with tables; any other language gives `unknown`, flagged "answer in xx: not read".
`language(lang)` is a context manager for code that reads in a language without read_answer (references).
text.answer_language() is the hook through which reading_language decides an answer's language.

A negation counts only in a main clause of the answer's first sentence: not in a relative, concessive or
conditional clause ("records that are not exempt must be released"), not in a fixed expression ("no later
than", "not only"), and not when it lifts a burden ("citizens are never asked again"). A leading explicit
"Yes"/"No" decides. A draft, bill or plan in the main clause is not a measure in force (`no`). Cue words are
data: data/reading/polarity_cues.csv.
"""
from __future__ import annotations

import csv
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..paths import DATA

KINDS = {"negator", "idiom", "burden", "pending", "draft_noun", "expectation", "privative", "modal",
         "specific", "general", "unknown", "subordinator", "relative", "contrast", "reporting", "auxiliary",
         "explicit_yes", "explicit_no", "property", "contrast_inside", "instrument", "ended",
         "successor", "inapplicable", "hedge", "respondent", "information", "addition",
         "deictic", "owner_relative", "adoption_noun", "awaited_word", "absence_opener", "status_label",
         "drafting_noun", "begun", "elaboration", "correction", "source", "regular"}
FLAG_NEGATION_IN_YES = "negation inside a yes sentence"
FLAG_CONTRADICTED = "negation contradicted by a following 'however'"
FLAG_EXPECTATION = "a plan or expectation, not an answer"
FLAG_TICK_DISAGREES = "the tick and the written answer disagree"

URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
# A dash between digits is a range ("2016–2020"), not a clause break.
TOKEN_RE = re.compile(r"n/a|[^\W_]+(?:[-'’][^\W_]+)*|[;:,+]|(?<![0-9])[–—]|[–—](?![0-9])|(?<=\s)-(?=\s)",
                      re.IGNORECASE)
# Abbreviations whose full stop does not end a sentence.
ABBREV = {"e.g", "i.e", "etc", "no", "nr", "art", "st", "mr", "mrs", "ms", "dr", "vs", "approx", "incl", "p",
          "pp", "para", "sec", "ch", "vol", "cf", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec", "u.s", "u.k", "e.u", "ltd", "co", "inc", "dept", "gov", "govt", "min"}
# Subordinators that are also adverbs ("registered once", "never before"): a clause break only at a clause start.
ADVERB_TOO = {"once", "before", "after", "since", "until", "as", "so"}
SENTENCE_END_RE = re.compile(r"[.!?]+[\"”’)]?\s+(?=[A-Z0-9\"“‘(•-])")
ABBREV_BEFORE_RE = re.compile(r"([A-Za-z.]+)\.+[\"”’)]?\s+$")
# After "and"/"or", these words open a clause of its own ("and no amendments have been made since").
NEW_NEGATIVE_CLAUSE = {"no", "none", "nothing", "nobody", "never"}
CONTRACTIONS = (("can't", "can not"), ("cannot", "can not"), ("won't", "will not"), ("n't", " not"),
                ("n’t", " not"), ("can’t", "can not"), ("won’t", "will not"))


@dataclass(frozen=True)
class Cues:
    words: dict[str, frozenset[str]]              # kind -> single-word cues
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # kind -> multi-word cues as token tuples
    by_first: dict[str, dict[str, tuple[tuple[str, ...], ...]]]  # kind -> first token -> phrases


# The language of the answer being read: which cue tables apply (set by read_answer for one reading).
_LANG: ContextVar[str] = ContextVar("reading_language", default="en")


def table_path(name: str, lang: str = "en") -> Path:
    """A cue table of one language: English from data/reading/ (whole answers: data/answer_phrases.csv),
    another language xx from data/reading/xx/ with the same file names and columns."""
    if lang == "en":
        return DATA / "answer_phrases.csv" if name == "answer_phrases.csv" else DATA / "reading" / name
    return DATA / "reading" / lang / name


@lru_cache(maxsize=1)
def supported_languages() -> frozenset[str]:
    """Languages whose answers are read: English, and every data/reading/xx/ that holds polarity_cues.csv."""
    return frozenset({"en"} | {p.name for p in (DATA / "reading").iterdir()
                               if p.is_dir() and (p / "polarity_cues.csv").exists()})


def current_language() -> str:
    return _LANG.get()


@contextmanager
def language(lang: str):
    """Read with the cue tables of `lang` inside this block (read_answer, references, explicit words)."""
    token = _LANG.set(lang)
    try:
        yield
    finally:
        _LANG.reset(token)


def cues(lang: str | None = None) -> Cues:
    """Cue words by kind for a language (default: the language of the answer being read). A language
    without tables (an answer in Portuguese, or not placed) gets the English ones here, for the helpers
    that look at its words outside read_answer (a tick's disagreement, a reference); read_answer itself
    never reads such an answer."""
    lang = lang or _LANG.get()
    return _cues(lang if lang in supported_languages() else "en")


@lru_cache(maxsize=8)
def _cues(lang: str) -> Cues:
    """Cue words by kind from the language's polarity_cues.csv; an unknown kind fails loudly."""
    words: dict[str, set[str]] = {k: set() for k in KINDS}
    phrases: dict[str, list[tuple[str, ...]]] = {k: [] for k in KINDS}
    with table_path("polarity_cues.csv", lang).open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            kind, cue = row["kind"], row["cue"].casefold().strip()
            if kind not in KINDS or not cue:
                raise ValueError(f"polarity_cues.csv: bad kind {kind!r} or empty cue")
            toks = tuple(tokens(cue, lang))
            (words[kind].add(toks[0]) if len(toks) == 1 else phrases[kind].append(toks))
    ordered = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()}
    by_first: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {}
    for k, v in ordered.items():
        idx: dict[str, list[tuple[str, ...]]] = {}
        for p in v:
            idx.setdefault(p[0], []).append(p)
        by_first[k] = {t: tuple(ps) for t, ps in idx.items()}
    return Cues({k: frozenset(v) for k, v in words.items()}, ordered, by_first)


def whole_answers(lang: str | None = None) -> dict[str, str]:
    """Whole written answers that decide by themselves ("No", "None", "N/A", "Non", "Ja"): the `exact` rows of
    the language's answer_phrases.csv. Its other rows are phrases the clause rules must read as the file says."""
    lang = lang or _LANG.get()
    return _whole_answers(lang if lang in supported_languages() else "en")


@lru_cache(maxsize=8)
def _whole_answers(lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    with table_path("answer_phrases.csv", lang).open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["answer"] not in {"yes", "no", "unknown"} or row["match"] not in {"exact", "starts_with",
                                                                                    "first_sentence"}:
                raise ValueError(f"answer_phrases.csv: bad answer {row['answer']!r} or match {row['match']!r}")
            if row["match"] == "exact":
                out[row["phrase"].casefold().strip().rstrip(".!")] = row["answer"]
    return out


def tokens(text: str, lang: str | None = None) -> list[str]:
    """Lower-case word tokens with clause punctuation kept; URLs become the token 'url'. In another language
    than English the text first goes through reading_language.prepare (French elisions and two-part
    negations, apostrophes, two-word contrast words), answers and cues alike."""
    return list(_tokens(text, lang or _LANG.get()))


@lru_cache(maxsize=4096)
def _tokens(text: str, lang: str = "en") -> tuple[str, ...]:
    # Cached: the same detail is read by the polarity, reference and layout rules.
    low = URL_RE.sub(" url ", text.casefold())
    if lang == "en":
        for a, b in CONTRACTIONS:
            low = low.replace(a, b)
    else:
        from .reading_language import prepare
        low = prepare(low, lang)
    return tuple(TOKEN_RE.findall(" " + low + " "))


def sentences(text: str) -> list[str]:
    """Split a detail into sentences: paragraph breaks, and . ! ? before a capital, digit or quote."""
    return list(_sentences(text))


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for para in text.split("\n"):
        # Full stops inside URLs do not count; a URL's closing bracket and full stop end the sentence.
        masked = URL_RE.sub(lambda m: "x" * len(m.group(0).rstrip(".,;:)]")) + m.group(0)[
            len(m.group(0).rstrip(".,;:)]")):], para)
        start = 0
        for m in SENTENCE_END_RE.finditer(masked):
            before = ABBREV_BEFORE_RE.search(masked[start:m.end()])
            if before and before.group(1).casefold().rstrip(".") in ABBREV and m.group(0).startswith("."):
                continue
            piece = para[start:m.end()].strip()
            if piece:
                out.append(piece)
            start = m.end()
        if para[start:].strip():
            out.append(para[start:].strip())
    return tuple(out)


@dataclass
class Clause:
    toks: list[str]
    main: bool = True
    joint: str = ""     # what opened the clause: ";" ":" "+" "–" "," or "" (the sentence start)
    commas: list[int] = field(default_factory=list)  # token positions of commas that did not end the clause
    names: frozenset[str] = frozenset()  # words of the sentence inside a title ("Act on Testing of …")

    @property
    def text(self) -> str:
        return " ".join(self.toks)


def _starts(toks: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    return tuple(toks[i:i + len(phrase)]) == phrase


class _Cutter:
    """The clause cutter's state while it walks a sentence's tokens; each rule takes what it recognises."""

    def __init__(self, toks: list[str]):
        self.c = cues()
        self.toks = toks
        self.out: list[Clause] = []
        self.cur = Clause([])
        self.relative_waiting = False   # inside a relative clause, until its own verb group is over
        self.seen_verb_in_rel = False

    def close(self, next_main: bool = True, joint: str = "") -> None:
        if self.cur.toks:
            self.out.append(self.cur)
        self.cur = Clause([], main=next_main, joint=joint)

    def step(self, i: int) -> int:
        """Read the token at i (and maybe a few more): how many tokens were taken."""
        for rule in (self._hard_break, self._comma, self._but, self._and_negative, self._main_after_subordinate,
                     self._subordinator, self._relative, self._relative_ends):
            taken = rule(i)
            if taken:
                return taken
        self.cur.toks.append(self.toks[i])
        return 1

    def _hard_break(self, i: int) -> int:
        t = self.toks[i]
        if t not in {";", ":", "+", "–", "—", "-"}:
            return 0
        self.close(joint="–" if t in {"—", "-"} else t)
        self.relative_waiting = False
        return 1

    def _comma(self, i: int) -> int:
        if self.toks[i] != ",":
            return 0
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else ""
        words = self.c.words
        if self.relative_waiting or not self.cur.main:
            self.close(joint=",")             # "although …, the Act binds …"
            self.relative_waiting = False
        elif _aside(self.toks, i + 1):
            self.cur.commas.append(len(self.cur.toks))  # ", though," set off inside the clause: an adverb
        elif nxt in words["relative"] and self.cur.main and _has_verb(self.cur.toks):
            # ", which is being drafted": after a full main clause the relative describes its object (a
            # strategy the Blueprint commits to), not the status of what the main clause says exists.
            self.close(next_main=False, joint=",")
        elif (nxt in words["subordinator"] or nxt in words["contrast"] or nxt in words["relative"]
              or _elaboration_at(self.toks, i + 1)):   # ", (la question) étant traitée dans le Plan"
            self.close(joint=",")
        else:
            self.cur.commas.append(len(self.cur.toks))
        return 1

    def _but(self, i: int) -> int:
        cur = self.cur
        if self.toks[i] != "but" or not cur.toks or not cur.main or "only" in cur.toks or self.relative_waiting:
            return 0
        self.close(joint=",")                 # "the portal existed in 2020 but was closed in 2021"
        self.cur.toks.append("but")
        return 1

    def _and_negative(self, i: int) -> int:
        toks = self.toks
        if toks[i] in {"and", "or"} and self.cur.toks and i + 1 < len(toks) and toks[i + 1] in NEW_NEGATIVE_CLAUSE:
            self.close(joint=",")             # "… entered into force in 2021 and no amendments were made"
            return 1
        return 0

    def _main_after_subordinate(self, i: int) -> int:
        """"Since the pilot ended there has not been a policy": without a comma, an existential "there" or a
        personal pronoun with its verb, after the subordinate clause's own verb, opens the main clause."""
        toks, cur = self.toks, self.cur
        if cur.main or len(cur.toks) < 3 or toks[i] not in MAIN_SUBJECTS or i + 1 >= len(toks):
            return 0
        past = any(t.endswith("ed") and len(t) > 4 and cur.toks[k] not in NOT_BEFORE_VERB
                   for k, t in enumerate(cur.toks[2:], 1))   # "since the pilot ended"
        if toks[i + 1] not in self.c.words["auxiliary"] or not (past or _has_verb(cur.toks[1:], lexical_past=True)):
            return 0
        self.close()
        self.cur.toks.append(toks[i])
        return 1

    def _subordinator(self, i: int) -> int:
        t, words = self.toks[i], self.c.words
        if i == 0 and t == "pending" and "," in self.toks[2:PENDING_OPENER_SPAN]:
            # "Pending its enactment, the functions are discharged by …": "pending" means "until"; what comes
            # after the comma is the main clause, in place meanwhile
            self.close(next_main=False)
            self.cur.toks.append(t)
            return 1
        phrase = next((p for p in self.c.phrases["subordinator"] if _starts(self.toks, i, p)), None)
        at_start = not self.cur.toks
        if t in AWAITED_EVENT and _still_to_be_done(self.cur.toks + ["when"]):
            return 0   # "is to be addressed when the platform is developed": the plan's condition stays with it
        if t in ADVERB_TOO and i + 1 < len(self.toks) and re.fullmatch(r"(?:19|20)\d\d", self.toks[i + 1]):
            return 0   # "since 2018 the Plan has been in force": a preposition before a year, no clause
        if phrase or (t in words["subordinator"] and (at_start or t not in ADVERB_TOO) and not _aside(self.toks, i)):
            self.close(next_main=False)
            self.cur.toks.extend(phrase or (t,))
            return len(phrase) if phrase else 1
        return 0

    def _relative(self, i: int) -> int:
        t, words, cur = self.toks[i], self.c.words, self.cur
        if t not in words["relative"] or not cur.toks:
            return 0
        prev = cur.toks[-1]
        if t == "that" and (prev in words["reporting"] or prev in words["auxiliary"] or prev == "so"):
            cur.main = False                  # "it should be noted that there is no law": the frame
            self.close()                      # gives way to the statement after "that"
            return 1
        subject_modifier = cur.main and not _has_verb(cur.toks)
        self.close(next_main=False)
        self.cur.toks.append(t)
        self.relative_waiting = subject_modifier
        self.seen_verb_in_rel = False
        return 1

    def _relative_ends(self, i: int) -> int:
        if not self.relative_waiting:
            return 0
        t, words = self.toks[i], self.c.words
        is_verb = t in words["auxiliary"]
        if is_verb and self.seen_verb_in_rel and self.cur.toks[-1] not in words["auxiliary"] | words["negator"]:
            self.close()                      # the main verb of the subject the relative clause described
            self.relative_waiting = False
            self.cur.toks.append(t)
            return 1
        if is_verb or t not in {"url"}:
            self.seen_verb_in_rel = self.seen_verb_in_rel or is_verb or len(self.cur.toks) >= 2
        return 0


ELABORATION_SUBJECT = 4   # ", la question étant traitée …": a short subject of its own before the participle


def _elaboration_at(toks: list[str], i: int) -> bool:
    """Does a participle of being open a clause at i, alone or after a short subject of its own (", étant
    traitée dans le Plan", ", la question étant traitée …", ", siendo tratada …", ", being covered by …")?"""
    words = cues().words
    if i < len(toks) and toks[i] in words["elaboration"]:
        return True
    from .reading_evidence import ARTICLES
    if i >= len(toks) or toks[i] not in ARTICLES:
        return False   # ", instead of being published": a preposition's object, not a subject of its own
    for k in range(i + 1, min(i + ELABORATION_SUBJECT + 1, len(toks))):
        if toks[k] in words["elaboration"]:
            return True
        if not toks[k].isalnum() or toks[k] in words["auxiliary"] or toks[k] in words["negator"]:
            return False
    return False


def clauses(sentence: str) -> list[Clause]:
    """Cut a sentence into clauses and mark which are main clauses.

    Hard breaks: ; : + and spaced dashes. A subordinator at a clause start makes the clause subordinate up
    to the next comma; a relative pronoun after a noun opens a relative clause that ends where the next
    finite verb starts (the main verb of a subject such as "records that are not exempt must …").
    """
    cut = _Cutter(tokens(sentence))
    i = 0
    while i < len(cut.toks):
        i += cut.step(i)
    cut.close()
    out = cut.out
    names = title_words(sentence)
    for cl in out:
        cl.names = names
    return out


# Capitalised words before a year that date, not name ("Since 2019", "From 2015", "During 2020", "January 2021").
DATE_WORDS = {"since", "from", "until", "during", "before", "after", "between", "through", "january", "february",
              "march", "april", "june", "july", "august", "september", "october", "november", "december", "early",
              "late", "mid", "end", "spring", "summer", "autumn", "winter", "fiscal", "year", "budget"}


def title_words(sentence: str) -> frozenset[str]:
    """Lower-cased words that continue a capitalised name inside the sentence ("Act on Testing of Driverless
    Vehicles" -> testing, driverless, vehicles): a status word there is part of a title, not a status."""
    out = set()
    for m in re.finditer(r"(?<!^)(?<![.!?]\s)\b[A-Z][^\W_]*(?:(?:\s+(?:of|on|for|and|the)){0,2}\s+[A-Z][^\W_]*)+",
                         sentence.strip()):
        words = m.group(0).split()
        out |= {w.casefold() for w in words[1:] if w[:1].isupper()}
    # "Vision 2030", "Agenda 2063": a capitalised word before a year is the name of a programme.
    out |= {m.group(1).casefold() for m in re.finditer(r"\b([A-Z][a-z]{3,})\s+(?:19|20)\d\d\b", sentence)
            if m.group(1).casefold() not in DATE_WORDS}
    return frozenset(out)


def _aside(toks: list[str], i: int) -> bool:
    """Is toks[i] a subordinator used as a contrast adverb, set off by commas inside a clause (", though,")?"""
    c = cues()
    return (0 < i < len(toks) - 1 and toks[i] in c.words["contrast_inside"] and toks[i] in c.words["subordinator"]
            and toks[i - 1] == "," and toks[i + 1] == ",")


# Subjects that open a main clause after a subordinate clause left without its comma.
MAIN_SUBJECTS = {"there", "we", "they", "it"}
NOT_BEFORE_VERB = {"the", "a", "an", "this", "that", "its", "their", "our", "of", "for", "to", "in", "on", "with",
                   "by", "from", "at", "and", "or"}
# "Pending its enactment," / "Pending legislation,": a sentence-initial "pending" and its noun phrase, up to a comma.
PENDING_OPENER_SPAN = 7
# Temporal subordinators of an event still to come ("is to be done when/once …").
AWAITED_EVENT = {"when", "once", "after", "until", "following"}


def _has_verb(toks: list[str], lexical_past: bool = False) -> bool:
    """Does the clause so far hold a finite verb: an auxiliary, or an inflected lexical verb ("Section 7.2
    commits the Government to a strategy, which …": the relative then describes the object, not a subject)?"""
    aux = cues().words["auxiliary"]
    if any(t in aux for t in toks):
        return True
    from . import reading_evidence as evidence
    forms = evidence.verb_forms(current_language())
    return any(forms.get(t) == "inflected" and (lexical_past or not t.endswith("ed"))
               and toks[k - 1] not in evidence.NOT_BEFORE_BASE for k, t in enumerate(toks) if k >= 2)


BE_FORMS = {"is", "are", "was", "were", "be", "been", "being"}
PREPOSITION_DETERMINERS = {"the", "a", "an", "its", "their", "further", "final", "formal"}


def _prepositional_pending(toks: list[str]) -> list[str]:
    """"continues to guide the work pending the adoption of a strategy": after a main verb other than a copula,
    "pending" + a noun phrase means "until"; it is the status of what follows, not of the clause's subject.
    ("The bill is pending the approval of Cabinet" keeps it.)"""
    aux = cues().words["auxiliary"]
    out = list(toks)
    for i, t in enumerate(toks[:-1]):
        if t == "pending" and toks[i + 1] in PREPOSITION_DETERMINERS and i >= 2 and not any(
                w in BE_FORMS for w in toks[:i]) and (_finite(toks[:i]) or any(w in aux for w in toks[:i])):
            out[i] = "~"
    return out


def _finite(toks: list[str]) -> bool:
    from . import reading_evidence as evidence
    return evidence.finite_verb(toks) is not None or any(w in evidence.classes().words["continuation"] for w in toks)


def _mask_idioms(toks: list[str]) -> list[str]:
    """Replace fixed expressions ("no later than", "not only") by neutral tokens."""
    c = cues()
    idx = c.by_first["idiom"]
    out = _prepositional_pending(toks)
    for i in range(len(out)):
        for p in idx.get(out[i], ()):
            if _starts(out, i, p):
                out[i:i + len(p)] = ["~"] * len(p)
                break
        if out[i] in c.words["negator"] and _limit_at(out, i + 1):
            # "never shorter than three weeks", "not longer than 30 days": a limit, not a denial
            out[i] = "~"
    return out


COMPARATIVE_WORDS = {"more", "less", "fewer", "longer", "shorter", "later", "earlier", "higher", "lower",
                     "greater", "smaller", "older", "younger", "faster", "slower"}


def _limit_at(toks: list[str], i: int) -> bool:
    """A comparative followed by "than" right after a negation ("never shorter than")."""
    return i + 1 < len(toks) and toks[i] in COMPARATIVE_WORDS and toks[i + 1] == "than"


def _phrase_at(toks: list[str], i: int, kind: str) -> bool:
    ps = cues().by_first[kind].get(toks[i])
    return bool(ps) and any(_starts(toks, i, p) for p in ps)


def negated(toks: list[str]) -> bool:
    """Does this clause hold a negation that denies something (not an idiom, not a burden lifted, not
    cancelled by a second negative: "not a single project is approved without a check", "nobody is
    excluded")?"""
    c = cues()
    toks = _mask_idioms(toks)
    if _has(toks, "privative") and any(t in c.words["negator"] for t in toks):
        return False
    if _non_participle(toks) or _absence_opener(toks):
        return True
    for i, t in enumerate(toks):
        if t in c.words["ended"] or _phrase_at(toks, i, "ended"):   # "expired", "arrivée à échéance"
            if not any(w in c.words["successor"] for w in toks[i + 1:]):
                return True  # "the plan expired"; not "expired and a new one was adopted"
            continue
        hit = t in c.words["negator"] or _phrase_at(toks, i, "negator")
        if not hit or (t == "no" and i + 1 < len(toks) and toks[i + 1][:1].isdigit()):
            continue  # "Act no. 12 of 2019" is a number, not a negation
        if _has(toks[i + 1:], "burden") or _phrase_at(toks, i, "burden"):
            continue  # "are never asked again", "do not have to", "no need to": a burden removed
        if any(w in c.words["property"] for w in toks[i + 1:i + 4]):
            continue  # "the Act does not distinguish between …": how the measure works, not its absence
        return True
    return False


def _absence_opener(toks: list[str]) -> bool:
    """"Sin otros portales que informar", "Sans budget dédié", "Without a dedicated budget.": a clause that opens
    on "without" and has no finite verb of its own states an absence (English says "No other portals"). A verb
    after a relative or "to" ("que informar", "to report") is not the clause's own."""
    from . import reading_evidence as evidence
    c = cues()
    if not toks or toks[0] not in c.words["absence_opener"]:
        return False
    forms = evidence.verb_forms(_LANG.get())
    stop = c.words["relative"] | c.words["subordinator"] | {"to", "que", "à", "a"}
    for i, t in enumerate(toks[2:], 2):   # the word right after the preposition is its noun ("sin norma")
        if t in stop:
            break
        if t in c.words["auxiliary"] or forms.get(t) == "inflected" or evidence._after_reflexive(toks, i):
            return False
    return True


# French past-participle endings: a clause that opens on "non" + a participle ("Non mentionnées.", "Non abordé
# dans la stratégie") is a denial; inside a noun phrase ("données non structurées") "non" stays a prefix.
NON_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues", "it", "ite", "its", "ites", "is", "ise",
                          "ises")


def _non_participle(toks: list[str]) -> bool:
    return (_LANG.get() == "fr" and len(toks) > 1 and toks[0] == "non" and toks[1].isalpha()
            and toks[1].endswith(NON_PARTICIPLE_ENDINGS))


def _has(toks: list[str], kind: str) -> bool:
    c = cues()
    words, first = c.words[kind], c.by_first[kind]
    for i, t in enumerate(toks):
        if t in words:
            return True
        ps = first.get(t)
        if ps and any(_starts(toks, i, p) for p in ps):
            return True
    return False


def pending(toks: list[str], names: frozenset[str] = frozenset(), planned_upto: int | None = None) -> bool:
    """A draft, bill or plan is what the clause is about: not a measure in force.

    "Only a draft bill exists" and "the law is under preparation" are pending; "citizens comment on
    proposed laws" is not (the draft is only the object), so draft words count before the first verb only.
    """
    from . import reading_evidence as evidence
    toks = _prepositional_pending(toks)
    if _has(toks, "pending") or _still_to_be_done(toks):
        return True
    masked = _mask_idioms(toks)
    if evidence.status_predicate(masked, names, planned_upto) or evidence.status_noun(masked, names):
        return True
    subj = subject(toks)
    cut = next((k for k, t in enumerate(subj) if k and t in OBJECT_PREPOSITIONS), len(subj))
    return _has(subj[:cut], "draft_noun")  # "consultations on draft rules are held": the draft is an object


PARTICIPLES = {"set", "made", "done", "built", "drawn", "put", "written", "taken"}


def _still_to_be_done(toks: list[str]) -> bool:
    """"To be worked out …", "a rule remains to be developed": a measure still to be made, not one in place.
    ("Requests are to be submitted online" is an obligation in force, so "is/are to be" does not count.)"""
    for i in range(len(toks) - 2):
        if toks[i] != "to" or toks[i + 1] != "be":
            continue
        w = toks[i + 2]
        if not (w.endswith(("ed", "en")) or w in PARTICIPLES):
            continue
        if i == 0 or toks[i - 1] in {"remains", "remain", "still"}:
            return True
        if toks[i - 1].isalpha() and toks[i - 1] not in BE_FORMS and not _finite(toks[:i]) and not _finite(
                toks[i + 3:]):
            return True   # verbless "digital ID provisions to be added by amendment": a plan
        if toks[i - 1] in {"is", "are"} and any(t in AWAITED_EVENT for t in toks[i + 3:i + 5]):
            return True   # "the subject is to be addressed when the platform exists": a plan on a condition
    return False


OBJECT_PREPOSITIONS = {"on", "about", "for", "concerning", "regarding", "into", "with"}


def subject(toks: list[str]) -> list[str]:
    """The clause's subject, roughly: the words before its first finite verb, at most five of them
    (lexical verbs are not known, so a long run without an auxiliary is cut); after an existential
    "there is/are", the words that follow it."""
    aux = cues().words["auxiliary"]
    if toks[:1] == ["there"] and len(toks) > 1 and toks[1] in aux:
        return toks[2:6]
    if toks[:1] and toks[0] in aux and _LANG.get() != "en":
        return toks[1:5]  # "Existe un anteproyecto", "Hay un borrador": the subject follows its verb
    head = next((toks[:k] for k, t in enumerate(toks) if t in aux), toks)
    return head[:5]


def explicit(detail: str) -> str | None:
    """'yes'/'no' when the answer opens with an explicit Yes or No in the answer's language (the
    explicit_yes / explicit_no cues): not "No. 12 of 2019", not "No-one", not "No ministry is exempt"."""
    m = _explicit_re(current_language()).match(detail.strip())
    if not m:
        return None
    return "yes" if m.group("yes") else "no"


@lru_cache(maxsize=8)
def _explicit_re(lang: str) -> re.Pattern:
    c = cues(lang)
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) or "(?!)"  # noqa: E731
    # A no word is an answer only when punctuation or the end follows it; "No ministry is exempt" is a
    # determiner. A yes word must end there too ("Yes-man" is not an answer).
    return re.compile(rf"^[\s\-•*▪☒☑✓✔xX\[\]()]*?(?<!\w)(?:(?P<yes>{alt(c.words['explicit_yes'])})(?![\w'’-])"
                      rf"|(?P<no>{alt(c.words['explicit_no'])})(?=\s*(?:[.,;:!?–—)]|-\s|$))(?!\.\s*\d))",
                      re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    answer: str          # yes / no / unknown
    flag: str | None
    rule: str            # which rule decided (for the accuracy report and debugging)
    # "<evidence kind>: '<short span of the answer>'" (kinds: data/reading/evidence_kinds.csv), or None.
    evidence: str | None = None


STOP = {"the", "a", "an", "our", "this", "that", "its", "their", "national", "current", "only", "at", "present",
        "currently", "in", "of", "for", "there"}


def _head(toks: list[str]) -> str | None:
    """The head noun of a clause's subject ("the e-government strategy" -> "strategy")."""
    words = [t for t in subject(toks) if t.isalpha() and t not in STOP and t not in cues().words["negator"]]
    return words[-1] if words else None


def _contradicted(sents: list[str], first: Clause) -> bool:
    """After a negative lead: does the next sentence turn against it about the same subject?

    "The strategy is not explicitly aligned … However, … is reflected in the strategy" contradicts the
    denial; "The strategy is not related to the SDGs. However, Denmark is engaged in …" speaks of
    something else and leaves the denial standing.
    """
    head = _head(first.toks)
    if not head or len(sents) < 2:
        return False
    toks = tokens(sents[1])
    instrument = {_stem(w) for w in cues().words["instrument"]}
    same = head in toks or (_stem(head) in instrument and any(_stem(t) in instrument for t in toks))
    return bool(toks) and toks[0] in cues().words["contrast"] and not negated(toks) and not pending(toks) and same


def _stem(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") else w


# "none of them", "neither of these": the pronoun points back to what the sentence has just named.
BACK_REFERENCES = [["of", w] for w in ("them", "these", "those", "which", "it", "us")]


def _points_back(toks: list[str]) -> bool:
    """"none of them", "neither of these": a property of what the sentence has just named."""
    return any(t in {"none", "neither", "nothing"} and toks[k + 1:k + 3] in BACK_REFERENCES for k, t in enumerate(toks))


def _about(toks: list[str], topic: str) -> bool:
    """Does the clause name something the question asks about (a content word of the question's text)?"""
    if not topic or any(t in {"nothing", "none", "nobody", "neither"} and toks[k + 1:k + 3] not in BACK_REFERENCES
                        for k, t in enumerate(toks)):
        return True  # "nothing is in force": the pronoun stands for what was asked (not "none of them")
    c = cues()
    skip = STOP | c.words["negator"] | c.words["auxiliary"] | {"any", "such", "or", "and", "to", "on", "with"}
    asked = {_stem(t) for t in tokens(topic) if t.isalpha() and len(t) > 2 and t not in skip}
    return any(_stem(t) in asked for t in toks if t.isalpha() and t not in skip)


# A label some respondents type before their answer ("Answer: No", "Réponse : Oui").
ANSWER_LABEL_RE = re.compile(r"^\s*(?:answer|response|reply|réponse|respuesta|resposta)\s*[:\-–]\s*", re.IGNORECASE)
# A field label of one to three words closed by a colon ("Status: draft", "Current status: not in use").
FIELD_LABEL_RE = re.compile(r"^\s*([^\W\d_]+(?:[ /'’-][^\W\d_]+){0,2})\s*:\s*(?=\S)(?!//)")
# Cue kinds that make a word an answer, not a label ("Draft: the bill …", "Not yet: …", "N/A: …").
_ANSWER_KINDS = ("negator", "pending", "ended", "expectation", "unknown", "privative", "draft_noun",
                 "explicit_yes", "explicit_no", "contrast", "contrast_inside")


def strip_label(detail: str) -> str:
    """The answer without a leading field label ("Status: not addressed" → "not addressed").

    A label is one to three words before a colon that carry no answer of their own: "Draft: …",
    "Not yet: …", "No: …" or "Partly: …"-style words found in the cue lists keep their colon."""
    text = ANSWER_LABEL_RE.sub("", detail.strip(), count=1)
    if _bare_label(text):
        return ""   # "Covered:" with nothing after it: a field left blank, not an answer
    m = FIELD_LABEL_RE.match(text.lstrip("•▪●◦*- \t"))   # "• Open data decree: for signature"
    if not m:
        return text
    text = text.lstrip("•▪●◦*- \t")
    toks = tokens(m.group(1))
    c = cues()
    if any(t in {"yes", "no"} or any(t in c.words[k] or t in c.by_first[k] for k in _ANSWER_KINDS) for t in toks):
        return text
    if whole_answers().get(m.group(1).casefold().strip()):
        return text
    return text[m.end():]


BARE_LABEL_RE = re.compile(r"^\s*([^\W\d_]+(?:[ /'’-][^\W\d_]+){0,2})\s*:\s*$")


def _bare_label(text: str) -> bool:
    """A field label and nothing after its colon ("Covered:", "Current status:"); not a word that answers
    by itself ("No:", "Yes:")."""
    m = BARE_LABEL_RE.match(text)
    if not m:
        return False
    c = cues()
    toks = tokens(m.group(1))
    return not any(t in {"yes", "no"} or any(t in c.words[k] for k in _ANSWER_KINDS) for t in toks)


def read_answer(text: str, lang: str = "en", edition: int | None = None, question: str = "") -> Reading:
    """Read one written answer in its language: the entry point for every reader.

    `lang` is the ISO 639-1 code of the language the answer is written in (decided by the caller, e.g. by
    reading_language); its cue tables are data/reading/ for "en" and data/reading/<lang>/ otherwise.
    A language without tables is not guessed: `unknown`, flagged "answer in <lang>: not read".
    `edition` is the survey year (a status dated after it is not in place); `question` the question's
    wording (an absence counts only when it names what was asked)."""
    if lang not in supported_languages():
        from .reading_language import not_read
        flag, evidence = not_read(lang)  # "answer in Portuguese: not read", "language not read: 'pt'"
        return Reading("unknown", flag, "language not read", evidence)
    from .reading_fields import with_status_field
    with language(lang):
        return with_status_field(text, question, edition, read)


def denies_in_part(detail: str) -> bool:
    """Does any main clause of the written answer deny or give a status short of in force ("Current position:
    published for first reading; not yet enacted")? Beside a ticked Yes that is a disagreement to review."""
    for sentence in sentences(strip_label(detail)):
        for cl in clauses(strip_label(sentence)):
            if cl.main and (negated(cl.toks) or pending(cl.toks, cl.names)):
                return True
    return False


FLAG_LANGUAGE_PREFIX = "answer in"


FLAG_NOTHING = "nothing affirms or denies"
FLAG_MIXED = "mixed: in force in part"
FLAG_INAPPLICABLE = "not applicable: none, or declined?"
FLAG_OTHERWISE = "handled otherwise: read as no"
FLAG_LATER_AFFIRMS = "a specific denial, then a later sentence affirms"
FLAG_TURNED = "an affirmation turned round by 'but'"
FLAG_VACANT = "a post vacant: is someone acting in it?"
FLAG_HEDGED = "denied only 'as such': done elsewhere?"
FLAG_UNAWARE = "not aware of one: none, or not known?"
FLAG_UNDONE = "an affirmation, then a denial of what was asked"
FLAG_BEING_WRITTEN = "named, but still being drafted: does a mention count?"
FLAG_EXPLICIT_DOUBTED = "a typed Yes or No the answer doubts"
FLAG_NO_THEN_AFFIRMED = "a typed No, then something in place: in part?"
FLAG_YES_UNDONE = "a typed Yes, then words giving a status short of in force"


@dataclass
class _Answer:
    """One written answer being read: its text without a label, its sentences and lead clauses."""
    text: str
    topic: str
    edition: int | None
    sents: list[str]
    lead_clauses: list[Clause]


@dataclass
class _Weighed:
    """The clause rules' verdict on one sentence: state (neg / affirm), flag, rule, the deciding clause."""
    state: str
    flag: str | None
    rule: str
    decider: Clause
    mains: list[Clause]
    status_beside: Clause | None = None   # a not-yet status stated beside what affirms


def read(detail: str, topic: str = "", edition: int | None = None) -> Reading:
    """Decide a written answer (the tick is lost): yes, no or unknown, with a flag when doubtful, and the
    evidence that decided it. A `yes` needs affirming evidence; an answer that affirms nothing and denies
    nothing the reader can name is unknown, flagged "nothing affirms or denies".

    `topic` is the question's wording: an absence stated beside an affirmation counts only when it names
    something the question asks about. `edition` is the survey year (later dates are not in place)."""
    text = strip_label(detail)
    if not text:
        return Reading("unknown", None, "blank")
    from . import reading_evidence as evidence
    token = evidence.COVERAGE.set(evidence.coverage_question(topic))
    try:
        sents = sentences(text)
        ans = _Answer(text, topic, edition, sents, clauses(sents[0]))
        for step in (_whole_answer, _explicit_word, _declined, _expected, _weighed_answer):
            reading = step(ans)
            if reading is not None:
                reading = _names_given(reading, ans)
                return _open_answer(reading, ans) if evidence.open_question(topic) else reading
    finally:
        evidence.COVERAGE.reset(token)
    raise AssertionError("the last reading step always decides")


# Readings that answer an open question as they stand: "None", "No.", "N/A", "Nothing to add".
SETTLED_RULES = {"whole answer", "explicit no", "explicit yes", "declined", "n/a with a negative clause", "blank"}
MIN_INFORMATION_WORDS = 3
SHORT_DENIAL = 4   # a denial of at most this many words says there is nothing, whatever its verb


def _open_answer(reading: Reading, a: _Answer) -> Reading:
    """An open question ("Please provide any other information …") is answered by whatever is stated: a
    status or a denial the reader found in it is the information given ("La AIG prepara la nueva Agenda 2025-2029",
    "the crisis has delayed several projects"), so it is `yes`; unless the answer says there is nothing
    (more) to add ("Rien à ajouter.", "No further information.") or is too short to say anything."""
    if reading.answer != "no" or reading.rule in SETTLED_RULES:
        return reading   # words the reader cannot place stay unknown: information is not guessed either
    mains = [cl for cl in a.lead_clauses if cl.main] or a.lead_clauses
    if any(negated(cl.toks) and (_has(cl.toks, "addition") or _has(cl.toks, "information")
                                 or len([t for t in cl.toks if t.isalpha()]) <= SHORT_DENIAL) for cl in mains):
        return reading   # "Rien à ajouter.", "No further information.", "Nothing new."
    words = [t for t in tokens(a.text) if t.isalpha()]
    if len(words) < MIN_INFORMATION_WORDS:
        return reading
    first = tokens(a.sents[0])
    return Reading("yes", None, "information given", _ev("stated", tuple(first[:4]), a.text))


def _names_given(reading: Reading, a: _Answer) -> Reading:
    """A question asking for names ("Please provide names of the ministries …") answered by names only
    ("MINSA", "BID, CAF, Red GEALC"): the names are the answer, yes; words the reader cannot place stay unknown."""
    from . import reading_evidence as evidence
    if reading.rule != "nothing affirms or denies" or not evidence.name_request(a.topic):
        return reading
    found = evidence.names_only(a.text)
    if found is None:
        return reading
    return Reading("yes", None, "names given", found.describe(a.text))


def _ev(kind: str, cue: tuple[str, ...], text: str) -> str:
    from .reading_evidence import Evidence
    return Evidence(kind, cue).describe(text)


def _whole_answer(a: _Answer) -> Reading | None:
    """Rule 3: a whole answer that decides by itself ("No", "None", "N/A")."""
    whole = whole_answers().get(a.text.casefold().strip(" .!\n"))
    if not whole:
        return None
    kind = {"yes": "explicit yes", "no": "explicit no"}[whole] if a.text.casefold().strip(" .!\n") in (
        cues().words["explicit_yes"] | cues().words["explicit_no"]) else (
        "declined" if whole == "unknown" else "whole answer")
    flag = FLAG_INAPPLICABLE if whole == "unknown" and _has(tokens(a.text), "inapplicable") else None
    return Reading(whole, flag, "whole answer", _ev(kind, tuple(tokens(a.text)), a.text))


def _explicit_word(a: _Answer) -> Reading | None:
    """Rule 5: a leading explicit Yes or No decides (a negation in a Yes sentence is flagged)."""
    ex = explicit(a.sents[0])
    if ex is None:
        return None
    doubt = _explicit_doubted(a)
    if doubt is not None:
        return doubt   # "Yes?", "Yes. Not sure – please check with …": the typed word is not an answer
    if ex == "yes":
        undone = _yes_then_status(a)
        if undone is not None:
            return undone   # "Yes – a strategy is being drafted": the words after the Yes say it is not there yet
        from .reading_evidence import dated_after
        neg = any(negated(cl.toks) or pending(cl.toks, cl.names) or dated_after(cl.toks, a.edition)
                  for cl in _unquoted(a))   # "… certified in 2022; its provisions take effect from 2025"
        return Reading("yes", FLAG_NEGATION_IN_YES if neg else None, "explicit yes",
                       _ev("explicit yes", (), a.sents[0]))
    return Reading("no", FLAG_NO_THEN_AFFIRMED if _no_then_in_place(a) else None, "explicit no",
                   _ev("explicit no", (), a.sents[0]))


def _yes_then_status(a: _Answer) -> Reading | None:
    """A typed Yes whose own words go on, in their first clause, to give what was asked a status short of in
    force ("Yes – a National AI Strategy is being prepared", "Yes – the draft is before Cabinet", "Yes, the
    Strategy was not renewed after 2020"): those words name the substance, so no, flagged. A later clause
    about another part ("Yes – covers ministries; towns are planned") leaves the Yes (flagged)."""
    from . import reading_evidence as evidence
    if evidence.COVERAGE.get():
        return None   # on what a strategy addresses, "Yes – the draft strategy's axis 3 foresees it" is addressed
    m = _explicit_re(current_language()).match(a.sents[0].strip())
    rest = a.sents[0].strip()[m.end():].lstrip(" -–—,;:.") if m else ""
    first = next((cl for cl in clauses(rest) if cl.main), None) if rest else None
    if first is None or _contrasts(first) or evidence.extends(first.toks):
        return None
    toks = _mask_idioms(first.toks)
    if not (pending(first.toks, first.names) or any(t in cues().words["ended"] for t in toks)
            or _has(toks, "draft_noun")):
        return None
    return Reading("no", FLAG_YES_UNDONE, "a typed yes, then a status short of in force", _denial_evidence(first, a))


# A quoted span: «…», "…", “…”, ‘…’, or '…' not inside a word (an elision "l'objet" is no quote).
QUOTED_RE = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”|‘[^’]*’|(?<!\w)'[^']*'(?!\w)")


def _unquoted(a: _Answer) -> list[Clause]:
    """The lead sentence's clauses without what it quotes: a negation inside quotes is the wording of a quoted
    principle or title ("Sí, Ley 83/2012 art. 3 ('no pedir al ciudadano documentos …')"), not a doubt."""
    own = QUOTED_RE.sub(" ", a.sents[0])
    return a.lead_clauses if own == a.sents[0] else clauses(strip_label(own))


def _no_then_in_place(a: _Answer) -> bool:
    """"No, not at national level; some agencies run online feedback forms", "No. Several ministries publish
    datasets": after the typed No, a clause names something in force or operating, or says that some bodies do
    it; the No may hold for the whole only (in part?)."""
    from . import reading_evidence as evidence
    later = clauses(strip_label(a.sents[1]))[:1] if len(a.sents) > 1 else []
    for cl in a.lead_clauses[1:] + later:
        if not cl.main or negated(cl.toks) or pending(cl.toks, cl.names):
            continue
        some = evidence.find(cl.toks[:2], "few") is not None and evidence.finite_verb(cl.toks) is not None
        if (some and evidence.affirmation(cl.toks) is not None) or (cl not in later and _strongly_affirms(cl)):
            return True   # a later sentence counts only when it says some bodies do it ("Some agencies run …")
    return False


QUESTIONED_RE = re.compile(r"^[^\w]*\w+\s*\?")   # "Yes?": the typed word asked, not answered


def _explicit_doubted(a: _Answer) -> Reading | None:
    """A typed Yes or No that the answer itself doubts: a question mark on it ("Yes?"), or a clause right
    after it that declines ("Yes – not sure", "Yes. Not known; please check with the Ministry")."""
    after = a.lead_clauses[1:2] or (clauses(strip_label(a.sents[1]))[:1] if len(a.sents) > 1 else [])
    declines = next((cl for cl in after if _declines(cl.toks)), None)
    if declines is None and not QUESTIONED_RE.match(a.sents[0]):
        return None
    cue = tuple(declines.toks[:3]) if declines is not None else tuple(tokens(a.sents[0])[:1])
    return Reading("unknown", FLAG_EXPLICIT_DOUBTED, "explicit word doubted", _ev("declined", cue, a.text))


def _declined(a: _Answer) -> Reading | None:
    """"N/A – no law covers this yet": the explicit negative part decides; bare "N/A" is unknown."""
    if not any(_declines(cl.toks, k == 0) for k, cl in enumerate(a.lead_clauses)):
        return None
    rest = [cl for cl in a.lead_clauses if not _declines(cl.toks)]  # "N/A, as there are no towns" too
    # A relative says something of another body ("…, qui n'a pas transmis d'éléments", "…, que no la remitió"):
    # not the answer's denial.
    neg = next((cl for cl in rest if negated(_before_relative(cl.toks))), None)
    if neg is not None:
        return Reading("no", None, "n/a with a negative clause", _denial_evidence(neg, a))
    cue = next(cl.toks for cl in a.lead_clauses if _declines(cl.toks))
    flag = FLAG_INAPPLICABLE if _has(cue, "inapplicable") else (
        FLAG_UNAWARE if "aware" in cue or "unaware" in cue else None)
    return Reading("unknown", flag, "declined", _ev("declined", tuple(cue[:3]), a.text))


RELATIVE_OPENERS = {"que", "qui", "which", "who"}   # also complementizers: only here, where a relative follows a body


def _before_relative(toks: list[str]) -> list[str]:
    """The clause up to a relative pronoun: what it says of its own subject."""
    stop = cues().words["relative"] | RELATIVE_OPENERS
    return toks[:next((i for i, t in enumerate(toks) if t in stop), len(toks))]


def _expected(a: _Answer) -> Reading | None:
    """"We expect …", "to be confirmed": a plan or expectation is not an answer either way."""
    mains = [cl for cl in a.lead_clauses if cl.main] or a.lead_clauses
    if not mains or not _has(mains[0].toks, "expectation"):
        return None
    if any(pending(cl.toks, cl.names) and not _has(cl.toks, "expectation") for cl in mains[1:]):
        return None   # "TBD – framework under preparation (WIP)": the stated status answers
    return Reading("unknown", FLAG_EXPECTATION, "expectation", _ev("expectation", tuple(mains[0].toks[:3]), a.text))


def _weighed_answer(a: _Answer) -> Reading:
    """Rules 6-7: weigh the lead sentence's clauses; a yes must name what affirms it, else the next
    sentences are read; nothing named either way is unknown."""
    if not ([cl for cl in a.lead_clauses if cl.main] or a.lead_clauses):
        return Reading("unknown", None, "no words")  # a stray glyph or dash
    for k, sentence in enumerate(a.sents):
        w = weigh(clauses(strip_label(sentence)) if k else a.lead_clauses, a.topic, a.edition, leading=True)
        if w is None:
            continue
        reading = _verdict(w, a, k)
        if reading is not None:
            return reading
    return Reading("unknown", FLAG_NOTHING, "nothing affirms or denies", _ev("nothing", (), a.text))


def _verdict(w: _Weighed, a: _Answer, k: int) -> Reading | None:
    """A sentence's weighed clauses as a reading with its evidence, or None when it names nothing."""
    sentence = a.sents[k]
    if w.state == "neg":
        if w.rule == "specific denied, general affirmed":
            return Reading("no", w.flag, w.rule, _denial_evidence(w.decider, a))
        if _contradicted(a.sents[k:], w.decider) and not _specific_vs_general(w.decider.toks, tokens(a.sents[k + 1])):
            nxt = a.sents[k + 1]
            ev = _affirm_evidence(clauses(nxt), nxt) or ("stated", ())
            return Reading("yes", FLAG_CONTRADICTED, "denial contradicted about the same subject",
                           _ev(ev[0], ev[1], nxt))
        from . import reading_history as history
        turned = history.successor_later(w.decider, a.sents, k) or _form_denied_function_done(w, a, k)
        if turned is not None:
            return turned   # "the first strategy lapsed in 2014. The Blueprint … was approved in 2021"
        plan_only = pending(w.decider.toks, w.decider.names) and w.rule == "first main clause"
        rule = "draft or plan only" if plan_only else w.rule
        flag = w.flag if w.flag != FLAG_CONTRADICTED else None
        return Reading("no", flag or _doubt_in_no(w, a, k), rule, _denial_evidence(w.decider, a))
    found = _affirm_evidence([w.decider] + [c for c in w.mains if c is not w.decider], sentence)
    if w.status_beside is not None:
        return _status_beside(w, a, found, sentence)
    if found is None and w.flag == FLAG_HEDGED and _stands_in(w.decider):
        from . import reading_evidence as evidence
        found = ("stated", evidence.find(w.decider.toks, "stands_in")[1])   # "… sits in Strategy mission 3"
    if found is None:
        return _status_of_named(w, a)   # "cloud-first – WIP (not in the plan)": the status of what was named
    from . import reading_history as history
    done = _done_another_way(w, a, k, found) or _undone_after(w, a, k, found)
    if done is not None:
        return done
    if found[0] in WEAK_KINDS:
        found = _stronger_later(a, k) or found   # "Law 2016. Status: in force." quotes the status
    later = _later_status(a, k)
    if later is not None and evidence_outside(later[0]):
        # "Piloto registro público (2022). Fuera de la agenda.": what was named lies outside the text asked about
        return Reading("no", FLAG_UNDONE, "placed outside what was asked", later[1])
    if later is not None and (found[0] in WEAK_KINDS or _overrides(later[0])
                              or history.law_awaited_later(w.mains, later[0], a.topic)):
        # "Access to Information Law 2016. Status: repealed." / "… adopted. Publication is pending."
        return Reading("no", None, "a status after what was named", later[1])
    from . import reading_evidence as evidence
    flag = w.flag or (FLAG_MIXED if later is not None and (evidence.extends(later[0].toks)
                                                           or evidence.secondary_subject(later[0].toks)) else None)
    if flag is None and any(history.partial(cl.toks) for cl in w.mains):
        flag = FLAG_MIXED   # "voluntary, adopted by some agencies only": in force in part
    return Reading("yes", flag, w.rule, _ev(found[0], found[1], sentence))


def evidence_outside(status: Clause) -> bool:
    """Is a later status one that places the thing outside the text asked about ("Outside the Plan.")?"""
    from . import reading_evidence as evidence
    return evidence.outside(_mask_idioms(status.toks)) is not None


def _status_of_named(w: _Weighed, a: _Answer) -> Reading | None:
    """A first clause that only names the item ("cloud-first", "TBD") and a later clause of the sentence that
    denies it or gives a status short of in force: that clause answers (no); otherwise nothing is named."""
    later = next((cl for cl in w.mains if cl is not w.decider and (negated(cl.toks) or pending(cl.toks, cl.names))),
                 None)
    if later is None:
        return None
    return Reading("no", _otherwise_flag(later), "a status beside what was named", _denial_evidence(later, a))


def _otherwise_flag(cl: Clause) -> str | None:
    """A `no` because the thing is done another way is always flagged: whether that counts depends on the question."""
    from . import reading_evidence as evidence
    return FLAG_OTHERWISE if evidence.handled_otherwise(_mask_idioms(cl.toks)) else None


def _done_another_way(w: _Weighed, a: _Answer, k: int, found: tuple[str, tuple[str, ...]]) -> Reading | None:
    """An affirmation that does not answer: the specific thing asked came from the regular one ("met from the
    regular budget"), or a past event not kept up since ("was last carried out in 2017 … has not been
    repeated")."""
    from . import reading_history as history
    cue = history.from_general_source(w.mains, a.topic)
    if cue is not None:
        return Reading("no", FLAG_OTHERWISE, "from the regular source", _ev("handled otherwise", cue, a.sents[k]))
    if k == 0:
        return history.past_event_undone(w.decider, found, a)
    return None


def _undone_after(w: _Weighed, a: _Answer, k: int, found: tuple[str, tuple[str, ...]] = ("", ())) -> Reading | None:
    """An affirmation whose own words go on to deny what was asked: a relative clause on what it names that
    denies ("governed by the 2014 Regulations, which are silent on electronic means"), or a later sentence
    stating an absence ("… tables on its web page as PDF files. There is no open data portal as such.").
    The denial decides when it names what the question asks (or says "nothing"); otherwise yes, flagged."""
    rel = cues().words["relative"]
    after = a.lead_clauses if k == 0 else clauses(strip_label(a.sents[k]))
    denying = next((cl for cl in after[1:] if cl.toks and cl.toks[0] in rel and cl.joint == ","
                    and cl.toks[0] not in cues().words["owner_relative"]
                    and negated(cl.toks) and not pending(cl.toks, cl.names)), None)
    if denying is not None:
        return Reading("no", FLAG_UNDONE, "a relative clause denies", _denial_evidence(denying, a))
    for sentence in a.sents[k + 1:]:
        later = [cl for cl in clauses(strip_label(sentence)) if cl.main]
        if later and found[0] == "in force" and _not_yet_in_force(later[0].toks, w.decider.toks):
            return Reading("no", FLAG_UNDONE, "adopted, then not yet in force", _denial_evidence(later[0], a))
        if not later or not _existential_denial(later[0].toks):
            continue
        if _about(later[0].toks, a.topic):
            return Reading("no", FLAG_UNDONE, "an absence stated after", _denial_evidence(later[0], a))
        return None
    return None


# Words that make a denial one of the time since ("not yet", "has not been … since"), not of a property.
STILL_NOT = {"yet", "since", "has", "have"}
NOT_YET_REACH = 5   # "not been brought into force", "not yet entered into force"


def _not_yet_in_force(toks: list[str], adopted: list[str]) -> bool:
    """"The Act was passed in 2018. It is not yet in force." / "The Act has not been brought into force
    since.": a later sentence about the same instrument (the pronoun "it", or the instrument's own noun; not
    another text: "Its regulations are not yet in force") denying, for the time since, that it is in force
    (the in-force words right after the negation). Not a property denied ("It does not apply to towns")."""
    from . import reading_evidence as evidence
    neg = next((i for i, t in enumerate(toks) if t in cues().words["negator"]), None)
    hit = None if neg is None else evidence.find(toks, "in_force", neg + 1, neg + NOT_YET_REACH)
    if hit is None or not negated(toks) or not any(t in STILL_NOT for t in toks[:hit[0] + len(hit[1]) + 1]):
        return False
    subj = subject(toks)
    own = [_stem(t) for t in subj if evidence.find([t], "instrument") is not None]
    named = {_stem(t) for t in adopted if evidence.find([t], "instrument") is not None}
    return (bool(own) and set(own) <= named) or (not own and subj[:1] == ["it"])


def _existential_denial(toks: list[str]) -> bool:
    """"There is no open data portal as such", "Nothing is aimed at …", "None exists": a sentence that says
    something is absent (not a verb negated, not a status short of in force, not "none of them")."""
    opens = toks[:1] == ["there"] or (toks and toks[0] in NEW_NEGATIVE_CLAUSE and toks[1:2] != ["of"])
    return bool(opens) and negated(toks) and not pending(toks) and not _points_back(toks)


# Evidence that only names something (a verbless answer): a status said of it decides.
WEAK_KINDS = {"named", "link"}
# Evidence ranked from strongest: the clause that says most about being in place is quoted.
RANK = ("in force", "operating", "in place", "stated", "named", "link")


def _stronger_later(a: _Answer, k: int) -> tuple[str, tuple[str, ...]] | None:
    """Evidence stronger than a name in a later sentence (an instrument in force, a service operating)."""
    for sentence in a.sents[k + 1:]:
        sentence = strip_label(sentence)
        found = _affirm_evidence([cl for cl in clauses(sentence) if cl.main], sentence)
        if found is not None and found[0] in {"in force", "operating", "in place"}:
            return found[0], found[1]
    return None


def _overrides(status: Clause | str) -> bool:
    """A status that undoes an affirmation about the same thing, not about the rest of it ("passed by
    Parliament; assent pending"; not "the extension to municipalities is pending")."""
    from . import reading_evidence as evidence
    toks = status.toks if isinstance(status, Clause) else tokens(status)
    found = evidence.denial(_mask_idioms(toks))
    return (found is not None and found.kind in {"status awaited", "no longer"} and not evidence.extends(toks)
            and not evidence.secondary_subject(toks))   # "an implementing decree is pending": another text


def _status_beside(w: _Weighed, a: _Answer, found: tuple[str, tuple[str, ...]] | None, sentence: str) -> Reading:
    """An affirmation and a not-yet status in one sentence: the status decides when the affirmation only
    names the thing or is undone by it; otherwise a mixed answer, yes and flagged."""
    cl = w.status_beside
    if found is None or found[0] in WEAK_KINDS or (_overrides(cl) and not _step_taken(cl, found)):
        return Reading("no", _otherwise_flag(cl), "a status beside what was named", _denial_evidence(cl, a))
    return Reading("yes", w.flag or FLAG_MIXED, w.rule, _ev(found[0], found[1], sentence))


def _step_taken(status: Clause, found: tuple[str, tuple[str, ...]]) -> bool:
    """"The operative instrument remains the ICT Policy, tabled in the House": a bare past participle of a
    step ("tabled", "submitted to") added on after a comma to an instrument the clause says is in force is a
    step taken, its history; not "awaiting", not "is tabled", not a status of its own with an auxiliary."""
    from . import reading_evidence as evidence
    toks = _mask_idioms(status.toks)
    step = evidence.denial(toks)
    return (found[0] == "in force" and step is not None and step.kind == "status awaited"
            and step.cue[0].endswith("ed") and not negated(toks) and not any(t in cues().words["auxiliary"] for t in toks))


def _later_status(a: _Answer, k: int) -> tuple[Clause, str] | None:
    """The first later main clause that states a status short of in force ("Status: repealed.",
    "Publication in the Gazette is pending"), with its evidence."""
    from . import reading_evidence as evidence
    from . import reading_references as references
    for sentence in a.sents[k + 1:]:
        sentence = strip_label(sentence)
        for cl in clauses(sentence):
            if not cl.main or negated(cl.toks) or references.is_pointer(sentence):
                continue
            masked = _mask_idioms(cl.toks)
            found = (evidence.status_predicate(masked, cl.names, cl.commas[0] if cl.commas else None)
                     or evidence.status_noun(masked) or evidence.dated_after(masked, a.edition)
                     or _ended(masked))
            if found is not None:
                whole = tokens(sentence)
                # "- Parts III-IV – pending proclamation": the status of the rest of the text, not of all of it
                scope = Clause(whole, True, cl.joint, [], cl.names) if evidence.extends(whole[:3]) else cl
                return scope, found.describe(sentence)
    return None


def _ended(toks: list[str]):
    from .reading_evidence import Evidence
    c = cues()
    hit = next((t for t in toks if t in c.words["ended"] or t in {"repealed", "abolished", "revoked",
                                                                  "discontinued"}), None)
    if hit is None or any(w in c.words["successor"] for w in toks):
        return None
    return Evidence("no longer", (hit,))


def _strongly_affirms(cl: Clause) -> bool:
    """Does the clause name a measure in force, operating or in place (not only a statement)?"""
    from . import reading_evidence as evidence
    found = None if negated(cl.toks) or pending(cl.toks, cl.names) else evidence.affirmation(cl.toks)
    return found is not None and found.kind in {"in force", "operating", "in place"}


def _doubt_in_no(w: _Weighed, a: _Answer, k: int) -> str | None:
    """Why a `no` may be wrong: the thing is done another way (whether that counts depends on the
    question), or a later sentence affirms what this one denied ("No separate ministry. Environmental
    matters are under a State Agency …")."""
    from . import reading_evidence as evidence
    from . import reading_references as references
    if any(evidence.handled_otherwise(_mask_idioms(cl.toks)) for cl in w.mains):
        return FLAG_OTHERWISE
    if any(evidence.find(cl.toks, "vacancy") is not None for cl in w.mains):
        return FLAG_VACANT   # "the post is vacant": someone may act in it
    if _has(w.decider.toks, "hedge"):
        return FLAG_HEDGED   # "No ministry of justice as such": the name is denied, the function may exist
    from . import reading_history as history
    if pending(w.decider.toks, w.decider.names) and history.affirmed_later(a.sents, k):
        return FLAG_LATER_AFFIRMS   # "a bill is with the drafters. Meanwhile the 2007 Act remains in force"
    if not _has(w.decider.toks, "specific") or (evidence.finite_verb(w.decider.toks) is not None
                                               and not _absence_opener(w.decider.toks)):
        # a full sentence denying something specific is clear; a verbless "No separate ministry." or
        # "Sin norma específica" is not; a plain denial may be of one form of what a later sentence names
        return FLAG_LATER_AFFIRMS if _later_service(w, a, k) else None
    for sentence in a.sents[k + 1:]:
        sentence = strip_label(sentence)
        later = weigh(clauses(sentence), a.topic, a.edition)
        if (later is not None and later.state == "affirm" and not references.is_pointer(sentence)
                and not _has(later.decider.toks, "general") and not _only_link(sentence)
                and _affirm_evidence([later.decider], sentence) is not None
                and history.from_general_source(later.mains, a.topic) is None):
            # "Sin asignación específica. … se cubrieron con el presupuesto ordinario": the regular source
            # confirms the denial of a specific one, it does not affirm it
            return FLAG_LATER_AFFIRMS
    return None


def _later_service(w: _Weighed, a: _Answer, k: int) -> bool:
    """After a plain denial ("We do not have a transactional portal.", "There is no statutory office of …"),
    a later sentence that names something in force, operating or in place, or gives its address ("The
    Government website, https://…, carries news and forms"): the denial may be of one form of what was
    asked only. Not after a status short of in force (a draft's own story), nor after a pointer."""
    from . import reading_history as history
    from . import reading_references as references
    if pending(w.decider.toks, w.decider.names) or not negated(w.decider.toks):
        return False
    for sentence in a.sents[k + 1:]:
        sentence = strip_label(sentence)
        later = weigh(clauses(sentence), a.topic, a.edition)
        if later is None or later.state != "affirm" or references.is_pointer(sentence):
            continue
        if history.from_general_source(later.mains, a.topic) is not None:
            continue   # "… funded from the regular budget": confirms that no specific one exists
        found = _affirm_evidence([later.decider], sentence)
        if found is not None and (found[0] in {"in force", "operating"} or "url" in later.decider.toks):
            return True
    return False


SHARED_WORDS = 2   # "chief information officer": the later sentence names the denied thing, not only "government"


def _form_denied_function_done(w: _Weighed, a: _Answer, k: int) -> Reading | None:
    """"There is no statutory office of Chief Information Officer. … The functions of a chief information
    officer are discharged by the Chief Technical Director": only a legal form of the thing is denied, and a
    later sentence says its work is done (something operating or in force, named with the denied thing's
    own words): yes, flagged as denied only in its form."""
    toks = w.decider.toks
    from . import reading_evidence as evidence
    if not _existential_denial(toks) or pending(toks, w.decider.names) or evidence.find(toks, "legal_word") is None:
        return None
    denied = {_stem(t) for t in toks if t.isalpha() and t not in STOP and len(t) > 2} - set(
        cues().words["negator"]) - {t for t in evidence.classes().words["legal_word"]}
    from . import reading_references as references
    for sentence in a.sents[k + 1:]:
        if references.is_pointer(sentence):
            continue
        for cl in clauses(strip_label(sentence)):
            found = _affirm_evidence([cl], sentence) if cl.main else None
            shared = denied & {_stem(t) for t in cl.toks}
            if found is not None and found[0] in {"in force", "operating"} and len(shared) >= SHARED_WORDS:
                return Reading("yes", FLAG_HEDGED, "a legal form denied, the function done", _ev(found[0], found[1],
                                                                                                  sentence))
    return None


def _only_link(sentence: str) -> bool:
    """"Please read more here; https://…": a pointer to a page, not an affirmation."""
    toks = [t for t in tokens(sentence) if t not in {",", ";", ":", "url"}]
    return "url" in tokens(sentence) and len(toks) <= 8


def _affirm_evidence(cls: list[Clause], sentence: str) -> tuple[str, tuple[str, ...]] | None:
    """The strongest affirming evidence among the clauses (in force > operating > in place > stated > named)."""
    from . import reading_evidence as evidence
    best = None
    for cl in cls:
        if negated(cl.toks) or pending(cl.toks, cl.names, cl.commas[0] if cl.commas else None):
            continue
        found = evidence.affirmation(cl.toks, sentence)
        if found is not None and (best is None or RANK.index(found.kind) < RANK.index(best.kind)):
            best = found
    return (best.kind, best.cue) if best else None


def _denial_evidence(cl: Clause, a: _Answer) -> str:
    """The evidence of a denying clause: a status short of in force, something no longer in force, or the
    negation itself."""
    from . import reading_evidence as evidence
    toks = _mask_idioms(cl.toks)
    found = evidence.denial(toks, a.edition, cl.names) or _still_to_be_done_evidence(toks)
    if found is not None:
        return found.describe(a.text)
    c = cues()
    ended = next((t for t in toks if t in c.words["ended"]), None)
    if ended:
        return _ev("no longer", (ended,), a.text)
    if _has(toks, "pending"):
        return _ev("status in preparation", _first_cue(toks, "pending"), a.text)
    if _has(toks, "draft_noun"):
        return _ev("status draft", _first_cue(toks, "draft_noun"), a.text)
    neg = _first_cue(toks, "negator") or _first_cue(toks[:1], "absence_opener")
    kind = "no longer" if neg and neg[0] in {"repealed", "abolished", "revoked", "discontinued", "closed", "shut"} \
        else "negation"
    return _ev(kind, neg, a.text)


def _still_to_be_done_evidence(toks: list[str]):
    from .reading_evidence import Evidence
    if not _still_to_be_done(toks):
        return None
    i = next(k for k in range(len(toks) - 2) if toks[k] == "to" and toks[k + 1] == "be")
    return Evidence("status planned", tuple(toks[i:i + 3]))


def _first_cue(toks: list[str], kind: str) -> tuple[str, ...]:
    c = cues()
    for i, t in enumerate(toks):
        for p in c.by_first[kind].get(t, ()):
            if _starts(toks, i, p):
                return p
        if t in c.words[kind]:
            return (t,)
    return ()


def weigh(lead_clauses: list[Clause], topic: str = "", edition: int | None = None,
          leading: bool = True) -> _Weighed | None:
    """The clause rules on one sentence: which main clause carries the point, and whether it denies."""
    mains = [cl for cl in lead_clauses if cl.main] or lead_clauses
    if not mains:
        return None
    from . import reading_references as references
    told = [cl for cl in mains if not references.is_pointer(cl.text)]
    mains = told or mains   # "Please see Q2: there has been no policy since …": the pointer names nothing
    from . import reading_history as history
    mains = [part for cl in mains for part in history.split_status_tail(cl, edition)]
    mains = [_without_correction(cl) for cl in mains]   # "by the project, not yet by the Department"
    first = mains[0]
    w = _Weighed(_polarity(first, leading=leading, edition=edition), None, "first main clause", first, mains)
    for cl in mains[1:]:
        _turn(w, cl, topic, edition)
    owner = _adoption_awaited(lead_clauses, edition) if w.state == "affirm" else None
    if owner is not None:
        # "Une politique a été rédigée, dont l'adoption est attendue en 2023": drafted, not adopted.
        w.state, w.rule, w.decider = "neg", "adoption still awaited (whose …)", owner
        if _has(owner.toks[1:4], "drafting_noun"):
            w.flag = FLAG_BEING_WRITTEN   # the text is named (a mention may be what was asked), not there yet
    return w


def _adoption_awaited(lead_clauses: list[Clause], edition: int | None = None) -> Clause | None:
    """A relative of possession whose adoption step has a status short of done ("whose adoption is
    expected in 2023", "dont l'adoption est attendue", "cuya aprobación está pendiente")."""
    from . import reading_evidence as evidence
    for cl in lead_clauses[1:]:
        if not cl.toks or cl.toks[0] not in cues().words["owner_relative"]:
            continue
        if _has(cl.toks[1:4], "drafting_noun") and _has(cl.toks, "begun"):
            return cl   # "dont l'élaboration a démarré en 2023", "whose drafting started in 2023": still being written
        if not _has(cl.toks[1:4], "adoption_noun"):
            continue
        if (evidence.denial(_mask_idioms(cl.toks), edition) is not None or _has(cl.toks, "awaited_word")
                or _has(cl.toks, "expectation") or _has(cl.toks, "pending")):
            return cl
    return None


def _turn(w: _Weighed, cl: Clause, topic: str, edition: int | None) -> None:
    """How one further main clause changes the sentence's verdict."""
    q = _polarity(cl, edition=edition)
    first = w.mains[0]
    if q in ("neutral", w.state):
        return
    if w.state == "neg" and q == "affirm" and _has(first.toks, "ended") and _has(cl.toks, "successor"):
        # "The first plan expired last year; its successor was approved in March."
        w.state, w.flag, w.rule, w.decider = "affirm", FLAG_CONTRADICTED, "an ended text with a successor", cl
    elif w.state == "neg" and q == "affirm" and (_has(w.decider.toks, "hedge") or (
            _has(w.decider.toks, "specific") and _stands_in(cl))):
        # "No existe un Ministerio de Justicia como tal; las funciones se reparten entre …": only the name is
        # denied, the clause after it says who does the work.
        w.state, w.flag, w.rule, w.decider = "affirm", FLAG_HEDGED, "a name denied, the function affirmed", cl
    elif w.state == "affirm" and q == "neg" and _other_part(w, cl):
        w.status_beside = w.status_beside or cl   # "in force for nationals; for residents it is planned"
    elif w.state == "neg" and q == "affirm" and _elaboration_at(cl.toks, 0) and not _asks_specific(topic):
        # "n'a pas fait l'objet d'un document distinct, étant traitée dans l'axe du Plan": the participle says
        # what does the work; a strategy "or similar" may be that, so yes, flagged (not when the question
        # itself asks for a specific one: "Is there a specific post-COVID-19 strategy?").
        w.state, w.flag, w.rule, w.decider = "affirm", FLAG_CONTRADICTED, "elaboration after a denial", cl
    elif w.state == "neg" and (_specific_vs_general(first.toks, cl.toks) or (
            _has(first.toks, "specific") and _strongly_affirms(cl) and not _contrasts(cl))):
        # "No specific measures for women; general inclusion programmes exist", "No stand-alone strategy;
        # e-government is covered under Pillar 4 of the Plan": still no, but doubtful.
        w.flag, w.rule = FLAG_CONTRADICTED, "specific denied, general affirmed"
    elif _contrasts(cl):
        # "A, but B": B carries the point ("no formal decision, but the portal has run since 2020"). A
        # measure named as in place, then denied ("the post exists by decree but is not filled"), is doubtful.
        w.flag = FLAG_CONTRADICTED if w.state == "neg" else (FLAG_TURNED if _strongly_affirms(w.decider) else None)
        w.state, w.rule, w.decider = q, "contrast clause", cl
    elif w.state == "neg" and cl.joint in (":", "–"):
        # "There is no single act: the rules sit in two laws" — the elaboration answers.
        w.state, w.flag, w.rule, w.decider = "affirm", FLAG_CONTRADICTED, "elaboration after a denial", cl
    elif w.state == "affirm" and q == "neg":
        if _has(cl.toks, "specific") and any(_stands_in(m) for m in w.mains[:w.mains.index(cl)]):
            w.flag = FLAG_HEDGED   # "the Act … is the basis for digital identity; there is no separate ID law"
        elif _absence(cl.toks) and _about(cl.toks, topic):
            w.state, w.rule, w.decider = "neg", "absence stated beside", cl  # "case by case; X has no portal"
        elif not negated(cl.toks):
            w.status_beside = w.status_beside or cl        # "live for tax; other services are being developed"
        elif _points_back(cl.toks):
            pass                                          # "libraries offer access, and none of them charges"
        else:
            w.flag = FLAG_NEGATION_IN_YES                 # "covers ministries; does not cover towns"


def _stands_in(cl: Clause) -> bool:
    """Does the clause say what does the work instead ("performs the equivalent role", "sits in mission 3",
    "is the basis for digital identity")?"""
    from . import reading_evidence as evidence
    return not negated(cl.toks) and evidence.find(cl.toks, "stands_in") is not None


def _asks_specific(topic: str) -> bool:
    """Does the question (in English, the form's language) ask for a specific or dedicated thing?"""
    return bool(topic) and any(t in cues("en").words["specific"] for t in tokens(topic, "en"))


def _other_part(w: _Weighed, cl: Clause) -> bool:
    """After an affirmation, is this not-yet clause about another part or group than the affirmed one (then
    the answer is mixed, not turned round)? Its subject is a part or the rest ("the e-participation
    component", "further services", "la siguiente fase"), or it opens on a group parallel to one the
    affirmation named ("vigente para los nacionales; para los extranjeros … prevista"); or it goes on, after
    a comma and without a subject of its own, with such a clause ("…, pero aún no se ha implementado")."""
    from . import reading_evidence as evidence
    mains = [id(m) for m in w.mains]
    if w.status_beside is not None and cl.joint == "," and mains.index(id(cl)) - 1 == mains.index(id(w.status_beside)):
        return not _own_subject(cl.toks)
    if negated(cl.toks):
        return False
    toks = cl.toks[1:] if cl.toks[0] in cues().words["contrast"] else cl.toks
    # an implementing text's status beside the law ("; un décret d'application est en cours de validation"),
    # unless a contrast word turns it round ("; toutefois, ses textes d'application sont en attente")
    return (evidence.extends(toks) or evidence.find(subject(toks), "part") is not None
            or evidence.parallel_scope(w.decider.toks, toks)
            or (evidence.secondary_subject(toks) and not _contrasts(cl)))


def _own_subject(toks: list[str]) -> bool:
    """Does the clause name a subject of its own before its verb ("but the decree is pending"), not go on
    from the clause before ("but is not yet implemented", "pero aún no se ha implementado")?"""
    from . import reading_evidence as evidence
    toks = toks[1:] if toks and toks[0] in cues().words["contrast"] else toks
    verb = evidence.finite_verb(toks)
    words = [t for t in toks[:verb] if t.isalpha() and t not in STOP and t not in cues().words["negator"]
             and t not in cues().words["contrast_inside"] and t not in {"se", "still", "yet", "aún", "aun", "todavía",
                                                                         "todavia", "encore", "toujours"}]
    return verb is not None and bool(words)


def _contrasts(cl: Clause) -> bool:
    """Does the clause open with a contrast word, or hold one inside ("the Decree nonetheless requires …")?"""
    return cl.toks[0] in cues().words["contrast"] or any(t in cues().words["contrast_inside"] for t in cl.toks[1:10])


DEFINITE = {"the", "this", "these", "that", "those", "its", "their", "our"}


def _declines(toks: list[str], leading: bool = True) -> bool:
    """An unknown cue ("N/A", "not applicable", "no information") that is not the subject of a verb:
    "No information is collected on satisfaction" states an absence, it does not decline the question.
    A cue of not knowing of something ("not aware of any …") declines only as the answer's first clause:
    after "…, but" it qualifies what was said."""
    c = cues()
    for i in range(len(toks)):
        for p in c.by_first["unknown"].get(toks[i], ()) + (((toks[i],),) if toks[i] in c.words["unknown"] else ()):
            if _starts(toks, i, p):
                after = toks[i + len(p):i + len(p) + 1]
                if p[-1] == "of" and (not leading or (after and after[0] in DEFINITE)
                                      or any(t in c.words["negator"] for t in toks[:i])):
                    continue   # "the public is not aware of the portal": a thing known, not a question declined
                if not (after and after[0] in c.words["auxiliary"]):
                    return True
    return _lacks_information(toks) or _not_held_centrally(toks)


def _lacks_information(toks: list[str]) -> bool:
    """"No tenemos esa información consolidada", "Nous ne disposons pas de ces données", "We do not have
    this information": the respondent says it lacks the information asked for (a determiner points at it),
    a decline, not a denial ("nous n'avons guère de données" and "we have no data protection law" deny).
    The information noun must not head a name."""
    from . import reading_evidence as evidence
    c = cues()
    if not (_has(toks, "respondent") and negated(toks)):
        return False
    return any(t in c.words["information"] and i > 0 and toks[i - 1] in c.words["deictic"]
               and evidence.find(toks, "instrument", i + 1, i + 3) is None for i, t in enumerate(toks))


def _not_held_centrally(toks: list[str]) -> bool:
    """"Information on these services is not maintained centrally", "we do not have consolidated data": the
    information is held elsewhere, so the question is declined (unknown), not answered no."""
    from . import reading_evidence as evidence
    return (evidence.find(toks, "info_noun") is not None and evidence.find(toks, "central_word") is not None
            and negated(toks))


def _specific_vs_general(denied: list[str], other: list[str]) -> bool:
    """The denial is about something specific and the other clause about something general."""
    return _has(denied, "specific") and _has(other, "general")


def _polarity(cl: Clause, leading: bool = False, edition: int | None = None) -> str:
    """neg (a denial, a draft or a status short of in force), affirm, or neutral (a possibility or a link
    that decides nothing)."""
    from . import reading_evidence as evidence
    upto = None if leading or not cl.commas else cl.commas[0]
    if negated(cl.toks) or pending(cl.toks, cl.names, upto) or evidence.dated_after(cl.toks[:upto], edition):
        return "neg"
    if leading and evidence.future_tense(_mask_idioms(cl.toks)):
        return "neg"   # "The portal will be launched": a plan, not a service
    words = [t for t in cl.toks if t not in {"url", ",", "~"}]
    # A modal after a comma belongs to a part added on ("…, and it will repeat the exercise"), not the clause's point.
    own = cl.toks[:cl.commas[0]] if cl.commas else cl.toks
    if not words or (not leading and _has(own, "modal")):
        return "neutral"
    return "affirm"


def _without_correction(cl: Clause) -> Clause:
    """"A, not B" ("produced by the project, not yet by the Department", "'digital first, not digital only'"):
    after a comma, a verbless tail opening on a correction word says who or what instead; it denies nothing
    of A. A tail that gives a status ("adopted, not yet in force") is kept: it answers."""
    from . import reading_evidence as evidence
    for j in cl.commas:
        head, tail = cl.toks[:j], cl.toks[j:]
        if not tail or tail[0] not in cues().words["correction"] or negated(head):
            continue
        body = [t for t in tail[1:] if t not in {"yet", "only", "just"}]
        if (evidence.finite_verb(head) is None or evidence.finite_verb(body) is not None
                or evidence.denial(body) is not None or evidence.affirmation(body) is not None or pending(body)):
            continue
        return Clause(head, cl.main, cl.joint, [c for c in cl.commas if c < j], cl.names)
    return cl


def _absence(toks: list[str]) -> bool:
    """A negation stating that something is absent ("has no", "nothing is in force"), not a verb negated."""
    c = cues()
    masked = _mask_idioms(toks)
    return any(t in c.words["negator"] and t not in {"not"} for t in masked) or pending(toks)
