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

from . import content as C

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


def _fill(template: str, question: int, ctx: C.Ctx, **extra) -> str:
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
        values["url"] = C.url(ctx, f"q{question}-{t['topic'].split()[-1]}")
    text = template.format(**values)
    return " ".join(text.split()).replace(" ;", ";")


def apply(cells: dict, *, iso3: str, edition: int, seed: int, country: str, ctx_kwargs: dict,
          reviewer_comment: str | None) -> tuple[dict, str | None, str | None]:
    """Rewrite some cells as hard cases; returns (cells, layout noise or None, reviewer comment)."""
    rng = random.Random(f"msq-demo-hard|{iso3}|{edition}|{seed}")
    ctx = C.Ctx(rng=rng, **ctx_kwargs)
    topics = bank()["topics"]
    cells = dict(cells)
    # Answers other answers rely on stay as they are: plain references' targets.
    reserved = {(c.xref, "") for c in cells.values() if c.kind == "xref" and c.xref}
    section = {e.question: e.section for e in catalogue.load(edition)}

    def near(q: int, t: int) -> bool:
        """Respondents refer to a question of the same section, or to a related one."""
        return section.get(q) == section.get(t) or (min(q, t), max(q, t)) in RELATED
    used: set = set()

    def free(key) -> bool:
        return key not in used and key not in reserved

    def plain_yes(q: int) -> bool:
        """A written yes in plain words (a safe reference target); a question with items: its roll-up."""
        c = cells.get((q, ""))
        if c is not None and c.answer_type == "items":
            return c.intended == "yes"
        return c is not None and c.intended == "yes" and c.kind == "yes" and not c.case and bool(c.paragraphs)

    def candidates(intended: str) -> list[int]:
        return [q for q in sorted(topics) if free((q, "")) and cells[(q, "")].intended == intended
                and cells[(q, "")].kind in ("yes", "no", "blank")]

    def rewrite(q: int, text: str, kind: str, case: str, *, xref=None, flag=False) -> None:
        old = cells[(q, "")]
        cells[(q, "")] = dataclasses.replace(old, paragraphs=((text,),), kind=kind, xref=xref, case=case,
                                             flag_expected=flag, tick_survives=False)
        used.add((q, ""))

    def refer(q: int, target: int, case: str, flag: bool) -> None:
        kind = "xref_forward" if target > q else "xref_described"
        text = _fill(rng.choice(bank()[kind]), q, ctx, q=target)
        rewrite(q, text, "xref", case, xref=target, flag=flag or target > q)
        reserved.add((target, ""))

    budget = round(65 * rng.uniform(*SHARE))
    tries = 0
    while budget > 0 and tries < 60:
        tries += 1
        case = rng.choices(CASES, weights=WEIGHTS)[0]
        yes, no = candidates("yes"), candidates("no")
        if case == "negation_in_yes" and yes:
            q = rng.choice(yes)
            opts = _templates("negation_in_yes", q)
            t = rng.choice(opts)
            rewrite(q, _fill(t["text"], q, ctx), "yes", case, flag=bool(t["flag"]))
            budget -= 1
        elif case == "negative_other_words" and no:
            q = rng.choice(no)
            rewrite(q, _fill(rng.choice(_templates("negative_other_words", q)), q, ctx), "no", case)
            budget -= 1
        elif case == "xref_forward":
            pairs = [(q, t) for q in yes for t in range(q + 2, q + 16) if (t in topics or t == 29)
                     and near(q, t) and plain_yes(t) and free((t, ""))]
            if pairs:
                q, t = rng.choice(pairs)
                refer(q, t, case, True)
                budget -= 1
        elif case == "xref_described":
            pairs = [(q, t) for q in yes for t in range(max(4, q - 15), q - 1) if t in topics and near(q, t)
                     and plain_yes(t)]
            if pairs:
                q, t = rng.choice(pairs)
                refer(q, t, case, False)
                budget -= 1
        elif case == "xref_links_above":
            opts = [q for q in yes if (q - 1) in topics and near(q, q - 1) and plain_yes(q - 1)
                    and cells[(q - 1, "")].links]
            if opts:
                q = rng.choice(opts)
                rewrite(q, rng.choice(bank()["xref_links_above"]), "xref", case, xref=q - 1)
                reserved.add((q - 1, ""))
                budget -= 1
        elif case == "xref_chain":
            triples = [(a, b, c) for c in yes if plain_yes(c) for b in yes if b != c and near(b, c)
                       for a in yes if a not in (b, c) and near(a, b)]
            if triples:
                a, b, c = rng.choice(triples)
                reserved.add((c, ""))
                refer(b, c, _direction(b, c), False)
                refer(a, b, case, True)
                budget -= 2
        elif case == "xref_cycle" and [(a, b) for a in yes for b in yes if a < b and near(a, b)]:
            a, b = rng.choice([(a, b) for a in yes for b in yes if a < b and near(a, b)])
            for x, y in ((a, b), (b, a)):
                text = _fill(rng.choice(bank()["xref_described"]), x, ctx, q=y)
                rewrite(x, text, "xref", case, xref=y, flag=True)
            budget -= 2

    layout = rng.choice(LAYOUTS) if rng.random() < NOISY_DOCUMENTS else None
    if layout == "comment_language":
        body = reviewer_comment.split("]: ", 1)[1] if reviewer_comment else rng.choice(C.REVIEWER_COMMENTS)
        initials = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVW") for _ in range(2))
        reviewer_comment = f"{rng.choice(bank()['comment_tags'])} [{initials}{rng.randint(1, 9)}]: {body}"
    return cells, layout, reviewer_comment


def _direction(q: int, target: int) -> str:
    return "xref_forward" if target > q else "xref_described"
