"""The information asked for held by another body ("The information for this question is held by the Ministry of Women …"): a decline, not an affirmation."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_clauses import negated
from .reading_time_words import phrase_at
from .reading_words import cues, has_cue, tokens

SUBJECT_REACH = 6   # "The information for this question is held by …": the information noun opens the clause
HOLDER_REACH = 4    # "held by the Ministry of …", "en poder del Ministerio …"


def held_elsewhere(toks: list[str]) -> bool:
    """A clause whose subject is the information itself (polarity kind `information`: information, data, figures;
    información, datos; informations, données), said to be held by another body (kind `held_by` of
    data/reading/held_elsewhere.csv: "held by", "lies with", "en poder del", "détenue par") named a few words on (a
    body: ministry, department, ministère, ministerio …). The respondent points to who has it: a decline. Not a
    clause that denies ("… is not held by the Ministry" is the rule of information not held), nor one whose subject
    is a thing ("The portal is maintained by the Ministry" says who runs it), nor each body on its own."""
    if negated(toks) or not has_cue(toks[:SUBJECT_REACH], "information"):
        return False
    for i in range(1, len(toks)):
        cue = phrase_at(toks, i, "held_by", name="held_elsewhere.csv")
        if cue is None and _after_verb(toks, i):
            cue = phrase_at(toks, i, "held_by_participle", name="held_elsewhere.csv")
        if cue is None or not has_cue(toks[:i], "information"):
            continue
        after = i + len(cue)
        if evidence.find(toks, "body", after, after + HOLDER_REACH) is not None and evidence.find(
                toks, "each_body", after, after + HOLDER_REACH) is None:
            return True
    return False


def _after_verb(toks: list[str], i: int) -> bool:
    """Is there a verb between the last information noun before toks[i] and toks[i] ("The data is kept by …",
    "La información se encuentra en poder del …")? Without one, "held by" qualifies the noun: "the right to request
    information held by central government agencies" names an Act's object, not who holds the answer."""
    last = max((j for j in range(i) if has_cue(toks[j:j + 1], "information")), default=None)
    return last is not None and any(t in cues().words["auxiliary"] for t in toks[last + 1:i])


KEEPER_REACH = 3        # from the negator to the keeper noun: "is not the custodian", "n'est pas le détenteur"
KEPT_REACH = 4          # from the keeper noun to the information: "custodian of this information"
COMPILED_REACH = 3      # from the negator to the verb of compiling: "does not collate", "ne compile pas"
ASKED_STEM = 5          # "collects" / "collect": the question's own verb


def not_custodian(toks: list[str]) -> bool:
    """"The State Department is not the custodian of this information", "Le Ministère n'est pas détenteur de ces
    données", "La Dirección no es custodia de esta información" (round fifteen M): a negation, a keeper noun a few
    words on (polarity kind `custodian_noun`: custodian, holder, keeper; détenteur, dépositaire; custodio, titular)
    and the information (kind `information`) just after it: the speaker does not hold what is asked, a decline. Not
    "is not the owner of the portal" (a thing, not the information)."""
    w = cues().words
    for k, t in enumerate(toks):
        if t not in w["negator"]:
            continue
        for i in range(k + 1, min(len(toks), k + 1 + KEEPER_REACH)):
            if toks[i] in w["custodian_noun"]:
                return any(u in w["information"] for u in toks[i + 1:i + 1 + KEPT_REACH])
    return False


def not_compiled(toks: list[str], topic: str = "") -> bool:
    """"The Office does not collate this data", "La Direction ne compile pas ces données", "La Secretaría no recopila
    esa información" (round fifteen M): a negation, a verb of compiling or keeping (kind `compiling_verb`) a few words
    on, and as its object the information pointed at (a determiner, kind `deictic`, then kind `information`), nothing
    after it: the speaker does not hold the answer, a decline. "The Ministry does not collect usage data" (no
    determiner) and a verb that is the question's own ("Does the Government collect …": "We do not collect this data"
    answers it) deny, as before."""
    w = cues().words
    negs = [k for k, t in enumerate(toks) if t in w["negator"]]
    if not negs:
        return False
    for i in range(negs[0] + 1, min(len(toks), negs[-1] + 1 + COMPILED_REACH)):
        if toks[i] not in w["compiling_verb"] or _asked(toks[i], topic):
            continue
        rest = [t for t in toks[i + 1:] if t not in w["negator"]]   # "ne compile pas ces données"
        if len(rest) == 2 and rest[0] in w["deictic"] and rest[1] in w["information"]:
            return True
    return False


def _asked(word: str, topic: str) -> bool:
    """Is the word the question's own verb?"""
    return bool(topic) and any(t[:ASKED_STEM] == word[:ASKED_STEM] for t in tokens(topic, "en") if len(t) >= ASKED_STEM)
