"""Hard cases for the demo corpus: rewrite a minority of answers in ways a naive reader gets wrong.

The plain generator (response.py) decides what every fictional respondent meant. This pass, with its
own random stream (so a corpus without hard cases is byte-identical to one made before they existed),
rewrites 10-18% of a document's answers without changing what was meant:

  negation_in_yes       a yes whose sentence holds a negation ("Yes – although it does not reach ...")
  negative_other_words  a no without the usual words ("Not at this stage", "Only a draft bill exists")
  xref_forward          a reference to a LATER answer ("Please see our reply to Q29 below")
  xref_described        a reference in other words ("As described under question 3")
  xref_links_above      "The link given above applies here too" (the previous answer and its links)
  xref_chain            a reference to an answer that is itself a reference
  xref_cycle            two answers that refer to each other: nothing to resolve, unknown

and picks at most one kind of layout noise per document (LAYOUTS, drawn by text_layout.py). Wording
comes from phrases.yml, a bank of the generator's own that shares nothing with the readers' lists.
"""
from __future__ import annotations

import dataclasses
import random
from functools import lru_cache
from pathlib import Path

import yaml

from loaders import catalogue

from . import content

PHRASES = Path(__file__).with_name("phrases.yml")
CASES = ("negation_in_yes", "negative_other_words", "xref_forward", "xref_described", "xref_links_above",
         "xref_chain", "xref_cycle")
# How often each kind is drawn (a chain and a cycle rewrite two answers each).
WEIGHTS = (28, 28, 12, 12, 10, 7, 3)
LAYOUTS = ("page_numbers", "running_headers", "form_feeds", "comment_language", "urls_without_link_list")
SHARE = (0.10, 0.18)  # share of a document's 65 answers rewritten
NOISY_DOCUMENTS = 0.5  # share of documents with one kind of layout noise
# Kinds whose correct reading is still doubtful: the reader should flag them for review.
FLAGGED = {"xref_forward", "xref_chain", "xref_cycle"}
# References across sections that respondents make (an emerging-tech law -> the strategy's technologies).
RELATED = {(18, 29), (12, 26), (8, 19), (24, 33), (24, 34)}


@lru_cache(maxsize=1)
def bank() -> dict:
    """The phrase bank (phrases.yml)."""
    data = yaml.safe_load(PHRASES.read_text(encoding="utf-8"))
    data["topics"] = {int(q): t for q, t in data["topics"].items()}
    return data


def _templates(kind: str, q: int) -> list:
    """Templates of one kind that fit question q (its group, `any`, and `only` restrictions)."""
    group = bank()["topics"][q]["group"]
    section = bank()[kind]
    pool = list(section.get("any", [])) + list(section.get(group, []))
    return [t for t in pool if not isinstance(t, dict) or q in t.get("only", [q])]


def _fill(template: str, question: int, ctx: content.Ctx, **extra) -> str:
    t = bank()["topics"][question]
    rng = ctx.rng
    article = "an" if t["none"][0].lower() in "aeiou" and not t["none"].startswith(("once", "one", "uni", "use"))\
        else "a"
    values = dict(country=ctx.country, topic=t["topic"], none=t["none"], a_none=f"{article} {t['none']}",
                  thing=t["thing"], scope=rng.choice(bank()["scopes"]), year=rng.randint(2020, 2021) if question in (6, 7, 8) else rng.randint(2008, 2021),
                  year2=rng.randint(2023, 2027),
                  days=rng.choice((10, 14, 20, 30)), n=rng.choice(("two", "three", "four")), q="", url="")
    values.update(extra)
    if "{url}" in template:
        values["url"] = content.url(ctx, f"q{question}-{t['topic'].split()[-1]}")
    text = template.format(**values)
    return " ".join(text.split()).replace(" ;", ";")


def apply(cells: dict, *, iso3: str, edition: int, seed: int, country: str, ctx_kwargs: dict,
          reviewer_comment: str | None) -> tuple[dict, str | None, str | None]:
    """Rewrite some cells as hard cases; returns (cells, layout noise or None, reviewer comment)."""
    rng = random.Random(f"msq-demo-hard|{iso3}|{edition}|{seed}")
    rewriter = _Rewriter(cells, rng, content.Ctx(rng=rng, **ctx_kwargs), edition)
    budget = round(65 * rng.uniform(*SHARE))
    tries = 0
    while budget > 0 and tries < 60:
        tries += 1
        case = rng.choices(CASES, weights=WEIGHTS)[0]
        budget -= rewriter.try_case(case)
    layout, reviewer_comment = _layout_noise(rng, reviewer_comment)
    return rewriter.cells, layout, reviewer_comment


def _layout_noise(rng: random.Random, reviewer_comment: str | None) -> tuple[str | None, str | None]:
    """Some documents get layout noise; a comment in another language re-signs the reviewer's comment."""
    layout = rng.choice(LAYOUTS) if rng.random() < NOISY_DOCUMENTS else None
    if layout == "comment_language":
        body = reviewer_comment.split("]: ", 1)[1] if reviewer_comment else rng.choice(content.REVIEWER_COMMENTS)
        initials = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVW") for _ in range(2))
        reviewer_comment = f"{rng.choice(bank()['comment_tags'])} [{initials}{rng.randint(1, 9)}]: {body}"
    return layout, reviewer_comment


class _Rewriter:
    """The cells of one response being rewritten, case by case, with the draws of one seeded generator."""

    def __init__(self, cells: dict, rng: random.Random, ctx: content.Ctx, edition: int):
        self.cells = dict(cells)
        self.rng, self.ctx = rng, ctx
        self.topics = bank()["topics"]
        # Answers other answers rely on stay as they are: plain references' targets.
        self.reserved = {(c.xref, "") for c in self.cells.values() if c.kind == "xref" and c.xref}
        self.used: set = set()
        self.section = {e.question: e.section for e in catalogue.load(edition)}

    def near(self, q: int, t: int) -> bool:
        """Respondents refer to a question of the same section, or to a related one."""
        return self.section.get(q) == self.section.get(t) or (min(q, t), max(q, t)) in RELATED

    def free(self, key) -> bool:
        return key not in self.used and key not in self.reserved

    def plain_yes(self, q: int) -> bool:
        """A written yes in plain words (a safe reference target); a question with items: its roll-up."""
        c = self.cells.get((q, ""))
        if c is not None and c.answer_type == "items":
            return c.intended == "yes"
        return c is not None and c.intended == "yes" and c.kind == "yes" and not c.case and bool(c.paragraphs)

    def candidates(self, intended: str) -> list[int]:
        return [q for q in sorted(self.topics) if self.free((q, "")) and self.cells[(q, "")].intended == intended
                and self.cells[(q, "")].kind in ("yes", "no", "blank")]

    def rewrite(self, q: int, text: str, kind: str, case: str, *, xref=None, flag=False) -> None:
        old = self.cells[(q, "")]
        self.cells[(q, "")] = dataclasses.replace(old, paragraphs=((text,),), kind=kind, xref=xref, case=case,
                                                  flag_expected=flag, tick_survives=False)
        self.used.add((q, ""))

    def refer(self, q: int, target: int, case: str, flag: bool) -> None:
        kind = "xref_forward" if target > q else "xref_described"
        text = _fill(self.rng.choice(bank()[kind]), q, self.ctx, q=target)
        self.rewrite(q, text, "xref", case, xref=target, flag=flag or target > q)
        self.reserved.add((target, ""))

    def try_case(self, case: str) -> int:
        """Rewrite cells as one hard case where the response allows it; how many answers it used (0: none)."""
        steps = {"negation_in_yes": self._negation_in_yes, "negative_other_words": self._negative_other_words,
                 "xref_forward": self._xref_forward, "xref_described": self._xref_described,
                 "xref_links_above": self._xref_links_above, "xref_chain": self._xref_chain,
                 "xref_cycle": self._xref_cycle}
        yes, no = self.candidates("yes"), self.candidates("no")
        return steps[case](yes, no)

    def _negation_in_yes(self, yes: list[int], no: list[int]) -> int:
        if not yes:
            return 0
        q = self.rng.choice(yes)
        t = self.rng.choice(_templates("negation_in_yes", q))
        self.rewrite(q, _fill(t["text"], q, self.ctx), "yes", "negation_in_yes", flag=bool(t["flag"]))
        return 1

    def _negative_other_words(self, yes: list[int], no: list[int]) -> int:
        if not no:
            return 0
        q = self.rng.choice(no)
        text = _fill(self.rng.choice(_templates("negative_other_words", q)), q, self.ctx)
        self.rewrite(q, text, "no", "negative_other_words")
        return 1

    def _xref_forward(self, yes: list[int], no: list[int]) -> int:
        pairs = [(q, t) for q in yes for t in range(q + 2, q + 16) if (t in self.topics or t == 29)
                 and self.near(q, t) and self.plain_yes(t) and self.free((t, ""))]
        if not pairs:
            return 0
        q, t = self.rng.choice(pairs)
        self.refer(q, t, "xref_forward", True)
        return 1

    def _xref_described(self, yes: list[int], no: list[int]) -> int:
        pairs = [(q, t) for q in yes for t in range(max(4, q - 15), q - 1) if t in self.topics and self.near(q, t)
                 and self.plain_yes(t)]
        if not pairs:
            return 0
        q, t = self.rng.choice(pairs)
        self.refer(q, t, "xref_described", False)
        return 1

    def _xref_links_above(self, yes: list[int], no: list[int]) -> int:
        opts = [q for q in yes if (q - 1) in self.topics and self.near(q, q - 1) and self.plain_yes(q - 1)
                and self.cells[(q - 1, "")].links]
        if not opts:
            return 0
        q = self.rng.choice(opts)
        self.rewrite(q, self.rng.choice(bank()["xref_links_above"]), "xref", "xref_links_above", xref=q - 1)
        self.reserved.add((q - 1, ""))
        return 1

    def _xref_chain(self, yes: list[int], no: list[int]) -> int:
        triples = [(a, b, c) for c in yes if self.plain_yes(c) for b in yes if b != c and self.near(b, c)
                   for a in yes if a not in (b, c) and self.near(a, b)]
        if not triples:
            return 0
        a, b, c = self.rng.choice(triples)
        self.reserved.add((c, ""))
        self.refer(b, c, _direction(b, c), False)
        self.refer(a, b, "xref_chain", True)
        return 2

    def _xref_cycle(self, yes: list[int], no: list[int]) -> int:
        pairs = [(a, b) for a in yes for b in yes if a < b and self.near(a, b)]
        if not pairs:
            return 0
        a, b = self.rng.choice(pairs)
        for x, y in ((a, b), (b, a)):
            text = _fill(self.rng.choice(bank()["xref_described"]), x, self.ctx, q=y)
            self.rewrite(x, text, "xref", "xref_cycle", xref=y, flag=True)
        return 2


def _direction(q: int, target: int) -> str:
    return "xref_forward" if target > q else "xref_described"
