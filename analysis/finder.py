"""The finder across sources: countries where one source reports A in some states and another reports B.

Pure pandas. A condition is one source's own indicator: a questionnaire question (the self-report), a
GTMI indicator (World Bank) or an UNCTAD Cyberlaw Tracker area, each named as its publisher names it.
Every country of the universe gets a cell for every condition; 'missing' means the source has no row
for the country (for the self-report: no response shown), which is never read as 'no'.
"""
from __future__ import annotations

import pandas as pd

from analysis import vocabulary
from analysis.filters import Filters, places

# What each state means, in the finder's pills. 'partial' is GTMI's planned/draft level and UNCTAD's
# 'Draft Legislation'; the questionnaire has no partial answer.
STATES = ("yes", "partial", "no", "unknown", "missing")
STATE_NAMES = {"yes": "yes", "partial": "draft or planned", "no": "no", "unknown": "unknown",
               "missing": "not covered"}
CONDITION_COLUMNS = ["key", "source", "label", "confidence", "indicator", "question", "item", "order"]
CELL_COLUMNS = ["country_iso3", "key", "answer", "basis", "detail", "link", "flag", "correction"]
RESULT_SIDE = ["answer", "basis", "detail", "link", "flag", "correction"]


def msq_key(question: int, item: str) -> str:
    return f"msq:Q{int(question)}{'.' + item if item else ''}"


def _confidence(rows: pd.DataFrame, source: str) -> pd.Series:
    """'low for Q18 (a related item, …), low for Q29 ai (broader than the question)': how well the source's item
    stands in for each question it maps to (analysis.vocabulary)."""
    return pd.Series({k: vocabulary.confidence_text(g, source) for k, g in rows.groupby("key", sort=False)})


def conditions(msq_questions: pd.DataFrame, indicators: pd.DataFrame, years: dict[str, int | None],
               edition: int | None) -> pd.DataFrame:
    """Every condition the finder offers on a page, self-report first, then GTMI, then UNCTAD.

    `msq_questions` is tables.question_columns() of the page's answers (question, item, column);
    `indicators` the page's crosswalk rows (analysis.source_grid.page_indicators). A GTMI code or an
    UNCTAD area that stands in for several questions is offered once, under its own name.
    """
    msq = pd.DataFrame({
        "key": [msq_key(q, i) for q, i in zip(msq_questions["question"], msq_questions["item"])],
        "source": "msq",
        "label": msq_questions["column"] + f" — self-report (MSQ {edition})",
        "confidence": "", "indicator": "", "question": msq_questions["question"].astype("int64"),
        "item": msq_questions["item"], "order": range(len(msq_questions)),
    })
    frames = [msq]
    if years.get("gtmi") is not None:
        g = indicators[indicators["gtmi_code"].fillna("") != ""].copy()
        g["key"] = "gtmi:" + g["gtmi_code"]
        conf = _confidence(g, "gtmi")
        g = g.drop_duplicates("key")
        frames.append(pd.DataFrame({
            "key": g["key"], "source": "gtmi",
            "label": [vocabulary.own_name("gtmi", c, lab) + f" — World Bank {years['gtmi']}"
                      for c, lab in zip(g["gtmi_code"], g["gtmi_label"])],
            "confidence": g["key"].map(conf), "indicator": g["indicator"], "question": 0, "item": "",
            "order": 1000 + g["msq_question"].astype(int)}))
    if years.get("unctad") is not None:
        u = indicators[indicators["unctad_area"].fillna("") != ""].copy()
        u["key"] = "unctad:" + u["unctad_area"]
        conf = _confidence(u, "unctad")
        u = u.drop_duplicates("key")
        frames.append(pd.DataFrame({
            "key": u["key"], "source": "unctad",
            "label": [vocabulary.own_name("unctad", a) + " — Cyberlaw Tracker" for a in u["unctad_area"]],
            "confidence": u["key"].map(conf), "indicator": u["indicator"], "question": 0, "item": "",
            "order": 2000 + u["msq_question"].astype(int)}))
    out = pd.concat(frames, ignore_index=True)
    return out.sort_values("order", kind="stable").reset_index(drop=True)[CONDITION_COLUMNS]


def _first_http(links) -> str:
    return next((u for u in links if isinstance(u, str) and u.lower().startswith(("http://", "https://"))), "")


def cells(msq_rows: pd.DataFrame, evidence: pd.DataFrame, conds: pd.DataFrame, world: pd.DataFrame,
          years: dict[str, int | None]) -> pd.DataFrame:
    """One cell per country of `world` × condition: answer (or 'missing'), detail, link, flag, correction."""
    got = []
    if len(msq_rows):
        item = msq_rows["item"].fillna("")
        m = msq_rows.assign(key="msq:Q" + msq_rows["question"].astype(int).astype(str)
                            + ("." + item).where(item != "", ""))
        m = m[m["key"].isin(set(conds["key"]))]
        correction = pd.Series("", index=m.index)
        if "correction_reason" in m:
            corrected = m["basis"] == "corrected"
            correction = ("corrected from " + m["original_answer"].fillna("") + ": "
                          + m["correction_reason"].fillna("")).where(corrected, "")
        got.append(pd.DataFrame({
            "country_iso3": m["country_iso3"], "key": m["key"], "answer": m["answer"], "basis": m["basis"],
            "detail": m["detail"], "link": m["links"].map(_first_http),
            "flag": m["flag"].fillna("") if "flag" in m else "", "correction": correction}))
    for source in ("gtmi", "unctad"):
        year = years.get(source)
        c = conds[conds["source"] == source]
        if year is None or c.empty:
            continue
        ev = evidence[(evidence["source"] == source) & (evidence["year"] == year)]
        ev = ev.merge(c[["key", "indicator"]], on="indicator")
        got.append(pd.DataFrame({"country_iso3": ev["country_iso3"], "key": ev["key"], "answer": ev["answer"],
                                 "basis": "", "detail": ev["detail"], "link": ev["link"], "flag": "",
                                 "correction": ""}))
    grid = world[["country_iso3"]].merge(conds[["key"]], how="cross")
    if got:
        found = pd.concat(got, ignore_index=True).drop_duplicates(["country_iso3", "key"])
        grid = grid.merge(found, on=["country_iso3", "key"], how="left")
    else:
        grid = grid.assign(**{c: None for c in CELL_COLUMNS[2:]})
    grid["answer"] = grid["answer"].fillna("missing")
    for col in ("basis", "detail", "link", "flag", "correction"):
        grid[col] = grid[col].fillna("")
    return grid[CELL_COLUMNS]


def find(cell_rows: pd.DataFrame, world: pd.DataFrame, a: str, a_states, b: str | None = None, b_states=(),
         *, regions=(), words: str = "") -> pd.DataFrame:
    """Countries whose cell for condition `a` is in `a_states` and (when `b` is given) for `b` in `b_states`.

    `regions` narrows to UN M49 regions; `words` keeps only countries whose written answer (or source
    detail) for `a` contains every word, case-insensitive. One row per country: its name and region,
    then answer_a, detail_a, … and answer_b, detail_b, … (empty when there is no `b`).
    """
    pick = cell_rows[(cell_rows["key"] == a) & cell_rows["answer"].isin(list(a_states))]
    for w in words.lower().split():
        pick = pick[pick["detail"].str.lower().str.contains(w, regex=False)]
    out = pick.drop(columns="key").rename(columns={c: f"{c}_a" for c in RESULT_SIDE})
    if b:
        other = cell_rows[(cell_rows["key"] == b) & cell_rows["answer"].isin(list(b_states))]
        out = out.merge(other.drop(columns="key").rename(columns={c: f"{c}_b" for c in RESULT_SIDE}),
                        on="country_iso3")
    else:
        out = out.assign(**{f"{c}_b": "" for c in RESULT_SIDE})
    out = world.merge(out, on="country_iso3")
    out = places(out, Filters(regions=tuple(regions)))
    return out.sort_values("country_name", kind="stable").reset_index(drop=True)
