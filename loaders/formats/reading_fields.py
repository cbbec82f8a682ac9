"""Parts of one written answer read apart: a labelled status field ("Estado: Parcial", "Statut : en vigueur") is
the answer's own verdict; one field's status short of in force does not undo another field that affirms
("Platforms: Facebook, YouTube / Guidelines: draft under review"); a status in brackets after one item of a
list ("ITU (draft strategy); World Bank project") does not decide the whole list."""
from __future__ import annotations

import re
from typing import Callable

from . import reading_evidence as evidence
from .reading_bullet_tree import sub_bullets_affirm
from .reading_clauses import FLAG_MIXED, FLAG_NOTHING, Reading, spoken_turns, strip_label, title_words
from .reading_indirect_alignment import indirectly_aligned
from .reading_not_yet_verdicts import not_yet_verdict
from .reading_partial_verdicts import partial_verdict
from .reading_trial_of_named import trial_field
from .reading_words import cues, current_language, sentences, starts_at, tokens

FLAG_FIELD_DISAGREES = "the status field and the rest of the answer disagree"
# A field's value ends at a line end, a bullet, a bar, or where the next label starts: one to three words, the
# first capitalised, before a colon ("Estado: Parcial Base legal: Ley …" when the lines were joined).
VALUE_END_RE = re.compile(r"\n|\s[•|]\s?|\s(?=[A-ZÁÉÍÓÚÑÇ][\w’'-]*(?:\s[\w’'-]+){0,2}\s?:(?!//))")


def status_value(detail: str) -> str | None:
    """The value of the answer's first field whose label is a status label (polarity kind `status_label`:
    "Estado", "Statut", "Situación", "Status"), or None."""
    labels = cues().words["status_label"] | {" ".join(p) for p in cues().phrases["status_label"]}
    # after a sentence's end too: "Data Protection Act 2012. Status: repealed."
    for m in re.finditer(r"(?:^|\n|[•|]|(?<=[.;])\s)\s*([^\W\d_]+(?:\s[^\W\d_]+){0,2})\s?:\s*(?=\S)(?!//)",
                         detail):
        if " ".join(tokens(m.group(1))) not in labels:
            continue
        rest = detail[m.end():]
        end = VALUE_END_RE.search(rest)
        value = (rest[:end.start()] if end else rest).strip(" .;,–-")
        return value or None
    return None


def with_status_field(text: str, question: str, edition: int | None,
                      read: Callable[..., Reading]) -> Reading:
    """Read the answer; a status field saying "partial" makes it a mixed yes, and a status field whose own
    reading is the opposite of the whole answer's flags the answer (the reviewer decides which part counts:
    "Estado: Sin ley específica" beside "Instrumentos vigentes: …")."""
    whole = read(text, question, edition=edition)
    if spoken_turns(text) is not None:
        return whole   # "Q: … A: …": turn marks are no fields
    partly = _partial_label(text, whole) or partial_verdict(text, whole)   # "Parcial: …", "I'd say partly. …"
    partly = partly or indirectly_aligned(text, whole)   # "Indirect — via NDP 11. No direct SDG reference."
    partly = partly or not_yet_verdict(text, whole)   # "Not systematically yet. The module (…) - contract signed …"
    if partly is not None:
        return partly
    if whole.answer == "no" and whole.flag is None:
        mixed = (_mixed_fields(text, question, edition, read) or _bracketed_item(text, whole, question, edition, read)
                 or sub_bullets_affirm(text, whole, question, edition, read))   # "• No Ministry of X ◦ Division Y – https://…"
        if mixed is not None:
            return mixed
    cell = _status_cell(text, whole, question, edition, read)
    if cell is not None:
        return cell
    value = status_value(text)
    if value is None or value.strip() == strip_label(text).strip():
        return whole
    toks = tokens(value)
    if len(toks) <= 3 and evidence.find(toks, "partial") is not None:
        return Reading("yes", FLAG_MIXED, "status field: partial",
                       evidence.Evidence("in place", tuple(toks)).describe(text))
    own = read(value, question, edition=edition)
    before = text[:text.find(value)] if value in text else ""
    labels = cues().words["status_label"] | {w for p in cues().phrases["status_label"] for w in p}
    if not [t for t in tokens(before) if t.isalnum() and t not in labels]:
        before = ""   # "Estado: Sin ley … Instrumentos vigentes: …": the field opens the answer, it names nothing first
    if own.answer == "no" and whole.answer == "yes" and (whole.evidence or "").startswith(WEAK_EVIDENCE + ("stated:",)) \
            and before and not _own_words(before, whole):
        # "Data Protection Act 2012. Status: repealed.": the words before only name the text; its status field says
        # what became of it (as a pasted row's status cell does)
        # "Nube gubernamental (Eje 3). Estado: en fase piloto" on what a text addresses: a pilot of it (JJ)
        return trial_field(own, whole, question) or Reading("no", own.flag, "the status field of a text named",
                                                            own.evidence)
    if own.answer in {"yes", "no"} and whole.answer in {"yes", "no"} and own.answer != whole.answer \
            and whole.flag is None:
        return Reading(whole.answer, FLAG_FIELD_DISAGREES, whole.rule, whole.evidence)
    return whole


LEADING_LABEL_RE = re.compile(r"^\s*([^\W\d_]+)\s?:\s*(?=\S)(?!//)")


def _partial_label(text: str, whole: Reading) -> Reading | None:
    """"Parcial: Dec. Ejec. 719/2013 – solo Ejecutivo central. Resto: pendiente.", "Partly: …": an answer
    that opens by saying it holds in part is a mixed yes, flagged, whatever its rest says (a rest the reader
    cannot place stays unknown)."""
    if whole.answer == "unknown":
        return None
    m = LEADING_LABEL_RE.match(text)
    opener = _partial_opener(text)
    if opener is not None:
        toks = opener   # "Partially addressed through …", "Partiellement couvert par …", "Parcialmente atendido …"
    elif m is None or evidence.find(toks := tokens(m.group(1)), "partial") is None:
        return None
    return Reading("yes", FLAG_MIXED, "opens 'in part'",
                   evidence.Evidence("in place", tuple(toks)).describe(text))


def _partial_opener(text: str) -> list[str] | None:
    """The opening words when the answer opens by saying it holds in part, without a label ("Partially addressed
    through community information centres in 46 of 116 districts; …", kind `partial_opener`), or None."""
    toks = tokens(text)
    c = cues()
    if toks and toks[0] in c.words["partial_opener"]:
        n = 1
    else:
        hit = next((p for p in c.by_first["partial_opener"].get(toks[0] if toks else "", ()) if starts_at(toks, 0, p)),
                   None)
        if hit is None:
            return None
        n = len(hit)
    # Said of what follows ("Partially addressed through …"), not a typed word of its own ("Partially.", "In part.
    # Free Wi-Fi …", "Partly: …"): those are read as their words say.
    m = re.match(r"\s*(?:\S+\s+){%d}[^\W\d_]" % n, text)
    return toks[:n + 2] if m and not re.match(r"\s*(?:\S+\s+){%d}" % (n - 1) + r"\S+[.:;,–—-]", text) else None


# Where a field label starts: the answer's start, a line start, a bullet or bar, or (lines joined) a space before
# one to three words, the first capitalised, and a colon ("… Framework Current position: yet to be developed").
FIELD_START_RE = re.compile(r"(?:^|\n|[•|])\s*([^\W\d_]+(?:\s[^\W\d_]+){0,2})\s?:\s*(?=\S)(?!//)"
                            r"|\s([A-ZÁÉÍÓÚÑÇ][^\W\d_]*(?:\s[^\W\d_]+){0,2})\s?:\s*(?=\S)(?!//)")
# Evidence that only names or links (a verbless "Name: X"): a status field about it answers for it.
WEAK_EVIDENCE = ("named:", "link:")
# Evidence of a status short of in force (data/reading/evidence_kinds.csv: "status draft", "status awaited", …).
STATUS_EVIDENCE = "status "


def fields(detail: str) -> list[tuple[str, str]]:
    """The answer cut into (label, value) fields; words before the first label are a field with no label."""
    starts = list(FIELD_START_RE.finditer(detail))
    out = []
    if starts and detail[:starts[0].start()].strip():
        out.append(("", detail[:starts[0].start()].strip()))
    for n, m in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(detail)
        label = " ".join(tokens(m.group(1) or m.group(2)))
        out.append((label, detail[m.end():end].strip(" \n;,")))
    return [f for f in out if f[1]]


def _status_labels() -> set[str]:
    c = cues()
    return set(c.words["status_label"]) | {" ".join(p) for p in c.phrases["status_label"]}


def _mixed_fields(text: str, question: str, edition: int | None,
                  read: Callable[..., Reading]) -> Reading | None:
    """A no read from one field's status short of in force while another field affirms: the answer is mixed,
    yes and flagged. A status field ("Current position: yet to be developed") speaks of what the other fields
    name, so it decides unless another field affirms with words of its own ("Pillar 3 calls for a
    framework"); a field with a label of its own ("Guidelines: draft under review") speaks of its own item,
    so any other field that affirms (even by naming: "Platforms: Facebook, YouTube") makes the answer mixed.
    A plain denial ("No DP Act in force.") or a text no longer in force ("Status: discontinued") still
    decides, and an aside in brackets ("(covers the paper card only)") affirms nothing for its field."""
    parts = fields(text)
    if len(parts) < 2:
        return None
    readings = [(label, read(value, question, edition=edition)) for label, value in parts]
    denying = [label for label, r in readings if r.answer == "no"]
    if not denying or not all(_a_status(r) for _, r in readings if r.answer == "no"):
        return None
    status = _status_labels()
    for label, value in parts:
        if label in denying:
            continue
        about_others = all(d in status for d in denying)   # the status speaks of what this field names
        plain = BRACKET_RE.sub("", value) if about_others else value
        r = read(plain, question, edition=edition)
        if r.answer != "yes" or (about_others and not _own_words(plain, r)):
            continue
        return Reading("yes", FLAG_MIXED, "one field affirms, another gives a status", _quoted_in(value, r.evidence))
    return None


def _quoted_in(value: str, evidence_: str | None) -> str | None:
    """The evidence of a field read without its brackets, quoted in the field's own words: where the brackets split
    the span ("Expérimentation de la télémédecine (téléconsultation …) dans 5 Centres" read as "Expérimentation de la
    télémédecine dans 5 Centres"), the span becomes its pieces joined by "…", each found again in the field, so the
    Review page can highlight them."""
    kind, sep, quoted = (evidence_ or "").partition(": ")
    words = quoted.strip("'")
    if not sep or all(part in value for part in GAP_RE.split(words) if part):
        return evidence_
    pieces, rest = [], words.strip()
    while rest:
        k = len(rest)
        while k and rest[:k] not in value:
            k -= 1
        if not k:
            return evidence_
        piece = rest[:k] if k == len(rest) or " " not in rest[:k] else rest[:k].rsplit(" ", 1)[0]
        pieces.append(piece.strip())
        rest = rest[len(piece):].strip()
    return f"{kind}: '{' … '.join(pieces)}'"


def _a_status(r: Reading) -> bool:
    """A no read from a status short of in force ("status awaited: …", "status draft: …"), not from a denial
    or from a text no longer in force."""
    return (r.evidence or "").startswith(STATUS_EVIDENCE)


def _own_words(value: str, r: Reading) -> bool:
    """Does a field affirm with words of its own, an auxiliary or an inflected verb outside any title ("Pillar 3
    calls for a framework"), not only by naming ("National Registration Act, Cap. 126": "Act" is part of a
    name, "cap" a noun; a bare form could be either)?"""
    if (r.evidence or "").startswith(WEAK_EVIDENCE):
        return False
    names = title_words(value)
    aux, forms = cues().words["auxiliary"], evidence.verb_forms(current_language())
    toks = tokens(value)
    return any(t not in names and (t in aux or forms.get(t) == "inflected") for t in toks[1:])


BRACKET_RE = re.compile(r"\s*\([^()]*\)")
GAP_RE = re.compile(r"\s*(?:\.\.\.|…)\s*")
LIST_SEPARATOR_RE = re.compile(r";|,(?![^()]*\))")


def _bracketed_item(text: str, whole: Reading, question: str, edition: int | None,
                    read: Callable[..., Reading]) -> Reading | None:
    """A list of items ("ITU (draft strategy and skills training); World Bank ICT project; bilateral support")
    read no only for a status in brackets after one item: the brackets speak of that item, not of the list.
    The list is read without them: when it affirms, yes flagged mixed; when it only names, unknown."""
    first = sentences(strip_label(text))[0]
    items = [seg for seg in LIST_SEPARATOR_RE.split(BRACKET_RE.sub("", first)) if seg.strip()]
    if len(items) < 2 or not BRACKET_RE.search(first) or not _a_status(whole):
        return None
    without = read(BRACKET_RE.sub("", text), question, edition=edition)
    if without.answer == "yes":
        return Reading("yes", FLAG_MIXED, "a status in brackets after one item of a list",
                       without.evidence)
    if without.answer == "unknown":   # names only ("UNDP; World Bank"): the list itself says nothing the reader can place
        return Reading("unknown", without.flag or FLAG_NOTHING, without.rule, without.evidence)
    return None


CELL_SEP_RE = re.compile(r"\s*\|\s*")
HEADER_CELL_WORDS = 3   # a column's name: "Status", "Instrument", "CIO post exists?"


def _header_cell(cell: str) -> bool:
    """Could the cell be a column's name: one to three words, no digit, no address, the first capitalised?"""
    words = cell.split()
    return 0 < len(words) <= HEADER_CELL_WORDS and cell[:1].isupper() and not any(ch.isdigit() for ch in cell) \
        and "/" not in cell and "." not in cell


def table_status(text: str) -> str | None:
    """A row pasted from a spreadsheet under its header row, the line break between them lost ("Status |
    Instrument | Year | Link Consultation | Open Government Data Policy | 2023 (target) | https://…"): the header is
    layout, and the first row's cell under a status column (kind `status_label`: Status, Estado, Statut) is the
    row's status ("Consultation"). Rows of n cells after a header of n cells, each join gluing the last cell of one
    to the first of the next, give n*(rows+1) - rows cells; None when no such reading fits."""
    cells = CELL_SEP_RE.split(text.strip())
    count, labels = len(cells), _status_labels()
    for rows in range(1, count):
        if (count + rows) % (rows + 1):
            continue
        n = (count + rows) // (rows + 1)
        if n < 2:
            return None
        glued = cells[n - 1].split(" ", 1)
        header = cells[:n - 1] + glued[:1]
        if len(glued) < 2 or not all(_header_cell(c) for c in header):
            continue
        at = next((i for i, c in enumerate(header) if " ".join(tokens(c)) in labels), None)
        if at is None or (at == n - 1 and rows > 1):
            return None
        return (glued[1] if at == 0 else cells[n - 1 + at]).strip() or None
    return None


STAGE_WORDS = ("stage",)   # a status cell names a stage: "Consultation" is the consultation stage


def _status_cell(text: str, whole: Reading, question: str, edition: int | None,
                 read: Callable[..., Reading]) -> Reading | None:
    """A pasted row whose status cell gives a status short of in force ("Consultation", "Draft", "Pilot") while
    the rest only names the instrument: the status cell answers (no). A cell naming a stage alone
    ("Consultation", "Negotiation") is read as that stage."""
    if whole.answer != "yes" or not (whole.evidence or "").startswith(WEAK_EVIDENCE + ("stated:",)):
        return None
    value = table_status(text)
    if value is None:
        return None
    own = read(value, question, edition=edition)
    if own.answer == "unknown" and len(tokens(value)) == 1:
        stage = evidence.status_noun(tokens(value) + list(STAGE_WORDS))
        if stage is not None:
            own = Reading("no", None, "status cell", stage.describe(value))
    if own.answer != "no":
        return None
    return Reading("no", own.flag, "the status cell of a pasted row", own.evidence)
