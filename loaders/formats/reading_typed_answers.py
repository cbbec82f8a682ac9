"""A typed Yes or No opening the answer, and what the words after it do to it (doubt it, undo it, qualify it)."""
from __future__ import annotations

import re
from functools import lru_cache

from . import reading_deferral as deferral
from . import reading_elliptic_status as elliptic_status
from . import reading_evidence as evidence
from .reading_answer import (
    Answer,
    cite,
    contrasts,
    denial_evidence,
    strongly_affirms,
)
from .reading_clauses import (
    FLAG_EXPLICIT_DOUBTED,
    FLAG_HEDGED,
    FLAG_NEGATION_IN_YES,
    FLAG_NO_THEN_AFFIRMED,
    FLAG_UNAWARE,
    FLAG_YES_UNDONE,
    Clause,
    Reading,
    clauses,
    mask_idioms,
    negated,
    pending,
    strip_label,
)
from .reading_declines import (
    is_decline,
)
from .reading_objection_denied import objection_denied
from .reading_words import (
    cues,
    current_language,
    has_cue,
    sentences,
    tokens,
)


def explicit(detail: str) -> str | None:
    """'yes'/'no' when the answer opens with an explicit Yes or No in the answer's language (the
    explicit_yes / explicit_no cues): not "No. 12 of 2019", not "No-one", not "No ministry is exempt"."""
    m = _explicit_re(current_language()).match(detail.strip())
    if not m:
        return None
    return "yes" if m.group("yes") else "no"


@lru_cache(maxsize=8)
def _explicit_re(lang: str) -> re.Pattern:
    c = cues(lang)
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) or "(?!)"  # noqa: E731
    # A no word is an answer only when punctuation or the end follows it; "No ministry is exempt" is a
    # determiner. A yes word must end there too ("Yes-man" is not an answer). A bracket after a no word opens its
    # remark ("Non (la stratégie vise la 4G)", "No (see 18)"), unless a number follows ("No (137) of 2020").
    return re.compile(rf"^[\s\-•*▪☒☑✓✔xX\[\]()]*?(?<!\w)(?:(?P<yes>{alt(c.words['explicit_yes'])})(?![\w'’-])"
                      rf"|(?P<no>{alt(c.words['explicit_no'])})(?=\s*(?:[.,;:!?–—)]|-\s|\((?!\s*\d)|$))(?!\.\s*\d))",
                      re.IGNORECASE)


def typed_word(a: Answer, read) -> Reading | None:
    """Rule 5: a leading explicit Yes or No decides (a negation in a Yes sentence is flagged)."""
    ex = explicit(a.sents[0])
    if ex is None:
        return None
    lead = tokens(a.sents[0])
    if deferral.not_known_to_speaker(lead):
        # "No, not to our knowledge.", "No, que yo sepa.": the typed No says only that the speaker knows of none
        return Reading("unknown", FLAG_UNAWARE, "declined", cite("declined", tuple(lead[:4]), a.text))
    doubt = _explicit_doubted(a)
    if doubt is not None:
        return doubt   # "Yes?", "Yes. Not sure – please check with …": the typed word is not an answer
    if ex == "yes":
        undone = _yes_then_status(a)
        if undone is not None:
            return undone   # "Yes – a strategy is being drafted": the words after the Yes say it is not there yet
        neg = any((negated(cl.toks) or pending(cl.toks, cl.names) or evidence.dated_after(cl.toks, a.edition))
                  and not has_cue(cl.toks, "assent") for cl in _unquoted(a))   # "… certified in 2022; its provisions take effect from 2025"
        # "Yes – the Act was passed in 2018. Not yet commenced.": the next sentence's status, told of what the Yes named
        neg = neg or elliptic_status.status_told_after_yes(a)
        return Reading("yes", FLAG_NEGATION_IN_YES if neg else None, "explicit yes",
                       cite("explicit yes", (), a.sents[0]))
    hedged = _no_then_hedged(a, read)
    if hedged is not None:
        return hedged   # "Non. Observations : pas de DSI au sens strict ; la coordination est assurée par le DGEN"
    return Reading("no", FLAG_NO_THEN_AFFIRMED if _no_then_in_place(a) else None, "explicit no",
                   cite("explicit no", (), a.sents[0]))


def assented(a: Answer) -> Reading | None:
    """The consent question answered by assent in words and no typed Yes ("We are content for this response to be
    published, on the understanding that …", "Nous consentons à la publication"): what follows the assent is what
    is agreed to, not a status of it ("to be published" is not a publication awaited), so yes; an assent denied
    ("We are not content …") is a no (round fourteen gb_devolved_nations 45)."""
    if not evidence.consent_question(a.topic):
        return None
    first = next((cl for cl in a.lead_clauses if cl.main), None)
    # "DSTI has no objection to the publication", "n'a pas d'objection" (after round twenty-six MM): a double negative
    consent = first is not None and objection_denied(first.toks)
    if first is None or not (has_cue(tokens(a.sents[0]), "assent") or consent):
        return None   # the sentence's words: "We are content that the replies be made public" cuts at "that"
    if negated(first.toks) and not consent:   # "We are not content for this response to be published": refused, a plain no
        return Reading("no", None, "assent refused", cite("negation", tuple(first.toks[:6]), a.text))
    return Reading("yes", None, "assent", cite("assent", tuple(first.toks[:6]), a.text))


FLAG_CONSENT_CONDITIONAL = "consent on a condition: given, or not yet?"


def consent_on_condition(reading: Reading, a: Answer) -> Reading:
    """The consent question answered with a condition on it (polarity kind `condition`: "subject to final
    clearance by the Minister", "only after clearance", "sous réserve de validation", "sujeto a la aprobación"):
    a consent given on a condition (a typed Yes, an assent) stays yes; words with a condition and no consent say
    it is not given yet, unknown (also when the condition was read as a step awaited, "Sujeto a la aprobación del
    Despacho"); a refusal stays no; flagged, since publishing waits on someone else's word."""
    if not evidence.consent_question(a.topic) or not has_cue(tokens(a.text), "condition"):
        return reading
    if reading.answer == "no" and (explicit(a.sents[0]) == "no" or any(negated(cl.toks) for cl in a.lead_clauses)):
        return reading   # "No. Not before clearance by the Minister": refused
    consented = explicit(a.sents[0]) == "yes" or has_cue(tokens(a.text), "assent")
    if consented:
        return Reading("yes", FLAG_CONSENT_CONDITIONAL, reading.rule, reading.evidence)
    return Reading("unknown", FLAG_CONSENT_CONDITIONAL, "consent on a condition",
                   cite("expectation", tuple(tokens(a.sents[0])[:4]), a.text))


def _after_typed_word(a: Answer, labelled: bool = False) -> str:
    """The answer's own words after its typed Yes or No: the rest of the first sentence ("Yes – a strategy is
    being drafted"), or, when the typed word stands alone ("Oui. Observations : …", "No. Remarks: …"), the
    sentences after it without their field label. `labelled`: only a next sentence that opens with a field label
    (a remarks column beside the Yes/No column) counts; "Yes. First Supplementary Estimates (tabled May 2020): …"
    gives its evidence, not a status of the Yes."""
    m = _explicit_re(current_language()).match(a.sents[0].strip())
    rest = a.sents[0].strip()[m.end():].lstrip(" -–—,;:.") if m else ""
    if rest or not m or len(a.sents) < 2:
        return rest
    remark = strip_label(a.sents[1])
    if labelled and remark == a.sents[1].strip():
        return ""
    return " ".join([remark] + a.sents[2:])


def _no_then_hedged(a: Answer, read) -> Reading | None:
    """A typed No whose own words deny only a form of the thing ("as such", "au sens strict", "como tal"): "Non.
    Observations : pas de DSI de l'État au sens strict ; la coordination … est assurée par le DGEN", "No – there is
    no CIO as such; the Permanent Secretary performs the role". When the words go on to say what does the work,
    they answer (yes, as the same words would without the typed No); otherwise the No stands. Flagged either way."""
    rest = _after_typed_word(a)
    lead = clauses(strip_label(rest))[:1] if rest else []
    if not lead or not has_cue(lead[0].toks, "hedge") or not negated(lead[0].toks):
        return None
    words = read(rest, a.topic, a.edition)
    if words.answer == "yes" and words.flag == FLAG_HEDGED:
        return Reading("yes", FLAG_HEDGED, "a typed no, a name denied, the function affirmed", words.evidence)
    return Reading("no", FLAG_HEDGED, "explicit no", cite("explicit no", (), a.sents[0]))


def _yes_then_status(a: Answer) -> Reading | None:
    """A typed Yes whose own words go on, in their first clause, to give what was asked a status short of in
    force ("Yes – a National AI Strategy is being prepared", "Yes – the draft is before Cabinet", "Yes, the
    Strategy was not renewed after 2020"): those words name the substance, so no, flagged. A later clause
    about another part ("Yes – covers ministries; towns are planned") leaves the Yes (flagged)."""
    if evidence.COVERAGE.get():
        return None   # on what a strategy addresses, "Yes – the draft strategy's axis 3 foresees it" is addressed
    rest = _after_typed_word(a, labelled=True)
    own = [cl for cl in clauses(strip_label(sentences(rest)[0])) if cl.main] if rest else []
    first = own[0] if own else None
    if first is None or contrasts(first) or evidence.extends(first.toks) or has_cue(first.toks, "assent"):
        return None   # "Yes - happy for this to be published": what is agreed to, not a status
    awaited = next((cl for cl in own if awaits_adoption(cl.toks, a.edition) and not evidence.extends(cl.toks)
                    and not evidence.secondary_subject(cl.toks)), None)
    if awaited is not None:
        # "Oui. Observations : la Politique … a été validée en atelier national ; transmission au Gouvernement pour
        # adoption prévue au 1er trimestre 2023": validated, its adoption still to come
        return Reading("no", FLAG_YES_UNDONE, "a typed yes, then adoption still awaited", denial_evidence(awaited, a))
    toks = mask_idioms(first.toks)
    if not (pending(first.toks, first.names) or any(t in cues().words["ended"] for t in toks)
            or has_cue(toks, "draft_noun")):
        return None
    return Reading("no", FLAG_YES_UNDONE, "a typed yes, then a status short of in force", denial_evidence(first, a))


def awaits_adoption(toks: list[str], edition: int | None) -> bool:
    """Does the clause give the adoption step (kind `adoption_noun`: adoption, approval, validation, aprobación)
    a status short of done: awaited, expected, pending, planned, or dated after the edition ("adoption expected
    in 2023", "transmission au Gouvernement pour adoption prévue au 1er trimestre 2023", "cuya aprobación está
    pendiente")?"""
    if not has_cue(toks, "adoption_noun"):
        return False
    return (evidence.denial(mask_idioms(toks), edition) is not None or has_cue(toks, "awaited_word")
            or has_cue(toks, "expectation") or has_cue(toks, "pending") or evidence.dated_after(toks, edition) is not None)


# A quoted span: «…», "…", “…”, ‘…’, or '…' not inside a word (an elision "l'objet" is no quote).
QUOTED_RE = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”|‘[^’]*’|(?<!\w)'[^']*'(?!\w)")


def _unquoted(a: Answer) -> list[Clause]:
    """The lead sentence's clauses without what it quotes: a negation inside quotes is the wording of a quoted
    principle or title ("Sí, Ley 83/2012 art. 3 ('no pedir al ciudadano documentos …')"), not a doubt."""
    own = QUOTED_RE.sub(" ", a.sents[0])
    return a.lead_clauses if own == a.sents[0] else clauses(strip_label(own))


def _no_then_in_place(a: Answer) -> bool:
    """"No, not at national level; some agencies run online feedback forms", "No. Several ministries publish
    datasets": after the typed No, a clause names something in force or operating, or says that some bodies do
    it; the No may hold for the whole only (in part?)."""
    later = clauses(strip_label(a.sents[1]))[:1] if len(a.sents) > 1 else []
    for cl in a.lead_clauses[1:] + later:
        if not cl.main or negated(cl.toks) or pending(cl.toks, cl.names) or has_cue(cl.toks, "general"):
            continue   # "No – recovery covered in general by the Five Year Plan": the general text confirms the No
        some = evidence.find(cl.toks[:2], "few") is not None and evidence.finite_verb(cl.toks) is not None
        if (some and evidence.affirmation(cl.toks) is not None) or (cl not in later and strongly_affirms(cl)):
            return True   # a later sentence counts only when it says some bodies do it ("Some agencies run …")
    return False


QUESTIONED_RE = re.compile(r"^[^\w]*\w+\s*\?")   # "Yes?": the typed word asked, not answered


def _explicit_doubted(a: Answer) -> Reading | None:
    """A typed Yes or No that the answer itself doubts: a question mark on it ("Yes?"), or a clause right
    after it that declines ("Yes – not sure", "Yes. Not known; please check with the Ministry")."""
    after = a.lead_clauses[1:2] or (clauses(strip_label(a.sents[1]))[:1] if len(a.sents) > 1 else [])
    declines = next((cl for cl in after if is_decline(cl.toks)), None)
    if declines is None and not QUESTIONED_RE.match(a.sents[0]):
        return None
    cue = tuple(declines.toks[:3]) if declines is not None else tuple(tokens(a.sents[0])[:1])
    return Reading("unknown", FLAG_EXPLICIT_DOUBTED, "explicit word doubted", cite("declined", cue, a.text))
