"""The speaker's own denied, the matter another body's ("We have no foresight tool of our own. Foresight falls under …"; "We keep no list of … . The Ministry may be able to provide examples."): a referral."""
from __future__ import annotations

from . import reading_evidence as evidence
from . import reading_others_handle as others_handle
from . import reading_remit_referrals as remit_referrals
from .reading_belongs_then_referral import _belongs_at
from .reading_clauses import clauses, negated, strip_label
from .reading_question_sent_on import framed_loosely
from .reading_referral_bodies import ACRONYM_RE
from .reading_remit_referrals import SPEAKERS
from .reading_words import cues, tokens

OWN_REACH = 6   # from the negation to the own-word: "ne dispose pas d'outil de prospective propre", "no … of its own"
KEEP_REACH = 3     # from the negation to the verb of keeping: "does not keep", "ne tient pas", "no lleva"
RECORD_REACH = 3   # from the verb of keeping to the record: "keep a list", "tient pas de liste", "lleva un registro"
RELATIVE_REACH = 2  # the relative among a referral clause's first words: "a quienes se sugiere", "à laquelle il convient"


def _speaker_subject(toks: list[str], negs: list[int], sentence: str) -> bool:
    """The words before the negation name the speaker: a first person, a body naming itself, or a body's acronym as
    written in `sentence` ("Le MINPOSTEL", "TBS"); not an existential "There"."""
    w = cues().words
    acronyms = {m.group(0).casefold() for m in ACRONYM_RE.finditer(sentence)}
    subject = [t for t in toks[:negs[0]] if t.isalpha() and t not in w["auxiliary"]]
    return bool(subject) and not any(t in w["existential"] for t in subject) and (
        any(t in SPEAKERS for t in subject) or evidence.find(subject, "body") is not None
        or any(t in acronyms for t in subject))


def own_denied(toks: list[str], sentence: str = "") -> bool:
    """"Le Ministère ne dispose pas d'outil de prospective propre", "The Agency has no foresight unit of its own", "La
    Secretaría no cuenta con herramientas propias": the speaker (a first person, a body naming itself, or a body's
    acronym as written in `sentence`: "Le MINPOSTEL") denies having something of its own (kind `own_word`: own,
    propre, propio) a few words after the negation: only what the speaker holds is denied, not what the Government
    has. Not "There is no … of its own" (no speaker), nor a negation of degree ("n'a guère d'outils propres")."""
    w = cues().words
    negs = [i for i, t in enumerate(toks) if t in w["negator"]]
    if not negs or any(t in w["degree_negator"] for t in toks):
        return False
    if not _speaker_subject(toks, negs, sentence):
        return False
    return any(t in w["own_word"] for t in toks[negs[-1] + 1:negs[-1] + 1 + OWN_REACH])


def _elsewhere(sentence: str) -> bool:
    """A sentence whose main clause says the matter belongs to another (kind `belongs_to`: fall under, relèvent de,
    es competencia de), not negated, with no address and nothing named in force or operating: whose it is."""
    toks = tokens(strip_label(sentence))
    if "url" in toks or any(evidence.find(toks, cls) is not None for cls in ("in_force", "operating")):
        return False
    for cl in clauses(strip_label(sentence)):
        end = _belongs_at(cl.toks) if cl.main and not negated(cl.toks) else None
        if end is not None and end < len(cl.toks):
            text, body = evidence.find(cl.toks[end:], "instrument"), evidence.find(cl.toks[end:], "body")
            return text is None or (body is not None and body[0] < text[0])   # a body, not a text, holds it
    return False


def own_lack_then_elsewhere(sents: list[str]) -> list[str] | None:
    """"Le MINPOSTEL ne dispose pas d'outil de prospective propre. Les études prospectives nationales relèvent du
    MINEPAT." (round twenty Z, fr_cameroun_decrets 31), "The Agency has no foresight unit of its own. National
    foresight exercises fall under the Planning Commission.", "La Secretaría no cuenta con herramientas propias de
    prospectiva. Los estudios prospectivos son competencia de la SEGEPLAN.": a first sentence whose only main clause
    denies the speaker's own (own_denied), then a sentence saying the matter belongs to another body: the speaker
    answers for itself and leaves the Government's answer to that body, unknown (a decline to be flagged), not a
    denial. The denial's words, or None. Alone the own denial reads as before (no), and so does a later sentence that
    names something in force or operating, or gives an address: there the answer is named.

    After round twenty-two EE: "La Agencia no cuenta con medidas de este tipo. Lo relativo a … corresponde a la
    Superintendencia, a quienes se sugiere consultar.", "The Agency has no such measures. Sandboxes fall under the
    Central Bank, which may be consulted.": any denial whose subject is the speaker, when the next sentence gives the
    matter to another body and sends the reader on to it (_refers_on), is the speaker's answer for itself only: the
    same decline. Without the referral ("… fall under the Central Bank.") the denial reads as before."""
    if len(sents) < 2:
        return None
    mains = [cl for cl in clauses(strip_label(sents[0])) if cl.main]
    if len(mains) != 1 or not negated(mains[0].toks):
        return None
    if own_denied(mains[0].toks, sents[0]):
        return mains[0].toks if _elsewhere(sents[1]) else None
    if own_record_denied(mains[0].toks, sents[0]) and may_provide(sents[-1]) \
            and not any("url" in tokens(s) for s in sents):
        return mains[0].toks   # round twenty-one BB: the speaker keeps no record, another body may give the answer
    if _speaker_denies(mains[0].toks, sents[0]) and _elsewhere(sents[1]) and _refers_on(sents[1:]):
        return mains[0].toks   # after round twenty-two EE: the speaker's own denial, then another body's, to be asked
    return None


def _speaker_denies(toks: list[str], sentence: str) -> bool:
    """The speaker (as own_denied: a first person, a body naming itself or by its acronym) denies having something
    (kind `having_verb`: has, ne dispose pas, no cuenta con, right before or a few words after the negation), not
    "There is no …", and not a negation of degree. The verb of having tells a body from a text named by its letters:
    "El PGD no hace referencia a los ODS" (a plan, a denial of what it says) reads as before."""
    w = cues().words
    negs = [i for i, t in enumerate(toks) if t in w["negator"]]
    if not negs or any(t in w["degree_negator"] for t in toks) or not _speaker_subject(toks, negs, sentence):
        return False
    return any(t in w["having_verb"] for t in toks[max(0, negs[0] - 1):negs[-1] + 1 + KEEP_REACH])


def _refers_on(sents: list[str]) -> bool:
    """Does a clause of these sentences send the reader on to a body: a framed or passive referral ("please refer to
    them", "which may be consulted"), also as a relative clause on the body just named ("…, a quienes se sugiere
    consultar", "…, à laquelle il est suggéré de s'adresser")?"""
    w = cues().words
    for s in sents:
        for cl in clauses(strip_label(s)):
            toks = cl.toks
            rel = next((i for i, t in enumerate(toks[:RELATIVE_REACH]) if t in w["relative"]), None)
            rest = toks[rel + 1:] if rel is not None else toks
            if others_handle.framed_referral(rest) or framed_loosely(rest) or remit_referrals.passive_referral(toks):
                return True
    return False


def own_record_denied(toks: list[str], sentence: str = "") -> bool:
    """"TBS does not keep a list of …", "La Direction ne tient pas de liste des …", "La Secretaría no lleva un registro
    de …": the speaker (as own_denied) denies keeping or having (kinds `compiling_verb`, `having_verb`) a record (kind
    `record_noun`: list, inventory, register; liste, inventaire, registre; lista, inventario, registro) a few words
    on: what the speaker holds is denied, not the thing asked. "There is no register of …" has no speaker."""
    w = cues().words
    negs = [i for i, t in enumerate(toks) if t in w["negator"]]
    if not negs or any(t in w["degree_negator"] for t in toks) or not _speaker_subject(toks, negs, sentence):
        return False
    verbs = w["compiling_verb"] | w["having_verb"]
    for v in range(negs[0] + 1, min(len(toks), negs[-1] + 1 + KEEP_REACH)):
        if toks[v] in verbs:
            return any(t in w["record_noun"] for t in toks[v + 1:v + 1 + RECORD_REACH + (negs[-1] > v)])
    return False


def other_body_subject(subject: list[str], acronyms: set[str]) -> bool:
    """Does the subject name a body other than the speaker (by its kind, or by an acronym written in the sentence)?"""
    return not any(u in SPEAKERS for u in subject) and (evidence.find(subject, "body") is not None
                                                        or any(u in acronyms for u in subject))


def may_provide(sentence: str) -> bool:
    """"ESDC may be able to provide examples", "Le MEF pourrait fournir des exemples", "El MIDES podría proporcionar
    ejemplos": a main clause, not negated, whose subject names a body (by its kind or its acronym), then a modal (kind
    `contact_modal`: may, could; pourrait; podría), words of being able (kinds `passive_be`, `ability`,
    `infinitive_marker`: "be able to", "être en mesure de") and a verb of providing (kind `provide_verb`): the answer
    is another body's to give. "The portal may provide …" has a thing as subject."""
    w = cues().words
    acronyms = {m.group(0).casefold() for m in ACRONYM_RE.finditer(sentence)}
    skip = w["passive_be"] | w["ability"] | w["infinitive_marker"]
    for cl in clauses(strip_label(sentence)):
        if not cl.main or negated(cl.toks):
            continue
        toks = cl.toks
        for i, t in enumerate(toks[1:], start=1):
            if t not in w["contact_modal"]:
                continue
            if not other_body_subject(toks[:i], acronyms):
                break
            k = i + 1
            while k < len(toks) and toks[k] in skip:
                k += 1
            if k < len(toks) and toks[k] in w["provide_verb"]:
                return True
            break
    return False
