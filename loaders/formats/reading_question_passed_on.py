"""The question itself said passed on, in the passive ("Question forwarded to the Ministry of Planning", "Question transmise au Ministère du Plan"): a decline."""
from __future__ import annotations

from .reading_clauses import negated
from .reading_words import cues

OPEN_REACH = 2      # the question noun among the clause's first words: "Question …", "Cette question …", "La pregunta …"
PARTICIPLE_REACH = 3   # from the noun to the participle: "question transmise", "question has been forwarded", "pregunta fue remitida"


def question_passed_on(toks: list[str]) -> bool:
    """"Question forwarded to the Ministry of Planning. No reply as of compilation.", "Cette question a été transmise
    au Ministère du Plan", "Pregunta remitida al Ministerio de Planificación": a clause that opens on the question asked
    (kind `question_noun`, at most a determiner before it), then, within a few words (an auxiliary), a participle of
    sending on (kind `question_sent_participle`: forwarded, referred; transmise, renvoyée; remitida, trasladada), then
    a word of sending to (kind `sent_to`) and someone: the question handed to another body, which answers nothing
    either way (a following "No reply as yet" only confirms it); a decline, as reading_question_referred reads the active "We refer this question to …". Why here: the
    participle alone reads as a status awaited ("submitted to …"), a `no` the speaker never said. Not negated, and not
    when the subject is a thing ("The draft law was forwarded to Parliament": no question noun opens the clause), nor
    when the noun is deeper in the clause ("The ministry's request was forwarded …")."""
    w = cues().words
    for i in range(min(OPEN_REACH, len(toks))):
        if toks[i] not in w["question_noun"] or any(t not in w["deictic"] for t in toks[:i]):
            continue
        for k in range(i + 1, min(len(toks), i + 1 + PARTICIPLE_REACH)):
            # "has been", "a été", "fue" may stand between; a denial after the body ("(pas de retour)") is the reply
            # awaited, not a denial of the passing on
            if toks[k] in w["question_sent_participle"] and not negated(toks[:k + 1]):
                return k + 2 < len(toks) and toks[k + 1] in w["sent_to"]   # "… to the Ministry": someone after
    return False
