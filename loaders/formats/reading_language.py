"""The language each written answer is in (py3langid on long answers, marker words on short ones), and the
French and Spanish steps that prepare an answer's words for that language's cue tables.

An answer is read in the language it is written in, whatever the form's language: English, French and
Spanish are read (data/reading/ and data/reading/<lang>/); any other language, or an answer that cannot be
placed with confidence, is `unknown` with a flag naming the language, never guessed. Languages, marker
words and the detector's candidates are data: data/reading/languages.csv, data/reading/language_markers.csv.
Why py3langid, and how it was measured: docs/languages.md (bench/language_detectors.py).
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..paths import DATA

# A detector needs words to work with: on one to three words every detector measured places English
# answers ("No.", "N/A", "Yes, see Q3", "Not yet") in another language several times in a hundred. Below
# MIN_WORDS words the answer is placed only by marker words of a language (data/reading/language_markers.csv,
# MIN_MARKER_SCORE needed), else it is taken to be in the form's language.
MIN_WORDS = 4
MIN_MARKER_SCORE = 2           # one strong marker ("néant", "todavía", "não") or two weak ones
STRENGTH = {"unique": 3, "strong": 2, "weak": 1}
# Below this share of the detector's probability (over its candidate languages) an answer is not placed.
# Measured: on the 101 answers of 4+ words in tests/reading/language_samples.csv no answer placed at 0.5
# or above was wrong (docs/languages.md).
MIN_CONFIDENCE = 0.5
# Without a marker word of the detected language a move needs more: Spanish and Portuguese sentences that
# share every word ("A plataforma de compras públicas está operacional") come out near 0.5 either way.
MIN_CONFIDENCE_ALONE = 0.7
UNDETERMINED = "und"
FLAG_UNCLEAR = "answer language unclear: not read"

URL_OR_MAIL_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
# "Q3", "question 10", "No. 12": a number and what names it carry no language.
NUMBERISH_RE = re.compile(r"\b(?:q\.?\s*)?\d[\d.,/-]*\b", re.IGNORECASE)
# A hyphenated compound is one word: "non-existent" holds no French "non", "avant-projet" is one marker.
WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'", "＇": "'"})
# Scripts that name their language outright (Unicode character name prefix -> language).
SCRIPTS = (("CYRILLIC", "ru"), ("ARABIC", "ar"), ("CJK", "zh"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"),
           ("GREEK", "el"), ("HEBREW", "he"))


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    detected_by: str     # "detector" (a candidate of py3langid), "script", or "markers" (marker words only)


@lru_cache(maxsize=1)
def languages() -> dict[str, Language]:
    """Languages the placement can name (data/reading/languages.csv), by ISO 639-1 code."""
    out: dict[str, Language] = {}
    with (DATA / "reading" / "languages.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["detected_by"] not in {"detector", "script", "markers"} or len(row["code"]) != 2:
                raise ValueError(f"languages.csv: bad row {row}")
            out[row["code"]] = Language(row["code"], row["name"], row["detected_by"])
    return out


@lru_cache(maxsize=1)
def read_languages() -> frozenset[str]:
    """Languages whose answers are read: English, and every data/reading/xx/ holding a polarity_cues.csv."""
    base = DATA / "reading"
    return frozenset({"en"} | {p.name for p in base.iterdir() if p.is_dir() and (p / "polarity_cues.csv").exists()})


@lru_cache(maxsize=1)
def markers() -> dict[str, dict[str, int]]:
    """Marker word (casefolded, apostrophes straightened) -> {language: weight}."""
    out: dict[str, dict[str, int]] = {}
    known = languages()
    with (DATA / "reading" / "language_markers.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            word, lang = row["word"].casefold().translate(APOSTROPHES).strip(), row["lang"]
            if not word or lang not in known or row["strength"] not in STRENGTH:
                raise ValueError(f"language_markers.csv: bad row {row}")
            out.setdefault(word, {})[lang] = STRENGTH[row["strength"]]
    return out


@dataclass(frozen=True)
class Placement:
    """Where an answer's language came from: `lang` is an ISO 639-1 code or "und" (not placed)."""
    lang: str
    how: str                 # "markers", "detector", "script", "form" (too short: the form's language)
    confidence: float | None = None

    @property
    def read(self) -> bool:
        return self.lang in read_languages()

    @property
    def flag(self) -> str | None:
        """"answer in Portuguese: not read" for a language not read; None when the answer is read."""
        if self.read:
            return None
        if self.lang == UNDETERMINED:
            return FLAG_UNCLEAR
        lang = languages().get(self.lang)
        return f"answer in {lang.name if lang else self.lang}: not read"

    @property
    def evidence(self) -> str:
        """The evidence an unread answer stores, in the shape and closed list of evidence kinds
        (data/reading/evidence_kinds.csv): "language not read: 'pt'" (or "language not read: 'und'")."""
        return f"language not read: '{self.lang}'"


def words(text: str) -> list[str]:
    """The answer's words that can carry a language: no URLs, addresses, numbers or question numbers."""
    clean = NUMBERISH_RE.sub(" ", URL_OR_MAIL_RE.sub(" ", text.translate(APOSTROPHES)))
    return [w.casefold() for w in WORD_RE.findall(clean)]


def place(text: str, form_lang: str = "en") -> Placement:
    """The language an answer is written in.

    A script that names its language decides (Cyrillic, Arabic, Han, …). Below MIN_WORDS words only marker
    words can move an answer out of the form's language, because no detector places one-to-three-word
    answers reliably and "No.", "N/A", "Yes, see Q3" must stay English on an English form. From MIN_WORDS
    words on, the detector decides, checked against the marker words (see _weigh).
    """
    script = _script(text)
    if script:
        return Placement(script, "script")
    ws = words(text)
    marked = _winner(_scores(ws), form_lang)
    if len([w for w in ws if len(w) > 1]) >= MIN_WORDS:
        if marked == form_lang:
            # The detector could not move it (see _weigh): an English answer full of English words never
            # loads the model (~2 s and ~100 MB per process).
            return Placement(form_lang, "markers")
        lang, p = detect(" ".join(ws))
        opener = _opener(ws)
        if opener not in (None, form_lang) and (lang != form_lang or p < SURE):
            # "Oui : Facebook, X, YouTube, LinkedIn.": the answer's own first word (a yes or no found in one
            # language only) outweighs a detector pulled by names.
            return Placement(opener, "markers", round(p, 3))
        return _weigh(lang, round(p, 3), marked, form_lang)
    if marked and marked != form_lang:
        return Placement(marked, "markers")
    return Placement(form_lang, "form")


def _weigh(lang: str, p: float, marked: str | None, form_lang: str) -> Placement:
    """The detector's language against the marker words' language on an answer of MIN_WORDS words or more.

    Measured on the 495 written answers of the English fixtures, the detector alone takes 7 English answers
    out of English ("Yes. AU Digital Transformation Strategy 2020-2030." -> French, "As per response to
    #24." -> below confidence): an answer is moved out of the form's language only when the marker words do
    not point back to it, and two different other languages (Portuguese by the markers, Spanish by the
    detector) leave it unplaced rather than read in the wrong one.
    """
    if lang == form_lang and p < MIN_CONFIDENCE and marked not in (None, UNDETERMINED, form_lang):
        # "Sí: Facebook, X, Instagram, TikTok.": brand names pull the detector, unsure, to the form's
        # language; the marker words of another language decide.
        return Placement(marked, "markers", p)
    if lang == form_lang or marked == form_lang:
        return Placement(form_lang, "detector", p)
    if marked == UNDETERMINED:
        marked = None  # markers tied between two other languages: no evidence either way
    if marked not in (None, lang):
        return Placement(UNDETERMINED, "detector", p)
    if p >= (MIN_CONFIDENCE if marked == lang else MIN_CONFIDENCE_ALONE):
        return Placement(lang, "detector", p)
    return Placement(UNDETERMINED, "detector", p)


# Above this probability the detector's choice of the form's language stands even against an opening word.
SURE = 0.9


def _opener(ws: list[str]) -> str | None:
    """The language of the answer's first word when that word is a marker found in one language only
    ("oui", "sí", "sim")."""
    hit = markers().get(ws[0], {}) if ws else {}
    return next(iter(hit)) if len(hit) == 1 and set(hit.values()) == {STRENGTH["unique"]} else None


def _scores(ws: list[str]) -> dict[str, int]:
    """Marker weight per language; an elided word counts by its stem as well ("l'étude" -> "étude")."""
    table = markers()
    score: dict[str, int] = {}
    for w in ws:
        hit = table.get(w) or table.get(w.split("'")[-1]) or {}
        for lang, weight in hit.items():
            score[lang] = score.get(lang, 0) + weight
    return score


def _winner(score: dict[str, int], form_lang: str) -> str | None:
    """The language the marker words point to: MIN_MARKER_SCORE or more and more than any other (a tie
    that includes the form's language is the form's language; any other tie is undetermined)."""
    if not score:
        return None
    best = max(score.values())
    if best < MIN_MARKER_SCORE:
        return None
    top = [lang for lang, s in score.items() if s == best]
    if len(top) > 1:
        return form_lang if form_lang in top else UNDETERMINED
    return top[0]


def _script(text: str) -> str | None:
    """A language named by its script, when most of the answer's letters are in it."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    counts: dict[str, int] = {}
    for c in letters:
        if c.isascii():
            continue
        name = unicodedata.name(c, "")
        for prefix, lang in SCRIPTS:
            if name.startswith(prefix):
                counts[lang] = counts.get(lang, 0) + 1
                break
    if not counts:
        return None
    lang, n = max(counts.items(), key=lambda kv: kv[1])
    return lang if n * 2 >= len(letters) else None


@lru_cache(maxsize=1)
def _identifier():
    """py3langid restricted to the Latin-script candidates of data/reading/languages.csv (loaded once:
    ~0.5 s and ~100 MB; only answers of MIN_WORDS words or more need it)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    codes = [c for c, lang in languages().items() if lang.detected_by == "detector"]
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(codes)
    return identifier


@lru_cache(maxsize=4096)
def detect(text: str) -> tuple[str, float]:
    """(language, probability among the candidates) from py3langid."""
    lang, p = _identifier().classify(text)
    return str(lang), float(p)


# --- Preparing French and Spanish words for their cue tables --------------------------------------------

# French elided words: "l'étude", "n'existe", "qu'un", "d'adoption". The article or particle is written
# out, so that "n'existe pas" holds the negator "ne" and "à l'étude" matches however it is typed.
ELISIONS = {"l": "le", "d": "de", "n": "ne", "qu": "que", "j": "je", "s": "se", "c": "ce", "m": "me",
            "t": "te", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque", "quoiqu": "quoique"}
ELISION_RE = re.compile(r"\b(" + "|".join(sorted(ELISIONS, key=len, reverse=True)) + r")'(?=[^\W\d_])",
                        re.IGNORECASE)
# Words that keep their apostrophe: "aujourd'hui" is one word.
KEEP_APOSTROPHE = ("aujourd'hui",)
# The second part of a French negation: "ne … pas", "n'… plus", "ne … jamais", "n'… aucun", "ne … guère".
SECOND_PARTS = ("pas", "plus", "jamais", "rien", "personne", "aucun", "aucune", "aucuns", "aucunes", "guère",
                "guere", "point", "nullement", "nulle", "ni", "nul")
# "ne" closes its search for a second part at a clause break.
CLAUSE_BREAK = {",", ";", ":", ".", "!", "?", "–", "—", "(", ")"}
FRENCH_TOKEN_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*|[^\w\s]", re.UNICODE)


# Contrast words of two words become one, so that "sin embargo" opens a clause as "however" does and its
# "sin"/"no" is never read as a negation; "mais"/"pero" get the comma the clause rules cut at ("X mais Y").
JOINED = {"fr": ("en revanche", "par contre"), "es": ("sin embargo", "no obstante", "en cambio")}
COMMA_BEFORE = {"fr": ("mais",), "es": ("pero",)}
EXISTENTIAL_FR_RE = re.compile(r"\bil\s+(ne\s+)?(?:y\s+a|existe)\b", re.IGNORECASE)


def prepare(text: str, lang: str) -> str:
    """The answer's text as the language's cue tables expect it (the engine's hook, applied to answers and
    cues alike): apostrophes straightened; for French elisions written out and a "ne" that is not half
    of a negation removed (french_negation); two-word contrast words joined; a comma before "mais"/"pero"."""
    text = text.translate(APOSTROPHES)
    if lang == "fr":
        text = french_negation(write_out_elisions(text))
        # "Il existe un avant-projet", "il n'y a pas de loi": the impersonal "il" is no subject; the clause
        # opens with its verb, as Spanish "Existe un anteproyecto" / "Hay un borrador" does.
        text = EXISTENTIAL_FR_RE.sub(lambda m: (m.group(1) or "") + "existe", text)
    for phrase in JOINED.get(lang, ()):
        text = re.sub(r"\b" + phrase.replace(" ", r"\s+") + r"\b", phrase.replace(" ", ""), text, flags=re.IGNORECASE)
    for word in COMMA_BEFORE.get(lang, ()):
        text = re.sub(rf"(?<=[^\W\d_])\s+(?={word}\b)", ", ", text, flags=re.IGNORECASE)
    return text


def answer_language(text: str, form_lang: str = "en") -> str:
    """The hook loaders.formats.text calls: the ISO 639-1 code to read the answer in ("und" when unplaced)."""
    return place(text, form_lang).lang


def not_read(lang: str) -> tuple[str, str]:
    """(flag, evidence) for an answer in a language that is not read: ("answer in Portuguese: not read",
    "language not read: 'pt'"); an unplaced answer: ("answer language unclear: not read", "language not read: 'und'")."""
    p = Placement(lang, "detector")
    return p.flag or FLAG_UNCLEAR, p.evidence


@lru_cache(maxsize=8)
def _pointer_table(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    path = DATA / "reading" / lang / "pointer_words.csv"
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as f:
        rows = [(r["words"].strip(), r["pointer"].strip()) for r in csv.DictReader(f)]
    rows.sort(key=lambda r: len(r[0]), reverse=True)
    return tuple((re.compile(r"(?<!\w)" + re.escape(w).replace(r"\ ", r"\s+") + r"(?!\w)", re.IGNORECASE), en)
                 for w, en in rows)


def pointer_text(text: str, lang: str) -> str:
    """A French or Spanish pointer in the English words the reference rules know ("véase la pregunta 10" ->
    "see question 10", "même réponse que pour la question 12" -> "same answer as pour la question 12");
    the remaining words must be in the language's reference_words.csv. Pairs: data/reading/<lang>/pointer_words.csv."""
    out = text.translate(APOSTROPHES)
    for pattern, english in _pointer_table(lang):
        out = pattern.sub(english, out)
    return out


def write_out_elisions(text: str) -> str:
    """"l'étude" -> "le étude", "n'existe" -> "ne existe", "qu'un" -> "que un"; "aujourd'hui" stays."""
    guarded = text
    for word in KEEP_APOSTROPHE:
        guarded = re.sub(re.escape(word), lambda m: m.group(0).replace("'", "\u2060"), guarded, flags=re.IGNORECASE)
    out = ELISION_RE.sub(lambda m: _case_like(ELISIONS[m.group(1).casefold()], m.group(1)) + " ", guarded)
    return out.replace("\u2060", "'")


def _case_like(word: str, model: str) -> str:
    return word.capitalize() if model[:1].isupper() else word


def french_negation(text: str) -> str:
    """Keep "ne" only where it is half of a two-part negation.

    "Il n'existe pas de loi" and "n'est plus en vigueur" negate; "Il n'existe qu'un avant-projet" (ne … que,
    "only") and "avant qu'il ne soit adopté" (an expletive ne) do not, so that "ne" is removed. The second
    part ("pas", "jamais", "aucun", …) must follow in the same clause.
    """
    toks = FRENCH_TOKEN_RE.findall(text)
    if not any(t.casefold() == "ne" for t in toks):
        return text
    drop: set[int] = set()
    for i, t in enumerate(toks):
        if t.casefold() != "ne":
            continue
        if i + 1 == len(toks):
            continue  # "ne" alone (the cue itself) stays
        for nxt in toks[i + 1:i + 9]:
            if nxt in CLAUSE_BREAK:
                drop.add(i)
                break
            if nxt.casefold() in SECOND_PARTS:
                break
        else:
            drop.add(i)
    if not drop:
        return text
    # Rebuild from the original text, cutting the dropped "ne" occurrences in order.
    out, pos, seen = [], 0, -1
    for m in re.finditer(r"\bne\b", text, re.IGNORECASE):
        seen += 1
        index = _nth_ne_index(toks, seen)
        if index in drop:
            out.append(text[pos:m.start()])
            pos = m.end()
    out.append(text[pos:])
    return re.sub(r"[ \t]{2,}", " ", "".join(out))


def _nth_ne_index(toks: list[str], n: int) -> int:
    """Token index of the n-th "ne" (0-based)."""
    count = -1
    for i, t in enumerate(toks):
        if t.casefold() == "ne":
            count += 1
            if count == n:
                return i
    return -1


def fold(text: str) -> str:
    """Casefolded text without diacritics ("Élaboración" -> "elaboracion"): the form a cue without accents
    is matched in (cue tables list the accented and the plain spelling of each word)."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
