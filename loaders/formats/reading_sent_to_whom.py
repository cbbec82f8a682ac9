""""Information relevant du Ministère du Budget, à qui la question a été transmise": whose the matter is, then sent on."""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_belongs_then_referral import _belongs_at
from .reading_clauses import STOP, clauses, negated
from .reading_words import cue_at, cues, tokens

SENT_REACH = 6      # from the relative to the participle: "à qui la question a été transmise", "to whom it was sent"
ARTICLE = 1         # "Corresponde a la Dirección": the article between the cue of belonging and the body
SUBJECT_WORDS = 3   # a later denial's subject, the speaker: "La DMTNA", "The Unit", "Esta Oficina"


def _before_belonging(head: list[str]) -> list[str]:
    """The words before a cue of belonging (kind `belongs_to`: corresponde al, relève du, a matter for) that ends
    at the body, an article at most between ("Corresponde a la Dirección …"), or all the words when none does."""
    for k in range(len(head)):
        end = _belongs_at(head[k:])
        if end is not None and 0 <= len(head) - k - end <= ARTICLE:
            return head[:k]
    return head


def sent_to_whom(toks: list[str]) -> bool:
    """"Information relevant du Ministère du Budget (…), à qui la question a été transmise le 22 mars 2022", "A matter
    for the Ministry of Finance, to which the question was forwarded", "Asunto del Ministerio de Hacienda, al cual se
    remitió la consulta": a body named with no verb before it (a label of whose the matter is), then a relative of the
    recipient (kind `recipient_relative`: to whom, à qui, auquel, a quien, al cual) and, close after, a participle of
    sending (kinds `question_sent_participle`, `referral_verb`): the question was passed on to that body; the
    relative is no statement of what is in place."""
    forms = evidence.verb_forms()
    aux = cues().words["auxiliary"]
    for i in range(1, len(toks)):
        n = cue_at(toks, i, "recipient_relative")
        if not n:
            continue
        body = evidence.find(toks[:i], "body")
        # "The portal is run by the Ministry, to which …": a verb before the body makes a statement; within the
        # body's name a word may read as a verb ("Ministère des Finances": "finances"). A cue of belonging right
        # before the body ("Corresponde al Ministerio …, a cuyo …", "Relève du Ministère …, auquel …") is that
        # label said with its verb, no statement (after round twenty-seven PP)
        if body is None or any(t in aux or forms.get(t) == "inflected" for t in _before_belonging(toks[:body[0]])):
            return False
        after = toks[i + n:i + n + SENT_REACH]
        return any(cue_at(after, k, "question_sent_participle") or cue_at(after, k, "referral_verb") for k in range(len(after)))
    return False


def _speaker_lacks(toks: list[str]) -> bool:
    """"La DMTNA ne dispose pas de la ventilation … et ne peut donc pas renseigner cette rubrique": a negation whose
    subject is a short name, no text: the speaker lacking what was asked, the referral's reason."""
    w = cues().words
    first = next((k for k, t in enumerate(toks) if t in w["negator"]), None)
    if first is None:
        return False
    subject = [t for t in toks[:first] if t.isalpha() and t not in STOP and t not in w["deictic"]]
    return 0 < len(subject) <= SUBJECT_WORDS and evidence.find(toks[:first], "instrument") is None


def sent_on_to_whom(sents: list[str], is_decline) -> list[str] | None:
    """The first sentence a label of whose the matter is, sent on to that body (sent_to_whom); every later main
    clause a decline or the speaker lacking it (a negation with a short name as subject): a referral, unknown. The
    first sentence's words, or None."""
    first = tokens(sents[0])
    if not sent_to_whom(first):
        return None
    for s in sents[1:]:
        for cl in [c for c in clauses(s) if c.main] or clauses(s):
            if not (is_decline(cl.toks) or (negated(cl.toks) and _speaker_lacks(cl.toks))):
                return None
    return first
