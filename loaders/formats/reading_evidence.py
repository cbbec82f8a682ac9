"""What affirms or denies a written answer: the status of what a clause says exists, and the evidence it names.

A clause is read for its *shape*, with cue classes from the language's status_cues.csv
(data/reading/status_cues.csv; data/reading/<lang>/status_cues.csv): status predicates anywhere in a main
clause ("pending", "being prepared", "scheduled"), status nouns as its subject or right after a status
verb ("a draft", "has prepared a bill"; never after a preposition: "comments on draft rules"), the
future tense, dates after the survey edition, services handled another way (on paper, by each agency);
and, on the other side, an instrument in force, a service operating, something in place, a present or
past statement, a name or a link. Evidence kinds are a closed list: data/reading/evidence_kinds.csv.
"""
from __future__ import annotations

import csv
import re
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from ..paths import DATA
from . import reading_nominal as nominal
from . import reading_participle_senses as senses
from .reading_agent_participles import announced_by_agent
from .reading_aspect import approved_in_principle, ongoing_work
from .reading_bikram_sambat import gregorian_year
from .reading_body_names import names_a_body
from .reading_commencement_ahead import commencement_ahead
from .reading_drafting_jobs import names_drafter
from .reading_drafts_handled import handled_drafts
from .reading_forwarded import output_names_a_text
from .reading_function_assigned import function_assigned
from .reading_horizon import plan_horizon
from .reading_located_elsewhere import located_in_answer
from .reading_name_years import repeats_plan_horizon
from .reading_near_future import near_future
from .reading_object_participles import describes_object
from .reading_ongoing_since import ongoing_since
from .reading_outputs_reported import output_reported
from .reading_pilot_entities import pilot_places
from .reading_procurement_steps import numbered_label, procurement_predicate, procurement_step, recurring_step
from .reading_routine_announcements import routine_announcement
from .reading_stages_reached import adopted_after_draft, worked_on_in_place
from .reading_text_provides import text_provides
from .reading_time_words import time_words
from .reading_vision_of_text import vision_of_text
from .reading_words import (
    OBJECT_PREPOSITIONS,
    URL_RE,
    cues,
    current_language,
    has_cue,
    language,
    subject,
    table_path,
    tokens,
    zero_forms,
    zero_token,
)

CLASSES = {"in_force", "operating", "in_place", "draft", "pilot", "study", "idea", "consultation", "plan_noun",
           "awaited", "consulting", "planned", "studying", "piloting", "preparing", "otherwise", "instrument",
           "body", "service", "continuation", "date_word", "extension", "verb", "verb_form", "target", "part",
           "each_body", "own_way", "topic_verb", "coordinator", "copula", "place_preposition",
           "stage", "pointer_next", "instead", "venue", "partial", "few", "only", "outside",
           "legal_word", "info_noun", "central_word", "scope", "open_request", "offline_channel",
           "vacancy", "endorsed", "implementation", "secondary", "stands_in", "name_request",
           "consent_request", "information_request", "stance", "endeavour", "improving", "commencement", "revision", "restriction", "varies", "completion",
           "ordinal", "covering", "anaphor", "drafter", "trial_request", "enactment_step"}
# Status nouns and the evidence kind each class names; status predicates likewise. Order = precedence.
NOUN_KINDS = (("draft", "status draft"), ("pilot", "status pilot"), ("study", "status study"),
              ("idea", "status idea"), ("consultation", "status consultation"), ("plan_noun", "status planned"))
PREDICATE_KINDS = (("otherwise", "handled otherwise"), ("awaited", "status awaited"), ("venue", "status awaited"),
                   ("vacancy", "no longer"),
                   ("consulting", "status consultation"), ("preparing", "status in preparation"),
                   ("piloting", "status pilot"), ("studying", "status study"), ("planned", "status planned"))
AFFIRM_KINDS = (("in_force", "in force"), ("operating", "operating"), ("in_place", "in place"))
# Verbs after which a status noun is what the clause says exists ("is a draft", "has prepared a bill").
STATUS_VERBS = {"is", "are", "was", "were", "remains", "remain", "has", "have", "had", "exists", "prepared",
                "drafted", "submitted", "tabled", "launched", "commissioned", "initiated", "started", "begun",
                "developed", "presented", "proposed", "conducting", "conducted", "undertaken", "undertaking",
                "at", "only"}
FUTURE = {"will", "shall_future", "going"}
HYPOTHETICAL = {"would", "could", "might", "should"}
YEAR_RE = re.compile(r"(?:19|20)\d\d")
MAX_SPAN = 120


@dataclass(frozen=True)
class Evidence:
    kind: str                  # a kind of data/reading/evidence_kinds.csv
    cue: tuple[str, ...] = ()  # the tokens that matched, to find the span in the answer

    def describe(self, text: str) -> str:
        """"<kind>: '<short span of text around the cue>'"."""
        return f"{self.kind}: '{span(text, self.cue)}'"


@lru_cache(maxsize=1)
def kinds() -> dict[str, str]:
    """Evidence kind -> the answer it gives (yes / no / unknown / any), from data/reading/evidence_kinds.csv."""
    with (DATA / "reading" / "evidence_kinds.csv").open(encoding="utf-8", newline="") as f:
        out = {r["kind"]: r["answer"] for r in csv.DictReader(f)}
    bad = {k: a for k, a in out.items() if a not in {"yes", "no", "unknown", "any"}}
    if bad or "" in out:
        raise ValueError(f"evidence_kinds.csv: bad rows {bad}")
    return out


def used_kinds() -> set[str]:
    """Every evidence kind the code can name (checked against the data file by a test)."""
    return ({k for _, k in NOUN_KINDS + PREDICATE_KINDS + AFFIRM_KINDS}
            | {"tick", "option", "explicit yes", "explicit no", "whole answer", "stated", "named", "link", "items",
               "reference", "negation", "no longer", "dated after edition", "declined", "expectation", "nothing",
               "language not read", "assent", "commencement ahead"})


@dataclass(frozen=True)
class Classes:
    words: dict[str, frozenset[str]]
    by_first: dict[str, dict[str, tuple[tuple[str, ...], ...]]]
    present: bool = True    # the language has a status_cues.csv


def classes(lang: str | None = None) -> Classes:
    return _classes(lang or current_language())


@lru_cache(maxsize=8)
def _classes(lang: str) -> Classes:
    """Status cue classes of a language; a language without the file has none (nothing affirms: unknown)."""
    words: dict[str, set[str]] = {c: set() for c in CLASSES}
    phrases: dict[str, list[tuple[str, ...]]] = {c: [] for c in CLASSES}
    path = table_path("status_cues.csv", lang)
    if path.exists():
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                cls, cue = row["class"], row["cue"].casefold().strip()
                if cls not in CLASSES or not cue:
                    raise ValueError(f"{path.name}: bad class {cls!r} or empty cue")
                toks = tuple(tokens(cue))
                (words[cls].add(toks[0]) if len(toks) == 1 else phrases[cls].append(toks))
    by_first: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {}
    for c, ps in phrases.items():
        idx: dict[str, list[tuple[str, ...]]] = {}
        for p in sorted(ps, key=len, reverse=True):
            idx.setdefault(p[0], []).append(p)
        by_first[c] = {t: tuple(v) for t, v in idx.items()}
    return Classes({c: frozenset(v) for c, v in words.items()}, by_first, path.exists())


def _inflect(base: str) -> set[str]:
    """Present and past forms of a regular verb: use -> uses, used; apply -> applies, applied."""
    if base.endswith("y") and base[-2:-1] not in set("aeiou"):
        return {base, base[:-1] + "ies", base[:-1] + "ied"}
    third = base + ("es" if base.endswith(("s", "x", "z", "ch", "sh")) else "s")
    past = base + ("d" if base.endswith("e") else "ed")
    return {base, third, past}


def verb_forms(lang: str | None = None) -> dict[str, str]:
    """form -> "base" / "inflected": the verbs of the `verb` class with their regular forms, plus the
    irregular forms of `verb_form` (English inflection; another language lists its forms in verb_form).
    Cached per language: the language being read is resolved first (a cache keyed on None would keep the
    forms of whichever language asked first)."""
    return _verb_forms(lang or current_language())


@lru_cache(maxsize=8)
def _verb_forms(lang: str) -> dict[str, str]:
    c = classes(lang)
    out: dict[str, str] = {}
    english = lang == "en"
    for base in c.words["verb"]:
        # Another language lists finite forms themselves ("aprueba", "necesitan"): each is a finite verb.
        for form in (_inflect(base) if english else {base}):
            out.setdefault(form, "base" if english and form == base else "inflected")
    for form in c.words["verb_form"]:
        out[form] = "inflected"
    return out


def find(toks: list[str], cls: str, start: int = 0, stop: int | None = None) -> tuple[int, tuple[str, ...]] | None:
    """The first cue of a class in toks[start:stop]: (position, cue tokens)."""
    c = classes()
    end = len(toks) if stop is None else min(stop, len(toks))
    for i in range(start, end):
        for p in c.by_first[cls].get(toks[i], ()):
            if tuple(toks[i:i + len(p)]) == p:
                return i, p
        if toks[i] in c.words[cls]:
            return i, (toks[i],)
    return None


def _after_preposition(toks: list[str], i: int) -> bool:
    """Is toks[i] inside a prepositional phrase ("comments on draft rules", "a sandbox for pilots")?"""
    for j in range(i - 1, max(-1, i - 4), -1):
        if toks[j] in OBJECT_PREPOSITIONS or toks[j] in {"of", "from", "after", "following", "through",
                                                         "via", "by", "in", "under", "to"}:
            return True
        if toks[j] in cues().words["auxiliary"] or toks[j] in STATUS_VERBS:
            return False
    return False


# Set while reading an answer to a question about what a text or programme addresses ("Does the strategy
# address blockchain?"): there a pilot or a study of the topic addresses it.
COVERAGE: ContextVar[bool] = ContextVar("coverage_question", default=False)
COVERAGE_SKIPS = {"pilot", "study"}


def coverage_question(question: str) -> bool:
    return question_has(question, "topic_verb")


def open_question(question: str) -> bool:
    """"Please provide any other information …": whatever is stated answers it."""
    return question_has(question, "open_request")


def information_request(question: str) -> bool:
    """"Please provide information about any ongoing partnership …": what is in force answers it; a status beside
    it is more information, not an absence (unlike "Please provide any other information": see open_question)."""
    return question_has(question, "information_request")


def consent_question(question: str) -> bool:
    """"I/We authorize UN DESA to publish my/our responses": assent in words answers it."""
    return question_has(question, "consent_request")


def name_request(question: str) -> bool:
    """"Please provide names and links of the ministries …": a list of names answers it."""
    return question_has(question, "name_request")


# A word of a name: capitalised or an acronym ("MINSA", "MiAMBIENTE", "eLAC2024"), or a number.
NAME_WORD_RE = re.compile(r"^(?:[A-ZÁÉÍÓÚÑÇ][\w’'-]*|[a-z]+[A-Z][\w-]*|\d[\w/.-]*)$")
ACRONYM_RE = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,}")
NAME_LINKS = {"de", "del", "la", "las", "los", "el", "y", "e", "of", "and", "the", "for", "du", "des", "et", "le",
              "les", "d", "l", "&"}


def names_only(text: str) -> Evidence | None:
    """"MEDUCA", "MEF (Dir. de Planificación)", "BID, CAF, Red GEALC, Corea (KOICA).": a verbless list of names,
    at least one an acronym, every word outside brackets a name, a number or a linking word; or None."""
    bare = re.sub(r"\([^)]*\)?", " ", text)   # what a bracket adds ("(ídem planificación)") is no name of its own
    words = re.findall(r"[^\W_][\w’'-]*", bare)
    if not words or not ACRONYM_RE.search(text) or finite_verb(tokens(text)) is not None:
        return None
    if not all(_name_word(words, k) for k in range(len(words))):
        return None
    return Evidence("named", tuple(tokens(text)[:4]))


def _name_word(words: list[str], k: int) -> bool:
    """A word of a name: capitalised, an acronym, a number or a linking word; or a lower-case adjective right
    after a capitalised word inside the name, as French and Spanish names are written ("SPF Emploi, Travail et
    Concertation sociale", "Ministerio de Salud pública"); never after the answer's first word ("Consultar con")."""
    w = words[k]
    if NAME_WORD_RE.match(w) or w.casefold() in NAME_LINKS:
        return True
    return k > 1 and w.isalpha() and w.islower() and bool(NAME_WORD_RE.match(words[k - 1])) \
        and words[k - 1].casefold() not in NAME_LINKS   # not after the first word: "Consultar con el MINSA"


def question_has(question: str, cls: str) -> bool:
    """Does the question's wording hold a cue of the class, in the answer's language or in the form's
    (English: the catalogue's wording), whichever the answer is written in?"""
    if not question:
        return False
    if find(tokens(question), cls) is not None:
        return True
    with language("en"):
        return find(tokens(question), cls) is not None


def status_noun(toks: list[str], names: frozenset[str] = frozenset()) -> Evidence | None:
    """A status noun the clause is about: its subject, or right after a status verb ("is a draft"); not one
    that names a kind of service ("the consultation platform"). A title does not hide it: "the Data
    Protection Bill" is a bill."""
    subj_len = len(subject(toks)) if toks[:1] != ["there"] else 6
    if toks[:1] and toks[0] in cues().words["relative"]:
        subj_len = 1   # ", which allows trials": the pronoun is the subject, the trials its object
    for cls, kind in NOUN_KINDS:
        if cls in COVERAGE_SKIPS and COVERAGE.get():
            continue
        pos = 0
        while (hit := find(toks, cls, pos)) is not None:
            i, cue = hit
            pos = i + 1
            if find(toks, "service", i + len(cue), i + len(cue) + 2) is not None or cue[0] in names:
                continue   # "the consultation platform"; "Vision 2030" (a programme's name)
            if cls == "study" and function_assigned(toks, i, cue):
                continue   # "The assessment of X is within the competence of Y": a body's function (reading_function_assigned)
            if cls == "draft" and handled_drafts(toks, i, cue) is not None:
                continue   # "Consultation en ligne des projets de loi": what the service handles (reading_drafts_handled)
            if names_a_body(toks, i, len(cue), find, _name_stops(), cues().words["name_link"]):
                continue   # "the e-Government Research, Innovation and Development Centre": the body's remit
            if cls == "idea" and COVERAGE.get() and vision_of_text(toks, i, cue, find):
                continue   # "The target vision of the Strategic Roadmap provides …": the text's content (TT)
            if cls == "plan_noun" and COVERAGE.get() and text_provides(toks, i, find, finite_verb):
                continue   # "La Política Integral prevé … la identificación digital": the text provides it (HH)
            near_verb = any(t in STATUS_VERBS for t in toks[max(0, i - 4):i])
            if ((i < subj_len or near_verb) and not _after_preposition(toks, i)) or _in_status(toks, i) \
                    or _restricted_to(toks, i):
                return Evidence(kind, cue)
    return _pilot_places(toks)


def _name_stops() -> set[str]:
    """Words that end a body's name after a status noun: articles, auxiliaries, relatives, prepositions (reading_body_names)."""
    w = cues().words
    return set(ARTICLES) | w["auxiliary"] | w["relative"] | w["object_preposition"] | w["after_participle"]


def _pilot_places(toks: list[str]) -> Evidence | None:
    """Implemented only in pilot places ("en entidades piloto"): a pilot (reading_pilot_entities)."""
    if COVERAGE.get():
        return None   # on what a text addresses, a pilot of the topic addresses it
    return in_pilot_places(toks)


def in_pilot_places(toks: list[str]) -> Evidence | None:
    """The pilot-places cue of a clause whatever the question ("implementados en entidades piloto")."""
    span = pilot_places(toks, find, STATUS_VERBS | classes().words["copula"] | cues().words["auxiliary"])
    return Evidence("status pilot", tuple(toks[span[0]:span[1]])) if span is not None else None


RESTRICTION_REACH = 3   # "limited to a pilot", "limited to a small pilot", "se limita a un piloto"


def _restricted_to(toks: list[str], i: int) -> bool:
    """"Digital skills training for women is limited to a pilot (2022) in two provinces", "se limita a un proyecto
    piloto", "se limite à une étude": a status noun right after a restriction (class `restriction`) is all there is
    of the subject, its status; not the object of a preposition."""
    hit = find(toks, "restriction", max(0, i - RESTRICTION_REACH - 3), i)
    return hit is not None and i - (hit[0] + len(hit[1])) <= RESTRICTION_REACH - 1


STATUS_IN = {"in", "at", "en"}
STILL_WORDS = {"still", "currently", "only", "yet", "toujours", "encore", "aún", "aun", "todavía", "todavia", "sigue"}


def _in_status(toks: list[str], i: int) -> bool:
    """"The Guidelines remain in draft", "the bill is still in draft form", "sigue en borrador": a status noun
    right after "in" that follows a copula is the status of the subject, not the object of a preposition."""
    j = i - 1
    if j < 1 or toks[j] not in STATUS_IN:
        return False
    k = j - 1
    while k > 0 and toks[k] in STILL_WORDS:
        k -= 1
    return toks[k] in STATUS_VERBS or toks[k] in classes().words["copula"] or toks[k] in classes().words["continuation"]


def handled_otherwise(toks: list[str]) -> bool:
    """Is the thing done another way (on paper, by post, by each agency on its own)?"""
    return (find(toks, "otherwise") is not None or _each_on_its_own(toks) is not None
            or _instead_of_done(toks) is not None)


VARIES_REACH = 2   # "Depende de cada entidad federativa", "It depends on each state", "varie selon chaque province"


def _each_on_its_own(toks: list[str]) -> Evidence | None:
    """"each agency keeps its own files", "handled by each ministry separately": no common service; also an answer
    that varies by body or level ("Depende de cada entidad federativa": class `varies` right before `each_body`)."""
    hit = find(toks, "each_body")
    if hit is not None and find(toks, "own_way", hit[0] + len(hit[1])) is not None:
        return Evidence("handled otherwise", hit[1])
    if hit is not None and find(toks, "varies", max(0, hit[0] - VARIES_REACH - 1), hit[0]) is not None:
        return Evidence("handled otherwise", hit[1])
    return None


def _burden_lifted_before(toks: list[str], i: int) -> bool:
    """"Citizens do not need to bring paper copies", "ya no necesitan presentar copias en papel": a negation with
    a burden word before toks[i] lifts the burden; the paper after it is what is no longer needed."""
    negator = cues().words["negator"]
    return any(t in negator and has_cue(toks[j + 1:i], "burden") for j, t in enumerate(toks[:i]))


def _stage_past(toks: list[str], hit: tuple[int, tuple[str, ...]]) -> bool:
    """A preparing status that is not the thing's state now: a draft then adopted in the clause, or work on a thing
    the clause has said is there (reading_stages_reached)."""
    later = find(toks, "in_force", hit[0] + len(hit[1]))
    return (adopted_after_draft(toks, hit[0], len(hit[1]), later[0] if later else None)
            or _worked_on_in_place(toks, hit[0]))


def _worked_on_in_place(toks: list[str], at: int) -> bool:
    """Is the status at `at` work on a thing the clause has said is there ("… remains accessible and is being
    migrated"; reading_stages_reached.worked_on_in_place)?"""
    draft = has_cue(toks[:at], "draft_noun") or find(toks, "draft", 0, at) is not None
    return worked_on_in_place(toks, at, _affirmed_before(toks, at), draft)


def _affirmed_before(toks: list[str], at: int) -> int | None:
    """Where the last cue saying the thing is there (in force, operating, in place) stands before `at`."""
    hits = [h[0] for cls in ("in_force", "operating", "in_place") if (h := _last(toks, cls, at)) is not None]
    return max(hits) if hits else None


def _last(toks: list[str], cls: str, stop: int) -> tuple[int, tuple[str, ...]] | None:
    last, pos = None, 0
    while (hit := find(toks, cls, pos, stop)) is not None:
        last, pos = hit, hit[0] + 1
    return last


def status_predicate(toks: list[str], names: frozenset[str] = frozenset(),
                     planned_upto: int | None = None) -> Evidence | None:
    """A status short of in force anywhere in the clause ("pending", "being prepared", "on paper"), not
    inside a title ("the Act on Testing of Driverless Vehicles"). A plan in a part added on after a comma
    ("…, and it will hold another next year") is not the clause's point: `planned_upto` cuts it off."""
    for cls, kind in PREDICATE_KINDS:
        pos = 0
        while (hit := find(toks, cls, pos)) is not None:
            pos = hit[0] + 1
            if hit[1][0] in names or (cls == "planned" and (_continues(toks) or (
                    planned_upto is not None and hit[0] >= planned_upto))):
                continue
            if cls == "otherwise" and (_second_channel(toks, hit[0]) or find(toks, "instead", max(0, hit[0] - 3),
                                                                               hit[0]) is not None
                                       or _burden_lifted_before(toks, hit[0])):
                continue  # "online and on paper", "online rather than on paper", "no longer need to bring paper
                # copies": paper is not how it is done
            if cls == "preparing" and (find(toks, "implementation", 0, hit[0]) is not None or _stage_past(toks, hit)):
                continue  # "its implementation is ongoing", "sa mise en œuvre est en cours": carried out, not prepared;
                # "was drafted in 2020 and adopted in 2021", "remains accessible and is being migrated": not its state
            if cls == "preparing" and nominal.names_a_function(toks, hit[0], _instrument_word):
                continue  # "Legal drafting is done by the Attorney General's Office": a standing job, no status
            if cls == "preparing" and names_drafter(toks, hit[0], classes().words["drafter"]):
                continue  # "the drafting agencies publicise the reports": who drafts, no text in preparation
            if cls == "venue" and _adopted_before(toks, hit[0]):
                continue  # "adopté en Conseil des ministres", "passed in Parliament": where it was adopted
            if hit[1][0] == "to" and find(toks, "in_force", 0, hit[0]) is not None:
                continue  # "requires every statute to be published": an obligation in force, not a step awaited
            if _step_not_awaited(cls, toks, hit) or (cls == "awaited" and recurring_step(toks, hit[0])):
                continue   # "a monthly report is submitted to the Minister": a practice, no step awaited (FF)
            if len(hit[1]) == 1 and hit[1][0] in classes().words["instrument"]:
                continue  # a word that also names an instrument ("programme") is the instrument, not a status
            if cls == "planned" and ((hit[0] and toks[hit[0] - 1] in {"has", "have", "had"})
                                     # "Tenders are announced in the Gazette": announced again and again (OO)
                                     or routine_announcement(toks, hit[0])
                                     or describes_object(toks, hit[0], len(hit[1]), _affirmed_before(toks, hit[0]))
                                     # "were financed within the packages announced by the Government" (AA)
                                     or announced_by_agent(toks, hit[0], len(hit[1]), finite_verb(toks[:hit[0]]))):
                continue  # "the crisis has delayed the projects": the subject put something off, it is no status;
                # "aligned with the National Tasks of the new Government announced in May 2022": the Tasks announced
            if cls == "planned" and COVERAGE.get() and (_in_instrument(toks, hit[0] + len(hit[1]))
                                                         or find(toks, "target", hit[0], hit[0] + 1) is not None
                                                         # "The Strategy envisages …": the text provides it (HH)
                                                         or text_provides(toks, hit[0], find, finite_verb)):
                continue  # on what a text addresses, "previsto en el Plan", "meta de licitación" is addressed
            if _points_elsewhere(toks, hit[0] + len(hit[1])) or (
                    hit[1] in MENTION_CUES and (_mentioned_in_text(toks, hit[0] + len(hit[1]))
                                                or senses.mentioned_beside(toks, hit[0] + len(hit[1])))):
                continue  # "the portal referred to in Question 1", "referred to together with AI": a mention
            return Evidence(kind, hit[1])
    return (_each_on_its_own(toks) or _instead_of_done(toks) or _still_offline(toks) or _being_done(toks)
            or _going_on(toks) or _at_stage(toks) or _outside(toks) or _outside_instrument(toks) or _about_to_come(toks)
            or _nominal_preparation(toks))


SUBJECT_HEAD_REACH = 4   # "Les projets mis en consultation", "Draft laws put out for consultation"


def _subject_participle(toks: list[str], hit: tuple[int, tuple[str, ...]]) -> bool:
    """"Les projets mis en consultation par le Conseil fédéral … sont publiés en ligne (https://…)": a status
    participle right after the subject's head noun describes what the subject is, and the clause's own verb (an
    auxiliary after it) says what is done with it: operating or in force, that is the clause's point (round
    fourteen fr_suisse_cantons 2/e_participation). Not a status in the predicate ("the drafts are put out for
    consultation"): no auxiliary may come before it."""
    i = hit[0]
    if not 0 < i <= SUBJECT_HEAD_REACH:
        return False
    aux = cues().words["auxiliary"]
    if any(t in aux for t in toks[:i]):
        return False
    j = next((k for k in range(i + len(hit[1]), len(toks)) if toks[k] in aux), None)
    return j is not None and (find(toks, "operating", j) is not None or find(toks, "in_force", j) is not None)


def without_subject_participle(toks: list[str]) -> list[str]:
    """The clause without a status participle that only describes its subject ("Les projets mis en consultation
    … sont publiés en ligne" -> "Les projets … sont publiés en ligne"), for the polarity cues' reading of it."""
    for cls in ("consulting", "awaited"):
        hit = find(toks, cls)
        if hit is not None and _subject_participle(toks, hit):
            return toks[:hit[0]] + toks[hit[0] + len(hit[1]):]
    return toks


PURPOSE_GAP = 3   # "aplicativo FirmaEC para firma", "plataforma de firma electrónica para firma": a name or modifier


def _service_purpose(toks: list[str], i: int) -> bool:
    """"aplicativo FirmaEC para firma y validación de documentos electrónicos", "a platform for signature of
    contracts": a step ("firma", "signature") right after a service noun (class `service`) and at most its name is
    what the service is for, not a step the text awaits (round fourteen es_ecuador_registro 2/other); at most
    PURPOSE_GAP words between, none a verb. A verb
    between ("el sistema fue enviado para aprobación") makes it the status of the thing sent."""
    for j in range(max(0, i - PURPOSE_GAP - 1), i):
        if find(toks, "service", j, j + 1) is not None:
            between = toks[j + 1:i]
            return not any(t in cues().words["auxiliary"] or t.endswith(("ed", "ado", "ada", "ido", "ida", "é", "ée"))
                           for t in between)   # not "fue enviado", "sent": a participle or auxiliary makes it sent
    return False


def _step_not_awaited(cls: str, toks: list[str], hit: tuple[int, tuple[str, ...]]) -> bool:
    """A consultation or an awaited step that is not the clause's status."""
    if cls in {"consulting", "awaited"} and _subject_participle(toks, hit):
        return True   # "Les projets mis en consultation … sont publiés en ligne": what the service publishes
    if cls != "awaited":
        return False
    # "aplicativo FirmaEC para firma y validación de documentos": what the service is for; "The … Act says the
    # accounts have to be published": a duty the text lays down
    return (_service_purpose(toks, hit[0]) or senses.prescribed(toks, hit[0], _instrument_word)
            or _in_title(toks, hit) or (output_reported(toks, hit)   # "Results submitted to the … Office"
                                        and not output_names_a_text(toks[:hit[0]], _instrument_word)))


def _in_title(toks: list[str], hit: tuple[int, tuple[str, ...]]) -> bool:
    """"The Regulation on datasets subject to publication … is in force": an awaited step inside a title (after a
    word governed by a preposition, no comma between), in a clause that says the text is in force."""
    i = hit[0]
    return bool(i) and toks[i - 1].isalpha() and _after_preposition(toks, i) and find(
        toks, "in_force", i + len(hit[1])) is not None


def _about_to_come(toks: list[str]) -> Evidence | None:
    """A near future ("is set to publish", "est appelé à devenir", "está llamada a ser"; reading_near_future): a plan,
    unless the clause has already said the thing is in force, operating or in place ("The Strategy, adopted in 2021,
    is set to transform …": the effect still to come, not the measure)."""
    hit = near_future(toks)
    if hit is None or any(find(toks[:hit[0]], cls) is not None for cls, _ in AFFIRM_KINDS):
        return None
    return Evidence("status planned", hit[1])


def _going_on(toks: list[str]) -> Evidence | None:
    """"Se viene evaluando su inclusión", "sigue elaborando", "continues to assess": work going on (reading_aspect)."""
    found = ongoing_work(toks)
    if found is not None:
        return Evidence(*found)
    step = approved_in_principle(toks)   # "The Cabinet approved the Bill in principle": short of adoption
    return Evidence("status planned", step) if step is not None else None


def _instrument_word(word: str) -> bool:
    """A head noun that names a text ("Regulation of … is made"): not a nominalised action (reading_nominal)."""
    return find([word], "instrument") is not None


def _nominal_preparation(toks: list[str]) -> Evidence | None:
    """"La elaboración de la política se está llevando a cabo", "L'élaboration de la stratégie est en train d'être
    menée": the making of a text under way, with a light verb (reading_nominal)."""
    cue = nominal.in_preparation(toks, _instrument_word)
    return Evidence("status in preparation", cue) if cue else None


OUTSIDE_REACH = 5   # "fuera del alcance del Plan", "outside the scope of the national strategy"


def _outside_instrument(toks: list[str]) -> Evidence | None:
    """"Piloto de trazabilidad, fuera del alcance del Plan", "a pilot outside the Strategy": anywhere in a
    verbless clause, an "outside" cue whose phrase names an instrument places the thing outside the text asked about
    (not "citizens outside the country": a country is no instrument)."""
    if finite_verb(toks) is not None:
        return None   # "Beyond the portal, the strategy funds …": a clause with a verb of its own says more
    pos = 0
    while (hit := find(toks, "outside", pos)) is not None:
        end = hit[0] + len(hit[1])
        inst = find(toks, "instrument", end, end + OUTSIDE_REACH)
        if inst is not None:
            return Evidence("negation", tuple(toks[hit[0]:inst[0] + len(inst[1])]))
        pos = hit[0] + 1
    return None


COPULA_WITHIN = 10   # a named subject ("the Spectrum Management Authority's 5G Roadmap (2020) is …") runs long


def _outside(toks: list[str]) -> Evidence | None:
    """"Outside the Master Plan", "is beyond the scope of the strategy": the clause places the asked thing
    outside what was asked about (at its start, or right after a copula); not "citizens outside the country"."""
    c = classes()
    skip = {"currently", "still", "now", "presently", "also", "~"}
    words = [t for t in toks if t not in skip]
    cop = next((k for k, t in enumerate(words[:COPULA_WITHIN]) if t in c.words["copula"]), None)
    starts = ([] if finite_verb(words) is not None else [0]) + ([] if cop is None else _complement(words, cop + 1))
    for i in starts:   # verbless "Outside the plan.", or "is outside the plan"; not "Beyond X, the agency runs …"
        if find(words, "outside", i, i + 1) is not None:
            return Evidence("negation", tuple(words[i:i + 3]))
    return None


# Prepositions that place a planned thing inside a text ("previsto en el Plan", "prévu dans la Stratégie"),
# not in time ("previsto para 2023").
IN_TEXT = {"in", "under", "by", "en", "dans", "par", "por"}


ARTICLES = {"the", "this", "its", "el", "la", "los", "las", "le", "les", "l", "du", "del", "de", "des", "su", "sa"}


def _in_instrument(toks: list[str], after: int) -> bool:
    """Is what follows a planning word a text that holds it: a preposition, articles only, then an instrument
    ("previsto en el Plan"; not "envisaged in the next strategy", a text still to come)?"""
    if after >= len(toks) or toks[after] not in IN_TEXT:
        return False
    k = after + 1
    while k < len(toks) and toks[k] in ARTICLES:
        k += 1
    return find(toks, "instrument", k, k + 1) is not None


# Words that end a copula's noun phrase: after them an "outside" cue places something else ("a service for
# citizens outside the country"), not the subject.
PHRASE_ENDS = {"for", "of", "to", "in", "on", "by", "with", "at", "from", "that", "which", ",", ";", ":"}
COMPLEMENT_SPAN = 5


def _complement(words: list[str], i: int) -> list[str]:
    """Where an "outside" cue may stand after a copula: right after it ("is outside the plan"), or closing
    the noun phrase it introduces ("is a regulatory document separate from the Policy")."""
    out = [i]
    for k in range(i + 1, min(i + COMPLEMENT_SPAN, len(words))):
        if words[k - 1] in PHRASE_ENDS:
            break
        out.append(k)
    return out


def _instead_of_done(toks: list[str]) -> Evidence | None:
    """"made available on request rather than published", "kept on file instead of being posted": what is
    done is another way than the act named after "rather than" (handled otherwise, flagged)."""
    forms = verb_forms(current_language())
    hit = find(toks, "instead")
    if hit is None:
        return None
    nxt = [t for t in toks[hit[0] + len(hit[1]):hit[0] + len(hit[1]) + 2] if t != "being"]
    if nxt and (forms.get(nxt[0]) == "inflected" or nxt[0].endswith(("ed", "en"))):
        return Evidence("handled otherwise", hit[1] + tuple(nxt[:1]))
    return None


def _points_elsewhere(toks: list[str], after: int) -> bool:
    """After a participle such as "referred to": a place in the document ("in Question 1", "above", "under
    Q5"), not a body the text was sent to. The participle then points the reader elsewhere; it is no status."""
    nxt = toks[after:after + 2]
    c = classes()
    if not nxt:
        return False
    if nxt[0] in c.words["pointer_next"]:
        return True
    return nxt[0] in {"in", "under", "at"} and len(nxt) > 1 and (
        nxt[1] in c.words["pointer_next"] or re.fullmatch(r"q\d+|question|questions|section|para|paragraph", nxt[1])
        is not None)


MENTION_CUES = {("referred", "to")}   # a status cue that may also say where something is mentioned
MENTION_IN = {"in", "within", "en", "dans"}   # not "by", "under": "referred to the Committee under the Orders"
MENTION_TITLE = 4   # "in the National Broadband Plan": articles and a title's words before the instrument
MENTION_REACH = 6   # "referred to the fifth generation in the strategy": the thing mentioned, then the text


def _mentioned_in_text(toks: list[str], after: int) -> bool:
    """"It has been referred to the fifth generation in the strategy", "5G is referred to in the National Broadband
    Plan": after "referred to", a text that holds the mention (a preposition, articles, an instrument) within
    MENTION_REACH words, before any clause break: the thing is mentioned there, it was not sent to a body.
    Right after "referred to", "in" always opens the text that mentions it, whatever its name ("referred to in
    Digital Mauritius 2030"): a body is referred *to*, never "referred to in" (round nineteen Y); likewise "referred to
    under" a heading or pillar (round twenty)."""
    if after < len(toks) and (toks[after] in MENTION_IN or toks[after] == "under"):
        return True   # "referred to under the emerging technologies enabler" (round twenty): a heading that holds it
    for k in range(after, min(after + MENTION_REACH, len(toks))):
        if toks[k] in {",", ";", ":", "and"}:
            return False
        if toks[k] in MENTION_IN and find(toks, "instrument", k + 1, k + 1 + MENTION_TITLE) is not None:
            return True   # "in the strategy", "in the National Broadband Plan", "within the Plan"
    return False


# Words that may stand between an adoption participle and its venue ("adoptée par le Gouvernement en
# Conseil des ministres"): at most this many, and no clause punctuation.
VENUE_GAP = 4


def _adopted_before(toks: list[str], i: int) -> bool:
    """Is the venue at toks[i] (parliament, cabinet, council of ministers) where something was adopted: an
    in-force participle ("adopted", "adopté", "aprobada") ends at most VENUE_GAP words before it?"""
    for j in range(max(0, i - VENUE_GAP - 2), i):
        hit = find(toks, "in_force", j, j + 1) or find(toks, "endorsed", j, j + 1)
        if hit is not None and hit[0] + len(hit[1]) <= i and hit[0] + len(hit[1]) >= i - VENUE_GAP and not any(
                t in {",", ";", ":", "–", "—"} for t in toks[hit[0] + len(hit[1]):i]):
            return True
    return False


STILL_WINDOW = 5


def _still_offline(toks: list[str]) -> Evidence | None:
    """"se fait encore sur support papier", "se tramitan todavía, en su mayoría, en ventanilla", "only by post":
    a channel off line within a few words after "still" or "only" is how the thing is done."""
    for cls in ("continuation", "only"):
        pos = 0
        while (hit := find(toks, cls, pos)) is not None:
            pos = hit[0] + 1
            start = hit[0] + len(hit[1])
            channel = find(toks, "offline_channel", start, start + STILL_WINDOW)
            if channel is None and cls == "only" and start == len(toks):
                # "publiés en version imprimée uniquement", "on paper only" (not "paper only for those who …")
                channel = find(toks, "offline_channel", max(0, hit[0] - STILL_WINDOW), hit[0])
            if channel is not None and (cls == "only" or find(toks, "operating", 0, min(hit[0], channel[0])) is None):
                # "still": not "en ligne, et les formulaires restent au guichet" (a second channel beside one
                # that operates); "only" restricts whatever verb comes before ("se publican solo en papel")
                lo, hi = sorted((hit[0], channel[0]))
                return Evidence("handled otherwise", tuple(toks[lo:hi + len(channel[1] if hi == channel[0] else hit[1])]))
    return None


def _being_done(toks: list[str]) -> Evidence | None:
    """"is being negotiated", "funding is being sought": work in progress (aspect), unless the verb says
    the thing operates or is in force ("is being used", "is being implemented")."""
    if _carried_out(toks) is not None:
        return None   # "Provision of broadband is being undertaken by the USF": a light verb, the activity goes on
    forms = verb_forms(current_language())
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if t == "being" and i > 0 and toks[i - 1] in classes().words["copula"] and (
                forms.get(nxt) == "inflected" or nxt.endswith(("ed", "en", "ght"))) and not any(
                find([nxt], cls) for cls in ("operating", "in_force", "in_place")) and not _worked_on_in_place(toks, i):
            if ongoing_since(toks, i) is not None:
                return None   # "is being carried out … since 2021": carried out from then on, a practice (OO)
            return Evidence("status in preparation", (t, nxt))
    return None


# "en etapa de consulta", "en phase de test", "au stade de l'avant-projet": a stage *of* something, in
# French and Spanish (English says "at … stage"; "in the first phase, the portal …" names a part, so "in"
# is not one of them).
STAGE_OPENERS = {"en", "au", "à", "a", "dans"}
STAGE_OF = {"de", "del", "des", "du", "of"}


def _at_stage(toks: list[str]) -> Evidence | None:
    """"at an advanced stage", "at the final phase of adoption", "en etapa de consulta": a stage of work, not
    a measure in place; the status noun it names decides the kind ("en fase de estudio": a study)."""
    for i, t in enumerate(toks):
        stage = find(toks, "stage", i + 1, i + 5) if t == "at" or t in STAGE_OPENERS else None
        if stage is None or (t != "at" and not (set(toks[stage[0] + 1:stage[0] + 2]) & STAGE_OF)):
            continue
        if find(toks, "implementation", i + 1, stage[0] + 5) is not None:
            continue   # "en fase de ejecución", "at the implementation stage": being carried out
        for cls, kind in NOUN_KINDS:
            noun = find(toks, cls, i + 1, stage[0] + 5)
            if noun is not None:
                return Evidence(kind, tuple(toks[i:noun[0] + len(noun[1])]))   # "at an early stage": an idea
        return Evidence("status in preparation", tuple(toks[i:i + 4]))
    return None


def _second_channel(toks: list[str], i: int) -> bool:
    """"available online and on paper": another way coordinated after a channel that operates."""
    before = toks[max(0, i - 3):i]
    coordinated = any(find(before, "coordinator", k, k + 1) for k in range(len(before)))
    return coordinated and find(toks, "operating", 0, i) is not None


def _continues(toks: list[str]) -> bool:
    """"will continue to operate", "will remain in force": a future tense about a measure that goes on."""
    return find(toks, "continuation") is not None


def future_tense(toks: list[str]) -> Evidence | None:
    """The clause's first verb is a future ("will be launched"), not about something that goes on."""
    aux = cues().words["auxiliary"]
    first = next((t for t in toks if t in aux or t in FUTURE), None)
    if first in FUTURE and not _continues(toks):
        i = toks.index(first)
        return Evidence("status planned", tuple(toks[i:i + 3]))
    return None


# Words that end a range of years or name the year something runs until (English, French, Spanish).
RANGE_WORDS = {"to", "until", "till", "through", "–", "-", "jusque", "hasta", "au", "al"}


def dated_after(toks: list[str], edition: int | None) -> Evidence | None:
    """A year after the edition placed by a date word ("in 2024", "by end of 2025", "Q3 2023"); not a
    range or a name ("Strategy 2021-2025", "2020 to 2024", "valid until 2025")."""
    if edition is None or COVERAGE.get():
        return None   # on what a strategy addresses, a dated goal is addressed ("… by 2026")
    for i, t in enumerate(toks):
        # "from Shrawan 2079": a Bikram Sambat year is placed as the Gregorian year it falls in
        if not (YEAR_RE.fullmatch(t) and (gregorian_year(toks, i) or int(t)) > edition):
            continue
        before = toks[max(0, i - 3):i]
        if before and (YEAR_RE.fullmatch(before[-1]) or before[-1] in RANGE_WORDS
                       or (len(before) > 1 and before[-2] in RANGE_WORDS and before[-1] in {"en", "à", "a", "el"})):
            continue   # "2021 to 2025", "prolongée jusqu'en 2025", "vigente hasta 2025": a range or an end date
        if any(find(before, "date_word", k, k + 1) for k in range(len(before))) and not _deadline_target(toks) \
                and not plan_horizon(toks, i, _predicate_at) \
                and not repeats_plan_horizon(toks, i, _predicate_at):   # "… Horizon 2035 (PSH 2035)": its name
            return Evidence("dated after edition", tuple(toks[max(0, i - 2):i + 1]))
    return ended_by_date(toks, edition)


def _deadline_target(toks: list[str]) -> bool:
    """A target word in the clause that is a deadline, not a plan's numbered label ("milestone 47": FF)."""
    hit = find(toks, "target")
    return hit is not None and not numbered_label(toks, hit[0])


HORIZON_STOPS = ("in_force", "operating", "in_place", "copula", "continuation", "planned", "preparing", "awaited")


def _predicate_at(toks: list[str], k: int) -> bool:
    """Is toks[k] a predicate's word (a verb, a copula, an affirming or status word)? A horizon after it dates the
    predicate ("opérationnelle à l'horizon 2024"), not a plan's span."""
    return (toks[k] in STATUS_VERBS or toks[k] in cues().words["auxiliary"]
            or verb_forms(current_language()).get(toks[k]) == "inflected"
            or any(find(toks, cls, k, k + 1) is not None for cls in HORIZON_STOPS))


def ended_by_date(toks: list[str], edition: int) -> Evidence | None:
    """"in force until 2020", "ran till 2019": a measure whose end date is before the edition is no longer in
    force, unless a successor is named ("until 2020, when a new Act replaced it")."""
    for i, t in enumerate(toks[1:], 1):
        if YEAR_RE.fullmatch(t) and int(t) < edition and toks[i - 1] in {"until", "till", "up to"} and not any(
                w in cues().words["successor"] or w == "replaced" for w in toks):
            return Evidence("no longer", tuple(toks[max(0, i - 3):i + 1]))
    return None


def denial(toks: list[str], edition: int | None = None, names: frozenset[str] = frozenset()) -> Evidence | None:
    """A status short of in force or operating in one main clause, or None."""
    return (dated_after(toks, edition) or commencing_later(toks, edition) or status_predicate(toks, names)
            or status_noun(toks, names) or future_tense(toks))


def commencing_later(toks: list[str], edition: int | None) -> Evidence | None:
    """"… shall enter into force on 1 September 2022": a commencement ahead in the edition year
    (reading_commencement_ahead)."""
    hit = find(toks, "commencement") if edition is not None else None
    if hit is None or not commencement_ahead(toks, hit, edition, current_language()):
        return None
    return Evidence("commencement ahead", hit[1])


def affirmation(toks: list[str], sentence: str = "") -> Evidence | None:
    """What affirms in one clause that holds no denial: an instrument in force, a service operating,
    something in place, a statement in the present or past tense, or (verbless) a name or a link."""
    for cls, kind in AFFIRM_KINDS:
        hit = find(toks, cls)
        if hit is not None and cls == "operating" and procurement_step(toks, hit[0]):
            return None   # "tender launched February 2022": a stage of buying the thing affirms no thing (FF)
        if hit is not None:
            return Evidence(kind, hit[1])
    done = _nominal_done(toks)
    if done is not None:
        return done
    stage = _implementation_stage(toks)
    if stage is not None:
        return stage
    compound = _compound_status(toks)
    if compound is not None:
        return compound
    since = _since_year(toks)
    if since is not None:
        return since
    if not classes().present:
        # A language whose status_cues.csv is not written yet: its clause rules (negations, drafts) have
        # denied nothing, and without affirming classes any clause with words is read as a statement.
        words = [t for t in toks if t.isalpha()]
        return Evidence("stated", tuple(toks[:4])) if words else named(toks, sentence)
    if located_in_answer(toks, classes().words["copula"]):
        return None   # "How we work together in practice is in Q4": answered elsewhere, nothing stated here
    verb = finite_verb(toks)
    if verb is not None and procurement_predicate(toks, verb) and find(toks, "instrument", verb, verb + 1) is None:
        return None   # "contract awarded April 2022": a stage of buying it (FF); not "Procurement Act" (a text)
    if verb is not None:
        return Evidence("stated", tuple(toks[max(0, verb - 2):verb + 2]))
    counted = _counted(toks)
    if counted is not None:
        return counted
    if any(_only_places(toks, i) for i in range(len(toks))):
        # "the file sits with the Attorney General": where a text is, not what is in place; "a summary is at
        # <link>" gives the link.
        return Evidence("link", ("url",)) if "url" in toks else None
    return named(toks, sentence)


def _nominal_done(toks: list[str]) -> Evidence | None:
    """A nominal statement with a light verb (reading_nominal): an act of adoption in the past is a text adopted
    ("Approval of the Policy was accorded by the Federal Cabinet"), a noun of doing in the present or progressive an
    activity carried out ("Imparting of training is being effected through the DigiSkills programme")."""
    cue = nominal.enacted(toks, _instrument_word)
    if cue:
        return Evidence("in force", cue)
    cue = _carried_out(toks)
    return Evidence("operating", cue) if cue else None


def _carried_out(toks: list[str]) -> tuple[str, ...] | None:
    """An activity carried out now (reading_nominal), unless the clause names it a pilot, a study or a draft
    ("Measurement of satisfaction is being undertaken through a pilot survey": a trial, read as before)."""
    if any(find(toks, cls) is not None for cls, _ in NOUN_KINDS):
        return None
    return nominal.carried_out(toks, _instrument_word)


# A stance noun the clause opens on is its subject, not its predicate ("Our commitment … is set out in …").
SUBJECT_DETERMINERS = {"our", "its", "their", "the", "this", "that", "a", "an", "notre", "nos", "son", "sa", "ses",
                       "leur", "le", "la", "l", "un", "une", "nuestro", "nuestra", "su", "sus", "el", "una"}
STANCE_REACH = 7      # "the Government attaches the highest importance": the stance is the predicate, near the start
IMPROVING_REACH = 4   # "efforts are ongoing to strengthen", "will continue to promote"


def stance(toks: list[str]) -> tuple[int, tuple[str, ...]] | None:
    """Does the clause's predicate state a stance of the respondent, not a fact: importance attached,
    commitment, determination, welcome, a courtesy formula ("avails itself of this opportunity"), or an
    endeavour to improve ("efforts are ongoing to strengthen …", "will continue to promote it")? Such a clause
    affirms nothing about existence, and what its complement says ("ensuring that resources are made
    available") is no fact either. Not when a text is the subject ("the Master Plan attaches importance to
    AI" says what the text addresses), nor after an affirming cue ("the portal, in operation since 2019, …")."""
    body = toks[1:] if toks[:1] and find(toks[:1], "coordinator") is not None else toks
    hit = find(body, "stance", 0, STANCE_REACH)
    if hit is not None and all(t in SUBJECT_DETERMINERS for t in body[:hit[0]]):
        hit = None   # "Our commitment to inclusion is set out in Pillar 3", "Committed to open data, the Government …"
    hit = hit or _endeavour(body)   # "efforts are ongoing to strengthen …": the endeavour is the subject
    if hit is None:
        return None
    before = body[:hit[0]]
    # "sigue comprometido": a verb of going on before the stance is its copula, not a status
    if find(before, "instrument") is not None or any(find(before, cls) is not None for cls in ("in_force", "operating")):
        return None
    return hit


def _endeavour(body: list[str]) -> tuple[int, tuple[str, ...]] | None:
    """"efforts are ongoing to strengthen …", "will continue to promote it", "seguirá promoviendo": an
    endeavour word with a verb of improving right after it ("efforts … to establish a platform" is a status)."""
    hit = find(body, "endeavour", 0, STANCE_REACH)
    if hit is None:
        return None
    after = hit[0] + len(hit[1])
    return hit if find(body, "improving", after, after + IMPROVING_REACH) is not None else None


COUNT_RE = re.compile(r"[1-9]\d{0,3}")
COUNT_OF = {"of", "out", "sur", "de", "sobre"}


def _counted(toks: list[str]) -> Evidence | None:
    """"1 reference", "3 of 22 ministries", "12 services": a verbless clause that opens on a count of one or
    more before what it counts names what there is (a count of zero reads as a negator: reading_words). Not a
    year ("2021 review"), not a number inside a name ("Vision 2030")."""
    if len(toks) < 2 or not COUNT_RE.fullmatch(toks[0]) or YEAR_RE.fullmatch(toks[0]):
        return None
    if toks[1].isalpha() and toks[1] not in COUNT_OF or (toks[1] in COUNT_OF and toks[2:3] and toks[2].isdigit()):
        return Evidence("named", tuple(toks[:3]))
    return None


# "go-live" names the event of going live, not a service that is live ("go-live expected Q1 2023": round twenty-two)
NOT_PREFIXES = {"non", "un", "not", "pre", "semi", "self", "co", "re", "de", "dis", "mis", "half", "partly", "go"}


def _compound_status(toks: list[str]) -> Evidence | None:
    """"Cabinet-approved", "government-run", "fully-operational": a compound whose last part says in force,
    operating or in place (not "non-binding", "pre-approved", "semi-operational")."""
    for t in toks:
        head, sep, last = t.rpartition("-")
        if not sep or not head.isalpha() or head.casefold() in NOT_PREFIXES:
            continue
        for cls, kind in AFFIRM_KINDS:
            if last in classes().words[cls]:
                return Evidence(kind, (t,))
    return None


def _implementation_stage(toks: list[str]) -> Evidence | None:
    """"en fase de ejecución", "en phase de déploiement", "at the implementation stage", "en ejecución": a
    measure being carried out (a stage word or a preposition of state before the implementation word)."""
    hit = find(toks, "implementation")
    if hit is None:
        return None
    before = toks[max(0, hit[0] - 4):hit[0]]
    end = hit[0] + len(hit[1])
    if (any(find(before, "stage", k, k + 1) for k in range(len(before))) or find(toks, "stage", end, end + 1)
            or (before and before[-1] in STAGE_OPENERS | {"in", "under"})):
        return Evidence("operating", tuple(toks[max(0, hit[0] - 3):hit[0] + len(hit[1])]))
    return None


def being_carried_out(toks: list[str]) -> bool:
    """"under implementation", "en fase de ejecución": a measure at its implementation stage (reading_phases)."""
    return _implementation_stage(toks) is not None


def _only_places(toks: list[str], i: int) -> bool:
    """A copula followed (after an adverb) by a preposition: "is with the Cabinet", "remains under review"."""
    c = classes()
    if toks[i] not in c.words["copula"]:
        return False
    rest = [t for t in toks[i + 1:i + 4] if t not in {"currently", "still", "now", "presently", "also"}]
    if rest and any(find(rest, cls, 0, 1) is not None for cls, _ in AFFIRM_KINDS):
        return False   # "are in force and require …", "est en vigueur", "is in operation": a state, not a place
    return bool(rest) and rest[0] in c.words["place_preposition"]


SINCE_DATE_REACH = 3   # "since 1 December 2010": a day and a month before the year


def _since_year(toks: list[str]) -> Evidence | None:
    """"since 2019", "operational since 2020", "Since 1 December 2010, all the procurement procedures are conducted
    electronically" (a day and a month, time_words.csv kind `month`, before the year: round twenty-five
    ge_translated_georgian 14): something in place from a past date on."""
    months = {p[0] for p in time_words().phrases.get("month", ())}
    for i, t in enumerate(toks[:-1]):
        if t != "since":
            continue
        j = i + 1
        while j < len(toks) - 1 and j - i <= SINCE_DATE_REACH and (
                (toks[j].isdigit() and len(toks[j]) <= 2) or toks[j] in months):
            j += 1
        if YEAR_RE.fullmatch(toks[j]):
            return Evidence("in place", tuple(toks[max(0, i - 2):j + 1]))
    return None


NOT_BEFORE_BASE = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "of",
                   "for", "to", "in", "on", "with", "by", "from", "at", "no", "any", "each", "every", "some", "and",
                   "or", "own", "public", "digital", "online", "data", "e", "url"}


def finite_verb(toks: list[str]) -> int | None:
    """The position of a present or past indicative verb (an auxiliary, an inflected form of a common verb,
    or its base form after a subject: "ministries use …"); None when the clause has none or its first
    verb is a future or a conditional."""
    aux = cues().words["auxiliary"]
    forms = verb_forms(current_language())
    for i, t in enumerate(toks):
        if t in FUTURE or t in HYPOTHETICAL:
            return None
        if t in aux:
            if _only_places(toks, i):
                continue   # "the text is with the legal department": a place, no measure
            return i
        form = forms.get(t)
        if i > 0 and (form == "inflected" or (form == "base" and toks[i - 1] not in NOT_BEFORE_BASE)):
            return i
        if after_reflexive(toks, i):
            return i
    return None


# French and Spanish "se" stands before a verb ("se reparten", "se publica", "se applique"); a clitic may come
# between ("se le asigna"). Future and conditional endings are not a present or past statement.
CLITICS = {"le", "les", "lo", "la", "los", "las", "nos", "y", "en"}
FUTURE_ENDINGS = {"es": ("rá", "rán", "ría", "rían"), "fr": ("ra", "ront", "rait", "raient")}


def after_reflexive(toks: list[str], i: int) -> bool:
    lang = current_language()
    if lang not in FUTURE_ENDINGS or i == 0 or not toks[i].isalpha() or toks[i] in CLITICS:
        return False
    j = i - 1
    while j > 0 and toks[j] in CLITICS:
        j -= 1
    return toks[j] == "se" and not toks[i].endswith(FUTURE_ENDINGS[lang])


HOST_RE = re.compile(r"(?<![\w@/.])(?:[a-z0-9-]+\.)+(?:[a-z]{2}|com|org|net|gov|int|edu|info|example)"
                     r"(?:/\S*)?(?![\w.])",
                     re.IGNORECASE)


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def named(toks: list[str], sentence: str) -> Evidence | None:
    """A verbless answer naming an instrument, body or service, or a part of an instrument (a capitalised
    name, a number or a year), or giving a link or a web address."""
    for cls in ("instrument", "body", "service", "part"):
        hit = find(toks, cls)
        if hit is not None and (_has_name(sentence) or any(YEAR_RE.fullmatch(t) or t.isdigit() for t in toks)):
            return Evidence("named", tuple(toks[hit[0]:hit[0] + 4]))
    if "url" in toks:
        return Evidence("link", ("url",))
    host = HOST_RE.search(sentence) or EMAIL_RE.search(sentence)
    if host:
        return Evidence("link", tuple(tokens(host.group(0))[:3]))
    return None


NAME_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]+|^[A-Z]{2,}\b|^(?:[A-Z][a-z]+\s+){1,3}(?:of|for)\s+[A-Z]")


def _has_name(sentence: str) -> bool:
    """A proper name: a capitalised word inside the sentence, an acronym, or a title ("Ministry of Health")."""
    return bool(NAME_RE.search(sentence.strip()))


def parallel_scope(affirmed: list[str], other: list[str]) -> bool:
    """Does `other` open on a group or part ("para los extranjeros residentes …") when the affirming clause
    named another with the same word ("… vigente para los nacionales")?"""
    opening = find(other, "scope", 0, 1)
    if opening is None:
        return False
    at = find(affirmed, "scope", 1)
    return at is not None and at[1] == opening[1] and affirmed[at[0] + 1:at[0] + 4] != other[1:4]


def extends(toks: list[str]) -> bool:
    """Is the clause about the rest of something ("further services", "extend it to municipalities")?"""
    words = [t for t in toks if t.isalnum()]
    return find(toks, "extension") is not None or find(words, "part", 0, 1) is not None


def secondary_subject(toks: list[str]) -> bool:
    """Is the clause's subject a text that implements another ("un décret d'application … est en cours de
    validation", "the implementing regulations are being drafted")? Its status is of that text, not of the
    law or plan it implements."""
    return find(toks, "secondary", 0, len(subject(toks))) is not None   # a phrase may run past it


TEXT_CLASSES = ("instrument", "draft", "revision")   # what names a text: a law, a bill, an amendment


def names_text(toks: list[str]) -> bool:
    """Does the clause name a text: an instrument, a draft or a revision ("Ley 37/2007", "Anteproyecto de Ley",
    "Texte de refonte", "the Data Protection Bill", "amendments")?"""
    return any(find(toks, cls) is not None for cls in TEXT_CLASSES)


def _cues_of(toks: list[str], classes_: tuple[str, ...]) -> set[tuple[str, ...]]:
    out = set()
    for cls in classes_:
        i = 0
        while (hit := find(toks, cls, i)) is not None:
            out.add(hit[1])
            i = hit[0] + 1
    return out


def other_text(toks: list[str], affirmed: list[str]) -> tuple[str, ...] | None:
    """A draft or a revision the clause names (kinds `draft`, `revision`: a bill, an anteproyecto, a projet de loi,
    an amendment, a refonte, a modificación) that the words affirming an instrument in force do not name: the
    clause is about another text than the one in force ("Ley 37/2007 (en vigor) • Anteproyecto de Ley de
    modificación en tramitación"), not about it ("The Bill was passed in 2021. The Bill awaits assent.")."""
    mine = _cues_of(affirmed, ("draft", "revision"))
    return next((c for c in sorted(_cues_of(toks, ("draft", "revision"))) if c not in mine), None)


def outside(toks: list[str]) -> Evidence | None:
    """"Fuera de la agenda.", "Outside the Strategy.": the clause places the thing outside the text asked about."""
    return _outside(toks) or _outside_instrument(toks)


# ------------------------------------------------------------------------------------------------ spans

CLAUSE_EDGE_RE = re.compile(r"[;:]|\s[–—-]\s|,\s|\.\s|\n")


def span(text: str, cue: tuple[str, ...]) -> str:
    """A short span of `text` around the cue: the clause that holds it, at most MAX_SPAN characters."""
    flat = " ".join(text.split())
    m = _locate(flat, cue)
    if m is None:
        start, end = 0, len(flat)
        cut = CLAUSE_EDGE_RE.search(flat)
        if cut and cut.start() > 0:
            end = cut.start()
    else:
        edges = [e.end() for e in CLAUSE_EDGE_RE.finditer(flat, 0, m[0])]
        start = edges[-1] if edges else 0
        after = CLAUSE_EDGE_RE.search(flat, m[1])
        end = after.start() if after else len(flat)
    piece = flat[start:end].strip(" .;,")
    if len(piece) > MAX_SPAN:
        centre = (m[0] - start) if m else 0
        lo = max(0, min(centre - MAX_SPAN // 2, len(piece) - MAX_SPAN))
        piece = ("…" if lo else "") + piece[lo:lo + MAX_SPAN].strip() + ("…" if lo + MAX_SPAN < len(piece) else "")
    return piece   # as written: the Review page finds it again inside the answer


# French words the reader writes out from an elision ("l'Intérieur" is read "le intérieur"): the span is
# found in the answer as written.
ELIDED = {"le": "l", "la": "l", "de": "d", "ne": "n", "que": "qu", "se": "s", "je": "j", "ce": "c", "me": "m",
          "te": "t", "jusque": "jusqu", "lorsque": "lorsqu", "puisque": "puisqu"}


def _word_pattern(word: str, last: bool) -> str:
    """One cue word and the separator after it; an elidable French word also matches its elided form."""
    sep = "" if last else r"[\W_]+"
    if word in ELIDED:
        return rf"(?:{re.escape(word)}{sep}|{re.escape(ELIDED[word])}['’]\s*)"
    if word == zero_token():   # "0 laws" was read "nil laws": find the count as written
        return "(?:" + "|".join(re.escape(w) for w in (word, *zero_forms())) + ")" + sep
    return re.escape(word) + sep


def _locate(flat: str, cue: tuple[str, ...]) -> tuple[int, int] | None:
    words = [w for w in cue if w not in {",", ";", ":", "url", "~"}]
    if "url" in cue:
        m = URL_RE.search(flat)
        if m:
            return m.start(), m.end()
    if not words:
        return None
    pattern = r"(?<!\w)" + "".join(_word_pattern(w, last=k == len(words) - 1) for k, w in enumerate(words)) + r"(?!\w)"
    m = re.search(pattern, flat, re.IGNORECASE)
    if m is None and words[0] in {"not"}:
        m = re.search(r"n[’']t\b", flat, re.IGNORECASE)
    return (m.start(), m.end()) if m else None
