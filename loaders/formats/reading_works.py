"""Works named with what stands them: a text cited as enacted (its number and year), beside another text pending.

"Loi organique n° 2004-58 du 27 juillet 2004 relative à la protection des données … Un projet de loi organique visant à
aligner le cadre national … a été soumis à l'Assemblée en 2018", "Ley N° 29733 de 2011 … Un anteproyecto de
modificación está en consulta", "Data Protection Act 2012. A revised Bill is before Parliament": a verbless citation
of a law by its number and a year at or before the edition names a text enacted, so the draft named after it is
another text (round six's "an instrument in force beside another text still pending"), not the cited law's own
status. A citation of a draft ("Projet de loi n° 12/2021") or one dated after the edition is no such text.
"""
from __future__ import annotations

from .reading_evidence import YEAR_RE, find, finite_verb
from .reading_words import has_cue

CITATION_REACH = 4   # "Loi organique n° 2004-58", "Ley N° 29733", "Act No. 3 of 2012", "Decreto 1078 de 2015"


def cited_instrument(toks: list[str], edition: int | None) -> bool:
    """Do the words, without a verb of their own, cite a text as enacted: an instrument noun (not a draft or
    revision) followed within CITATION_REACH words by its number or year, and every year of the words at or before
    the edition? ("Act" read as a verb is the noun: "Data Protection Act 2012.")"""
    hit = find(toks, "instrument")
    if hit is None or find(toks, "draft") is not None or find(toks, "revision") is not None:
        return False
    verb = finite_verb(toks)
    if verb is not None and verb != hit[0]:
        return False   # "The Act was adopted in 2012": a statement, read as such
    end = hit[0] + len(hit[1])
    if not any(any(ch.isdigit() for ch in t) for t in toks[end:end + CITATION_REACH]):
        return False
    years = [int(t) for t in toks if YEAR_RE.fullmatch(t)]
    return bool(years) and (edition is None or max(years) <= edition)


FLAG_OPTION_NOT_IN_FORCE = "an option for a text not in force: unknown"
# The kinds of a written option's own reading that give its text no force: a draft, an adoption awaited, a text ended
# (not a plan or a date ahead: "Six years (2020-2026), with a mid-term review in 2023" is the period of a text in force).
NOT_IN_FORCE_KINDS = ("status draft", "status awaited", "no longer")


def option_not_in_force(evidence: str | None, answer: str) -> bool:
    """A choice question's option whose own words read `no` ("Other: cinq ans (2021-2025), sous réserve de l'adoption
    du projet de stratégie", "Five-year (2023-2027), subject to the adoption of the draft strategy", "cinco años,
    sujeto a la aprobación del proyecto de estrategia"): the option belongs to a text not (yet) in force, so which
    option the text in force has is not said: unknown, flagged. A value that only names the option stays the option,
    and so does one with a plan beside it ("…, with a mid-term review in 2023")."""
    return answer == "no" and evidence is not None and evidence.startswith(NOT_IN_FORCE_KINDS)


FLAG_DRAFT_UNDER_TEXT = "a draft handled under a text in force: the practice (yes), or the draft (no)?"


def draft_under_text(toks: list[str], lead: list[list[str]]) -> bool:
    """"As per the Pre-Legislative Consultation Policy, 2014, draft legislation is placed in the public domain for
    30 days": a clause whose draft noun is what a practice handles, opened by "as per", "under", "conformément à",
    "según" (polarity kind `according`) and a text named (kind `instrument`) in the clauses before it: the answer is
    the practice that text prescribes, or the draft the reader stopped at (round fourteen in_union_states 40).
    `lead` holds the token lists of the sentence's clauses before the deciding one."""
    draft = find(toks, "draft")
    if draft is None and not has_cue(toks, "draft_noun"):
        return False
    if draft is not None and has_cue(toks[:3], "according") and find(toks, "instrument", 0, draft[0]) is not None:
        return True   # one clause: "Conformément au décret de 2017 …, les avant-projets de loi sont soumis au public"
    return any(has_cue(cl[:3], "according") and find(cl, "instrument") is not None for cl in lead)
