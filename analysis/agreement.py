"""Where a questionnaire self-report agrees with GTMI and UNCTAD: per country × indicator, in pandas."""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

STATUSES = ("agree", "disagree", "msq_missing", "source_missing")
# source -> (crosswalk column naming its item, crosswalk column with the mapping's confidence)
SOURCES = {"gtmi": ("gtmi_code", "gtmi_confidence"), "unctad": ("unctad_area", "unctad_confidence")}
AGREEMENT_COLUMNS = [
    "country_iso3", "indicator", "label", "source", "confidence", "status",
    "msq_year", "msq_answer", "msq_raw_value", "msq_detail", "msq_link", "is_synthetic",
    "source_year", "source_item", "source_answer", "source_raw_value", "source_detail", "source_link",
]


def pick_year(years: Iterable[int], edition: int) -> int | None:
    """The source year to set beside an edition: the latest at or before it, else the earliest after it."""
    years = sorted({int(y) for y in years})
    before = [y for y in years if y <= edition]
    if before:
        return before[-1]
    return years[0] if years else None


def status(msq_answer, source_answer) -> str:
    """agree / disagree / msq_missing / source_missing for one pair of answers.

    A missing or 'unknown' answer is never read as 'no'. 'partial' (a draft law, a planned system)
    is not a 'yes': it agrees with a questionnaire 'no' and disagrees with a 'yes'.
    """
    if not isinstance(msq_answer, str) or msq_answer == "unknown":
        return "msq_missing"
    if not isinstance(source_answer, str) or source_answer == "unknown":
        return "source_missing"
    if msq_answer == source_answer or (msq_answer == "no" and source_answer == "partial"):
        return "agree"
    return "disagree"


def _prefixed(frame: pd.DataFrame, prefix: str) -> pd.DataFrame:
    cols = {"year": "year", "answer": "answer", "raw_value": "raw_value", "detail": "detail", "link": "link"}
    return frame.rename(columns={k: f"{prefix}_{v}" for k, v in cols.items()})


def agreement(evidence: pd.DataFrame, crosswalk: pd.DataFrame, edition: int | None = None) -> pd.DataFrame:
    """One row per country × indicator × independent source (GTMI, UNCTAD) for one survey edition.

    `evidence` is the evidence table; `crosswalk` is loaders.reference.evidence.crosswalk_frame().
    Countries are every country with any evidence row, so non-responding countries show as msq_missing.
    Each source is read for one year: pick_year(its years, edition), the same for every country, so a
    country missing from that year shows as source_missing rather than quietly falling back to older data.
    """
    if evidence.empty or crosswalk.empty:
        return pd.DataFrame(columns=AGREEMENT_COLUMNS)
    if edition is None:
        msq_years = evidence.loc[evidence["source"] == "msq", "year"]
        edition = int(msq_years.max()) if len(msq_years) else int(crosswalk["msq_edition"].max())
    cw = crosswalk[crosswalk["msq_edition"] == edition]
    countries = pd.DataFrame({"country_iso3": sorted(evidence["country_iso3"].unique())})
    keep = ["country_iso3", "indicator", "year", "answer", "raw_value", "detail", "link"]
    msq = evidence[(evidence["source"] == "msq") & (evidence["year"] == edition)]
    msq = _prefixed(msq[keep + ["is_synthetic"]], "msq")
    out = []
    for source, (item_col, conf_col) in SOURCES.items():
        mapped = cw[cw[item_col].fillna("") != ""][["indicator", "label", item_col, conf_col]]
        if mapped.empty:
            continue
        rows = evidence[evidence["source"] == source]
        year = pick_year(rows["year"], edition)
        found = _prefixed(rows[rows["year"] == year][keep], "source") if year is not None else None
        grid = countries.merge(mapped, how="cross").rename(columns={item_col: "source_item",
                                                                     conf_col: "confidence"})
        grid = grid.merge(msq, on=["country_iso3", "indicator"], how="left")
        if found is not None:
            grid = grid.merge(found, on=["country_iso3", "indicator"], how="left")
        else:
            for c in ["source_year", "source_answer", "source_raw_value", "source_detail", "source_link"]:
                grid[c] = None
        grid["source"] = source
        grid["source_year"] = grid["source_year"].fillna(year if year is not None else pd.NA)
        grid["status"] = [status(a, b) for a, b in zip(grid["msq_answer"], grid["source_answer"])]
        out.append(grid)
    if not out:
        return pd.DataFrame(columns=AGREEMENT_COLUMNS)
    df = pd.concat(out, ignore_index=True)
    df["msq_year"] = df["msq_year"].fillna(edition).astype(int)
    df["source_year"] = df["source_year"].astype("Int64")
    df["is_synthetic"] = df["is_synthetic"].astype("boolean").fillna(False).astype(bool)
    for c in ["msq_raw_value", "msq_detail", "msq_link", "source_raw_value", "source_detail", "source_link"]:
        df[c] = df[c].fillna("")
    return df[AGREEMENT_COLUMNS].sort_values(["country_iso3", "indicator", "source"], ignore_index=True)


def summary(agreement_frame: pd.DataFrame) -> pd.DataFrame:
    """Counts of each status per indicator and source (columns agree, disagree, msq_missing, source_missing)."""
    if agreement_frame.empty:
        return pd.DataFrame(columns=["indicator", "source", *STATUSES])
    counts = (agreement_frame.groupby(["indicator", "source", "status"]).size()
              .unstack("status", fill_value=0).reindex(columns=list(STATUSES), fill_value=0))
    return counts.reset_index().rename_axis(columns=None)
