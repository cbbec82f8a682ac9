"""Nominal and passive statements: a nominalised subject with a light verb ("is being undertaken") says what its noun says.

Officialese names the action as a noun and leaves the verb empty: "Provision of broadband is being undertaken by the
USF", "Imparting of free online training is being effected through the DigiSkills programme", "Approval of the Policy
was accorded by the Federal Cabinet", "La formation des agents est assurée par l'ENA", "La capacitación se está
llevando a cabo". A light verb (cue kind `light_verb`: effected, undertaken, made, carried out; assuré, effectué,
mené; realizado, llevando a cabo) has no status of its own, so its progressive is no work in preparation: the head
noun decides. A noun of doing (a nominal ending, or kind `making_noun`) in the progressive or present is an activity
carried out now; the making of a text or a service (kinds `preparation_noun`, `drafting_noun`, or a draft named in
its complement: "Vetting of the draft …") is work in preparation; an act of adoption in the past (kind
`enactment_noun`: "Approval … was accorded") is a text adopted. Only the shape is read here (cue words of
reading_words); reading_evidence says what each shape is worth.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .reading_words import cues, current_language, starts_at, stem

# Endings of nouns made from verbs ("provision", "imparting", "establishment"; "formation", "financement";
# "capacitación", "fortalecimiento"): a head noun with one of them names an action.
NOMINAL_ENDINGS = {
    "en": ("tion", "sion", "ment", "ance", "ence", "ing", "age", "ure"),
    "fr": ("tion", "sion", "ment", "age", "ure", "ance", "ence"),
    "es": ("ción", "cion", "sión", "sion", "miento", "aje", "ura", "ancia", "encia"),
}
MIN_STEM = 3          # letters before the ending: "provi-sion", not "age" alone
MAX_HEAD_RUN = 3      # "free online training" is a complement; the head run before it is short ("legal drafting")
LEADING = {"the", "a", "an", "this", "that", "its", "their", "our", "and", "also", "further", "moreover",
           "le", "la", "les", "l", "un", "une", "ce", "cette", "son", "sa", "ses", "leur", "et",
           "el", "los", "las", "una", "su", "sus", "este", "esta", "y"}
# Prepositions that open the head noun's complement ("Provision of …", "Participation in …", "La formation des …").
COMPLEMENT = {"of", "in", "for", "with", "to", "into", "through", "under", "on", "by", "at", "thereof",
              "de", "du", "des", "d", "en", "à", "au", "aux", "pour", "par", "sur",
              "del", "al", "para", "por", "con", "a"}
# Determiners of one thing after the complement's preposition: "of the strategy", "de la stratégie", "de la política".
SINGULAR = {"the", "a", "an", "this", "its", "our", "le", "la", "l", "un", "une", "cette", "ce", "son", "sa", "notre",
            "el", "una", "esta", "este", "su", "nuestra", "nuestro"}
ONE_THING = {"du", "del", "al"}   # a preposition fused with a singular article
# Words that may stand in the verb group between the subject and the light verb ("was, however, effected", "has,
# however, not been made", "se está llevando a cabo", "a été assurée", "ha sido realizada").
FILLERS = {"been", "be", "être", "été", "sido", "se", "also", "currently", "now", "still", "duly", "presently",
           "already", ",", "aussi", "également", "actuellement", "déjà", "también", "actualmente", "ya"}
PAST = {"was", "were", "been", "été", "fue", "fueron", "sido"}
# "Arrangements are being made to launch …", "provision is being made for …": a step towards something else.
TOWARDS = {"to", "for"}
GERUND_ENDINGS = ("ando", "iendo")   # "se está llevando a cabo": a Spanish gerund is a progressive of its own
# "el financiamiento se efectuó …", "la capacitación se realiza …": a reflexive passive has no auxiliary
REFLEXIVE = {"se"}
PRETERITE_ENDINGS = ("ó", "o", "aron", "ieron")   # "se efectuó", "se llevaron a cabo": done in the past


@dataclass(frozen=True)
class Nominal:
    """A clause whose subject is a nominalised action and whose verb is a light one."""
    head: int             # the head noun of the subject ("provision", "drafting", "elaboración")
    verb: int             # where the light verb starts
    end: int              # where it ends (exclusive)
    progressive: bool     # "is being undertaken", "est en train d'être menée", "se está llevando a cabo"
    past: bool            # "was effected", "has been accorded", "a été accordée", "fue otorgada"
    preparation: bool     # the head is the making of a text or service, or its complement names a draft
    draft_named: bool     # its complement names a draft ("Vetting of the draft", "la revisión del anteproyecto")
    specific: bool        # its complement names one thing ("of the strategy", "de la stratégie")


def statement(toks: list[str], excluded: Callable[[str], bool] = lambda w: False) -> Nominal | None:
    """The clause as a nominal statement, or None. `excluded` says which head nouns are no action (reading_evidence
    passes the instruments: "Regulation of … is made" is about a text, read by the other rules)."""
    for i in range(len(toks)):
        phrase = _light_verb_at(toks, i)
        if phrase:
            found = _statement_at(toks, i, i + phrase, excluded)
            if found is not None:
                return found
    return None


def _light_verb_at(toks: list[str], i: int) -> int:
    c = cues()
    if toks[i] in c.words["light_verb"]:
        return 1
    return next((len(p) for p in c.by_first["light_verb"].get(toks[i], ()) if starts_at(toks, i, p)), 0)


def _group_start(toks: list[str], verb: int) -> int:
    """Where the verb group before the light verb starts (auxiliaries, progressive marks, negations, asides)."""
    c = cues()
    allowed = (c.words["auxiliary"] | c.words["negator"] | c.words["contrast_inside"] | c.words["progressive"]
               | {t for p in c.phrases["progressive"] for t in p} | FILLERS)
    j = verb
    while j > 0 and toks[j - 1] in allowed:
        j -= 1
    return j


def _statement_at(toks: list[str], verb: int, end: int, excluded: Callable[[str], bool]) -> Nominal | None:
    c = cues()
    start = _group_start(toks, verb)
    group = toks[start:verb]
    reflexive = current_language() == "es" and any(t in REFLEXIVE for t in group)
    if not reflexive and not any(t in c.words["auxiliary"] for t in group):
        return None   # "the training given to officials": a participle, no verb group
    first = 0
    while first < start and (toks[first] in LEADING or toks[first] in c.words["contrast"]):
        first += 1
    run_end = next((k for k in range(first, start) if toks[k] in COMPLEMENT), start)
    if not first < run_end <= first + MAX_HEAD_RUN:
        return None
    head, preparation = _head(toks, first, run_end)
    if head is None or excluded(toks[head]):
        return None
    complement = toks[head + 1:start]
    draft_named = _holds(complement, "draft_noun")
    progressive = (any(t in c.words["progressive"] for t in group) or _holds(group, "progressive")
                   or (current_language() == "es" and toks[verb].endswith(GERUND_ENDINGS)))
    preterite = reflexive and not progressive and toks[verb].endswith(PRETERITE_ENDINGS)
    return Nominal(head, verb, end, progressive, preterite or any(t in PAST for t in group),
                   preparation or draft_named, draft_named, _one_thing(complement))


def _head(toks: list[str], first: int, run_end: int) -> tuple[int | None, bool]:
    """The head noun of the run before the complement, and whether it is the making of something ("setting up",
    "mise en place", "formulation", "drafting")."""
    c = cues()
    for k in range(first, run_end + 1):
        if k < len(toks) and _phrase_at(toks, k, "preparation_noun"):
            return k, True
    head = run_end - 1
    word = toks[head]
    if not word.isalpha():
        return None, False
    preparing = word in c.words["preparation_noun"] or word in c.words["drafting_noun"] or word in c.words["draft_noun"]
    endings = NOMINAL_ENDINGS.get(current_language(), NOMINAL_ENDINGS["en"])
    nominal = preparing or word in c.words["making_noun"] or word in c.words["enactment_noun"] or any(
        word.endswith(e) and len(word) >= len(e) + MIN_STEM for e in endings)
    return (head, preparing) if nominal else (None, False)


def _phrase_at(toks: list[str], i: int, kind: str) -> bool:
    return any(starts_at(toks, i, p) for p in cues().by_first[kind].get(toks[i], ()))


def _holds(toks: list[str], kind: str) -> bool:
    words = cues().words[kind]
    return any(t in words or _phrase_at(toks, i, kind) for i, t in enumerate(toks))


def _one_thing(complement: list[str]) -> bool:
    """Does the complement name one thing ("of the strategy", "de la stratégie", "del reglamento"), not a kind of
    work ("legal drafting", "drafting of legislation", "la rédaction des textes")?"""
    if not complement or complement[0] not in COMPLEMENT:
        return False
    if complement[0] in ONE_THING:
        return True
    after = complement[1:]
    if not after or after[0] not in SINGULAR:
        return False
    noun = next((t for t in after[1:] if t.isalpha()), "")
    return after[0] != "the" or stem(noun) == noun   # "of the bills" is a kind of work, "of the bill" one text


def carried_out(toks: list[str], excluded: Callable[[str], bool] = lambda w: False) -> tuple[str, ...] | None:
    """An activity carried out now: a noun of doing with a light verb in the present or the progressive ("Provision
    of broadband … is being undertaken by the USF", "La formation des agents est assurée par l'ENA"). The words
    from the head noun to the light verb, or None."""
    n = statement(toks, excluded)
    if n is None or n.preparation or n.past:
        return None
    if toks[n.end - 1] == "made" and toks[n.end:n.end + 1] and toks[n.end] in TOWARDS:
        return None   # "arrangements are being made to launch …": a step towards the thing
    return tuple(toks[n.head:n.end])


def in_preparation(toks: list[str], excluded: Callable[[str], bool] = lambda w: False) -> tuple[str, ...] | None:
    """The making of a text under way: the progressive ("La elaboración de la política se está llevando a cabo",
    "L'élaboration de la stratégie est en train d'être menée"), or the present said of one text ("La rédaction de la
    stratégie est assurée par le ministère"). The words from the head noun to the light verb, or None."""
    n = statement(toks, excluded)
    if n is None or not n.preparation or n.past or not (n.progressive or n.specific or n.draft_named):
        return None
    return tuple(toks[n.head:n.end])


def names_a_function(toks: list[str], at: int, excluded: Callable[[str], bool] = lambda w: False) -> bool:
    """Is the status word at `at` the name of a standing function, not a status ("Legal drafting is done by the
    Attorney General's Office", "Drafting of legislation is handled by …")? The head of a nominal subject, with a
    light verb in the simple present, and a complement that names no one text and no draft."""
    n = statement(toks, excluded)
    return (n is not None and n.head == at and not n.progressive and not n.past and not n.specific
            and not n.draft_named)


def enacted(toks: list[str], excluded: Callable[[str], bool] = lambda w: False) -> tuple[str, ...] | None:
    """A text adopted: an act of adoption with a light verb in the past ("Approval of the Digital Policy was
    accorded by the Federal Cabinet in May 2018", "L'approbation … a été accordée", "La aprobación … fue otorgada")."""
    n = statement(toks, excluded)
    if n is None or not n.past or n.progressive or toks[n.head] not in cues().words["enactment_noun"]:
        return None
    return tuple(toks[n.head:n.end])
