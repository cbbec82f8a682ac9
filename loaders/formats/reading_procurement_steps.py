"""Steps and labels of a plan that are no service in use: a procurement step, a recurring report, a numbered label."""
from __future__ import annotations

import re

from .reading_words import cues

YEAR = re.compile(r"(?:19|20)\d\d")
HABITUAL = {"is", "are", "est", "sont", "se", "es", "son"}   # the auxiliary of a present of habit
STEP_REACH = 1   # "tender launched", "call for tenders launched", "appel d'offres lancé": the noun just before (not "the Office of Procurement Regulation publishes")


def procurement_step(toks: list[str], at: int) -> bool:
    """"tender launched February 2022", "appel d'offres lancé en février", "licitación lanzada en marzo": a
    service word (operating: launched, lancé, lanzada) whose own subject, just before it, is a step of procurement
    (kind `procurement_noun`) says a stage of buying the thing, not the thing in use. Not when a service word
    came before it in the clause ("went live in 2021 after a tender launched in 2019": the first hit decides)."""
    return any(t in cues().words["procurement_noun"] for t in toks[max(0, at - STEP_REACH):at])


def recurring_step(toks: list[str], at: int) -> bool:
    """"a monthly report is submitted to the Minister", "un rapport mensuel est transmis au Ministre": a step of
    submission (a status awaited at `at`) whose subject is recurring (kind `recurrence` before it) is a practice
    done again and again, not a step still awaited."""
    # in the present of habit only ("is submitted", "est transmis", "se presenta"); not "the annual plan has been
    # submitted to Cabinet", a step taken once and its answer awaited
    return bool(at) and toks[at - 1] in HABITUAL and any(t in cues().words["recurrence"] for t in toks[:at])


def procurement_predicate(toks: list[str], verb: int) -> bool:
    """"contract awarded April 2022", "marché attribué en avril", "contrato adjudicado en abril": a telegraphic
    step, a bare participle just after its procurement noun with no auxiliary in the clause, states a stage of buying
    the thing, not the thing (an auxiliary after it is no matter: "May 2022"). Not "Les avis d'appel d'offres sont publiés sur le site …" (an auxiliary: a practice)."""
    aux = cues().words["auxiliary"]
    return procurement_step(toks, verb) and not any(t in aux for t in toks[:verb + 1]) and toks[verb].isalpha()


def numbered_label(toks: list[str], i: int) -> bool:
    """"milestone 47", "target 60", "jalon 12": a target word followed by a number that is no year is the label of
    a plan's item, not a deadline that exists; a date after the edition in its clause still dates the clause."""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    return toks[i] in cues().words["numbered_label"] and nxt[:1].isdigit() and not YEAR.fullmatch(nxt)
