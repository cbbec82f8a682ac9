"""Screen tables for the independent-evidence views: symbols and names on top of analysis.source_grid.

A cell always says which source it comes from (its column or its source value), and the MSQ is always
named as the self-report.
"""
from __future__ import annotations

import pandas as pd

from analysis.source_grid import source_label
from figures.style import EVIDENCE_SYMBOLS, INFERRED_MARK, STATUS_NAMES

from .tables import country_names

CONFIDENCE_TEXT = {"high": "high", "medium": "medium", "low": "low (approximate mapping)"}
AGREEMENT_COLUMNS = ["country", "iso3", "question", "indicator", "source", "source's own indicator", "confidence",
                     "status",
                     "self-report (MSQ)", "self-report detail", "self-report link", "source answer", "source value",
                     "source detail", "source link", "is_synthetic"]


def cell(answer: str, basis: str = "") -> str:
    """'✓ yes', '◐ partial', '— not covered'; '✓* yes' when a questionnaire answer was inferred."""
    if answer == "missing":
        return f"{EVIDENCE_SYMBOLS['missing']} not covered"
    mark = INFERRED_MARK if basis == "inferred" else ""
    return f"{EVIDENCE_SYMBOLS.get(answer, '')}{mark} {answer}".strip()


def cells(answer: pd.Series, basis: pd.Series) -> pd.Series:
    """cell() for a whole column at once."""
    mark = basis.eq("inferred").map({True: INFERRED_MARK, False: ""})
    text = (answer.map(EVIDENCE_SYMBOLS).fillna("") + mark + " " + answer).str.strip()
    return text.where(answer != "missing", f"{EVIDENCE_SYMBOLS['missing']} not covered")


def basis_of(msq_raw_value: str) -> str:
    """'inferred' from the evidence table's MSQ raw value 'yes (inferred)'; '' when there is none."""
    if not isinstance(msq_raw_value, str) or not msq_raw_value.endswith(")"):
        return ""
    return msq_raw_value.rsplit("(", 1)[-1].rstrip(")")


def shorten(text: str, limit: int = 600) -> str:
    """Long written answers cut for a side-by-side card (the table and the download keep them whole)."""
    text = str(text)
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "… (cut here; the whole answer is in the table)"


def wide(long: pd.DataFrame, headers: pd.DataFrame | None = None) -> pd.DataFrame:
    """Country × (indicator, source) cells: one column per indicator and source, its header naming both
    (`headers`: source_grid.headers, the source's own indicator and the mapping confidence)."""
    if long.empty:
        return pd.DataFrame(columns=["country", "iso3", "region", "self-report shown"])
    synthetic = long.groupby("country_iso3")["is_synthetic"].transform("any")
    if headers is not None:
        named = long.merge(headers, on=["indicator", "source"], how="left")["header"]
        header = named.fillna(pd.Series(long["column"] + " — " + long["source_label"]).reset_index(drop=True))
        header.index = long.index
    else:
        header = long["column"] + " — " + long["source_label"]
    long = long.assign(header=header,
                       who=country_names(long["country_name"], synthetic),
                       cell=cells(long["answer"], long["basis"].fillna("")))
    headers = list(dict.fromkeys(long["header"]))
    table = long.pivot_table(index=["country_iso3", "who", "region"], columns="header", values="cell",
                             aggfunc="first", sort=False).reindex(columns=headers).reset_index()
    table.columns.name = None
    has_msq = long[(long["source"] == "msq") & (long["answer"] != "missing")]["country_iso3"].unique()
    table.insert(3, "self-report shown", table["country_iso3"].isin(has_msq).map({True: "yes", False: "—"}))
    table = table.rename(columns={"who": "country", "country_iso3": "iso3"})
    return table.sort_values("country", kind="stable").reset_index(drop=True)[
        ["country", "iso3", "region", "self-report shown", *headers]]


def long_table(long: pd.DataFrame, headers: pd.DataFrame | None = None) -> pd.DataFrame:
    """One indicator's rows for the screen: country, source (its own indicator and the mapping's confidence
    when `headers` names them), answer, detail and link."""
    source = long["source_label"]
    if headers is not None:
        by_source = dict(zip(headers["source"], headers["header"]))
        source = long["source"].map(by_source).fillna(long["source_label"])
    return pd.DataFrame({
        "country": country_names(long["country_name"], long["is_synthetic"]),
        "iso3": long["country_iso3"], "source": source,
        "answer": cells(long["answer"], long["basis"].fillna("")),
        "detail": long["detail"], "link": long["link"],
    })


def own_indicator(rows: pd.DataFrame, crosswalk: pd.DataFrame | None) -> pd.Series:
    """The source's item as the source names it, with the vocabulary's mark: '= GTMI I-38 Data Protection / Privacy
    law', '≈ UNCTAD Cybercrime legislation' (rows: agreement rows with source and source_item)."""
    from analysis import vocabulary

    own, mark = vocabulary.lookup("own"), vocabulary.lookup("mark")
    item = rows["source_item"].fillna("").astype(str)
    # '≈ UNCTAD Cybercrime legislation': the mark says whether it stands in for the question or records it
    return pd.Series([f"{mark.get((i, s), vocabulary.PROXY)} {own.get((i, s)) or vocabulary.own_name(s, it)}"
                      for i, s, it in zip(rows["indicator"], rows["source"], item)], index=rows.index, dtype=object)


def named_source(rows: pd.DataFrame, crosswalk: pd.DataFrame | None) -> pd.Series:
    """'GTMI I-38 Data Protection / Privacy law (World Bank 2022)', 'UNCTAD Cybercrime legislation (Cyberlaw
    Tracker)': the source's own indicator and its publisher, for cards and verdicts."""
    year = rows["source_year"].astype("Int64").astype(str).str.replace("<NA>", "", regex=False)
    who = ("(World Bank " + year + ")").str.replace(" )", ")", regex=False).where(
        rows["source"] == "gtmi", "(Cyberlaw Tracker)")
    return own_indicator(rows, crosswalk) + " " + who


def agreement_table(rows: pd.DataFrame, names: dict[str, str], crosswalk: pd.DataFrame | None = None) -> pd.DataFrame:
    """Agreement rows for the screen and the download: both sides' answer, detail and link, named."""
    if rows.empty:
        return pd.DataFrame(columns=AGREEMENT_COLUMNS)
    basis = rows["msq_raw_value"].map(basis_of)
    return pd.DataFrame({
        "country": country_names(rows["country_iso3"].map(names).fillna(rows["country_iso3"]), rows["is_synthetic"]),
        "iso3": rows["country_iso3"],
        "question": [f"Q{q}" for q in rows["msq_question"]],
        "indicator": rows["label"],
        "source": [source_label(s, y if s == "gtmi" else None) for s, y in zip(rows["source"], rows["source_year"])],
        "source's own indicator": own_indicator(rows, crosswalk).to_numpy(),
        "confidence": rows["confidence"].map(CONFIDENCE_TEXT).fillna(rows["confidence"]),
        "status": rows["status"].map(STATUS_NAMES),
        "self-report (MSQ)": cells(rows["msq_answer"].fillna("missing"), basis.fillna("")).to_numpy(),
        "self-report detail": rows["msq_detail"],
        "self-report link": rows["msq_link"],
        "source answer": cells(rows["source_answer"].fillna("missing"), pd.Series("", index=rows.index)).to_numpy(),
        "source value": rows["source_raw_value"],
        "source detail": rows["source_detail"],
        "source link": rows["source_link"],
        "is_synthetic": rows["is_synthetic"].astype(bool),
    })[AGREEMENT_COLUMNS]
