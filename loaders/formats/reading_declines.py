"""Declines, whole answers and expectations: an answer that declines the question, decides alone, or only expects."""
from __future__ import annotations

import re

from . import reading_deferral as deferral
from . import reading_evidence as evidence
from . import reading_history as history
from . import reading_not_assessed as not_assessed
from . import reading_passed_elsewhere as passed
from . import reading_references as references
from . import reading_referrals as referrals
from . import reading_remit_referrals as remit_referrals
from . import reading_unanswerable as unanswerable
from .reading_acronym_speaker import acronym_decline
from .reading_answer import (
    Answer,
    cite,
    denial_evidence,
)
from .reading_belongs_then_answer import answered_after
from .reading_belongs_then_referral import belongs_then_referral
from .reading_body_address import refers_to_body_at
from .reading_bracketed_aside import aside
from .reading_clauses import (
    FLAG_DECLINED,
    FLAG_EXPECTATION,
    FLAG_INAPPLICABLE,
    FLAG_LATER_AFFIRMS,
    FLAG_UNAWARE,
    STOP,
    Reading,
    clauses,
    mask_idioms,
    negated,
    pending,
    strip_label,
)
from .reading_competent_named import competent_named
from .reading_deferred_entry import inapplicable_then_draft
from .reading_held_elsewhere import held_elsewhere, not_compiled, not_custodian
from .reading_information_absent import information_absent
from .reading_information_not_held import information_not_held
from .reading_information_sought import information_sought_from
from .reading_input_awaited import input_awaited, unaware_beside
from .reading_level_denied import level_denied_then_elsewhere
from .reading_not_held_here import not_here_then_elsewhere
from .reading_not_here_holder import not_here_holder_named
from .reading_not_listed_here import not_listed_here
from .reading_others_may_hold import others_may_hold
from .reading_own_lack import own_lack_then_elsewhere
from .reading_question_passed_on import question_passed_on
from .reading_question_referred import belongs_then_question_referred, question_referred
from .reading_question_sent_on import body_then_question_sent
from .reading_remit_redefined import remit_redefined
from .reading_sent_to_whom import sent_on_to_whom
from .reading_sentence_declines import flag_sentence_declining
from .reading_untracked import not_tracked
from .reading_whom_to_ask import only_whom_to_ask
from .reading_words import (
    cues,
    has_cue,
    starts_at,
    supported_languages,
    tokens,
    whole_answers,
)


def _both_versions(text: str) -> str:
    """A typed Yes or No given in two languages ("No. / Non.", "Yes / Oui", "Sí / Yes"): the version in the answer's
    language, when both are the same typed word in languages with cue tables; "Yes / No" (a form's labels) stays."""
    parts = [p.casefold().strip(" .!\n") for p in VERSIONS_RE.split(text)]
    if len(parts) != 2:
        return text
    said = {kind for kind in ("explicit_yes", "explicit_no") for p in parts
            if any(p in cues(lang).words[kind] for lang in supported_languages())}
    if len(said) != 1 or not all(any(p in cues(lang).words[k] for lang in supported_languages() for k in said)
                                 for p in parts):
        return text
    return next((v for v in VERSIONS_RE.split(text) if whole_answers().get(v.casefold().strip(" .!\n"))), text)


VERSIONS_RE = re.compile(r"\s+/\s+")


def whole_answer(a: Answer) -> Reading | None:
    """Rule 3: a whole answer that decides by itself ("No", "None", "N/A"; "No. / Non." in two languages)."""
    whole = whole_answers().get(_both_versions(a.text).casefold().strip(" .!\n"))
    if not whole:
        return None
    kind = {"yes": "explicit yes", "no": "explicit no"}[whole] if a.text.casefold().strip(" .!\n") in (
        cues().words["explicit_yes"] | cues().words["explicit_no"]) else (
        "declined" if whole == "unknown" else "whole answer")
    flag = None
    if whole == "unknown":
        toks = tokens(a.text)
        flag = FLAG_INAPPLICABLE if has_cue(toks, "inapplicable") else (FLAG_DECLINED if is_decline(toks, topic=a.topic) else None)
    return Reading(whole, flag, "whole answer", cite(kind, tuple(tokens(a.text)), a.text))


def declined(a: Answer) -> Reading | None:
    """"N/A – no law covers this yet": the explicit negative part decides; bare "N/A" is unknown."""
    lead = tokens(a.sents[0])
    if deferral.not_known_to_speaker(lead):
        # "Not that I know of.", "À notre connaissance, non.": the speaker knows of none, which is not a denial
        return Reading("unknown", FLAG_UNAWARE, "declined", cite("declined", tuple(lead[:4]), a.text))
    if len(a.sents) == 1 and not evidence.open_question(a.topic) and unanswerable.nothing_more(lead):
        # "Nothing further to add here." to a question that asks whether something exists: nothing is offered, a
        # decline (round twelve F); to the open question it still answers no (reading_open_answers)
        return Reading("unknown", FLAG_DECLINED, "declined", cite("declined", tuple(lead[:3]), a.text))
    others = passed.others_then_decline(a, lambda t: is_decline(t, topic=a.topic))
    if others is not None:
        # "Such services are provided by the Ministries concerned. MITA does not hold a consolidated list." (round
        # sixteen O): others do it, the speaker knows no more
        return Reading("unknown", FLAG_DECLINED, "declined", cite("declined", tuple(others[:3]), a.text))
    # "Kindly refer to the Central Bank (CB), https://…" (after round twenty-three GG): the body's address after it
    if (passed.refers_to_named(a.sents[0]) or refers_to_body_at(a.sents[0])) and all(aside(s) for s in a.sents[1:]):
        # "Refer to MSIT (… Strategy, 2018).": who answers is named, not the thing asked (round sixteen O); a later
        # sentence wholly in brackets is an aside on that body (after round twenty-two EE, reading_bracketed_aside)
        lead = tokens(a.sents[0])
        return Reading("unknown", FLAG_DECLINED, "declined", cite("declined", tuple(lead[:3]), a.text))
    # "… falls under the purview of the Ministry …, under the Financial Regulations. We would respectfully refer this
    # question to the Ministry …" (after round twenty-three GG): whose the matter is, then the question itself sent on
    belonged = (_passed_on(a)   # "Defer to the Office of …", "Not with NCIT. Please check with …" (after round twenty-six MM)
                or belongs_then_question_referred(a, lambda t: is_decline(t, topic=a.topic))
                or belongs_then_referral(a.sents, lambda t: is_decline(t, topic=a.topic))   # a decline beside (round twenty Z)
                # "… are within the competence of the Ministry …, and it is recommended that information be requested
                # from the said institutions. It may be stated that …" (after round twenty-four II): the first sentence
                # alone refers the matter on; what follows is not the answer asked, so no yes or no is read
                or (belongs_then_referral(a.sents[:1], lambda t: is_decline(t, topic=a.topic)) if len(a.sents) > 1
                    and any(information_sought_from(cl.toks) for cl in clauses(a.sents[0])) else None))
    if belonged is not None:
        # "Robotics … fall under the Ministry of …. Please refer to MoIAT." (round eighteen V): a referral
        return Reading("unknown", FLAG_DECLINED, "declined", cite("declined", tuple(belonged[:6]), a.text))
    sent_on = body_then_question_sent(a.sents)
    if sent_on is not None:
        # "The Centre … prepares the foresight studies, and it is kindly suggested to refer to the Centre regarding this
        # question." (after round twenty-two EE): a body's work, then the question itself sent on to it
        return Reading("unknown", FLAG_DECLINED, "declined", cite("declined", tuple(sent_on[:6]), a.text))
    own = own_lack_then_elsewhere(a.sents) or others_may_hold(a.sents)   # "… may keep records" (after round twenty-nine UU)
    if own is not None:
        # "Le MINPOSTEL ne dispose pas d'outil de prospective propre. Les études … relèvent du MINEPAT." (round twenty
        # Z): the speaker denies only its own, and leaves the matter to another body
        return Reading("unknown", FLAG_DECLINED, "declined", cite("declined", tuple(own[:6]), a.text))
    belongs = referrals.belongs_alone(a.lead_clauses, lambda t: is_decline(t, topic=a.topic),
                                      with_link=not evidence.name_request(a.topic)) \
        or competent_named(a.sents, a.topic)   # "The competent authority is the Ministry of …" alone (after round twenty-eight RR)
    if belongs is not None and not answered_after(a.sents):   # a later sentence answering decides (kz 14)
        # "The matter pertains to the Department of …", "Corresponde a otra cartera de Estado" (round fourteen K)
        return Reading("unknown", FLAG_DECLINED, "declined", cite("declined", tuple(belongs[:3]), a.text))
    referred = remit_referrals.referred_then_declined(a, lambda t: _declines_as_named(t, a),
                                                      with_link=not evidence.name_request(a.topic))
    if referred is not None:
        # "This is within the mandate of the … Commission, which leads …. The Agency is not in a position to comment."
        # (round nineteen X): whose the matter is, then a decline or a referral
        return Reading("unknown", FLAG_DECLINED, "declined", cite("declined", tuple(referred[:3]), a.text))
    if not any(is_decline(cl.toks, k == 0, a.topic) for k, cl in enumerate(a.lead_clauses)):
        mains = [cl for cl in a.lead_clauses if cl.main]
        if mains and all(_declines_as_named(cl.toks, a) for cl in mains):
            # "Esta materia no es competencia de la AIG. …" (after round twenty-two EE): the speaker named by its
            # letters declines as "la Agencia" would
            return Reading("unknown", FLAG_DECLINED, "declined", cite("declined", tuple(mains[0].toks[:6]), a.text))
        return None
    reasons = bracketed_reason(a.sents[0])   # "Not applicable (city-state; no sub-national government)": its reason
    rest = [cl for cl in a.lead_clauses if not is_decline(cl.toks, topic=a.topic)  # "N/A, as there are no towns" too
            and not _denies_information(cl.toks) and not _outside_own_remit(cl.toks)
            and not _not_in_the_report(cl.toks) and not referrals.outside_scope(cl.toks)   # "…, as the information is not held in a form …": its reason
            and not (reasons and set(cl.toks) <= reasons)
            and not unaware_beside(a.lead_clauses, cl)]   # "Input awaited … [SZI]: none that we are aware of" (BB)
    # A relative says something of another body ("…, qui n'a pas transmis d'éléments", "…, que no la remitió"):
    # not the answer's denial.
    neg = next((cl for cl in rest if negated(_before_relative(cl.toks))), None)
    cue = next(cl.toks for cl in a.lead_clauses if is_decline(cl.toks, topic=a.topic))
    if neg is not None and not has_cue(cue, "speaker_scope") and not unanswerable.body_sent_elsewhere(neg.toks, cue) \
            and not referrals.speaker_sent_elsewhere(neg.toks, cue):
        # (not "Not applicable to us – there are no local strategies to link to": the reason for the decline)
        # "No corresponde: Uruguay no cuenta con Ministerio de Justicia. Las competencias se distribuyen entre el Poder
        # Judicial (https://…), …": after the denial a later sentence names where the thing is, with its address or
        # in force: the denial may be of one form only
        if any(_left_to_confirm(cl.toks) for s in a.sents[1:] for cl in clauses(s)):
            # "N/A — local authorities have no separate strategy. MLGRD to confirm." (round seventeen R): the denial is
            # the reason for the N/A, and the answer is left to another body to confirm: not known yet
            return Reading("unknown", FLAG_EXPECTATION, "declined", cite("declined", tuple(cue[:3]), a.text))
        flag = FLAG_LATER_AFFIRMS if _named_later(a) else None
        return Reading("no", flag, "n/a with a negative clause", denial_evidence(neg, a))
    # Every decline reaches the reviewer: "N/A" may mean none, and so may "Not tracked", "Non communiqué",
    # "Could not be compiled", "We are not in a position to answer".
    flag = FLAG_INAPPLICABLE if has_cue(deferral.without_softeners(cue), "inapplicable") else (
        FLAG_UNAWARE if "aware" in cue or "unaware" in cue else FLAG_DECLINED)
    drafted = inapplicable_then_draft(a, flag) if flag == FLAG_INAPPLICABLE and not rest else None
    if drafted is not None:
        return drafted   # "Sans objet à ce stade. Avant-projet … en cours de validation": nothing but a draft
    return Reading("unknown", flag, "declined", cite("declined", tuple(cue[:3]), a.text))


def _passed_on(a: Answer) -> list[str] | None:
    """After round twenty-six MM: the whole answer says whom to ask, in the imperative or with a modal ("The Ministry of
    … should be contacted for this question.", "Defer to the Office of …"); or that the matter is not with the speaker,
    then sends the reader on ("Not with NCIT. Please check with the Ministry of …"); or whose the matter is, then that
    the question was passed on to that body ("Information relevant du Ministère du Budget, à qui la question a été
    transmise …"): a referral, not what is in place. The deciding words, or None."""
    return (only_whom_to_ask(a.sents) or not_here_then_elsewhere(a.sents, lambda t: is_decline(t, topic=a.topic))
            or sent_on_to_whom(a.sents, lambda t: is_decline(t, topic=a.topic))
            or not_here_holder_named(a.sents)
            or level_denied_then_elsewhere(a.sents)   # "Not at MoCDE level. We understand …" (after round twenty-nine UU)
            or not_listed_here(a.sents, lambda t: is_decline(t, topic=a.topic)))   # "… not listed here; it is for …" (UU)   # "This is not with BZK. … please contact EZK" (after round twenty-seven PP)


def _declines_as_named(toks: list[str], a: Answer) -> bool:
    """A decline as it stands, or once the acronyms it holds stand for the speaker (reading_acronym_speaker)."""
    return is_decline(toks, topic=a.topic) or acronym_decline(toks, a.text, lambda t: is_decline(t, topic=a.topic))


def _named_later(a: Answer) -> bool:
    """Does a sentence after the first give an address, name an instrument in force or working, or name something and
    point to another answer for it ("DGM = govt component of Smart Nation initiative (2014) – see Q.19.", round
    fifteen M)?"""
    return (any("url" in tokens(s) or _names_then_points(s) for s in a.sents[1:])
            or history.affirmed_later(a.sents, 0))


SEGMENT_RE = re.compile(r"\s[–—-]\s|;\s*|,\s*")
BRACKET_RE = re.compile(r"\(([^()]*)\)")


def _names_then_points(sentence: str) -> bool:
    """Words of its own, then a last segment (after a dash, semicolon or comma) that is only a pointer to another
    answer ("… – see Q.19", "…; voir Q.19", "…, véase la P.19")."""
    parts = [p for p in SEGMENT_RE.split(sentence.strip().rstrip(".")) if p.strip()]
    return len(parts) > 1 and references.is_pointer(parts[-1]) and not references.is_pointer(parts[0])


def bracketed_reason(sentence: str) -> set[str]:
    """The words in brackets right after a "not applicable" ("Not applicable (city-state; no sub-national
    government)", "Sans objet (pas de collectivités locales)", "No aplica (no existen gobiernos subnacionales)"): the
    reason the question does not apply, not a denial of the thing asked (round fifteen M). "N/A, as there is no
    portal" and "N/A – no law covers this yet" give the denial outside brackets, as before."""
    words: set[str] = set()
    for m in BRACKET_RE.finditer(sentence):
        before = deferral.without_softeners(tokens(sentence[:m.start()]))
        if before and has_cue(before, "inapplicable") and len([t for t in before if t.isalpha()]) <= INAPPLICABLE_WORDS:
            words |= set(tokens(m.group(1)))
    return words


INAPPLICABLE_WORDS = 3   # "Not applicable", "N/A", "Not really applicable": the cue alone before the bracket


def declined_after_nothing(a: Answer, k: int) -> Reading | None:
    """Sentence k declines, and every sentence before it named nothing the reader could weigh ("Provincial subject
    after the 18th Amendment. The information may be obtained from the concerned Division.", round fifteen M): the
    decline is the answer, unknown and flagged, not a plain statement read as yes. Only the last sentence, and not a
    bare "N/A": "A (i) e-information – … N/A (iii) e-decision-making. Guidelines …" marks one part, read as before. A
    sentence that also denies something outside its decline is left to the ordinary rules."""
    if k != len(a.sents) - 1:
        return None
    cls = clauses(strip_label(a.sents[k]))
    cue = next((cl.toks for cl in cls if _declines_as_named(cl.toks, a)), None)   # "The MDDC does not have …" (EE)
    if cue is None or has_cue(deferral.without_softeners(cue), "inapplicable") or any(
            negated(cl.toks) and not _declines_as_named(cl.toks, a) for cl in cls):
        return None
    return Reading("unknown", FLAG_DECLINED, "declined", cite("declined", tuple(cue[:3]), a.sents[k]))


RELATIVE_OPENERS = {"que", "qui", "which", "who"}   # also complementizers: only here, where a relative follows a body


def _before_relative(toks: list[str]) -> list[str]:
    """The clause up to a relative pronoun: what it says of its own subject."""
    stop = cues().words["relative"] | RELATIVE_OPENERS
    return toks[:next((i for i, t in enumerate(toks) if t in stop), len(toks))]


def expected(a: Answer) -> Reading | None:
    """"We expect …", "to be confirmed": a plan or expectation is not an answer either way."""
    redefined = remit_redefined(a.sents)
    if redefined is not None:
        # "Attributions en cours de redéfinition suite au réaménagement gouvernemental" (after round twenty-two EE):
        # who holds the matter is being settled, neither a body named nor a denial
        return Reading("unknown", FLAG_EXPECTATION, "expectation", cite("expectation", tuple(redefined[:6]), a.text))
    mains = [cl for cl in a.lead_clauses if cl.main] or a.lead_clauses
    if mains and not has_cue(mains[0].toks, "expectation") and _expectation_tail(mains):
        # "Ministry of Environment and Water; to be confirmed", "portfolio being reorganised …; to be confirmed"
        return Reading("unknown", FLAG_EXPECTATION, "expectation", cite("expectation", tuple(mains[-1].toks[:3]), a.text))
    if not mains or not has_cue(mains[0].toks, "expectation"):
        return None
    if any(pending(cl.toks, cl.names) and not has_cue(cl.toks, "expectation") for cl in mains[1:]):
        return None   # "TBD – framework under preparation (WIP)": the stated status answers
    toks = mains[0].toks
    at = next(i for i in range(len(toks)) if has_cue(toks[i:], "expectation") and not has_cue(toks[i + 1:], "expectation"))
    if at > 0 and evidence.denial(mask_idioms(toks[:at]), a.edition) is not None:
        return None   # "Planned | Regulatory Sandbox Guidelines | 2023 | tbc": the row's status answers, tbc is one cell
    return Reading("unknown", FLAG_EXPECTATION, "expectation", cite("expectation", tuple(mains[0].toks[:3]), a.text))


DEFINITE = {"the", "this", "these", "that", "those", "its", "their", "our"}


STRONG_KINDS = {"in force", "operating", "in place"}
TAIL_WORDS = 6   # "to be confirmed following the Cabinet changes of December 2022"


def _expectation_tail(mains: list) -> bool:
    """A last main clause that opens on an expectation ("…; to be confirmed", "…; à confirmer", "…; por confirmar"),
    after clauses that neither deny nor give a status: what was named is still to be confirmed, no answer either way
    (round ten A). A status before it answers ("The Bill is being drafted; adoption to be confirmed" stays no)."""
    last = mains[-1]
    if len(mains) < 2 or not has_cue(last.toks[:TAIL_WORDS], "expectation"):
        return False
    c = cues()
    opens = any(last.toks[i] in c.words["expectation"] or any(
        starts_at(last.toks, i, p) for p in c.by_first["expectation"].get(last.toks[i], ())) for i in range(min(2, len(last.toks))))
    if not opens:
        return False   # "…; standalone policy TBD": the expectation of another item, named before it
    for cl in mains[:-1]:
        found = evidence.affirmation(cl.toks) if not (negated(cl.toks) or pending(cl.toks, cl.names)) else True
        if found is True or (found is not None and found.kind in STRONG_KINDS):
            return False   # a denial, a status, or something in force or operating beside it answers
    return True


def is_decline(toks: list[str], leading: bool = True, topic: str = "") -> bool:
    """An unknown cue ("N/A", "not applicable", "no information") that is not the subject of a verb:
    "No information is collected on satisfaction" states an absence, it does not decline the question.
    A cue of not knowing of something ("not aware of any …") declines only as the answer's first clause:
    after "…, but" it qualifies what was said."""
    c = cues()
    toks = deferral.without_softeners(toks)   # "not really applicable" is "not applicable"
    for i in range(len(toks)):
        for p in c.by_first["unknown"].get(toks[i], ()) + (((toks[i],),) if toks[i] in c.words["unknown"] else ()):
            if starts_at(toks, i, p):
                after = toks[i + len(p):i + len(p) + 1]
                if p[-1] == "of" and (not leading or (after and after[0] in DEFINITE)
                                      or any(t in c.words["negator"] for t in toks[:i])):
                    continue   # "the public is not aware of the portal": a thing known, not a question declined
                if not (after and after[0] in c.words["auxiliary"]):
                    return True
    return (_lacks_information(toks) or _not_held_centrally(toks) or _information_withheld(toks, topic)
            or _left_to_confirm(toks) or _outside_own_remit(toks) or _still_to_check(toks)
            or deferral.refers_elsewhere(toks, topic) or deferral.not_known_to_speaker(toks)
            or held_elsewhere(toks)   # "The information for this question is held by the Ministry of …"
            or input_awaited(toks) or information_absent(toks, topic)   # "Awaiting input — Ministry" (round seventeen R)
            or information_not_held(toks)   # "e-GA does not hold information on …" (round eighteen W)
            or not_tracked(toks)   # "Not something we track" (after round twenty-four II)
            or not_custodian(toks) or not_compiled(toks, topic)   # "… is not the custodian of this information"
            or _unanswerable(toks, topic)
            or not_assessed.declines(toks, topic)   # "Not assessed in this review", "withheld during martial law"
            or referrals.declines(toks)   # "Please see Annexure-I", "We do not hold a central list"
            or passed.declines(toks)   # "Non à notre niveau", "no mandate on this matter", "difficult to answer"
            or remit_referrals.declines(toks)   # "Esta Oficina no dispone de informaciones al respecto" (round nineteen X)
            or question_referred(toks)   # "We would respectfully refer this question to MOFE" (after round twenty-three GG)
            or question_passed_on(toks))   # "Question transmise au Ministère du Plan" (after round twenty-five KK)


def _unanswerable(toks: list[str], topic: str) -> bool:
    """Round twelve F: a remit denied, no elements to answer, a body better placed, input not obtained, the
    information still gathered (reading_unanswerable)."""
    return (unanswerable.remit_denied(toks) or unanswerable.cannot_answer(toks) or unanswerable.better_placed(toks)
            or unanswerable.input_not_obtained(toks) or unanswerable.still_gathered(toks, topic)
            or unanswerable.lies_with(toks))


def _outside_own_remit(toks: list[str]) -> bool:
    """"El tema no es competencia de esta Coordinación", "This is not within the remit of this Office", "La question
    ne relève pas de la compétence de cette Direction": the respondent says the question is not its own to answer
    (kind `own_remit`), a decline; not "no ministry has the remit" (whose remit is not the respondent's)."""
    return negated(toks) and has_cue(toks, "own_remit")


IN_A_DOCUMENT = {"in", "within", "dans", "en"}


DOCUMENT_REACH = 4   # "in the Ministry's annual report", "dans le rapport annuel", "en el informe"


def _not_in_the_report(toks: list[str]) -> bool:
    """"This is not covered in the Ministry's annual report", "n'est pas traité dans notre rapport": beside a
    decline, a negation of what a report or questionnaire holds is the decline's reason (kind `report_noun`,
    within a few words after "in"/"dans"/"en"), not a denial of the thing asked."""
    if not negated(toks):
        return False
    nouns = cues().words["report_noun"]
    return any(t in nouns and IN_A_DOCUMENT & set(toks[max(0, i - DOCUMENT_REACH):i]) for i, t in enumerate(toks))


NOUN_LINKS = {"of", "on", "about", "for", "concerning", "regarding", "de", "du", "des", "sur", "del", "sobre", "para", "pour"}


INFORMATION_REACH = 3   # "did not return this item", "no response received", "has not sent its input"


def _denies_information(toks: list[str]) -> bool:
    """A negation whose subject or object is the information itself, not what was asked ("as the information is
    not held in a form that would allow …", "no response received from them as at 14/3", "the Directorate did not
    return this item in time", "car les données ne sont pas disponibles"): beside a decline it is the decline's
    reason, not a denial. An information word that heads a name ("no data protection law") does not count."""
    w = cues().words
    neg = next((k for k, t in enumerate(toks) if t in w["negator"]), None)
    if neg is None:
        return False
    subject_words = [t for t in toks[:neg] if t.isalpha() and t not in STOP and t not in w["deictic"]
                     and t not in w["auxiliary"] and t not in w["subordinator"]]
    last = max(k for k, t in enumerate(toks) if t in w["negator"])   # "n'a pas transmis cet élément"
    for i, t in enumerate(toks):
        if t not in w["information"] or evidence.find(toks, "instrument", i + 1, i + 3) is not None:
            continue
        between = toks[last + 1:i]
        # the object of the negated verb ("did not return this item", "no response received"), not a word inside
        # another noun's complement ("no law on data protection", "no collection of usage statistics")
        if t in subject_words[:2] or (i > last and len(between) <= INFORMATION_REACH - 1 and not any(
                u in NOUN_LINKS or evidence.find([u], "instrument") is not None for u in between)):
            return True
    return False


PERSONAL_SUBJECTS = {"i", "we", "you", "they", "he", "she"}   # "We wish to confirm that …": a sentence, no note


def _left_to_confirm(toks: list[str]) -> bool:
    """A verbless note that someone has still to confirm ("Labour to confirm", "Ministry of Health to advise"):
    the answer is left open, a decline. The shape: a clause ending on "to" and a verb of confirming (kind
    `confirm_verb`), with no verb of its own before it. ("We are pleased to confirm that …" has its own verb.)"""
    if len(toks) < 3 or toks[-2] != "to" or toks[-1] not in cues().words["confirm_verb"]:
        return False
    forms, aux = evidence.verb_forms(), cues().words["auxiliary"]
    return not any(t in aux or t in PERSONAL_SUBJECTS or forms.get(t) == "inflected" for t in toks[:-2])


OMITTED_REACH = 4   # "se omite la respuesta": the withholding word and the answer near the clause's start


CHECK_REACH = 2   # "I would have to check", "je devrais d'abord vérifier", "tendría que consultarlo"


def _still_to_check(toks: list[str]) -> bool:
    """The speaker has still to check before answering ("I would have to check with the policy department", "Je
    devrais vérifier auprès du ministère", "Tendría que consultarlo con la Dirección"): the answer is left open, a
    decline. The shape: the clause opens on a first-person obligation (kind `checking_obligation`) followed
    closely by a verb of confirming (kind `confirm_verb`, a clitic allowed: "consultarlo")."""
    c = cues()
    for p in c.by_first["checking_obligation"].get(toks[0] if toks else "", ()):
        if starts_at(toks, 0, p):
            after = toks[len(p):len(p) + CHECK_REACH + 1]
            return any(t.startswith(v) for t in after for v in c.words["confirm_verb"])
    return False


def _information_withheld(toks: list[str], topic: str = "") -> bool:
    """What is denied is the information itself, not the thing asked about: "Not tracked by PDMU.", "Date not
    available at the time of submission", "Non communiqué.", "Chiffres non disponibles à ce jour", "No data.",
    "No se dispone de datos", "Sin información a la fecha". The shape: a negation (or a negating prefix, "non",
    "sin") whose subject is nothing or information (kind `information`: data, figures, date, données, datos),
    then a predicate said of information (kind `withheld`: available, communicated, tracked, disponible,
    communiqué, comunicado) or the information noun itself, and after it nothing, or only a time or a holder
    (kind `withheld_tail`: "at the time of …", "by PDMU", "à ce jour", "a la fecha"). "The service is not
    available online", "No data is collected on satisfaction", "No se dispone de una ley" deny; a verbless
    predicate that is the question's own verb ("Not collected." to "Does the Government collect …") denies."""
    w = cues().words
    neg = next((k for k, t in enumerate(toks) if t in w["negator"] or t in w["negating_prefix"]), None)
    if neg is None:
        # "Rating withheld", "Score withheld – …": the information itself held back, no negation needed
        # "Se omite respuesta", "Answer omitted", "Réponse omise": the answer itself held back
        head = toks[:OMITTED_REACH]
        return len(toks) >= 2 and (toks[0] in w["information"] and toks[1] in w["withholding"] or (
            any(t in w["withholding"] for t in head) and any(t in w["information"] for t in head)))
    before = [t for t in toks[:neg] if any(ch.isalpha() for ch in t) and t not in w["deictic"] and t not in STOP
              and t not in w["auxiliary"] and t not in w["still_word"] and t not in w["holding"]
              and t not in IMPERSONAL]
    inverted = before == ["it"] and any(t in w["information"] for t in toks[neg + 1:neg + 4])
    if inverted:
        before = []   # "It is not available information about this subject": the information is the subject
    if before and before[0] not in w["information"] and before[-1] not in w["information"]:
        return False   # "The portal is not available in Creole": a thing's, not the information's (its head:
        # "the number of users", "le nombre d'utilisateurs", "usage figures")
    k = neg + 1
    skip = w["auxiliary"] | w["holding"] | w["negator"] | (w["still_word"] if before else frozenset())
    while k < len(toks) and toks[k] in skip:
        k += 1
    if k + 1 < len(toks) and toks[k] in w["deictic"] and toks[k + 1] in w["information"]:
        k += 1   # "No se dispone de esa información", "on ne dispose pas de cette information" (round thirteen H)
    if k < len(toks) and toks[k] in w["information"]:
        k += 1   # "No data", "pas de données", "no se dispone de datos"
        k += k < len(toks) and toks[k] in w["withheld"]   # "No data available"
    elif k < len(toks) and toks[k] in w["withheld"] and (before or not _asked_verb(toks[k], topic)):
        k += 1   # "Not tracked", "Non communiqué", "Date not available"
        k += k < len(toks) and toks[k] in w["information"]   # "It is not available information about this subject"
    else:
        return False
    if k < len(toks) and toks[k] not in w["withheld_tail"]:
        return False
    # "not gathered by any agency", "par aucune structure": nobody holds it, an absence
    return not any(t in w["any_holder"] or t in w["negator"] for t in toks[k:])


ASKED_STEM = 5   # "collected" / "collect": the question's own verb
IMPERSONAL = {"on"}   # "On ne dispose pas de cette information": no subject of its own (round thirteen H)


def _asked_verb(word: str, topic: str) -> bool:
    """Is the word the question's own verb ("Not collected." to "Does the Government collect …")?"""
    return bool(topic) and any(t[:ASKED_STEM] == word[:ASKED_STEM] for t in tokens(topic, "en") if len(t) >= ASKED_STEM)


def _lacks_information(toks: list[str]) -> bool:
    """"No tenemos esa información consolidada", "Nous ne disposons pas de ces données", "We do not have
    this information": the respondent says it lacks the information asked for (a determiner points at it),
    a decline, not a denial ("nous n'avons guère de données" and "we have no data protection law" deny).
    The information noun must not head a name."""
    c = cues()
    if not (has_cue(toks, "respondent") and negated(toks)):
        return False
    return any(t in c.words["information"] and i > 0 and toks[i - 1] in c.words["deictic"]
               and evidence.find(toks, "instrument", i + 1, i + 3) is None for i, t in enumerate(toks))


def _not_held_centrally(toks: list[str]) -> bool:
    """"Information on these services is not maintained centrally", "we do not have consolidated data": the
    information is held elsewhere, so the question is declined (unknown), not answered no."""
    return (evidence.find(toks, "info_noun") is not None and evidence.find(toks, "central_word") is not None
            and negated(toks))


def later_declines(reading: Reading, a: Answer) -> Reading:
    """Round fourteen K: a reading from the first sentence, then a later sentence saying the information is not held
    centrally or no overview is held: flagged (reading_referrals.flag_later_decline)."""
    reading = referrals.flag_later_decline(reading, a, lambda t: _not_held_centrally(t) or _lacks_information(t)
                                           or _left_to_confirm(t)   # "… MLGRD to confirm." (round seventeen R)
                                           or referrals.no_overview_held(t)
                                           or passed.hard_to_answer(t, reason_only=False))   # "… difficult to answer the total"
    # "… Information non disponible à notre niveau ; le MEF est mieux placé pour répondre." (after round twenty-three
    # GG): a later sentence that only declines flags what was read before it
    return flag_sentence_declining(reading, a, lambda t: is_decline(t, topic=a.topic))
