"""Referrals and declines in new words (round fourteen K): a matter that belongs to another body, a pointer to an annex not given, no central record held, a later sentence that declines."""
from __future__ import annotations

from dataclasses import replace

from . import reading_evidence as evidence
from . import reading_others_handle as others_handle
from .reading_clauses import STOP, Reading, clauses, negated
from .reading_matter_topic import without_topic
from .reading_words import cue_at, cues

FLAG_LATER_DECLINES = "a reading, then a later sentence declines: in part, or not known?"

SUBJECT_WORDS = 2     # "This", "The matter", "Esta consulta": the pointer to the question before the cue
ANNEX_REACH = 4       # "Please see Annexure-I", "Voir l'annexe 2", "See the respective agencies' web pages"
PRONOUNS = {"it", "this", "that", "cela", "ceci", "ça", "ce", "esto", "ello", "eso"}
SPEAKERS = {"we", "i", "nous", "je", "on", "nosotros", "yo", "se"}



def _points_at_question(before: list[str]) -> bool:
    """Nothing, a pronoun ("This", "Cela"), or the question itself after a determiner ("The matter", "La question",
    "El asunto") before the cue: the clause says whose the question is, not what a thing does."""
    w = cues().words
    words = [t for t in before if any(ch.isalnum() for ch in t) and t not in w["negator"] and t not in w["auxiliary"]]
    words = without_topic(words)   # "The matter on the SDGs": the question with its topic (reading_matter_topic)
    if not words:
        return True
    if len(words) > SUBJECT_WORDS:
        return False
    if all(t in PRONOUNS or t in w["deictic"] for t in words):
        return True
    return words[-1] in w["question_noun"] and (len(words) == 1 or words[0] in w["deictic"] or words[0] in STOP)


def belongs_elsewhere(toks: list[str], with_link: bool = False) -> bool:
    """"The matter pertains to the Department of …", "This falls under the purview of the Central Bank", "Does not
    pertain to the Ministry", "Relève de l'Office fédéral …", "Corresponde a otra cartera de Estado": a clause whose
    subject is nothing, a pronoun or the question itself, and whose verb says the matter belongs to someone (kind
    `belongs_to`: pertains to, falls under the purview of, is a matter for; relève de, est du ressort de; corresponde a,
    es competencia de), negated or not: a referral, a decline. Not when an instrument is the first word after the cue
    ("Relève de la loi sur les télécommunications" says what covers it), nor when a thing is the subject ("The portal pertains to all
    ministries"). With an address, only `with_link` (round sixteen O: "Falls under the Malta Communications Authority
    (https://…)" to a question that asks for no names refers; to one that asks for names, the body named answers)."""
    if "url" in toks and not with_link:
        return False
    for i in range(len(toks)):
        n = cue_at(toks, i, "belongs_to")
        if not n or not _points_at_question(toks[:i]):
            continue
        after = i + n
        head = next((k for k in range(after, len(toks)) if toks[k].isalpha() and toks[k] not in STOP
                     and toks[k] not in cues().words["deictic"]), None)
        if head is None:
            continue
        if evidence.find(toks, "instrument", head, head + 1) is not None:
            continue   # "Relève de la loi sur …", "pertains to the Strategy": what covers it is named, not who answers
        return True
    return False


def annex_not_given(toks: list[str]) -> bool:
    """"Please see Annexure-I (list of portals …)", "Voir l'annexe 2", "Véase el anexo adjunto": a clause that opens
    (after please) on a verb of seeing (kind `see_verb`) and points to an annex or attachment (kind `annex_noun`)
    within a few words, with no address: what answers is in a document the response does not hold, a decline."""
    if "url" in toks or not toks:
        return False
    w = cues().words
    k = 0
    while k < len(toks) and (toks[k] in w["referral_frame"] or cue_at(toks, k, "referral_frame")):
        k += max(1, cue_at(toks, k, "referral_frame"))
    n = cue_at(toks, k, "see_verb") if k < len(toks) else 0
    if not n:
        return False
    # "annexure-i", "anexo-2": the annex's number joined to it
    heads = [t.split("-")[0] for t in toks]
    return any(cue_at(heads, j, "annex_noun") for j in range(k + n, min(len(toks), k + n + ANNEX_REACH)))


def no_overview_held(toks: list[str]) -> bool:
    """"We do not hold a central list", "La Chancellerie ne dispose pas d'une vue d'ensemble", "No se cuenta con un
    inventario centralizado": the speaker (we, nous, impersonal se, or a body) denies holding an overview (kind
    `overview`: central list, overview, vue d'ensemble, inventario centralizado): what exists is not known centrally,
    a decline. "There is no central register of AI systems" has no speaker: an absence, as before."""
    if not negated(toks):
        return False
    w = cues().words
    first = next((i for i, t in enumerate(toks) if t in w["negator"]), None)
    if first is None:
        return False   # negated by a prefix or an idiom, not a speaker's "do not hold"
    subject = toks[:first]
    if not (any(t in SPEAKERS for t in subject) or evidence.find(subject, "body") is not None or not subject):
        return False
    if subject == [] and toks and toks[0] in w["negator"] and len(toks) > 1 and toks[1] in w["existential"]:
        return False
    return any(cue_at(toks, i, "overview") for i in range(first + 1, len(toks)))


def declines(toks: list[str]) -> bool:
    """Any of this module's declines (hooked from reading_declines.is_decline)."""
    return annex_not_given(toks) or no_overview_held(toks)


def belongs_alone(lead: list, is_decline, with_link: bool = False) -> list[str] | None:
    """The clause of the answer's first sentence that says the matter belongs to another body, when every other clause
    of that sentence is only its reason: outside a scope, another decline, or what the speaker does not do ("Hors du
    champ de la stratégie ; relève de l'OFCOM", "Relève du Secrétariat ; la Direction n'y est pas associée"). Beside a
    status or a typed word ("relève du Ministère ; feuille de route en cours d'élaboration", "Non ; relève du
    CONATEL") the other clause answers, as before: so this is a step of its own, not one of is_decline's cues."""
    found = next((cl.toks for cl in lead if belongs_elsewhere(cl.toks, with_link)), None)
    if found is None:
        return None
    for cl in lead:
        if cl.toks is found or outside_scope(cl.toks) or is_decline(cl.toks) or speaker_sent_elsewhere(cl.toks, found) \
                or others_handle.framed_referral(cl.toks):   # "…; se sugiere remitirse a dicho sector" (round seventeen R)
            continue
        return None
    return found


def outside_scope(toks: list[str]) -> bool:
    """"Hors du champ de la stratégie ; relève de l'OFCOM", "Outside the scope of the Roadmap; a matter for …": beside a
    decline, a clause opening on being outside a scope (kind `scope_outside`) is the decline's reason, not a denial."""
    return bool(toks) and bool(cue_at(toks, 0, "scope_outside"))


def flag_later_decline(reading: Reading, a, holds_none) -> Reading:
    """"The Government Office for Science publishes a Futures Toolkit … We do not hold information centrally on its
    use", "… certains cantons disposent de démarches en ligne. La Chancellerie ne dispose pas d'une vue d'ensemble":
    a yes or no read from the first sentence, then a later sentence whose speaker says it holds no central record or
    information (`holds_none`: reading_declines' rules of information not held centrally, lacking information, no
    overview): what was read may be a part only, or not known. The reading stands, flagged for a reviewer."""
    if reading.answer not in ("yes", "no") or reading.flag is not None or len(a.sents) < 2:
        return reading
    if any(holds_none(cl.toks) for s in a.sents[1:] for cl in clauses(s)):
        return replace(reading, flag=FLAG_LATER_DECLINES)
    return reading


def speaker_sent_elsewhere(neg: list[str], cue: list[str]) -> bool:
    """"Relève du Secrétariat d'État ; la Direction n'y est pas associée": beside a matter said to belong to another
    body, a negation whose subject is the speaker or a body says what that body does not do, the referral's reason,
    not a denial of the thing asked."""
    w = cues().words
    first = next((i for i, t in enumerate(neg) if t in w["negator"]), None)
    if first is None or not belongs_elsewhere(cue):
        return False
    subject = neg[:first]
    return any(t in SPEAKERS for t in subject) or evidence.find(subject, "body") is not None
