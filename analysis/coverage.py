"""Per-country yes/no/unknown coverage by section and by theme, computed with pandas."""
from __future__ import annotations

import pandas as pd

from loaders import catalogue

COVERAGE_COLUMNS = [
    "country_iso3", "country_name", "edition", "group", "yes", "no", "unknown",
    "total", "answered", "yes_share_answered", "yes_share_all",
]


def scored_answers(answers: pd.DataFrame) -> pd.DataFrame:
    """Only the rows that count in coverage: sub-items count, the roll-up row of an items question does not."""
    if answers.empty:
        return answers
    keys = []
    for edition in answers["edition"].unique():
        for e in catalogue.load(int(edition)):
            if e.scored:
                keys.append((int(edition), e.question, e.item))
    scored = pd.DataFrame(keys, columns=["edition", "question", "item"])
    return answers.merge(scored, on=["edition", "question", "item"], how="inner")


def coverage(answers: pd.DataFrame, by: str = "section") -> pd.DataFrame:
    """Counts of yes/no/unknown per country and section (by='section') or theme (by='theme').

    yes_share_answered = yes / (yes + no), NaN when nothing was answered (unknown is not "no");
    yes_share_all = yes / all scored items.
    """
    if by not in {"section", "theme"}:
        raise ValueError("by must be 'section' or 'theme'")
    df = scored_answers(answers)
    if df.empty:
        return pd.DataFrame(columns=COVERAGE_COLUMNS)
    if by == "theme":
        df = df.explode("themes").dropna(subset=["themes"]).rename(columns={"themes": "group"})
    else:
        df = df.assign(group=df["section"])
    keys = ["country_iso3", "country_name", "edition", "group"]
    counts = (
        df.groupby(keys + ["answer"], observed=True).size().unstack("answer", fill_value=0)
        .reindex(columns=["yes", "no", "unknown"], fill_value=0).reset_index()
    )
    counts.columns.name = None
    counts["total"] = counts["yes"] + counts["no"] + counts["unknown"]
    counts["answered"] = counts["yes"] + counts["no"]
    counts["yes_share_answered"] = (counts["yes"] / counts["answered"]).where(counts["answered"] > 0)
    counts["yes_share_all"] = counts["yes"] / counts["total"]
    return counts[COVERAGE_COLUMNS].sort_values(keys).reset_index(drop=True)
