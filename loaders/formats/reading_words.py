"""Cue words by kind and language, the language being read, and an answer cut into sentences and tokens.

Cue tables are per language: English in data/reading/*.csv and data/answer_phrases.csv, a language xx in
data/reading/xx/ with the same file names and columns (polarity_cues.csv, answer_phrases.csv,
reference_words.csv). `supported_languages()` lists the languages with tables. `language(lang)` is a context
manager for code that reads in a language without read_answer (references). Word-level helpers shared by
the reading modules live here too: cue phrases in a token list, a clause's rough subject.
"""
from __future__ import annotations

import csv
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..paths import DATA
from .reading_language import prepare
from .reading_number_signs import mask as mask_number_signs

KINDS = {"negator", "idiom", "burden", "pending", "draft_noun", "expectation", "privative", "modal",
         "specific", "general", "unknown", "subordinator", "relative", "contrast", "reporting", "auxiliary",
         "explicit_yes", "explicit_no", "property", "contrast_inside", "instrument", "ended",
         "successor", "inapplicable", "hedge", "respondent", "information", "addition",
         "deictic", "owner_relative", "adoption_noun", "awaited_word", "absence_opener", "status_label",
         "drafting_noun", "begun", "elaboration", "correction", "source", "regular",
         "withheld", "negating_prefix", "holding", "still_word", "withheld_tail", "any_holder", "replacement",
         "work_verb", "drafting_verb", "courtesy", "withholding",
         "confirm_verb", "greeting", "whole_label", "cell_true", "cell_false", "sign_off", "own_remit",
         "interviewer_mark", "respondent_mark", "conclusion",
         "checking_obligation", "evidence_label", "finding_label", "recommendation_label", "gap_label",
         "achievement_label", "challenge_label", "way_forward_label",
         "partial_opener", "since_word", "report_noun", "existential", "source_label",
         "referral_verb", "referral_frame", "question_noun", "knowledge_hedge", "softener", "speaker_scope",
         "need_word", "near_future",
         "light_verb", "progressive", "preparation_noun", "enactment_noun", "making_noun",
         "specifier", "prescribing_verb", "companion", "opinion_frame", "form",
         "answer_verb", "remit_noun", "better_placed", "gathering", "obtain_verb", "lies_with", "ability",
         "assent"}
# Round thirteen H (reading_not_assessed): an assessment's scope, information withheld for secrecy, N.D.
KINDS |= {"assess_verb", "review_noun", "scope_outside", "disclosure_verb", "secrecy_reason", "unavailable_mark"}
# Round thirteen J (reading_successors, reading_denial_beside): a successor named, a framework text denied
KINDS |= {"succeeded_by", "framework_text"}
# Round fourteen L (reading_link_awaited): the address of what was named
KINDS |= {"link_word"}
# Round fourteen K (reading_referrals): a matter belonging to another body, an annex pointed to, no overview held
KINDS |= {"belongs_to", "other_word", "see_verb", "annex_noun", "overview"}
# Round fourteen, lead (reading_works): a practice under a text ("As per the … Policy, 2014, draft legislation is …")
KINDS |= {"according", "condition", "evaluation_verb"}
# Round fifteen M (reading_held_elsewhere): the speaker not the keeper of the information, nor compiling it
KINDS |= {"custodian_noun", "compiling_verb"}
# Round sixteen O (reading_passed_elsewhere): the speaker's level, a difficulty to answer, others responsible
KINDS |= {"speaker_level", "difficulty", "responsible_for", "bodies_concerned", "contact_verb"}
# Round fifteen N (reading_functions_done): a denied post's functions exercised by another
KINDS |= {"function_noun", "exercise_verb", "creation_noun"}
# Round fifteen N (reading_outputs_reported): results sent to an office are reported, not awaiting a step
KINDS |= {"output_noun"}
# Round sixteen P (reading_form_addressed): a denial of the manner or the term only ("not … directly", "the term … is not used")
KINDS |= {"form_only"}
# round sixteen, the lead's last seven (reading_object_participles)
KINDS |= {"object_preposition", "after_participle"}
# Word sets moved from code to the cue tables (Q): a reason after a decline, a modal and a passive before a verb of
# contacting, words keeping an adoption ahead, a participle of drafting, the same subject going on, a sending's "to"
KINDS |= {"reason_word", "contact_modal", "passive_be", "adoption_ahead", "drafted_participle", "same_subject",
          "sent_to"}
# Round seventeen R (reading_input_awaited, reading_information_absent, reading_referrals): a body's input awaited,
# information absent, a matter handled by another body, bodies that run their own
KINDS |= {"input_noun", "absent_word", "handled_by", "issue_noun", "own_each"}
# After round twenty-six NN (reading_emphatic_after): a stressed affirmation after a denial ("It does set out …")
KINDS |= {"emphatic"}
# After round twenty-six NN (reading_interim_after): "Until then, the 2004 Law is in force" after a text not yet in force
KINDS |= {"interim_opener"}
# Round twenty-four JJ (reading_project_of_name): "projet de"/"proyecto de" before an acronym
KINDS |= {"project_of"}
# Round twenty-four JJ (reading_requirement_lifted): a requirement as the subject of an abolition
KINDS |= {"requirement_noun"}
# round seventeen S: "Indirect — via Vision 2036 … No direct SDG reference" (reading_indirect_alignment)
KINDS |= {"indirect_opener", "switched_off", "now_word", "aside_opener"}
# round eighteen V: a step granted on the consent question, an actor's aim, the first of something, a word of all
KINDS |= {"grant_participle", "aim_verb", "first_word", "universal_word", "containing_verb"}
# Round eighteen W (reading_information_not_held): "does not hold information on …", a decline
KINDS |= {"having_verb", "about_word", "scarce_word"}
# Round twenty-six OO (reading_routine_announcements): "Tenders are announced in the Gazette", a practice
KINDS |= {"announce_participle"}
# Round twenty-six OO (reading_plan_in_text): "is envisaged by the Action Plan", a plan held by a text
KINDS |= {"text_preposition"}
# Round twenty-six OO (reading_nothing_done_under): "No grants have been awarded under the Act to date"
KINDS |= {"so_far_word"}
# Round twenty-eight SS (reading_followed_now): "At present, the work is carried out in accordance with …"
KINDS |= {"present_time"}
# Round eighteen W (reading_body_names): "Centre de recherche", a status noun in a body's name
KINDS |= {"name_link"}
# Round nineteen X (reading_remit_referrals, reading_consensus_frames): words pointing back at the matter, a word of
# being competent, a frame of consensus before "that", a negation of degree
KINDS |= {"about_it", "competent_word", "consensus_frame", "degree_negator"}
# Round nineteen Y: a denial of recurrence only (reading_recurrence_denied), the list a question opens with "such as"
# (reading_listed_items), the thing itself taken up again (reading_thing_itself)
KINDS |= {"recurrence", "list_opener", "itself"}
# After round twenty, lead (reading_decided_work): a decision that something be made ("decided to develop …")
KINDS |= {"decision_verb", "infinitive_marker", "of_word", "complementizer", "making_infinitive", "making_subjunctive",
          "subjunctive_be", "making_participle"}
# After round twenty-two, lead (reading_drafts_for_comment): drafts put to the public on a question about taking part
KINDS |= {"participation_topic", "participation_purpose"}
# After round twenty-two, lead (reading_constitution_only): a constitutional right, its law still a draft
KINDS |= {"constitution_word"}
# Round twenty Z: a thing run by a body beside a referral of the question (reading_belongs_then_referral), the
# speaker's own denied beside another body's remit (reading_own_lack)
KINDS |= {"run_by", "own_word"}
# Round twenty AA: a lapse counted from an event (reading_entry_lapse), an ended text going on serving
# (reading_still_serving), "without" the text asked (reading_without_text), an agent after a participle
# (reading_agent_participles)
KINDS |= {"lapse_unit", "lapse_event", "interim_word", "serving_verb", "without_word", "agent_preposition"}
# Round twenty-one BB (reading_own_lack, reading_input_awaited): a record the speaker keeps, a verb of providing, a
# level named after a speaker's not knowing ("none that we are aware of at SZI level")
KINDS |= {"record_noun", "provide_verb", "level_noun", "level_opener"}
# After round twenty-one (CC): an entry into force waiting on an act to come (reading_entry_on_act), a precedence verb
# (reading_predates), a denial narrowed to a scope the question does not ask (reading_narrowed_denial)
KINDS |= {"awaited_act", "act_done", "precedence_verb", "narrowing_link"}
# After round twenty-two (EE): a body naming itself by its acronym (reading_acronym_speaker), a remit being redefined
# (reading_remit_redefined)
KINDS |= {"speaker_stand_in", "referral_clitic", "remit_noun", "redefining"}
# Round twenty-two FF (reading_procurement_steps): a procurement step, a recurring report, a numbered label
KINDS |= {"procurement_noun", "recurrence", "numbered_label", "not_yet_verdict", "not_yet_open", "not_yet_close"}
# Round twenty-three HH (reading_new_thing_denied): an indefinite article opening a subject ("A national … portal …")
KINDS |= {"indefinite_article"}
# After round twenty-three (GG): a word of completeness on information not held (reading_remit_referrals), a verb
# of referring the question itself on (reading_question_referred)
KINDS |= {"completeness_word", "question_referral_verb"}
# After round twenty-four II (reading_untracked): "Not something we track", a decline
KINDS |= {"track_verb", "vague_object"}
# After round twenty-four (lead): an indirect question as the subject of "not something we track"
KINDS |= {"whether_word"}
# After round twenty-five (lead, reading_silent_text): a text in force, then "They do not provide for …"
KINDS |= {"text_pronoun", "covers_verb"}
# After round twenty-five (KK): the question itself said passed on, in the passive (reading_question_passed_on), a
# text's term extended after it ended (reading_extended_after), an instance opened after a general denial
# (reading_example_after)
KINDS |= {"question_sent_participle", "extension_participle", "example_opener"}

URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
# A dash between digits is a range ("2016–2020"), not a clause break.
TOKEN_RE = re.compile(r"n/a|[^\W_]+(?:[-'’][^\W_]+)*|[;:,+]|(?<![0-9])[–—]|[–—](?![0-9])|(?<=\s)-(?=\s)",
                      re.IGNORECASE)
# Abbreviations whose full stop does not end a sentence.
ABBREV = {"e.g", "i.e", "etc", "no", "nr", "art", "st", "mr", "mrs", "ms", "dr", "vs", "approx", "incl", "p",
          "pp", "para", "sec", "ch", "vol", "cf", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec", "u.s", "u.k", "e.u", "ltd", "co", "inc", "dept", "gov", "govt", "min"}
# A bullet mark after a full stop opens the next item ("… June 2020. ○ The … bill was submitted …": items pasted on
# one line; round sixteen kr_translated_korean 33).
SENTENCE_END_RE = re.compile(r"[.!?]+[\"”’)]?\s+(?=[A-ZÀ-ÖØ-Ý¿¡0-9\"“‘(•○◦▪●■►➢-])")
ABBREV_BEFORE_RE = re.compile(r"([A-Za-z.]+)\.+[\"”’)]?\s+$")
# The number or letter of a numbered point standing alone ("1.", "2)", "b)", "iv."): it opens a point, it is no
# sentence ("1. Non. 2. Les documents … sont publiés …": the typed "Non." opens the answer).
ENUMERATOR_RE = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{2,4})[.)]")
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
    # Cached: the same detail is read by the polarity, reference and layout rules. "Act No. XXII of 2009": the sign
    # is told by its number's capitals, so it is masked before case folding (reading_number_signs).
    low = URL_RE.sub(" url ", mask_number_signs(text, lang).casefold())
    if lang == "en":
        for a, b in CONTRACTIONS:
            low = low.replace(a, b)
    else:
        low = prepare(low, lang)
    return tuple(TOKEN_RE.findall(" " + zero_counts(low, lang) + " "))


@lru_cache(maxsize=8)
def _zero_words(lang: str) -> tuple[tuple[str, ...], str | None]:
    """The spelled zeros of a language and the negator a count of zero reads as (data/reading/zero_words.csv;
    read raw, not through tokens(), which uses them)."""
    words, reads_as = ["0"], None
    with (DATA / "reading" / "zero_words.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["role"] not in {"word", "reads_as"} or not row["word"].strip():
                raise ValueError(f"zero_words.csv: bad role {row['role']!r} or empty word")
            if row["lang"] == lang:
                if row["role"] == "word":
                    words.append(row["word"].casefold().strip())
                else:
                    reads_as = row["word"].casefold().strip()
    return tuple(words), reads_as


# What a count may follow: nothing, clause punctuation, "=" ("n=0"), or a function word ("has 0 staff",
# "with zero …", "0 of 47"); not a noun that numbers ("Phase 0", "Tier 0", "Web 2.0", "net zero").
COUNT_AFTER = frozenset({"of", "with", "has", "have", "had", "is", "are", "was", "were", "n", "total", "and", "or",
                         "only", "just", "at", "by", "to", "counted", "count", "number", "de", "sur", "avec", "a",
                         "ont", "est", "sont", "compte", "con", "tiene", "tienen", "es", "son", "hay", "y", "et",
                         "o", "ou", "solo", "seulement"})
COUNT_OPEN = ":;,(–—=-•*"
# A zero that is a whole number standing alone: not inside a number ("2.0", "0.5%", "27001:2013", "0-5",
# "0 20 123 456" on a telephone line), then a noun, "of/sur/de N", or the end of the clause.
_ZERO_TAIL = r"(?![\w%/°'’])(?![.,:–-]\d)(?!\s+\d)(?=\s+(?:of|out of|sur|de|sobre)\s+\d|\s+[^\W\d_]|\s*(?:[.;,()]|$))"
# A spelled zero counts only before a plural noun ("zero laws"): "Zero Hunger", "zero tolerance", "cero papel",
# "zéro papier" and "zero trust" are names of programmes, not counts.
_PLURAL_AFTER = re.compile(r"\s+(?:of|out of|sur|de|sobre)\s+\d|\s+[^\W\d_]*[sx](?![\w'’-])|\s*(?:[.;,()]|$)")


@lru_cache(maxsize=8)
def _zero_re(lang: str) -> re.Pattern | None:
    words, reads_as = _zero_words(lang)
    if reads_as is None:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w.,:/+'’-])(?:{alt}){_ZERO_TAIL}")


def zero_token(lang: str | None = None) -> str | None:
    """The negator a count of zero is read as in the language ("nil", "aucun", "ningún")."""
    return _zero_words(lang or _LANG.get())[1]


def zero_forms(lang: str | None = None) -> tuple[str, ...]:
    """How a count of zero may be written in the language ("0", "zero"): to find it again in the answer."""
    return _zero_words(lang or _LANG.get())[0]


def zero_counts(low: str, lang: str = "en") -> str:
    """A count of zero, written as a determiner or as the answer ("0 laws in force", "0 of 5 technologies
    covered", "Strategies referenced: 0 of 47", "n=0", "zero tools"), read as the language's negator ("nil",
    "aucun", "ningún"): a count of nothing is a denial. Numbers that are not counts stay ("Web 2.0", "0.5%",
    "ISO 27001:2013", dates, telephone numbers, "10", "Phase 0")."""
    pattern = _zero_re(lang)
    if pattern is None or not any(w in low for w in _zero_words(lang)[0]):
        return low
    reads_as = _zero_words(lang)[1]

    def one(m: re.Match) -> str:
        before = low[:m.start()].rstrip()
        if before and before[-1] not in COUNT_OPEN:
            word = re.search(r"[^\W\d_]+$", before)
            if word is None or word.group(0) not in COUNT_AFTER:
                return m.group(0)
        if m.group(0) != "0" and not _PLURAL_AFTER.match(low, m.end()):
            return m.group(0)
        return reads_as
    return pattern.sub(one, low)


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
    return tuple([piece for piece in out if not ENUMERATOR_RE.fullmatch(piece)] or out)


def starts_at(toks: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    """Does the phrase (a cue's tokens) start at toks[i]?"""
    return tuple(toks[i:i + len(phrase)]) == phrase


def cue_at(toks: list[str], i: int, kind: str) -> int:
    """The length of the longest cue of this kind (a word or a phrase) starting at toks[i], or 0."""
    c = cues()   # the longest: "hors du champ" before "hors"
    return max((len(p) for p in c.by_first[kind].get(toks[i], ()) if starts_at(toks, i, p)),
               default=1 if toks[i] in c.words[kind] else 0)


def has_cue(toks: list[str], kind: str) -> bool:
    """Do the tokens hold a cue of this kind, a word or a phrase?"""
    c = cues()
    words, first = c.words[kind], c.by_first[kind]
    for i, t in enumerate(toks):
        if t in words:
            return True
        ps = first.get(t)
        if ps and any(starts_at(toks, i, p) for p in ps):
            return True
    return False


def stem(w: str) -> str:
    """A word of four letters or more without its final s ("plans" -> "plan"): a rough singular, to compare nouns."""
    return w[:-1] if len(w) > 3 and w.endswith("s") else w


# Prepositions that make what follows an object, not the subject ("consultations on draft rules").
OBJECT_PREPOSITIONS = {"on", "about", "for", "concerning", "regarding", "into", "with"}


def subject(toks: list[str]) -> list[str]:
    """The clause's subject, roughly: the words before its first finite verb, at most five of them
    (lexical verbs are not known, so a long run without an auxiliary is cut); after an existential
    "there is/are", the words that follow it. Word-level (cue words only), so reading_evidence uses it too."""
    aux = cues().words["auxiliary"]
    if toks[:1] == ["there"] and len(toks) > 1 and toks[1] in aux:
        return toks[2:6]
    if toks[:1] and toks[0] in aux and _LANG.get() != "en":
        return toks[1:5]  # "Existe un anteproyecto", "Hay un borrador": the subject follows its verb
    head = next((toks[:k] for k, t in enumerate(toks) if t in aux), toks)
    return head[:5]
# After round twenty-five LL (reading_minutes_label): the record of a meeting's handling before a dash ("Discussed –")
KINDS |= {"minutes_label"}
# After round twenty-six MM (reading_objection_denied): an objection denied is consent ("no objection")
KINDS |= {"objection_word"}
# After round twenty-six MM (reading_not_held_here): the matter not with the speaker ("Not with NCIT")
KINDS |= {"held_with"}
# After round twenty-six MM (reading_sent_to_whom): a body, then the question sent on to it ("à qui …")
KINDS |= {"recipient_relative"}
# After round twenty-eight RR (reading_competent_named): the competent body named as the whole answer
KINDS |= {"competent_role"}
# After round twenty-nine UU (reading_others_may_hold): another body may keep what the speaker does not ("may keep")
KINDS |= {"keep_infinitive"}
# After round twenty-nine UU (reading_level_denied): another body's work heard of second-hand ("We understand …")
KINDS |= {"hearsay_frame"}
# After round twenty-nine UU (reading_not_listed_here): what is not listed in this answer ("not listed here")
KINDS |= {"listing_verb", "here_word"}
