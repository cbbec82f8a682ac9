"""A remit said to be redefined ("Attributions being redefined after the government reshuffle"): who holds the matter is not settled, unknown."""
from __future__ import annotations

import re

from . import reading_evidence as evidence
from .reading_clauses import clauses, strip_label
from .reading_words import cue_at, cues, tokens

BRACKET_RE = re.compile(r"\([^()]*\)")
REMIT_REACH = 3   # the remit noun among the clause's first words: "Attributions …", "Les attributions du ministère …"


def remit_redefined(sents: list[str]) -> list[str] | None:
    """"Attributions en cours de redéfinition suite au réaménagement gouvernemental (décret d'attributions non encore
    publié)." (round twenty-two, which ministry holds employment), "Portfolio responsibilities being redefined after the
    cabinet reshuffle (decree not yet published).", "Competencias en proceso de redefinición tras la reestructuración
    del gabinete.": a one-sentence answer whose main clause opens on a remit (kind `remit_noun`: attributions,
    remit, portfolio; compétences; atribuciones) said to be in redefinition (kind `redefining`: being redefined, en
    cours de redéfinition, en proceso de redefinición): who holds the matter asked is being settled, neither a body
    named nor a denial; unknown, flagged as an expectation. What is still to be published in brackets is the decree of
    that remit, not the thing asked. The clause's words, or None. Not when an address or something in force or
    operating is named, when the subject is something else ("The strategy is being redefined": a status, read as
    before), nor a remit redefined in the past ("Its attributions were redefined in 2021")."""
    if len(sents) != 1:
        return None
    w = cues().words
    whole = tokens(BRACKET_RE.sub(" ", strip_label(sents[0])))   # "(decree not yet published)": that remit's decree
    if "url" in tokens(sents[0]) or any(evidence.find(whole, cls) is not None for cls in ("in_force", "operating")):
        return None
    for cl in clauses(strip_label(sents[0])):
        if not cl.main:
            continue
        head = [t for t in cl.toks if t.isalpha() and t not in w["deictic"] and t not in w["auxiliary"]][:REMIT_REACH]
        if any(t in w["remit_noun"] for t in head) and any(cue_at(cl.toks, i, "redefining") for i in range(len(cl.toks))):
            return cl.toks
    return None
