"""Declines in new words (round twelve F): a remit denied, no elements to answer, a body better placed, input not obtained, information still gathered, nothing more offered."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_clauses import STOP
from .reading_words import cue_at, cues, has_cue

REMIT_REACH = 4      # from the negator to the remit noun: "ne relève pas des attributions", "is not within the remit"
ANSWER_REACH = 6     # from the negator to the verb of answering: "ne dispose pas d'éléments lui permettant de répondre"
OBTAIN_REACH = 4     # from the negator to the verb of obtaining: "weren't able to get", "n'avons pas pu obtenir"
PLACED_REACH = 4     # from the better-placed cue to the verb of answering: "mieux à même de renseigner"
SUBJECT_REACH = 3    # the words before a cue where its subject (a body, a relative) stands
NOTHING_MORE_WORDS = 8   # "Nothing further to add here.": a short clause, nothing else said
# After a verb of answering: nothing, or the question itself ("répondre à cette question", "to answer this").
ANSWER_TAIL = {"à", "a", "la", "le", "this", "that", "it", "esta", "este", "cette", "ce", "cet", "to", "question",
               "questions", "pregunta", "consulta", "item", "point", "punto", "on", "sur", "sobre", "en", "y", "and",
               "et", "de", "del", "du", "des", "fully", "pleinement", "plenamente"}
RELATIVES = {"which", "who", "lequel", "laquelle", "lesquels", "lesquelles", "qui", "quien", "quienes", "cual",
             "cuales", "que"}
# "Nothing", not "none": "Ninguno adicional." to an Other line says no other item exists, a denial.
NOTHING = {"nothing", "rien", "nada"}
SPEAKERS = {"we", "nous", "nosotros", "i", "je", "yo"}   # "We were not part of that process; … better placed"
# Obtaining whose object is the information: the first information word within this many words after the verb.
OBJECT_REACH = 3


def _negators(toks: list[str]) -> list[int]:
    neg = cues().words["negator"]
    return [i for i, t in enumerate(toks) if t in neg]



def remit_denied(toks: list[str]) -> bool:
    """"La question ne relève pas des attributions du Ministère du Numérique", "This is not within the remit of the
    Ministry", "No es competencia del Ministerio": a negation whose object is a body's remit (kind `remit_noun`, a
    body named after it): the speaker says the question is not its to answer, a decline, not a denial of the thing
    asked. Not "no ministry has the remit" (a body, or "any", before the negation: nobody holds it, an absence)."""
    negs = _negators(toks)
    if not negs:
        return False
    first = negs[-1]   # "ne relève pas de la compétence": from "pas"
    if evidence.find(toks[:negs[0]], "body") is not None or any(t in cues().words["any_holder"] for t in toks):
        return False
    for i in range(first + 1, min(len(toks), first + 1 + REMIT_REACH)):
        if cue_at(toks, i, "remit_noun") and evidence.find(toks, "body", i + 1, i + 1 + REMIT_REACH) is not None:
            return True
    return False


def cannot_answer(toks: list[str]) -> bool:
    """"Le Ministère ne dispose pas d'éléments lui permettant de répondre à cette question", "We do not have the
    information needed to answer", "No cuenta con elementos para responder": a negation followed closely by a verb of
    answering (kind `answer_verb`) with nothing after it but the question itself: the speaker cannot answer, a
    decline. "The portal does not answer citizens' requests" has an object of its own: a service denied."""
    negs = _negators(toks)
    if not negs:
        return False
    last = negs[-1]   # "ne dispose pas d'éléments …": from "pas"
    for i in range(last + 1, min(len(toks), last + 1 + ANSWER_REACH)):
        if cue_at(toks, i, "answer_verb"):
            tail = [t for t in toks[i + 1:] if t.isalpha()]
            return all(t in ANSWER_TAIL or t in cues().words["question_noun"] for t in tail[:3]) and (
                len(tail) <= 3 or not tail or tail[0] in ANSWER_TAIL)
    return False


def better_placed(toks: list[str]) -> bool:
    """"…, lequel serait mieux à même de renseigner", "the Ministry of Planning would be better placed to answer",
    "el Ministerio de Economía está en mejor posición para responder": another body (or a relative standing for it)
    better placed to answer (kind `better_placed`, then a verb of answering): a referral. "The new portal is better
    placed to serve citizens" speaks of a thing."""
    for i in range(len(toks)):
        n = cue_at(toks, i, "better_placed")
        if not n:
            continue
        if not any(cue_at(toks, k, "answer_verb") for k in range(i + n, min(len(toks), i + n + PLACED_REACH))):
            continue
        before = toks[max(0, i - SUBJECT_REACH - 2):i]
        if any(t in RELATIVES for t in before) or evidence.find(before, "body") is not None:
            return True
    return False


def input_not_obtained(toks: list[str]) -> bool:
    """"We weren't able to get their input before the deadline", "Nous n'avons pas pu obtenir leurs contributions",
    "No fue posible obtener los datos": a negation, a verb of obtaining (kind `obtain_verb`) and the information as
    its object (kind `information`): the speaker could not gather the answer, a decline. The verb of obtaining stands
    after the negated verb ("not able to get"), it is not the negated verb itself: "We do not collect usage
    statistics" denies the thing."""
    negs = _negators(toks)
    if not negs:
        return False
    ability = [k for k in range(len(toks)) if cue_at(toks, k, "ability")]
    for i in range(negs[0] + 1, min(len(toks), negs[0] + 2 + OBTAIN_REACH)):
        # "could not obtain", "not able to get", "pas pu obtenir", "no fue posible obtener": an ability denied first
        if cue_at(toks, i, "obtain_verb") and any(negs[0] - 2 <= k < i for k in ability):
            obj = toks[i + 1:i + 1 + OBJECT_REACH + 1]
            if any(t in cues().words["information"] for t in obj):
                return True
    return False


def still_gathered(toks: list[str], topic: str = "") -> bool:
    """"The information is being collected from ministries and shall be supplemented later", "Les données sont en
    cours de collecte", "La información está en proceso de recopilación": the information itself (the clause's
    subject, kind `information`, not a thing the question asks about) still being gathered (kind `gathering`): no
    answer yet, a decline. "The Ministry collects usage statistics from all agencies" has a body as subject."""
    c = cues()
    words = [t for t in toks if t.isalpha() and t not in STOP and t not in c.words["deictic"]]
    if not words or words[0] not in c.words["information"]:
        return False
    if topic and any(t[:5] == words[0][:5] for t in topic.casefold().split() if len(t) >= 5):
        return False   # "Usage statistics are being collected" to a question on usage statistics: the thing asked
    return any(cue_at(toks, i, "gathering") for i in range(len(toks)))


def nothing_more(toks: list[str]) -> bool:
    """"Nothing further to add here.", "Nothing further from us.", "Rien de plus à ajouter.", "Nada más que agregar.":
    a short clause opening on "nothing" (not "none") whose every other word says only "more", "to add", "from us" (kind
    `addition`, or a stop word): nothing more is offered. "No further steps were taken on the draft" says more."""
    words = [t for t in toks if t.isalpha()]
    if not words or len(words) > NOTHING_MORE_WORDS or words[0] not in NOTHING:
        return False
    if not has_cue(toks, "addition"):
        return False
    c = cues()
    skip = c.words["addition"] | STOP | c.words["deictic"] | c.words["negator"] | c.words["respondent"] | {
        "here", "us", "we", "our", "notre", "nuestra", "nuestro", "from", "to", "side", "end", "côté", "parte", "que",
        "à", "ici", "nous", "nosotros", "aquí", "aqui", "de", "por"}
    rest = [t for i, t in enumerate(toks) if t.isalpha() and t not in skip and not any(
        cue_at(toks, k, "addition") and k <= i < k + cue_at(toks, k, "addition") for k in range(max(0, i - 3), i + 1))]
    return not rest


def lies_with(toks: list[str]) -> bool:
    """"This sits with the Ministry of Finance and the Central Bank", "Cela incombe au Ministère des Finances", "Esto
    recae en el Ministerio de Economía": a clause whose subject is only a pointer to the question (kind `deictic`:
    this, cela, esto) and whose verb says the matter lies with a body (kind `lies_with`, a body named right after):
    a referral. "The portal sits with the Ministry" says where a thing is kept: its subject is the thing."""
    c = cues()
    for i in range(1, len(toks)):
        n = cue_at(toks, i, "lies_with")
        if not n:
            continue
        before = [t for t in toks[:i] if t.isalpha()]
        if before and all(t in c.words["deictic"] or t in {"it", "this", "that", "cela", "ceci", "ça", "esto", "ello",
                                                           "eso"} for t in before):
            return evidence.find(toks, "body", i + n, i + n + SUBJECT_REACH + 1) is not None
    return False


def body_sent_elsewhere(neg: list[str], cue: list[str]) -> bool:
    """"Le Ministère du Numérique n'a pas été associé au Programme …, lequel [le Ministère du Plan] serait mieux à même
    de renseigner": beside a referral to a body better placed (or one the matter lies with), a negation whose subject is
    a body says what that body (the speaker) did not do, the referral's reason, not a denial of the thing asked."""
    negs = _negators(neg)
    subject = neg[:negs[0]] if negs else []
    speaker = any(t in SPEAKERS for t in subject) or evidence.find(subject, "body") is not None
    return bool(negs) and (better_placed(cue) or lies_with(cue)) and speaker
