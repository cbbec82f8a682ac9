"""Weak evidence weighed against the rest of the answer: the last check before a written answer's reading is returned.

Blind rounds 4 to 8 showed where first-contact errors sit: more than half were decided by the two weakest kinds
of evidence, a plain statement (`stated`: a main clause in the present or past tense that no affirming class
names) and a bare `negation`. A rule cannot know every new phrasing, but it can see when a plain statement decided
while another main clause of the same answer denies, or leaves pending, something the question asks about, or when
the statement that decided is itself a question ("Q: Is there a CIO?"), and the answer gives no address of what
it names. Then the reading stays, flagged for a reviewer: a flag costs a look; an unflagged error is never seen.
Replayed on the first-contact readings of rounds 4 to 8 (docs/reading.md, "Weak evidence weighed"), it flags 20
plain statements, 12 of them wrong. The same test on a bare negation beside something in force (23 flags, 6
wrong) was left out: most of those denials stand.
"""
from __future__ import annotations

from dataclasses import replace

from . import reading_evidence as evidence
from .reading_belongs_then_referral import belongs_then_referral, referral_sentence
from .reading_clauses import Reading, about, clauses, negated, pending, strip_label
from .reading_closing_denial import closing_denial
from .reading_lone_belonging import lone_belonging
from .reading_role_only import asks_for_body, role_only
from .reading_words import sentences, tokens

FLAG_STATEMENT_WEIGHED = "a plain statement beside a denial: which decides?"
FLAG_QUESTION_AFFIRMS = "a question read as an affirmation: what was answered?"
FLAG_STATUS_WEIGHED = "a status beside something in force or operating: which decides?"
FLAG_REFERRAL_OPENS = "the matter first sent to another body: answered here, or referred?"
FLAG_REFERRAL_CLOSES = "a text named, then the reader sent to another body: does the text answer what was asked?"
FLAG_WHOSE_MATTER = "only whose the matter is: is it there, or is this a referral?"

# Affirming evidence strong enough to doubt a status beside it (data/reading/evidence_kinds.csv).
STRONG_KINDS = frozenset({"in force", "operating", "in place"})
# Rules that have weighed a status against the affirmation beside it already: the restated question's words
# ("An open data portal has been developed, namely …, which is being piloted") against what the thing is.
WEIGHED_BY_RULE = frozenset({"restated, then what it is"})


def evidence_kind(reading: Reading) -> str | None:
    """The evidence kind that decided a reading ("stated: 'The Department remains …'" gives "stated")."""
    return reading.evidence.partition(":")[0] if reading.evidence else None


def decided_by_a_question(reading: Reading, text: str) -> bool:
    """Is the clause that decided itself a question ("Q: Is there a CIO, or someone acting as one?", "Shall we
    leave it for now?", "¿Hay un CIO?")? A question asks; it affirms nothing."""
    span = reading.evidence.partition(":")[2].strip().strip("'").strip("…").strip() if reading.evidence else ""
    span = span.split("…")[0].strip()
    return bool(span) and any(span in s and (s.rstrip().endswith("?") or s.lstrip().startswith("¿"))
                              for s in sentences(text))


def denies_what_is_asked(text: str, question: str) -> bool:
    """Does a main clause of the answer deny, or give a status short of in force to, something the question
    asks about ("… was validated by stakeholders. Way forward: submission of the policy to Cabinet")?"""
    # An answer that shares no word with the question (one in French or Spanish on the English form) cannot
    # tell what its denial is about: every denial counts.
    readable = about(tokens(text), question)
    for sentence in sentences(strip_label(text)):
        for cl in clauses(strip_label(sentence)):
            if cl.main and (negated(cl.toks) or pending(cl.toks, cl.names)) and (
                    not readable or about(cl.toks, question)):
                return True
    return False


def affirms_strongly(text: str) -> bool:
    """Does a main clause of the answer, neither denied nor pending nor a stance, name something in force,
    operating or in place ("Ley N° 30999 … vigente desde 2019", "Approval … was accorded by the Cabinet")?"""
    for sentence in sentences(strip_label(text)):
        sentence = strip_label(sentence)
        for cl in clauses(sentence):
            if not cl.main or cl.stance or negated(cl.toks) or pending(cl.toks, cl.names):
                continue
            found = evidence.affirmation(cl.toks, sentence)
            if found is not None and found.kind in STRONG_KINDS:
                return True
        # "Since 1 December 2010, all the procurement procedures are conducted electronically …": the date heads the
        # sentence in a clause of its own (round twenty-five ge_translated_georgian 14)
        toks = tokens(sentence)
        if toks[:1] == ["since"] and (found := evidence.affirmation(toks, sentence)) is not None \
                and found.kind in STRONG_KINDS and not negated(toks) and not pending(toks):
            return True
    return False


def weigh(reading: Reading, text: str, question: str = "", edition: int | None = None) -> Reading:
    """The reading, flagged when a yes was decided by a clause that is a question, or by a plain statement
    (`stated`) while the same answer, giving no address, denies what is asked. A reading already flagged is
    returned as it is."""
    if reading.flag is not None or reading.rule in WEIGHED_BY_RULE:
        return reading
    if reading.answer != "unknown" and referred_first(text):
        return replace(reading, flag=FLAG_REFERRAL_OPENS)
    if reading.answer == "yes" and evidence_kind(reading) == "in force" and referred_last(text):
        return replace(reading, flag=FLAG_REFERRAL_CLOSES)
    if reading.answer == "no":
        kind = evidence_kind(reading) or ""
        if (kind.startswith("status") or kind == "dated after edition") and affirms_strongly(text):
            return replace(reading, flag=FLAG_STATUS_WEIGHED)   # a pending regulation beside the Act in force
        return reading
    if reading.answer != "yes":
        return reading
    if commences_later(text, edition):
        return replace(reading, flag=FLAG_STATUS_WEIGHED)   # "… carried out on the basis of protocols. … the said
        # Regulation shall enter into force on 1 September 2022" (round twenty-four tr_translated_turkish 16)
    if not evidence.name_request(question) and lone_belonging(sentences(strip_label(text))) is not None:
        return replace(reading, flag=FLAG_WHOSE_MATTER)   # "The 5G works are within the competence of the Ministry …"
    if not asks_for_body(question) and role_only(sentences(strip_label(text))) is not None:
        return replace(reading, flag=FLAG_WHOSE_MATTER)   # "The Ministry … takes the lead in …" (after round twenty-nine UU)
    if decided_by_a_question(reading, text):
        return replace(reading, flag=FLAG_QUESTION_AFFIRMS)   # "¿Hay un CIO …?" as the whole answer: it asks
    # the address of what it names stands beside the statement (evidence kind `link`)
    if evidence_kind(reading) == "stated" and "url" not in tokens(text) and denies_what_is_asked(text, question):
        return replace(reading, flag=FLAG_STATEMENT_WEIGHED)
    # "… Council established by Decree … A direct alignment … with the SDGs is not provided." (round twenty-eight SS):
    # last, so that every more precise flag is given first
    closing = closing_denial(sentences(strip_label(text)), question)
    return replace(reading, flag=closing) if closing else reading


def referred_first(text: str) -> bool:
    """Does the answer's first sentence say whose the matter is and send the reader there ("The recovery plans …
    fall within the competence of the Ministry of Economy and the Ministry of Finance, to which kindly refer."),
    while later sentences go on ("It is worth mentioning that the … Programme was approved …")? The whole answer is
    no referral (reading_belongs_then_referral wants every later sentence to refer too), yet what it goes on to say
    may answer another thing: whatever decided is flagged (round twenty-four om_royal_decrees 8, read no from a plan
    "announced" in the referral's own subject)."""
    sents = [s for s in sentences(strip_label(text)) if s.strip()]
    return len(sents) > 1 and belongs_then_referral(sents[:1]) is not None


def commences_later(text: str, edition: int | None) -> bool:
    """Does a main clause of the answer give a text a start still ahead in the survey year ("… the said Regulation
    shall enter into force on 1 September 2022": reading_commencement_ahead)? Beside a yes, which decides is a
    reviewer's call: the form gives no status date."""
    if edition is None:
        return False
    return any(cl.main and evidence.commencing_later(cl.toks, edition) is not None
               for sentence in sentences(strip_label(text)) for cl in clauses(strip_label(sentence)))


def referred_last(text: str) -> bool:
    """Does the answer close on a sentence that only sends the reader to a body ("For the details on the mentioned
    issue, please refer to the mentioned Ministry.") after a text named in force ("The issues of the local
    self-government are covered by the Decentralization Strategy …")? The text may cover another matter than the one
    asked, and the speaker passes the question on: the yes is flagged (round twenty-five ge_translated_georgian 23)."""
    sents = [s for s in sentences(strip_label(text)) if s.strip()]
    return len(sents) > 1 and referral_sentence(sents[-1])
