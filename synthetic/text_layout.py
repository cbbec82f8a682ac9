"""Renders a SyntheticResponse as questionnaire text in the seed's layout (the PDF's extracted text).

Layout facts copied from data/responses/2022/msq_2022_denmark.txt: every text line is followed by an
empty line and ends with a space; a line holding one space separates paragraphs; table cells (items,
contact fields) end with a " " line straight after the text; each page ends with its link list (one
complete URL per line, no blank lines, a URL broken over k lines listed k times); the next page starts
with a space. Wrapping never breaks a plain word and never starts a line with something a parser
could take for structure (question number, section letter, bullet, tick, item label, prompt).
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache

from loaders import catalogue

from .response import SYNTHETIC_MARK, Cell, SyntheticResponse

UNDERSCORES = "__________________________"
OTHER_BLANK = "Other " + "_" * 61
GLYPHS = {"box": ("☒", "☐"), "ballot": ("☑", "☐"), "brackets": ("[X]", "[ ]")}
LOST_TICK_LINES = (" Yes   No ", "  Yes   No ", " Yes  No ")
ITEM_WIDTH = 62  # Q2/Q5 answers sit in a narrow table column
COMMENT_WIDTH = 60

# Where the 2022 form puts its prompts and notes (the texts come from msq_2022_form_text.csv).
PROMPT_AFTER_TICK = {4: "If yes, please provide contact information", 6: "If yes, please provide link and more",
                     39: "If yes, please provide link and detail if social media"}
DEFAULT_PROMPT = "If yes, please provide link and detail."
Q4_DETAIL_PROMPT = "Please provide links and details on the above"
Q39_GUIDELINES = "Please include any guidelines"
NOTE_AFTER_QUESTION = {15: "Note: This is related to SDG"}
NOTE_AFTER_SECTION = {"E": "Note: Vulnerable groups"}
HEADING_BEFORE_QUESTION = {5: "Sectoral agencies"}

FRONT_INTRO = (
    "The objective of this questionnaire is to gather information from Member States in preparation of the",
    "United Nations E-Government Survey {ed}. Please note that these responses do not directly affect the",
    "UN E-Government Development Index (EGDI), which is a composite index of the Online Service Index (OSI),",
    "Telecommunications Infrastructure Index (TII) and Human Capital Index (HCI). UNDESA assesses national",
    "portals with the assistance of independent researchers to construct the OSI, and requests data from the",
    "International Telecommunications Union (ITU) and the United Nations Educational, Scientific and Cultural",
    "Organization (UNESCO) to construct TII and HCI respectively. Inputs to the MSQ will be used by the United",
    "Nations E-Government Survey {ed} team for more in-depth country analysis, fact-checking and data",
    "quality assurance.   ",
)
GLOSSARY_URL = "https://publicadministration.un.org/egovkb"
SURVEYS_URL = "https://publicadministration.un.org/en/Research/UN-e-Government-Surveys"
# Fictional survey-team contacts: synthetic documents carry no real person's name or address.
TEAM_EMAILS = ("demo.survey.team@example.org", "demo.survey.helpdesk@example.org")
SATISFACTION_URL = "https://forms.example.org/r/demo-satisfaction-survey"
APPLIES = (
    "I am authorized and fully knowledgeable to respond to this questionnaire.",
    "A group of government agencies responded to the questionnaire collectively.",
    "I did not have the full information to respond to this questionnaire.",
    "I mostly provided my own opinion/assessment rather than official information.",
)

_BAD_START = re.compile(
    r"""^(?: \d+\s*[.)]            # question number
          | \d{1,4}\s*$            # a line holding only a number reads as a page number
          | [A-Ha-h]\.\s           # section letter
          | [-–—•▪*+]              # bullet-like
          | [☒☐☑✓✗■□\[]             # tick glyphs
          | (?:yes|no)\b
          | _
          | (?:kommenterede|commented|note:|if\ yes|please\ (?:provide|include|select|complete)
              |your\ name|title\*|organization\*|email\*|country\ name|same\b|see\ q|others?\b
              |(?:two|three|five|ten)-year|thank\ you|i/we|sectoral|n/a\b|not\ applicable)
        )""", re.IGNORECASE | re.VERBOSE)
_HYPHEN_WORD = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+[.,;:)]*")
# A token holding a URL: optional opening bracket, the URL, trailing punctuation (not part of the URL).
_URL_TOKEN = re.compile(r"^([(\[]?)(https?://\S+?)([.,;:)\]}'\"]*)$")


@lru_cache(maxsize=4)
def _labels(edition: int) -> re.Pattern:
    """Item labels (and their leading words) that must never start a wrapped line."""
    out = set()
    for e in catalogue.load(edition):
        if e.form_label:
            out.add(e.form_label)
            out.add(re.split(r" or similar| \(|;", e.form_label)[0].strip())
    alts = "|".join(re.escape(x) for x in sorted(out, key=len, reverse=True))
    return re.compile(f"(?:{alts})", re.IGNORECASE)


@lru_cache(maxsize=4)
def _form(edition: int, start: str) -> str:
    for _kind, text in catalogue.form_text(edition):
        if text.startswith(start):
            return text
    raise KeyError(f"no form text starting {start!r} for edition {edition}")


_PLAIN_WRAPS: dict[tuple, tuple[str, ...]] = {}  # (edition, text, width, prefix, hyphen_breaks) -> lines


@dataclass
class _Line:
    text: str
    occs: tuple[int, ...] = ()  # URL occurrences with a piece on this line
    blank_after: bool = True
    trailing: bool = True  # body lines end with a space


def _sep() -> _Line:
    return _Line("")


class _Writer:
    """Collects blocks of lines (page breaks fall only between blocks) and lays out the pages."""

    def __init__(self, response: SyntheticResponse):
        self.r = response
        self.rng = random.Random(f"msq-demo-text|{response.country_iso3}|{response.edition}|{response.seed}")
        self.width = self.rng.randint(96, 104)
        self.hyphen_breaks = self.rng.random() < 0.75
        self.slash_breaks = self.rng.random() < 0.5
        self.lost_line = self.rng.choice(LOST_TICK_LINES)
        self.labels = _labels(response.edition)
        self.urls: list[str] = []
        self.blocks: list[list[_Line]] = []

    # --- wrapping -----------------------------------------------------------------------------
    def bad_start(self, text: str) -> bool:
        return bool(_BAD_START.match(text) or self.labels.match(text))

    def _occ(self, url: str) -> int:
        self.urls.append(url)
        return len(self.urls) - 1

    def _split(self, tok: str, is_url: bool, room: int, after: str, force: bool) -> tuple[str, str] | None:
        """Break a URL after '-' or '/', or a hyphenated word after '-', so the head fits in `room`."""
        if is_url:
            m = _URL_TOKEN.match(tok)
            if m:  # never break inside the scheme or the host's first letters
                start, end = len(m.group(1)) + m.group(2).index("//") + 6, len(m.group(1) + m.group(2)) - 1
            else:  # the rest of a URL already broken once
                start, end = 1, len(tok.rstrip(".,;:)]}'\"")) - 1
            seps = "-/" if (self.slash_breaks or force) else "-"
            cands = [j for j in range(start, end) if tok[j] in seps]
        elif self.hyphen_breaks and _HYPHEN_WORD.fullmatch(tok):
            cands = [j for j in range(1, len(tok) - 1)
                     if tok[j] == "-" and tok[j - 1].isalnum() and tok[j + 1].isalnum()]
        else:
            return None
        for j in sorted(cands, reverse=True):
            head, rest = tok[:j + 1], tok[j + 1:]
            if len(head) <= room and not self.bad_start(f"{rest} {after}"):
                return head, rest
        return None

    def wrap(self, text: str, width: int | None = None, prefix: str = "") -> list[_Line]:
        """Greedy word wrap that records which URL occurrences land on which line."""
        width = width or self.width
        if "://" not in text:  # form text repeats in every document: wrap it once per layout
            key = (self.r.edition, text, width, prefix, self.hyphen_breaks)
            if key not in _PLAIN_WRAPS:
                if len(_PLAIN_WRAPS) > 50_000:
                    _PLAIN_WRAPS.clear()  # details vary per country; keep the cache bounded
                _PLAIN_WRAPS[key] = tuple(ln.text for ln in self._wrap(text, width, prefix))
            return [_Line(t) for t in _PLAIN_WRAPS[key]]
        return self._wrap(text, width, prefix)

    def _wrap(self, text: str, width: int, prefix: str) -> list[_Line]:
        toks: list[tuple[str, int | None]] = []
        for t in text.split():
            m = _URL_TOKEN.match(t) if "://" in t else None
            toks.append((t, self._occ(m.group(2)) if m else None))
        if not prefix and toks and len(text) <= width and "://" not in toks[0][0]:
            return [_Line(" ".join(t for t, _ in toks), tuple(o for _, o in toks if o is not None))]
        lines: list[_Line] = []
        cur, occs = prefix, []
        for i, (tok, occ) in enumerate(toks):
            while True:
                sep = 0 if (not cur or cur[-1] == " ") else 1
                if len(cur) + sep + len(tok) <= width:
                    place = True
                else:
                    after = " ".join(t for t, _ in toks[i + 1:i + 6])
                    empty = not cur.strip()
                    split = self._split(tok, occ is not None, width - len(cur) - sep, after,
                                        force=empty and len(tok) > width)
                    if split:
                        cur += " " * sep + split[0]
                        if occ is not None and occ not in occs:
                            occs.append(occ)
                        lines.append(_Line(cur.rstrip(" "), tuple(occs)))
                        cur, occs, tok = "", [], split[1]
                        continue
                    # overflow the line rather than start one that looks structural
                    place = empty or self.bad_start(f"{tok} {after}")
                if place:
                    cur += " " * sep + tok
                    if occ is not None and occ not in occs:
                        occs.append(occ)
                    break
                lines.append(_Line(cur.rstrip(" "), tuple(occs)))
                cur, occs = "", []
        if cur.strip() or not lines:
            lines.append(_Line(cur.rstrip(" "), tuple(occs)))
        return lines

    # --- blocks -------------------------------------------------------------------------------
    def block(self, lines: list[_Line]) -> None:
        if lines:
            self.blocks.append(lines)

    def seps(self, n: int = 1) -> None:
        """Paragraph-separator lines, attached to the previous block (blocks start with content)."""
        self.blocks[-1].extend(_sep() for _ in range(n))

    def paragraphs(self, paras, trailing_seps: int = 2) -> None:
        for para in paras:
            lines = []
            for logical in para:
                lines += self.wrap(logical)
            self.block(lines + [_sep()])
        if paras:
            self.seps(trailing_seps - 1)
        else:
            self.seps(trailing_seps)

    def tick_line(self, cell: Cell) -> _Line:
        on, off = GLYPHS[self.r.tick_style]
        if cell.tick_survives and cell.tick in ("yes", "no"):
            yes, no = (on, off) if cell.tick == "yes" else (off, on)
            return _Line(f"{yes} Yes {no} No")
        if cell.tick_survives and cell.tick is None:
            return _Line(f"{off} Yes {off} No")
        lost = self.lost_line if self.rng.random() < 0.85 else self.rng.choice(LOST_TICK_LINES)
        return _Line(lost.rstrip(" ") + " ", trailing=True)

    def contact_block(self, contact) -> None:
        values = (contact.name, contact.title, contact.organization, contact.email) if contact else ("",) * 4
        for label, value in zip(("Your name*", "Title*", "Organization*", "Email*"), values):
            self.block([_Line(f"{label} {value}".rstrip(" "), blank_after=False), _sep()])

    # --- the questionnaire --------------------------------------------------------------------
    def front_matter(self) -> None:
        r, ed = self.r, self.r.edition
        self.block([_Line(f"{SYNTHETIC_MARK} Generated by python -m loaders demo (seed {r.seed}).", trailing=False),
                    _Line(" Member States Questionnaire (MSQ) for the United Nations ", trailing=True),
                    _Line(f"E-Government Survey {ed}")]
                   + [_Line(t.format(ed=ed)) for t in FRONT_INTRO]
                   + [_Line(f"Refer here for a glossary of terminologies: {GLOSSARY_URL}  ",
                            (self._occ(GLOSSARY_URL),)),
                      _Line("More information about the UN E-Government Survey:"),
                      _Line(f"{SURVEYS_URL}  ", (self._occ(SURVEYS_URL),)),
                      _Line(f"For any questions about this questionnaire, please contact the Demo Survey Team "
                            f"(email: {TEAM_EMAILS[0]})", (self._occ(f"mailto:{TEAM_EMAILS[0]}"),)),
                      _Line(f"and the Demo Survey Helpdesk (email: {TEAM_EMAILS[1]}). ",
                            (self._occ(f"mailto:{TEAM_EMAILS[1]}"),)),
                      _sep(), _sep(),
                      _Line(f"COUNTRY NAME* {r.country_name}", blank_after=False), _sep(), _sep(),
                      _Line("  Contact information")])
        self.contact_block(r.respondent)
        self.seps()
        self.block([_Line("Please select whichever applies*")]
                   + [_Line(f"  {t}") for t in APPLIES] + [_Line(f"  {OTHER_BLANK}"), _sep()])

    def question_header(self, e: catalogue.Entry, extra: str = "") -> list[_Line]:
        text = e.text + extra
        if e.printed_number:
            text = f"{e.printed_number}. {text}"
        # "*" never starts a line (bad_start), so it stays with the last word, as on the form.
        return self.wrap(text + (" *" if e.required else ""))

    def render(self) -> None:
        ed = self.r.edition
        self.front_matter()
        self.front_pages_end = len(self.blocks)
        section = None
        for e in catalogue.load(ed):
            if e.item:
                continue
            if e.section != section:
                section = e.section
                lines = [_Line(f"{e.section}. {e.section_title}")]
                if section in NOTE_AFTER_SECTION:
                    lines += self.wrap(_form(ed, NOTE_AFTER_SECTION[section]))
                self.block(lines)
            cell = self.r.cell(e.question)
            if e.question in HEADING_BEFORE_QUESTION:
                self.block([_Line(_form(ed, HEADING_BEFORE_QUESTION[e.question]), blank_after=False)])
                self.blocks[-1] += self.question_header(e)
            elif e.question == 29:
                self.block(self.question_header(e, extra=";"))
            else:
                self.block(self.question_header(e))
            if e.question in NOTE_AFTER_QUESTION:
                self.blocks[-1][-1].blank_after = False
                self.blocks[-1] += self.wrap(_form(ed, NOTE_AFTER_QUESTION[e.question]))
            if e.answer_type == "yes_no":
                self.yes_no(e, cell)
            elif e.answer_type == "choice":
                self.choice(e, cell)
            elif e.answer_type == "items":
                self.items(e)
            else:
                self.paragraphs(cell.paragraphs)
        self.closing()

    def yes_no(self, e: catalogue.Entry, cell: Cell) -> None:
        ed, q = self.r.edition, e.question
        self.block([self.tick_line(cell)])
        if q == 45:
            self.seps()
            return
        self.block(self.wrap(_form(ed, PROMPT_AFTER_TICK.get(q, DEFAULT_PROMPT))))
        if q == 4:
            self.contact_block(self.r.cio)
            self.block(self.wrap(_form(ed, Q4_DETAIL_PROMPT)))
        self.paragraphs(cell.paragraphs, trailing_seps=2)
        if q == 39:
            self.block(self.wrap(_form(ed, Q39_GUIDELINES)) + [_sep(), _sep()])

    def choice(self, e: catalogue.Entry, cell: Cell) -> None:
        on, off = GLYPHS[self.r.tick_style]
        lines = []
        for opt in e.options:
            chosen = cell.tick == opt
            if opt == "Other":
                label = (f"Other: {cell.other_text}" if cell.tick_survives else f"Other ___ {cell.other_text}") \
                    if chosen and cell.other_text else OTHER_BLANK
            else:
                label = opt
            lines.append(_Line(f" {on if chosen else off} {label}" if cell.tick_survives else f"  {label}"))
        self.block(lines + [_sep()])

    def items(self, e: catalogue.Entry) -> None:
        for sub in catalogue.items(self.r.edition, e.question):
            cell = self.r.cell(e.question, sub.item)
            text = " ".join(line for para in cell.paragraphs for line in para)
            if e.question == 29:
                on, off = GLYPHS["box"]
                mark = (on if cell.tick == "yes" else off) if (cell.tick and cell.tick_survives) else ""
                prefix = f"{mark} {sub.form_label} "
                self.block(self.wrap(text or UNDERSCORES, prefix=prefix))
                continue
            if not text:
                self.block([_Line(f"{sub.form_label} ", blank_after=False), _sep()])
                continue
            lines = self.wrap(text, width=max(ITEM_WIDTH, len(sub.form_label) + 22), prefix=f"{sub.form_label}  ")
            lines[-1].blank_after = False
            self.block(lines + [_sep()])
        self.seps()

    def closing(self) -> None:
        ed = self.r.edition
        self.block([_Line(_form(ed, "THANK YOU"))]
                   + self.wrap(_form(ed, "Thank you for taking time"))
                   + [_Line(f"{_form(ed, 'Please complete this OPTIONAL')} {SATISFACTION_URL} ",
                            (self._occ(SATISFACTION_URL),))])

    # --- pages --------------------------------------------------------------------------------
    def pages(self) -> list[list[_Line]]:
        pages: list[list[_Line]] = [[]]
        target = self.rng.randint(30, 52)
        for i, block in enumerate(self.blocks):
            page = pages[-1]
            # the front matter is page 1 on its own, as in the seed
            if page and (i == self.front_pages_end or (i > self.front_pages_end
                                                       and len(page) + len(block) > target)):
                pages.append([])
                target = self.rng.randint(30, 52)
            pages[-1].extend(block)
        return pages

    def noise(self, n_pages: int) -> tuple[dict[int, str], dict[int, str], bool, bool]:
        """Layout noise of hard_cases.LAYOUTS: (header per page, footer per page, form feeds, link lists)."""
        kind = self.r.layout_noise
        if not kind:
            return {}, {}, False, True
        from .hard_cases import bank

        rng = random.Random(f"msq-demo-noise|{self.r.country_iso3}|{self.r.edition}|{self.r.seed}")
        head, foot = {}, {}
        if kind == "page_numbers":
            fmt = rng.choice(bank()["page_numbers"])
            at_top = rng.random() < 0.3
            for pi in range(n_pages):
                text = fmt.format(p=pi + 1, t=n_pages)
                (head if at_top and pi > 0 else foot)[pi] = text
        elif kind == "running_headers":
            fmt = rng.choice(bank()["running_headers"])
            head = {pi: fmt.format(edition=self.r.edition, country=self.r.country_name) for pi in range(1, n_pages)}
        return head, foot, kind == "form_feeds", kind != "urls_without_link_list"

    def text(self) -> str:
        self.render()
        pages = self.pages()
        head, foot, form_feeds, link_lists = self.noise(len(pages))
        comment_page = None
        if self.r.reviewer_comment and len(pages) > 2:
            start = self.rng.randint(1, len(pages) - 2)
            with_links = [i for i in range(start, len(pages) - 1) if any(ln.occs for ln in pages[i])]
            comment_page = with_links[0] if with_links else start
        out: list[str] = []
        for pi, page in enumerate(pages):
            has_links = any(line.occs for line in page)
            if pi > 0 and has_links and self.rng.random() < 0.15:
                page[-1].blank_after = False  # as on some seed pages: the link list follows at once
            start = len(out)
            if pi in head:  # it takes the page's first line, and so its leading space
                out += [" " + head[pi] + " ", ""]
            for li, line in enumerate(page):
                text = line.text + (" " if line.trailing else "")
                out.append((" " + text) if (li == 0 and pi > 0 and pi not in head) else text)
                if line.blank_after:
                    out.append("")
            if pi in foot:
                if out[-1] != "":
                    out.append("")
                out += [foot[pi] + " ", ""]
            if form_feeds and pi > 0:
                out[start] = "\f" + out[start]
            if pi == comment_page:
                lines = self.wrap(self.r.reviewer_comment, width=COMMENT_WIDTH)
                out += [ln.text + " " for ln in lines] + [""]
            if link_lists:
                out += [self.urls[o] for line in page for o in line.occs]
        out.append("")
        return "\n".join(out) + "\n"


def render_text(response: SyntheticResponse) -> str:
    """The response as questionnaire text; deterministic for a given response."""
    return _Writer(response).text()
