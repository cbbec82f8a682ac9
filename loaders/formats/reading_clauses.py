"""An answer's sentences cut into clauses, and what a clause says: negated, pending, its subject, a label.

Also here, for the modules above (history, fields, polarity, text.py): the flags a reading may carry, the
Reading itself, and the small clause helpers they share. Imports only reading_words and reading_evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import reading_consensus_frames as consensus_frames
from . import reading_entry_words as entry_words
from . import reading_evidence as evidence
from .reading_date_ranges import month_range
from .reading_decided_work import decided_at, decided_making_span
from .reading_drafts_for_comment import drafts_put_to_public
from .reading_drafts_handled import handled_drafts_start
from .reading_meanwhile import opener_end
from .reading_minutes_label import minutes_label_end
from .reading_need import not_needed
from .reading_requirement_lifted import requirement_lifted
from .reading_stages_reached import drafted_then_adopted
from .reading_words import (
    OBJECT_PREPOSITIONS,
    cues,
    current_language,
    has_cue,
    sentences,
    starts_at,
    stem,
    subject,
    tokens,
    whole_answers,
)

# The flags a reading may carry (reading_polarity's steps raise them; reading_fields and text.py use some).
FLAG_NEGATION_IN_YES = "negation inside a yes sentence"
FLAG_CONTRADICTED = "negation contradicted by a following 'however'"
FLAG_EXPECTATION = "a plan or expectation, not an answer"
FLAG_TICK_DISAGREES = "the tick and the written answer disagree"
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
FLAG_DECLINED = "declined in its own words: none, or not known?"

# Subordinators that are also adverbs ("registered once", "never before"): a clause break only at a clause start.
ADVERB_TOO = {"once", "before", "after", "since", "until", "as", "so"}
# After "and"/"or", these words open a clause of its own ("and no amendments have been made since").
NEW_NEGATIVE_CLAUSE = {"no", "none", "nothing", "nobody", "never"}


@dataclass
class Clause:
    toks: list[str]
    main: bool = True
    joint: str = ""     # what opened the clause: ";" ":" "+" "–" "," or "" (the sentence start)
    commas: list[int] = field(default_factory=list)  # token positions of commas that did not end the clause
    names: frozenset[str] = frozenset()  # words of the sentence inside a title ("Act on Testing of …")
    stance: bool = False   # a stance of the respondent or its complement: affirms and denies nothing

    @property
    def text(self) -> str:
        return " ".join(self.toks)


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
        if t not in {";", ":", "+", "–", "—", "-"} or month_range(self.toks, i):
            return 0   # "(septiembre - diciembre de 2022)": a range of dates
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
              or elaboration_at(self.toks, i + 1)):   # ", (la question) étant traitée dans le Plan"
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
        end = opener_end(self.toks) if i == 0 else None
        if end is not None:
            # "Dans l'attente de l'adoption de la nouvelle stratégie, actuellement en cours d'élaboration, le cadre de
            # référence est …": the opener says until when, with its apposition; the main clause follows (reading_meanwhile)
            self.close(next_main=False)
            self.cur.toks.extend(tok for tok in self.toks[:end] if tok != ",")
            return end
        if i == 0 and t == "pending" and "," in self.toks[2:PENDING_OPENER_SPAN]:
            # "Pending its enactment, the functions are discharged by …": "pending" means "until"; what comes
            # after the comma is the main clause, in place meanwhile
            self.close(next_main=False)
            self.cur.toks.append(t)
            return 1
        phrase = next((p for p in self.c.phrases["subordinator"] if starts_at(self.toks, i, p)), None)
        at_start = not self.cur.toks
        if t in AWAITED_EVENT and still_to_be_done(self.cur.toks + ["when"]):
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
        if t == "that" and decided_at([prev, *self.toks[i:]], 0):
            cur.toks.append(t)                # "Cabinet agreed that a strategy be drafted": the decision and what
            return 1                          # it decides are one statement, a plan (reading_decided_work)
        if t == "that" and (prev in words["reporting"] or prev in words["auxiliary"] or prev == "so"
                            or consensus_frames.gives_way(prev, self.toks[i + 1:])):   # "It was agreed that …" (round nineteen X)
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


def elaboration_at(toks: list[str], i: int) -> bool:
    """Does a participle of being open a clause at i, alone or after a short subject of its own (", étant
    traitée dans le Plan", ", la question étant traitée …", ", siendo tratada …", ", being covered by …")?"""
    words = cues().words
    if i < len(toks) and toks[i] in words["elaboration"]:
        return True
    if i >= len(toks) or toks[i] not in evidence.ARTICLES:
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


# A capitalised name continued by capitalised words, joined by a linking word (English, French, Spanish) or a
# comma of an enumeration inside the name ("SPF Emploi, Travail et Concertation sociale", "Ministerio de Trabajo y
# Consulta Ciudadana", "Department of Labour, Consultation and Dialogue").
TITLE_LINKS = "of|on|for|and|the|et|du|des|y|del"
TITLE_RE = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][^\W_]*(?:(?:,|(?:\s+(?:" + TITLE_LINKS + r")){1,2})?\s+[A-Z][^\W_]*)+")


def title_words(sentence: str) -> frozenset[str]:
    """Lower-cased words that continue a capitalised name inside the sentence ("Act on Testing of Driverless
    Vehicles" -> testing, driverless, vehicles): a status word there is part of a title, not a status."""
    out = set()
    for m in TITLE_RE.finditer(sentence.strip()):
        words = m.group(0).split()
        out |= {w.casefold() for w in words[1:] if w[:1].isupper()}
    # "Vision 2030", "Agenda 2063": a capitalised word before a year is the name of a programme.
    out |= {m.group(1).casefold() for m in re.finditer(r"\b([A-Z][a-z]{3,})\s+(?:19|20)\d\d\b", sentence)
            if m.group(1).casefold() not in DATE_WORDS}
    return frozenset(out)


def _aside(toks: list[str], i: int) -> bool:
    """Is toks[i] a subordinator used as a contrast adverb, set off by commas inside a clause (", though,"), or a
    contrast adverb set off inside a verb group ("was, however, effected", "has, however, not been made")?"""
    c = cues()
    if not (0 < i < len(toks) - 1 and toks[i] in c.words["contrast_inside"] and toks[i - 1] == "," and toks[i + 1] == ","):
        return False
    # after an auxiliary the verb group is not over: the adverb is an aside, the clause goes on
    return toks[i] in c.words["subordinator"] or (i >= 2 and toks[i - 2] in c.words["auxiliary"])


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
    return evidence.finite_verb(toks) is not None or any(w in evidence.classes().words["continuation"] for w in toks)


def mask_idioms(toks: list[str]) -> list[str]:
    """Replace fixed expressions ("no later than", "not only") by neutral tokens."""
    c = cues()
    idx = c.by_first["idiom"]
    out = _prepositional_pending(toks)
    for i in range(len(out)):
        for p in idx.get(out[i], ()):
            if starts_at(out, i, p):
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
    return bool(ps) and any(starts_at(toks, i, p) for p in ps)


def negated(toks: list[str]) -> bool:
    """Does this clause hold a negation that denies something (not an idiom, not a burden lifted, not
    cancelled by a second negative: "not a single project is approved without a check", "nobody is
    excluded")?"""
    c = cues()
    toks = mask_idioms(toks)
    if has_cue(toks, "privative") and any(t in c.words["negator"] for t in toks) and not _replacement_denied(toks):
        return False
    if _non_participle(toks) or absence_opener(toks):
        return True
    lifted = None   # where a negation lifting a burden stands
    for i, t in enumerate(toks):
        if t in c.words["ended"] or _phrase_at(toks, i, "ended"):   # "expired", "arrivée à échéance"
            if not any(w in c.words["successor"] for w in toks[i + 1:]):
                return True  # "the plan expired"; not "expired and a new one was adopted"
            continue
        hit = t in c.words["negator"] or _phrase_at(toks, i, "negator")
        if not hit:
            continue  # "Act no. 12 of 2019": the sign is masked before tokens are read (reading_number_signs)
        if ((has_cue(toks[i + 1:], "burden") or _phrase_at(toks, i, "burden")) and not _denies_existence(toks, i)
                and not not_needed(toks, i)) or requirement_lifted(toks, i):   # "la production de … a été supprimée" (JJ)
            lifted = i
            continue  # "are never asked again", "do not have to", "no need to": a burden removed (not "did not require
            # a separate budget": a specific thing not needed does not exist)
        if lifted is not None and _second_half(toks, lifted, i) and not not_needed(toks, i):
            continue  # "ne ressaisissent pas": the burden verb sits between the two halves of one negation (not
            # "n'a pas eu besoin d'un budget distinct": read from its second half, a specific thing not needed)
        if any(w in c.words["property"] for w in toks[i + 1:i + 4]):
            continue  # "the Act does not distinguish between …": how the measure works, not its absence
        return True
    return False


SECOND_HALF_REACH = 3   # "ne ressaisissent pas", "n'ont plus à fournir": the verb and a pronoun between the halves


def _second_half(toks: list[str], first: int, i: int) -> bool:
    """Is the negator at toks[i] the second half of the French negation opened at toks[first] ("ne … pas")?"""
    return toks[first] == "ne" and 0 < i - first <= SECOND_HALF_REACH and not any(
        t in {",", ";", ":"} for t in toks[first:i])


def _denies_existence(toks: list[str], i: int) -> bool:
    """Does the negation at toks[i] deny that something exists, so that a burden word later in its clause is no
    burden lifted? A verb of existence right after it ("No hay información adicional que aportar"), unless the
    burden is what does not exist ("No hay necesidad de presentar copias"); or an instrument as the noun it
    determines ("Ninguna norma exige la publicación …", "Aucune norme n'exige …": no text requires it)."""
    after = toks[i + 1:i + 2]
    if after and after[0] in cues().words["existential"]:
        return not has_cue(toks[i + 2:i + 3], "burden")
    return bool(after) and evidence.find(after, "instrument") is not None


REPLACEMENT_NEGATION_REACH = 3
PARTICIPLE_ENDINGS = ("ed", "é", "ée", "és", "ées", "do", "da", "dos", "das")
SHORT_NEGATOR = 4   # "nada", "nadie", "jamás" are no participles   # "and not replaced", "n'a pas été remplacé", "y no sustituido"


def _replacement_denied(toks: list[str]) -> bool:
    """"was revoked in 2019 and not replaced": the replacement is what is denied, so it does not cancel the
    revocation as "repealed and replaced by the Data Act" does."""
    c = cues()
    # a plain negation ("not", "never", "nada"), not a participle that ends something ("repealed and replaced")
    plain = [w in c.words["negator"] and (len(w) <= SHORT_NEGATOR or not w.endswith(PARTICIPLE_ENDINGS)) for w in toks]
    return any(t in c.words["replacement"] and any(plain[max(0, i - REPLACEMENT_NEGATION_REACH):i])
               for i, t in enumerate(toks))


def absence_opener(toks: list[str]) -> bool:
    """"Sin otros portales que informar", "Sans budget dédié", "Without a dedicated budget.": a clause that opens
    on "without" and has no finite verb of its own states an absence (English says "No other portals"). A verb
    after a relative or "to" ("que informar", "to report") is not the clause's own."""
    c = cues()
    if not toks or toks[0] not in c.words["absence_opener"]:
        return False
    forms = evidence.verb_forms(current_language())
    stop = c.words["relative"] | c.words["subordinator"] | {"to", "que", "à", "a"}
    for i, t in enumerate(toks[2:], 2):   # the word right after the preposition is its noun ("sin norma")
        if t in stop:
            break
        if t in c.words["auxiliary"] or forms.get(t) == "inflected" or evidence.after_reflexive(toks, i):
            return False
    return True


# French past-participle endings: a clause that opens on "non" + a participle ("Non mentionnées.", "Non abordé
# dans la stratégie") is a denial; inside a noun phrase ("données non structurées") "non" stays a prefix.
NON_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues", "it", "ite", "its", "ites", "is", "ise",
                          "ises")


def _non_participle(toks: list[str]) -> bool:
    return (current_language() == "fr" and len(toks) > 1 and toks[0] == "non" and toks[1].isalpha()
            and toks[1].endswith(NON_PARTICIPLE_ENDINGS))


def pending(toks: list[str], names: frozenset[str] = frozenset(), planned_upto: int | None = None) -> bool:
    """A draft, bill or plan is what the clause is about: not a measure in force.

    "Only a draft bill exists" and "the law is under preparation" are pending; "citizens comment on
    proposed laws" is not (the draft is only the object), so draft words count before the first verb only.
    """
    toks = evidence.without_subject_participle(_prepositional_pending(toks))   # "Les projets mis en consultation … sont publiés"
    if has_cue(toks, "pending") or still_to_be_done(toks) or work_on_drafting(toks) or decided_making_span(toks):
        return True
    if entry_words.short_of_force(toks):
        return True   # "entrada en vigencia diferida", "created under the proposed Act" (reading_entry_words)
    if drafts_put_to_public(toks):
        return False   # "Draft laws are placed for public discussion on the website …" on a participation question
    masked = mask_idioms(toks)
    if evidence.status_predicate(masked, names, planned_upto):
        return True
    # "A Bill was drafted in 2021 and adopted in 2022": the bill's draft is its history (reading_stages_reached)
    if drafted_then_adopted(toks, lambda k: (hit := evidence.find(toks, "in_force", k)) and hit[0]):
        return False
    if evidence.status_noun(masked, names):
        return True
    subj = subject(toks)
    cut = next((k for k, t in enumerate(subj) if k and t in OBJECT_PREPOSITIONS), len(subj))
    # "Internet consultation of draft bills": drafts as a class qualify the service (reading_drafts_handled)
    cut = min(cut, handled_drafts_start(subj) or len(subj))
    # "consultations on draft rules are held": the draft is an object
    return has_cue(subj[:cut], "draft_noun") or _titled_draft(toks, names)


def _titled_draft(toks: list[str], names: frozenset[str]) -> bool:
    """A long title whose head is a draft noun ("The Digital Identity Services Trust Framework Bill was introduced
    in September 2021 and is currently before the … Committee"): the title's last word before the verb is its head
    noun (English puts it there), a bill, whatever its length. Only a title (a capitalised name) counts."""
    k = next((k for k, t in enumerate(toks) if t in cues().words["auxiliary"]), 0)
    if k > 2 and re.fullmatch(r"(?:19|20)\d\d", toks[k - 1]):
        k -= 1   # "The Data Protection and Privacy Bill, 2021 was validated …": the title's year after its head
    return k > 1 and toks[k - 1] in names and has_cue(toks[k - 1:k], "draft_noun") and not any(
        t in OBJECT_PREPOSITIONS for t in toks[1:k - 1])


WORK_REACH = 4   # "working to prepare", "worked on the preparation of", "travaille à l'élaboration de"


def work_on_drafting(toks: list[str]) -> bool:
    """Work whose object is the making of the text ("It has been worked on the preparation of a bylaw", "The
    Ministry is currently working to prepare the framework", "Le ministère travaille à l'élaboration d'une loi",
    "Se está trabajando en la redacción del reglamento"): the text is in preparation, not in place. The shape: a
    verb of working (kind `work_verb`), then within WORK_REACH words a drafting noun or verb (kinds
    `drafting_noun`, `drafting_verb`)."""
    return work_on_drafting_span(toks) is not None


def work_on_drafting_span(toks: list[str]) -> tuple[str, ...] | None:
    """The words from the verb of working (or of charging someone with the work: "has been tasked to develop") to
    the drafting noun or verb after it, or None (the evidence `work_on_drafting` cites)."""
    c = cues()
    making = c.words["drafting_noun"] | c.words["drafting_verb"]
    for i, t in enumerate(toks):
        if t in c.words["work_verb"]:
            j = next((j for j in range(i + 1, min(len(toks), i + 1 + WORK_REACH)) if toks[j] in making), None)
            if j is not None:
                return tuple(toks[i:j + 1])
    return None


PARTICIPLES = {"set", "made", "done", "built", "drawn", "put", "written", "taken"}


def still_to_be_done(toks: list[str]) -> bool:
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


@dataclass(frozen=True)
class Reading:
    answer: str          # yes / no / unknown
    flag: str | None
    rule: str            # which rule decided (for the accuracy report and debugging)
    # "<evidence kind>: '<short span of the answer>'" (kinds: data/reading/evidence_kinds.csv), or None.
    evidence: str | None = None


STOP = {"the", "a", "an", "our", "this", "that", "its", "their", "national", "current", "only", "at", "present",
        "currently", "in", "of", "for", "there"}


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
    if (end := minutes_label_end(text)) is not None:
        text = text[end:]   # "Discussed – …": the meeting's record of the item, a label (reading_minutes_label)
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


def part_label(sentence: str) -> str | None:
    """The label of one part of an answer split by parts ("Bappenas: PR 39/2019 – in force", "Blockchain: …",
    "Provinces: …", "Kominfo: –"): a field label that strip_label takes off, and that is no field of the whole
    answer (kind `status_label`: "Status:", "Estado:"; kind `whole_label`: "Overall:", "Remarks:", "Observaciones:")."""
    text = sentence.strip().lstrip("•▪●◦*- \t")
    m = FIELD_LABEL_RE.match(text)
    if not m or strip_label(text) == text:
        return None
    toks = tokens(m.group(1))
    c = cues()
    if any(t in c.words["status_label"] or t in c.words["whole_label"] for t in toks) or " ".join(toks) in {
            " ".join(p) for k in ("status_label", "whole_label") for p in c.phrases[k]}:
        return None
    return " ".join(toks)


TURN_MARK_RE = r"(?:^|(?<=\s))({marks})\s?:\s+"


@lru_cache(maxsize=8)
def _turn_re(lang: str) -> re.Pattern:
    w = cues(lang).words
    marks = sorted(w["interviewer_mark"] | w["respondent_mark"], key=len, reverse=True)
    # Turn marks are capitals ("Q:", "A:", "P:", "R:"): "a: …" inside a sentence is no turn.
    return re.compile(TURN_MARK_RE.format(marks="|".join(re.escape(m.upper()) for m in marks) or "(?!)"))


def spoken_turns(detail: str) -> list[tuple[bool, str]] | None:
    """An answer written as an interview transcript ("Q: Is there a CIO? A: No. Q: Not even an equivalent? A: …",
    "Q : … R : …", "P: … R: …"): its turns as (asked, words), `asked` for the interviewer's. None when the answer
    does not open on a turn mark or has no interviewer's turn (a lone "A:" is a label)."""
    lang = current_language()
    parts = _turn_re(lang).split(detail.strip())
    if len(parts) < 3 or parts[0].strip():
        return None
    asker = cues(lang).words["interviewer_mark"]
    turns = [(mark.casefold() in asker, words.strip()) for mark, words in zip(parts[1::2], parts[2::2])]
    if not any(asked for asked, _ in turns) or all(asked for asked, _ in turns):
        return None
    return [(asked, words) for asked, words in turns if words]


SECTION_KINDS = ("evidence_label", "finding_label", "gap_label", "recommendation_label")
OUTLOOK_KINDS = ("achievement_label", "challenge_label", "way_forward_label")
OUTSTANDING = {"challenge_label", "way_forward_label"}


@lru_cache(maxsize=8)
def _section_re(lang: str) -> tuple[re.Pattern, dict[str, str]]:
    c = cues(lang)
    kinds = {" ".join(p): k for k in SECTION_KINDS for p in c.phrases[k]}
    kinds.update({w: k for k in SECTION_KINDS for w in c.words[k]})
    alt = "|".join(r"\s+".join(re.escape(w) for w in label.split()) for label in sorted(kinds, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[.;!?]\s)|(?<=\n))({alt or '(?!)'})\s*:\s*", re.IGNORECASE), kinds


def report_findings(detail: str) -> str | None:
    """An answer written as an assessor's report in labelled sections ("Evidence reviewed: Act No. 1 of 2018.
    Finding: the Act requires … Recommendation: amend …", "Constat : … Recommandation : …", "Hallazgo: …
    Recomendación: …"): the words that decide, or None when the answer has no such sections. A recommendation
    (a "Recommendation:" section, a sentence opening "It is recommended that …") says what should be done and
    affirms nothing; beside a finding (labelled, or the unlabelled words that open the answer) the evidence
    examined ("Evidence reviewed: …") is no finding either; and beside a labelled finding, a gap ("Gap identified: the
    Office is not yet fully operational") says what is still missing around it, not whether the thing is there.
    When nothing else remains, the answer is read whole."""
    rx, kinds = _section_re(current_language())
    parts = rx.split(detail.strip())
    if len(parts) < 3:
        return None
    sections = ([("", parts[0].strip())] if parts[0].strip() else []) + [
        (kinds.get(" ".join(tokens(label)), ""), body.strip()) for label, body in zip(parts[1::2], parts[2::2])]
    finding = any(k in ("", "finding_label", "gap_label") for k, _ in sections)
    labelled = any(k == "finding_label" for k, _ in sections)
    left_out = {"recommendation_label"} | ({"evidence_label"} if finding else set()) | (
        {"gap_label"} if labelled else set())
    kept = [s for k, body in sections if k not in left_out for s in sentences(body) if not _recommends(s)]
    return "\n".join(kept).strip() or None   # one sentence a line: a section may open in lower case


@lru_cache(maxsize=8)
def _outlook_re(lang: str) -> re.Pattern:
    c = cues(lang)
    labels = {" ".join(p) for k in OUTLOOK_KINDS for p in c.phrases[k]} | {w for k in OUTLOOK_KINDS for w in c.words[k]}
    alt = "|".join(r"\s+".join(re.escape(w) for w in label.split()) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[.;!?]\s)|(?<=\n))({alt or '(?!)'})\s*:\s*", re.IGNORECASE)


def report_outlook(detail: str) -> tuple[str, str] | None:
    """An annual report's answer in labelled sections ("Key achievements: … Challenges: … Way forward: …",
    "Réalisations : … Défis : … Perspectives : …", "Logros: … Desafíos: … Próximos pasos: …"): (what was achieved,
    what remains outstanding), or None without a "Challenges:" or "Way forward:" section after words of its own.
    What the outstanding sections say about the same thing (vacant, pending adoption, to be approved) is read
    before the achievement's past tense."""
    c = cues()
    kinds = {" ".join(p): k for k in OUTLOOK_KINDS for p in c.phrases[k]} | {w: k for k in OUTLOOK_KINDS for w in c.words[k]}
    parts = _outlook_re(current_language()).split(detail.strip())
    if len(parts) < 3:
        return None
    sections = [("", parts[0].strip())] + [(kinds.get(" ".join(tokens(label)), ""), body.strip())
                                           for label, body in zip(parts[1::2], parts[2::2])]
    done = " ".join(b for k, b in sections if k not in OUTSTANDING and b)
    outstanding = " ".join(b for k, b in sections if k in OUTSTANDING and b)
    return (done, outstanding) if done and outstanding else None


def _recommends(sentence: str) -> bool:
    """A sentence opening on a recommendation ("It is recommended that the pilot be scaled up", "Se recomienda …")."""
    toks = tokens(sentence)
    c = cues()
    return bool(toks) and (toks[0] in c.words["recommendation_label"] and len(toks) == 1 or any(
        starts_at(toks, 0, p) for p in c.by_first["recommendation_label"].get(toks[0], ())))


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


def asks_specific(topic: str) -> bool:
    """Does the question (in English, the form's language) ask for a specific or dedicated thing?"""
    return bool(topic) and any(t in cues("en").words["specific"] for t in tokens(topic, "en"))


def own_subject(toks: list[str]) -> bool:
    """Does the clause name a subject of its own before its verb ("but the decree is pending"), not go on
    from the clause before ("but is not yet implemented", "pero aún no se ha implementado")?"""
    toks = toks[1:] if toks and toks[0] in cues().words["contrast"] else toks
    verb = evidence.finite_verb(toks)
    words = [t for t in toks[:verb] if t.isalpha() and t not in STOP and t not in cues().words["negator"]
             and t not in cues().words["contrast_inside"] and t not in {"se", "still", "yet", "aún", "aun", "todavía",
                                                                         "todavia", "encore", "toujours"}]
    return verb is not None and bool(words)


# "none of them", "neither of these": the pronoun points back to what the sentence has just named.
BACK_REFERENCES = [["of", w] for w in ("them", "these", "those", "which", "it", "us")]


def about(toks: list[str], topic: str) -> bool:
    """Does the clause name something the question asks about (a content word of the question's text)?"""
    if not topic or any(t in {"nothing", "none", "nobody", "neither"} and toks[k + 1:k + 3] not in BACK_REFERENCES
                        for k, t in enumerate(toks)):
        return True  # "nothing is in force": the pronoun stands for what was asked (not "none of them")
    c = cues()
    skip = STOP | c.words["negator"] | c.words["auxiliary"] | {"any", "such", "or", "and", "to", "on", "with"}
    # "e-procurement", "e-participation": a hyphenated word is a content word too ("There are no provisions on
    # e-procurement." names what "… law or regulation on e-procurement?" asks; round sixteen lk_cabinet_gazette 14)
    asked = {stem(t) for t in tokens(topic) if _word(t) and len(t) > 2 and t not in skip}
    return any(stem(t) in asked for t in toks if _word(t) and t not in skip)


def _word(t: str) -> bool:
    """A word of letters, hyphenated or not ("e-procurement"), not a number or a sign."""
    return t.replace("-", "").isalpha()
