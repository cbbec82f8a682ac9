"""Pandas tables the pages show (ranking, comparison, finder), kept out of the page files and testable alone."""
from __future__ import annotations

import pandas as pd

from figures.style import ANSWER_SYMBOLS, INFERRED_MARK

SYNTHETIC_DAGGER = " †"


def question_columns(rows: pd.DataFrame) -> pd.DataFrame:
    """(question, item, column) in questionnaire order; column is a short label such as 'Q10 Data protection law'."""
    q = rows[["question", "item", "label", "section"]].drop_duplicates(["question", "item"])
    q = q.sort_values("question", kind="stable")
    q["column"] = [f"Q{n} {lab or it}" for n, it, lab in zip(q["question"], q["item"], q["label"])]
    return q.reset_index(drop=True)


def country_name(name: str, synthetic: bool) -> str:
    return f"{name}{SYNTHETIC_DAGGER if synthetic else ''}"


def country_names(names: pd.Series, synthetic: pd.Series) -> pd.Series:
    """country_name for a whole column at once: 'Kenya †' for a synthetic demo response."""
    return names.astype(str) + synthetic.astype(bool).map({True: SYNTHETIC_DAGGER, False: ""})


def symbols(answer: pd.Series, basis: pd.Series) -> pd.Series:
    """symbol() for a whole column at once."""
    marks = basis.map({"inferred": INFERRED_MARK, "corrected": "✎"}).fillna("")
    return answer.map(ANSWER_SYMBOLS).fillna(answer) + marks


def symbol(answer: str, basis: str) -> str:
    """'✓', '✗' or '?', with the inferred mark when no tick survived and ✎ when an analyst corrected it."""
    return ANSWER_SYMBOLS.get(answer, answer) + {"inferred": INFERRED_MARK, "corrected": "✎"}.get(basis, "")


def ranking(cov: pd.DataFrame, countries: pd.DataFrame) -> pd.DataFrame:
    """Countries ranked by share of 'yes' over all scored answers (unknown counts against, never as 'no')."""
    if cov.empty:
        return pd.DataFrame(columns=["rank", "country", "iso3", "region", "yes", "no", "unknown",
                                     "yes_pct_all", "yes_pct_answered"])
    per = cov.groupby(["country_iso3"])[["yes", "no", "unknown", "total", "answered"]].sum().reset_index()
    meta = countries.set_index("country_iso3")
    per["country"] = [country_name(meta.at[c, "country_name"], bool(meta.at[c, "is_synthetic"]))
                      for c in per["country_iso3"]]
    per["region"] = per["country_iso3"].map(meta["region"])
    # A country whose answers are all unknown has no share at all (empty, last, unranked): never 0 %.
    per["yes_pct_all"] = (100 * per["yes"] / per["total"]).where(per["answered"] > 0).round(1)
    per["yes_pct_answered"] = (100 * per["yes"] / per["answered"]).where(per["answered"] > 0).round(1)
    per = per.sort_values(["yes_pct_all", "country"], ascending=[False, True], na_position="last").reset_index(
        drop=True)
    per["rank"] = per["yes_pct_all"].rank(method="min", ascending=False).astype("Int64")
    return per.rename(columns={"country_iso3": "iso3"})[
        ["rank", "country", "iso3", "region", "yes", "no", "unknown", "yes_pct_all", "yes_pct_answered"]]


def search(rows: pd.DataFrame, words: tuple[str, ...]) -> pd.DataFrame:
    """Answers whose written answer contains every word (case-insensitive, any part of a word)."""
    mask = pd.Series(True, index=rows.index)
    for w in words:
        mask &= rows["detail"].str.lower().str.contains(w.lower(), regex=False)
    return rows[mask]


def compare_table(rows: pd.DataFrame, isos: list[str]) -> pd.DataFrame:
    """Question × country table of '✓ yes' style answers; 'differs' flags rows whose answers are not all equal."""
    sub = rows[rows["country_iso3"].isin(isos)]
    q = question_columns(sub)
    keyed = sub.merge(q[["question", "item", "column"]], on=["question", "item"])
    first = sub.drop_duplicates("country_iso3").set_index("country_iso3")
    names = country_names(first["country_name"], first["is_synthetic"])
    flag = keyed["flag"].fillna("").ne("") if "flag" in keyed else pd.Series(False, index=keyed.index)
    keyed = keyed.assign(cell=symbols(keyed["answer"], keyed["basis"]) + " " + keyed["answer"]
                         + flag.map({True: " ⚑", False: ""}),
                         who=keyed["country_iso3"].map(names))
    order = [names[i] for i in isos if i in names.index]
    wide = keyed.pivot_table(index="column", columns="who", values="cell", aggfunc="first").reindex(
        index=q["column"], columns=order)
    answers = keyed.pivot_table(index="column", columns="who", values="answer", aggfunc="first").reindex(
        index=q["column"], columns=order)
    wide = wide.fillna("— not in response")
    differs = answers.fillna("(missing)").nunique(axis=1) > 1
    wide.insert(0, "section", q.set_index("column")["section"])
    wide.insert(1, "differs", differs.map({True: "≠ differs", False: ""}))
    wide.index.name = "question"
    wide.columns.name = None
    return wide.reset_index()
