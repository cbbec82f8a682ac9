"""Search of the written answers: what a query means, accent- and case-folding, the FTS5 index, the hits."""
from __future__ import annotations

import re
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass

import pandas as pd

# A query is words and "quoted phrases"; every term must occur (AND). A word matches the start of a word in
# the answer ("disabilit" finds "disabilities"); a phrase matches its words in a row, the last one as a start
# ("persons with disab"). Punctuation splits words the way the index does ("e-government" = "e government").
_QUOTED = re.compile(r'"([^"]*)"?')
_WORD = re.compile(r"[^\W_]+")  # letters and digits, as the index tokenizes
MAX_TERMS = 12  # a query longer than this is cut: nobody types more, and each term costs a pass


def fold(text: object) -> str:
    """Text as the search compares it: accents removed (é -> e, ø stays ø), case folded (ß -> ss)."""
    decomposed = unicodedata.normalize("NFKD", str(text or "").casefold())  # casefold first: İ -> i + dot
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Query:
    """A parsed query: each term is a tuple of folded words (one word, or a phrase)."""

    text: str
    terms: tuple[tuple[str, ...], ...]

    def __bool__(self) -> bool:
        return bool(self.terms)

    def describe(self) -> str:
        """The query as a citation names it: words bare, phrases in double quotes."""
        return " ".join(" ".join(t) if len(t) == 1 else '"' + " ".join(t) + '"' for t in self.terms)


def parse(text: str) -> Query:
    """Words and "quoted phrases" of a search box, folded; a word with inner punctuation becomes a phrase."""
    text = str(text or "")
    terms: list[tuple[str, ...]] = []
    for i, part in enumerate(_QUOTED.split(text)):
        if i % 2:  # inside quotes
            words = tuple(_WORD.findall(fold(part)))
            if words:
                terms.append(words)
        else:
            for chunk in part.split():
                words = tuple(_WORD.findall(fold(chunk)))
                if words:
                    terms.append(words)
    unique = tuple(dict.fromkeys(terms))[:MAX_TERMS]
    return Query(text=text, terms=unique)


def term_pattern(term: tuple[str, ...]) -> str:
    """Regex (on folded text) of one term: at a word start, words apart by non-word characters, and the
    rest of the last word, so the whole word is highlighted."""
    return r"(?<![^\W_])" + r"[\W_]+".join(re.escape(w) for w in term) + r"[^\W_]*"


def pattern(query: Query) -> re.Pattern | None:
    """One regex finding any term of the query, for highlighting."""
    if not query:
        return None
    return re.compile("|".join(term_pattern(t) for t in query.terms))


def scan(folded: pd.Series, query: Query) -> pd.Series:
    """Boolean mask of the folded answers holding every term (the reference the index is checked with)."""
    mask = pd.Series(bool(query), index=folded.index)
    for term in query.terms:
        mask &= folded.str.contains(term_pattern(term), regex=True)
    return mask


def spans(text: str, query: Query) -> list[tuple[int, int]]:
    """Where the query's terms stand in the original text (start, end), found on the folded text.

    Folding can change a character's length (ß -> ss, ﬁ -> fi), so each folded character remembers the
    original character it came from.
    """
    pat = pattern(query)
    if pat is None or not text:
        return []
    folded, origin = [], []
    for i, ch in enumerate(text):
        f = fold(ch)
        folded.append(f)
        origin.extend([i] * len(f))
    flat = "".join(folded)
    found = []
    for m in pat.finditer(flat):
        if m.end() > m.start():
            found.append((origin[m.start()], origin[m.end() - 1] + 1))
    return found


class Index:
    """An SQLite FTS5 index of the written answers (Python's own sqlite3, in memory), built once per store
    version. It finds the candidate rows of a query; the regex of `scan` then confirms each, so the index
    and the scan always agree on what matches.

    It indexes the folded texts (fold()), not the raw ones: SQLite's own folding leaves ß and ligatures as they
    are, so only text folded the same way as the query finds exactly what the scan finds. Tokens: unicode61
    (letters and digits; punctuation splits words).
    """

    def __init__(self, folded: pd.Series):
        self._lock = threading.Lock()  # one connection shared by the server's sessions
        self._con = sqlite3.connect(":memory:", check_same_thread=False)
        self._con.execute("CREATE VIRTUAL TABLE answers USING fts5(detail, tokenize='unicode61 remove_diacritics 2')")
        rows = ((int(i), str(d)) for i, d in folded.items() if d)
        self._con.executemany("INSERT INTO answers (rowid, detail) VALUES (?, ?)", rows)
        self._con.commit()

    @staticmethod
    def expression(query: Query) -> str:
        """The FTS5 MATCH expression: every term a quoted phrase whose last token is a prefix."""
        return " AND ".join('"' + " ".join(t) + '" *' for t in query.terms)

    def candidates(self, query: Query) -> list[int]:
        """Row labels (the index of the details given) that may match: every term's tokens present."""
        if not query:
            return []
        with self._lock:
            cur = self._con.execute("SELECT rowid FROM answers WHERE answers MATCH ?", (self.expression(query),))
            return [r[0] for r in cur.fetchall()]

    def close(self) -> None:
        self._con.close()


def hits(answers: pd.DataFrame, folded: pd.Series, query: Query, index: Index | None = None) -> pd.DataFrame:
    """The answers (already filtered) whose written answer holds every term, in their order.

    `folded` is fold() of every answer's detail, labelled like the full frame `answers` was cut from; with an
    `index` (Index(folded)), only its candidates are checked.
    """
    if not query or answers.empty:
        return answers.iloc[0:0]
    if index is not None:
        keep = answers.index.intersection(pd.Index(index.candidates(query)), sort=False)  # the frame's order
        pool = answers.loc[keep]
    else:
        pool = answers
    if pool.empty:
        return pool
    return pool[scan(folded.loc[pool.index], query)]
