"""Referrals and not knowing: an answer that sends the question to another body, or whose speaker does not know."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_clauses import STOP, negated
from .reading_words import cue_at, cues, stem, tokens

BODY_REACH = 6      # from the referral verb to the body: "best addressed by the Ministry", "relève de la compétence du
#                     Ministère", "consultar al Consejo"
SUBJECT_REACH = 4   # the subject's head among the clause's first words: "Information on the subject has been …"
FRAME_REACH = 4     # "Corresponde consultar al …", "Il convient de s'adresser au …", "Please contact the …"
# What may follow the information or question noun inside the subject: a preposition ("information on the
# subject", "data in this regard"), an auxiliary ("is", "has been") or a participle ("the information requested
# under this question"); not another noun ("information requests are answered by the Unit" is a service).
SUBJECT_LINKS = {"on", "in", "for", "about", "regarding", "concerning", "under", "to", "of", ",", "sur", "de", "du",
                 "des", "pour", "concernant", "relative", "relatives", "sobre", "del", "para", "relativa", "relativo",
                 "en", "a", "au"}
PARTICIPLE_ENDINGS = ("ed", "é", "ée", "és", "ées", "do", "da", "dos", "das")


def refers_elsewhere(toks: list[str], topic: str = "") -> bool:
    """The answer sends the question to another body, so it is declined, not denied or affirmed: "Information on the
    subject has been requisitioned from the Ministry of Human Rights", "This question is best addressed by the
    Ministry of Finance", "La question relève de la compétence du Ministère des Finances", "Corresponde consultar al
    Consejo Nacional …", "Il convient de s'adresser au Ministère …", "Please contact the Statistics Office".

    The shape: a verb of referring (kind `referral_verb`: addressed, requested, forwarded, consult; relève, demandée,
    s'adresser; consultar, solicitada, dirigirse) followed closely by a body (status class `body`: ministry,
    ministère, consejo), in a clause whose subject is the information or the question itself (kind `information`,
    or `question_noun` after a determiner: "this question", "la question", "esta consulta") or that opens on an
    impersonal frame (kind `referral_frame`: please, il convient, corresponde, se sugiere). Not negated, and not
    pointing to a web address ("please consult the Ministry's portal at https://…" gives the place, a link); an
    information noun that is what the question asks about ("usage statistics are requested from each agency" to a
    question on usage statistics) is the thing asked, not the answer."""
    if negated(toks) or "url" in toks:
        return False
    c = cues()
    for i in range(len(toks)):
        hit = cue_at(toks, i, "referral_verb")
        body = evidence.find(toks, "body", i + hit, i + hit + BODY_REACH) if hit else None
        if body is None or _a_place(toks, body[0]):
            continue
        if _framed(toks[:i]) or _information_subject(toks[:i], topic, c):
            return True
    return False


def _a_place(toks: list[str], body: int) -> bool:
    """Does a service follow the body ("please consult the Ministry's website", "consulter le portail du Ministère"
    reads the other way round, the service first)? Then the answer points to where the thing is, not to who should
    answer. A word that also names a body ("Social Services") is part of the body's name."""
    around = toks[max(0, body - 2):body + BODY_REACH]
    bodies = evidence.classes().words["body"]
    return any(evidence.find([t], "service") is not None and t not in bodies for t in around)



def _framed(before: list[str]) -> bool:
    """An impersonal or polite frame opens the clause before the verb ("Corresponde consultar", "Il convient de
    s'adresser", "Please contact", "Se sugiere dirigirse")."""
    return any(cue_at(before, k, "referral_frame") for k in range(min(len(before), FRAME_REACH)))


def _information_subject(before: list[str], topic: str, c) -> bool:
    """The clause's subject is the information or this question: its first content word is an information noun (not
    one the question itself asks about), or a question noun after a determiner, followed by a link word, an
    auxiliary, a participle or the verb itself."""
    asked = {stem(t) for t in tokens(topic, "en")} if topic else set()
    for k, t in enumerate(before[:SUBJECT_REACH]):
        if t in c.words["deictic"] or t in STOP:
            continue
        nxt = before[k + 1] if k + 1 < len(before) else ""
        linked = (not nxt or nxt in SUBJECT_LINKS or nxt in c.words["auxiliary"] or nxt.endswith(PARTICIPLE_ENDINGS))
        if t in c.words["information"]:
            return linked and stem(t) not in asked
        if t in c.words["question_noun"]:
            return linked and k > 0 and before[k - 1] in c.words["deictic"]
        return False
    return False


def not_known_to_speaker(toks: list[str]) -> bool:
    """The speaker says only that it knows of none: "Not that I know of", "Not to our knowledge", "À notre
    connaissance, non", "Pas à ma connaissance", "Que sepamos, no", "No, que yo sepa". The shape: a knowledge hedge
    (kind `knowledge_hedge`) and a negator, and nothing else (a softener aside): ignorance, not a denial. "To our
    knowledge, no law regulates AI" says what does not exist: a denial, hedged, read as before."""
    c = cues()
    rest = list(toks)
    hedged = False
    k = 0
    while k < len(rest):
        n = cue_at(rest, k, "knowledge_hedge")
        if n:
            del rest[k:k + n]
            hedged = True
            continue
        k += 1
    words = [t for t in rest if t not in {",", ";", ":", "–", "-", "—"} and t not in c.words["softener"]]
    return hedged and bool(words) and all(t in c.words["negator"] or t in c.words["explicit_no"] for t in words)


def without_softeners(toks: list[str]) -> list[str]:
    """The clause without the words that only soften it ("not really applicable", "pas vraiment connu", "no
    realmente aplicable"; kind `softener`): a decline's cue is matched on what is left."""
    soft = cues().words["softener"]
    return [t for t in toks if t not in soft]


