"""Ground truth of one synthetic MSQ response: what was answered, how it shows, and what a parser must read.

The model is format-neutral: `make_response` decides the answers, the written details and which ticks
are lost when the form is flattened to text; renderers (text_layout.py, later .docx/PDF/form export)
draw the SAME response, and `truth` gives the rows a correct parser returns for it.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import lru_cache

from loaders import catalogue
from loaders.records import ANSWERS, BASES, Contact

from . import content

TICK_STYLES = ("box", "ballot", "brackets")  # ☒/☐, ☑/☐, [X]/[ ]
KINDS = ("blank", "yes", "no", "unknown", "xref")
SYNTHETIC_MARK = "SYNTHETIC DEMO DATA - not a real government response."

# URL forms the parser must report: http(s) URLs and bare www hosts (see rule 8 in the brief).
_URL_RE = re.compile(r"https?://\S+|(?<![\w/.@-])www\.[\w.-]+")
_URL_TRAILING = ".,;:)]}'\""


@dataclass(frozen=True)
class Cell:
    """One catalogue entry (question, item) of one response.

    intended:      what the fictional respondent meant ('unknown' = left it unanswered).
    tick:          the box ticked in the original form: 'yes'/'no' for yes/no boxes, the option label
                   for Q20, None when nothing was ticked (or the entry has no box).
    tick_survives: whether the tick glyph survives when the form is flattened to text.
    paragraphs:    the written detail; a paragraph is a tuple of logical lines (a prose line, then
                   bullet lines starting with "- ").
    kind:          how the written detail reads: blank / yes / no / unknown / xref (cross-reference).
    xref:          the question number a cross-reference points to.
    other_text:    Q20 only: the text written after "Other".
    case:          the hard case this answer was rewritten as (hard_cases.CASES), '' for a plain answer.
    flag_expected: a careful reader would still flag this reading for review (forward or chained
                   reference, a yes that opens with a denial, ...).
    """

    question: int
    item: str
    answer_type: str
    intended: str
    tick: str | None = None
    tick_survives: bool = False
    paragraphs: tuple[tuple[str, ...], ...] = ()
    kind: str = "blank"
    xref: int | None = None
    other_text: str = ""
    case: str = ""
    flag_expected: bool = False

    @property
    def key(self) -> tuple[int, str]:
        return (self.question, self.item)

    @property
    def detail(self) -> str:
        """The written detail as a parser reports it: logical lines joined by newlines."""
        return detail_of(self.paragraphs)

    @property
    def links(self) -> list[str]:
        return links_in(self.detail)


@dataclass(frozen=True)
class SyntheticResponse:
    """A whole synthetic questionnaire: country, respondent, one Cell per catalogue entry."""

    country_iso3: str
    country_name: str
    edition: int
    seed: int
    maturity: float  # 0..1, drives how many things the country reports
    contacts: tuple[Contact, ...]  # respondent first, then the CIO when Q4 is answered yes
    cells: tuple[Cell, ...]
    tick_style: str  # how surviving ticks are drawn in text (one of TICK_STYLES)
    reviewer_comment: str | None = None  # "Kommenterede [AB1]: ..." (kept as a note, never detail)
    layout_noise: str | None = None  # one of hard_cases.LAYOUTS, drawn by the text layout
    _index: dict = field(default_factory=dict, repr=False, compare=False)

    def cell(self, question: int, item: str = "") -> Cell:
        if not self._index:
            self._index.update({c.key: c for c in self.cells})
        return self._index[(question, item)]

    @property
    def respondent(self) -> Contact:
        return self.contacts[0]

    @property
    def cio(self) -> Contact | None:
        return next((c for c in self.contacts if c.role == "cio"), None)


# --- detail text and links ------------------------------------------------------------------------

def detail_of(paragraphs) -> str:
    """Logical lines (paragraph lines and bullets) joined by newlines, spaces collapsed."""
    lines = [" ".join(line.split()) for para in paragraphs for line in para]
    return "\n".join(line for line in lines if line)


def links_in(text: str) -> list[str]:
    """Every http(s) URL in `text` (bare www hosts get https://), de-duplicated, in order."""
    out: list[str] = []
    for m in _URL_RE.finditer(text):
        u = m.group(0).rstrip(_URL_TRAILING)
        if u.startswith("www."):
            u = "https://" + u
        if u not in out:
            out.append(u)
    return out


# --- generation -----------------------------------------------------------------------------------

def _p_yes(e: catalogue.Entry, m: float) -> float:
    """Chance that a country of maturity m reports 'yes' for a catalogue entry."""
    q = e.question
    if q in (1, 3):
        return 0.98
    if q == 45:
        return 0.93
    if q == 18:
        return 0.1 + 0.55 * m
    if q == 29:
        return (0.2 + 0.6 * m) if e.item == "ai" else (0.05 + 0.5 * m)
    if 9 <= q <= 17:
        return 0.45 + 0.5 * m
    if q == 2:
        return 0.3 + 0.6 * m
    if q == 5:
        return 0.65 + 0.33 * m
    if q == 19:
        return 0.55 + 0.42 * m
    if q == 44:
        return 0.35
    if "covid" in e.themes:
        return 0.5 + 0.4 * m
    if "usage" in e.themes:
        return 0.3 + 0.6 * m
    return 0.3 + 0.55 * m


@lru_cache(maxsize=8)
def _entries(edition: int) -> tuple[catalogue.Entry, ...]:
    return catalogue.load(edition)


def _xref_ok(e: catalogue.Entry) -> bool:
    """Entries whose detail may be a cross-reference, and that may be referred to."""
    return not e.item and e.answer_type in ("yes_no", "text") and e.question not in (1, 3, 45)


def make_response(iso3: str, edition: int = 2022, seed: int = 0, *,
                  country_name: str | None = None, hard_cases: bool = True) -> SyntheticResponse:
    """A deterministic synthetic response for one country (same arguments -> same response).

    hard_cases=False leaves out the rewritten answers and layout noise of hard_cases.py (the plain
    corpus, identical to the one made before hard cases existed).
    """
    iso3 = iso3.upper()
    if country_name is None:
        from loaders.countries import info

        country_name = info(iso3)["country_name"]
    # str seeds are hashed with SHA-512 by random.Random: stable across runs and PYTHONHASHSEED.
    rng = random.Random(f"msq-demo|{iso3}|{edition}|{seed}")
    m = rng.betavariate(2.0, 2.0)
    blank_rate = 0.05 + 0.10 * rng.random()
    p_survive = 0.0 if rng.random() < 0.45 else 0.55 + 0.45 * rng.random()
    y1 = rng.randint(2016, edition - 2)
    ctx_kwargs = dict(country=country_name, iso=iso3.lower(), agency=rng.choice(content.AGENCIES),
                      agency2=rng.choice(content.AGENCIES2), strategy=rng.choice(content.STRATEGIES), y1=y1,
                      y2=y1 + rng.choice((3, 4, 5)), long_urls=0.2 + 0.4 * rng.random(),
                      http_share=0.1 * rng.random())
    ctx = content.Ctx(rng=rng, **ctx_kwargs)
    rich = m  # chance of extra paragraphs

    cells: dict[tuple[int, str], Cell] = {}
    for e in _entries(edition):
        if e.answer_type == "items" and not e.item:
            cells[e.key] = Cell(e.question, "", "items", intended="unknown")
            continue
        p_blank = 0.5 if e.question == 44 else blank_rate * (1.5 if e.item and e.question != 29 else 1.0)
        r = rng.random()
        intended = "unknown" if r < p_blank else ("yes" if rng.random() < _p_yes(e, m) else "no")
        if e.question == 44 and intended == "no":
            intended = "unknown"  # "any other information": people leave it blank rather than say no
        if e.question == 20:
            cells[e.key] = _choice_cell(e, rng, cells.get((19, "")), p_survive)
        elif e.answer_type == "yes_no":
            cells[e.key] = _yes_no_cell(e, intended, rng, ctx, rich, p_survive, cells)
        else:
            cells[e.key] = _text_cell(e, intended, rng, ctx, rich, cells)
    # Items questions: the intended answer follows the items (any yes -> yes, all no -> no).
    for e in _entries(edition):
        if e.answer_type == "items" and not e.item:
            subs = [c.intended for k, c in cells.items() if k[0] == e.question and k[1]]
            intended = "yes" if "yes" in subs else ("no" if subs and all(s == "no" for s in subs) else "unknown")
            cells[e.key] = Cell(e.question, "", "items", intended=intended)

    n = rng.randint(1, 99)
    contacts = [Contact(role="respondent", name=f"Demo Respondent {n}", title="Head of Section (demo)",
                        organization=f"{ctx.agency} (fictional)", email=f"demo.respondent{n}@example.org")]
    if cells[(4, "")].intended == "yes":
        contacts.append(Contact(role="cio", name=f"Demo CIO {n}", title="Government Chief Information Officer",
                                organization=f"{ctx.agency} (fictional)", email=f"demo.cio{n}@example.org"))
    comment = None
    if rng.random() < 0.1:
        tag = rng.choice(("Kommenterede", "Commented"))
        initials = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVW") for _ in range(rng.choice((2, 3, 4))))
        comment = f"{tag} [{initials}{rng.randint(1, 9)}]: {rng.choice(content.REVIEWER_COMMENTS)}"
    tick_style = rng.choice(TICK_STYLES)
    layout = None
    if hard_cases:  # its own random stream: the plain draws above are the same with or without it
        from .hard_cases import apply

        cells, layout, comment = apply(cells, iso3=iso3, edition=edition, seed=seed, country=country_name,
                                       ctx_kwargs=ctx_kwargs, reviewer_comment=comment)
    order = {e.key: i for i, e in enumerate(_entries(edition))}
    return SyntheticResponse(
        country_iso3=iso3, country_name=country_name, edition=edition, seed=seed, maturity=round(m, 4),
        contacts=tuple(contacts), cells=tuple(sorted(cells.values(), key=lambda c: order[c.key])),
        tick_style=tick_style, reviewer_comment=comment, layout_noise=layout,
    )


def _pick_xref(e, rng, cells) -> int | None:
    """An earlier question of the same section answered 'yes' in writing (not itself a cross-reference)."""
    section = {x.question: x.section for x in _entries(e.edition)}
    cands = [k[0] for k, c in cells.items()
             if not k[1] and c.kind == "yes" and c.intended == "yes" and c.answer_type in ("yes_no", "text")
             and k[0] not in (1, 3, 45) and section[k[0]] == e.section and e.question - 8 <= k[0] < e.question]
    return rng.choice(cands) if cands else None


def _yes_no_cell(e, intended, rng, ctx, rich, p_survive, cells) -> Cell:
    q, item = e.question, e.item
    survives = rng.random() < p_survive
    if intended == "unknown":
        kind = "unknown" if (rng.random() < 0.1 and q != 45) else "blank"
        paras = content.unknown_text(ctx) if kind == "unknown" else []
        return Cell(q, item, "yes_no", intended, None, survives, _freeze(paras), kind)
    if q == 45:  # consent: a box and nothing written
        return Cell(q, item, "yes_no", intended, intended, survives, (), "blank")
    if intended == "yes":
        r = rng.random()
        target = _pick_xref(e, rng, cells) if (_xref_ok(e) and r < 0.16) else None
        if target is not None:
            tail = " ".join(content.question_paragraphs(ctx, q, False)[0])
            paras, kind = [[content.xref_text(ctx, target, q, tail)]], "xref"
        elif r > 0.92:
            paras, kind = [], "blank"
        else:
            paras = [[content.item_text(ctx, q, item)]] if item else content.question_paragraphs(ctx, q, rng.random() < rich)
            kind = "yes"
        return Cell(q, item, "yes_no", intended, "yes", survives, _freeze(paras), kind, target)
    # intended == "no"
    r = rng.random()
    if survives:
        kind = "blank" if r < 0.7 else "no"
    else:
        kind = "no" if r < 0.65 else ("blank" if r < 0.9 else "unknown")
    paras = {"no": lambda: content.negative_text(ctx, q, item), "unknown": lambda: content.unknown_text(ctx),
             "blank": lambda: []}[kind]()
    return Cell(q, item, "yes_no", intended, "no", survives, _freeze(paras), kind)


def _text_cell(e, intended, rng, ctx, rich, cells) -> Cell:
    q, item = e.question, e.item
    if intended == "unknown":
        kind = "unknown" if (rng.random() < 0.12 and not item) else "blank"
        paras = content.unknown_text(ctx) if kind == "unknown" else []
        return Cell(q, item, "text", intended, paragraphs=_freeze(paras), kind=kind)
    if intended == "no":
        return Cell(q, item, "text", intended, paragraphs=_freeze(content.negative_text(ctx, q, item)), kind="no")
    target = _pick_xref(e, rng, cells) if (_xref_ok(e) and rng.random() < 0.16) else None
    if target is not None:
        tail = " ".join(content.question_paragraphs(ctx, q, False)[0])
        return Cell(q, item, "text", intended, paragraphs=_freeze([[content.xref_text(ctx, target, q, tail)]]),
                    kind="xref", xref=target)
    paras = [[content.item_text(ctx, q, item)]] if item else content.question_paragraphs(ctx, q, rng.random() < rich)
    return Cell(q, item, "text", intended, paragraphs=_freeze(paras), kind="yes")


def _choice_cell(e, rng, q19: Cell | None, p_survive) -> Cell:
    survives = rng.random() < p_survive
    if q19 is None or q19.intended != "yes" or rng.random() < 0.1:
        return Cell(e.question, "", "choice", "unknown", None, survives)
    option = rng.choices(e.options, weights=(10, 20, 40, 15, 15))[0]
    other = rng.choice(content.OTHER_PERIODS) if option == "Other" else ""
    return Cell(e.question, "", "choice", "yes", option, survives, other_text=other)


def _freeze(paras) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p) for p in paras)


# --- what a correct parser reads --------------------------------------------------------------------

def _row(cell: Cell, answer: str, basis: str, detail: str | None = None, links=None) -> dict:
    assert answer in ANSWERS and basis in BASES
    d = cell.detail if detail is None else detail
    return {"question": cell.question, "item": cell.item, "answer": answer, "basis": basis,
            "detail": d, "links": links_in(d) if links is None else list(links),
            # A surviving tick settles the answer: nothing left for an analyst to doubt.
            "case": cell.case, "flag_expected": cell.flag_expected and basis != "marked"}


def _choice_row(cell: Cell, keep_ticks: bool) -> dict:
    label = f"Other: {cell.other_text}" if cell.tick == "Other" else (cell.tick or "")
    if cell.tick and (cell.tick_survives or keep_ticks):
        return _row(cell, "yes", "marked", label, [])
    if cell.tick == "Other" and cell.other_text:
        return _row(cell, "yes", "inferred", label, [])
    return _row(cell, "unknown", "none", "", [])


def truth(response: SyntheticResponse, *, keep_ticks: bool = False) -> list[dict]:
    """The rows a correct reader returns, in catalogue order: {question, item, answer, basis, detail,
    links, case, flag_expected} (`case`: the hard case, '' for a plain answer).

    keep_ticks=False is the text rendering (ticks lost where tick_survives is False); keep_ticks=True is
    a format that keeps every tick (.docx controls, online-form export). References are resolved after
    every other answer is read, in any direction and through chains; a cycle ends as unknown.
    """
    rows: dict[tuple[int, str], dict] = {}
    for cell in response.cells:
        row = _read_cell(cell, keep_ticks)
        if row is not None:
            rows[cell.key] = row
    for cell in response.cells:
        if cell.answer_type == "items" and not cell.item:
            rows[cell.key] = _roll_up(cell, rows)
    cells = {c.key: c for c in response.cells}
    for cell in response.cells:
        if cell.key not in rows:
            _resolve(cell.key, frozenset(), rows, cells)
    return [rows[c.key] for c in response.cells]


def _read_cell(cell: Cell, keep_ticks: bool) -> dict | None:
    """One answer read on its own; None for a roll-up (filled in from its items) and a reference (resolved later)."""
    if cell.answer_type == "items" and not cell.item:
        return None
    if cell.answer_type == "choice":
        return _choice_row(cell, keep_ticks)
    if cell.answer_type == "yes_no" and cell.tick and (cell.tick_survives or keep_ticks):
        return _row(cell, cell.tick, "marked")
    if cell.kind == "xref":
        return None
    if cell.kind in ("yes", "no"):
        return _row(cell, cell.kind, "inferred")
    return _row(cell, "unknown", "none")  # blank, or a detail that says "n/a" / "we expect ..."


def _roll_up(cell: Cell, rows: dict[tuple[int, str], dict]) -> dict:
    """A question with items: yes when any item is yes, no when every item is no, else unknown."""
    subs = [r["answer"] for k, r in rows.items() if k[0] == cell.question and k[1]]
    if "yes" in subs:
        return _row(cell, "yes", "inferred", "", [])
    if subs and all(s == "no" for s in subs):
        return _row(cell, "no", "inferred", "", [])
    return _row(cell, "unknown", "none", "", [])


def _resolve(key, seen: frozenset, rows: dict[tuple[int, str], dict], cells: dict) -> dict | None:
    """A reference takes the answer it points to (through chains); a cycle or an unknown target is unknown."""
    if key in rows:
        return rows[key]
    if key in seen:
        return None  # a cycle: nothing to resolve
    cell = cells[key]
    ref = _resolve((cell.xref, ""), seen | {key}, rows, cells)
    if ref is None or ref["answer"] == "unknown":
        rows[key] = _row(cell, "unknown", "none")
    else:  # the referenced answer, and its links after the detail's own (README rule 2)
        own = links_in(cell.detail)
        rows[key] = _row(cell, ref["answer"], "inferred", links=own + [u for u in ref["links"] if u not in own])
    return rows[key]


def sidecar(response: SyntheticResponse, fmt: str = "text", *, keep_ticks: bool = False) -> dict:
    """The ground-truth sidecar written next to a rendered document (`<ISO3>.truth.json`)."""
    return {"country_iso3": response.country_iso3, "country_name": response.country_name,
            "edition": response.edition, "format": fmt,
            "answers": truth(response, keep_ticks=keep_ticks)}
