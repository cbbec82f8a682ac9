"""What a sentence's main clauses are cut into before weighing: stances and courtesies, a hedged denial's doer, a correction."""
from __future__ import annotations

from dataclasses import replace

from . import reading_evidence as evidence
from .reading_aims import actor_aim
from .reading_clauses import (
    Clause,
    negated,
    pending,
)
from .reading_words import (
    cues,
    has_cue,
    starts_at,
)

STANCE_PREDICATE_REACH = 3   # "and remains committed", "and we are pleased", "and efforts are ongoing"


STANCE_PREDICATE_REACH_AFTER_COMMA = 6   # ", and the National Cybersecurity Strategy was adopted in 2020"


STRONG_KINDS = {"in force", "operating", "in place"}


HEDGED_PREDICATE_REACH = 8   # ", and the Secretary General of the Ministry is performing this role"


def stance_parts(mains: list[Clause]) -> list[Clause]:
    """The main clauses with each stance marked ("The Government attaches the highest importance to …", "The
    Department remains committed to … and will continue to promote it"): a stance and its complement (a
    relative or a verb group going on from it: ", which is being led by the operators", "that resources are
    made available") affirm and deny nothing. A part coordinated after it with a predicate of its own is read
    for itself (", and efforts are ongoing to establish a dedicated platform" is a status), and so is a part
    set off by a comma, or a relative, that says something is in force, operating or in place ("…, which is in
    force", "continues to support the portal, launched in 2018")."""
    out: list[Clause] = []
    for cl in mains:
        if out and out[-1].stance and cl.joint in ("", ",") and _complement_goes_on(cl):
            # "…, which is in force" states a fact; "…, which is being led by the operators" an activity under way
            strong = cl.toks[0] in cues().words["relative"] and _strong(cl.toks) and "being" not in cl.toks
            out.append(cl if strong else replace(cl, stance=True))
            continue
        # an actor's aim is a stance too ("The UAE aims to become a global leader in …"; reading_aims, round eighteen V)
        out.extend(_stance_split(cl) if evidence.stance(cl.toks) is not None else [actor_aim(cl)])
    return out


def courtesy(cl: Clause) -> Clause:
    """The courtesies of a note ("Hi all, final version attached …", "Many thanks to NITDA, NIMC … for their inputs",
    "Kind regards, Adaeze (AO)", "Merci à la DGSI pour sa contribution", "Saludos cordiales"): thanks and a sign-off
    (kind `courtesy`) affirm and deny nothing, whatever they name, so they are marked like a stance; a greeting
    (kind `greeting`) is dropped up to its comma and the rest read for itself."""
    toks = cl.toks
    if toks and toks[0] in cues().words["greeting"]:
        cut = next((c for c in cl.commas if c > 0), len(toks))
        if cut < len(toks):
            return Clause(toks[cut:], cl.main, cl.joint, [c - cut for c in cl.commas if c > cut], cl.names)
        return replace(cl, stance=True)
    return replace(cl, stance=True) if _opens_courtesy(toks) else cl


CAUSAL_AFTER_THANKS = {"to", "a", "à"}   # "Thanks to the portal, …", "Gracias a la plataforma": a cause, no courtesy


def _opens_courtesy(toks: list[str]) -> bool:
    """Does the clause open on thanks or a sign-off ("Many thanks to …", "Kind regards", "Merci à …")?"""
    c = cues()
    if not toks:
        return False
    if toks[0] in c.words["courtesy"]:
        return toks[1:2] == [] or toks[1] not in CAUSAL_AFTER_THANKS or toks[0] == "merci"
    return any(starts_at(toks, 0, p) for p in c.by_first["courtesy"].get(toks[0], ()))


def hedged_split(cl: Clause) -> list[Clause]:
    """A denial of a name or form only, then ", and" a part with a predicate of its own ("There is not found a
    position with the name of the Chief Information Officer, and the Secretary General … is performing this
    role", "Il n'existe pas de DSI sous ce nom, et le Secrétaire général assure cette fonction"): two parts, so
    that the part after it says who does the work (read as a further main clause)."""
    if not (has_cue(cl.toks, "hedge") and negated(cl.toks)):
        return [cl]
    for k in cl.commas:
        head, rest = cl.toks[:k], cl.toks[k:]
        if (has_cue(head, "hedge") and negated(head) and evidence.find(rest, "coordinator", 0, 1) is not None
                and _own_predicate(rest[1:], HEDGED_PREDICATE_REACH)):
            return [Clause(head, cl.main, cl.joint, [c for c in cl.commas if c < k], cl.names),
                    Clause(rest[1:], cl.main, ",", [c - k - 1 for c in cl.commas if c > k + 1], cl.names)]
    return [cl]


def _strong(toks: list[str]) -> bool:
    found = None if negated(toks) or pending(toks) else evidence.affirmation(toks)
    return found is not None and found.kind in STRONG_KINDS


def _complement_goes_on(cl: Clause) -> bool:
    """Does the clause go on from the one before without a subject of its own (a relative pronoun, a verb)?"""
    first = cl.toks[0] if cl.toks else ""
    return first in cues().words["relative"] or first in cues().words["auxiliary"] or (
        evidence.verb_forms().get(first) == "inflected")


def _stance_split(cl: Clause) -> list[Clause]:
    """A clause opening on a stance cut where a coordinator brings a predicate of its own ("… and remains
    fully committed to …", "…, and efforts are ongoing to establish …") and at its commas; each part marked a
    stance, or the stance's complement going on ("…, including through digital means"), or a part of its own."""
    toks, cuts = cl.toks, [0]
    for k in range(1, len(toks) - 1):
        reach = STANCE_PREDICATE_REACH_AFTER_COMMA if k in cl.commas else STANCE_PREDICATE_REACH
        if k in cl.commas or (evidence.find(toks, "coordinator", k, k + 1) is not None
                              and _own_predicate(toks[k + 1:], reach)):
            cuts.append(k if k in cl.commas else k + 1)
    parts: list[Clause] = []
    for a, b in zip(cuts, cuts[1:] + [len(toks) + 1]):
        piece = toks[a:b] if b <= len(toks) and b in cl.commas else (toks[a:b - 1] if b <= len(toks) else toks[a:])
        if not piece:
            continue
        part = Clause(piece, cl.main, cl.joint if a == 0 else ",", [], cl.names)
        if evidence.stance(piece) is not None and not negated(piece):
            part.stance = True
        elif parts and parts[-1].stance and not _own_part(piece):
            parts[-1] = replace(parts[-1], toks=parts[-1].toks + piece)   # the stance's complement goes on
            continue
        parts.append(part)
    return parts


def _own_part(piece: list[str]) -> bool:
    """After a stance, does this part say something of its own: a predicate of its own, a denial or a status,
    or something in force, operating or in place ("…, launched in 2018", "…, in operation since 2014")?"""
    body = piece[1:] if piece and evidence.find(piece, "coordinator", 0, 1) is not None else piece
    return (_own_predicate(body, STANCE_PREDICATE_REACH_AFTER_COMMA) or negated(body) or pending(body)
            or _strong(body))


def _own_predicate(rest: list[str], reach: int = STANCE_PREDICATE_REACH) -> bool:
    """Does a verb, or a stance, come within the first words after a coordinator ("and we are pleased …",
    "and will continue …", "y sigue comprometido …")?"""
    forms, aux = evidence.verb_forms(), cues().words["auxiliary"]
    head = rest[:reach]
    hit = evidence.stance(rest)
    return any(t in aux or forms.get(t) == "inflected" for t in head) or (hit is not None and hit[0] < len(head))


def without_correction(cl: Clause) -> Clause:
    """"A, not B" ("produced by the project, not yet by the Department", "'digital first, not digital only'"):
    after a comma, a verbless tail opening on a correction word says who or what instead; it denies nothing
    of A. A tail that gives a status ("adopted, not yet in force") is kept: it answers."""
    for j in cl.commas:
        head, tail = cl.toks[:j], cl.toks[j:]
        if not tail or tail[0] not in cues().words["correction"] or negated(head):
            continue
        body = [t for t in tail[1:] if t not in {"yet", "only", "just"}]
        if (evidence.finite_verb(head) is None or evidence.finite_verb(body) is not None
                or evidence.denial(body) is not None or evidence.affirmation(body) is not None or pending(body)):
            continue
        return Clause(head, cl.main, cl.joint, [c for c in cl.commas if c < j], cl.names)
    return cl
