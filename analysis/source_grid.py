"""Independent evidence for the pages: every country by source, and the agreement rows of the answers shown.

Pure pandas, shared by the dashboard (ui/) and the figures command. A row always names its source; the
MSQ is the government's self-report, GTMI and UNCTAD are independent sources.
"""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analysis import vocabulary
from analysis.agreement import pick_year
from analysis.filters import Filters, places

SOURCES = ("msq", "gtmi", "unctad")
NOT_MEMBER = " (not a UN Member State)"  # the label of an economy a source covers that is not a member
WHO = {"gtmi": "World Bank", "unctad": "Cyberlaw Tracker"}  # the publisher, in a column header
LONG_COLUMNS = ["country_iso3", "country_name", "region", "is_synthetic", "indicator", "msq_question", "question",
                "column", "source", "source_label", "year", "answer", "basis", "detail", "link", "bar"]


def source_label(source: str, year: int | None = None) -> str:
    """'MSQ 2022 (self-report)', 'GTMI 2022 (World Bank)', 'UNCTAD Cyberlaw Tracker'."""
    if source == "msq":
        return f"MSQ {year} (self-report)" if year else "MSQ (self-report)"
    if source == "gtmi":
        return f"GTMI {year} (World Bank)" if year else "GTMI (World Bank)"
    return {"unctad": "UNCTAD Cyberlaw Tracker", "egdi": "EGDI (UN DESA)"}.get(source, source)


def page_indicators(crosswalk: pd.DataFrame, catalogue: pd.DataFrame, themes: Iterable[str],
                    edition: int) -> pd.DataFrame:
    """Crosswalk rows whose questionnaire question or item counts toward one of `themes`, in question order.

    Adds `question` ('Q10') and `column` ('Q10 Data protection law', the questionnaire's own label) for labels.
    """
    wanted = set(themes)
    cat = catalogue[catalogue["themes"].map(lambda t: bool(wanted & set(t)))]
    keys = set(zip(cat["question"].astype(int), cat["item"]))
    cw = crosswalk[crosswalk["msq_edition"] == edition]
    cw = cw[[(int(q), i) in keys for q, i in zip(cw["msq_question"], cw["msq_item"])]]
    cw = cw.sort_values(["msq_question", "indicator"], kind="stable").reset_index(drop=True)
    return cw.assign(question=[f"Q{q}" for q in cw["msq_question"]],
                     column=[f"Q{q} {lab}" for q, lab in zip(cw["msq_question"], cw["label"])])


def source_indicator(source: str, indicators: pd.DataFrame) -> pd.Series:
    """Each crosswalk row's item as the source names it (analysis.vocabulary.own_name): 'GTMI I-17 National
    strategy on disruptive/innovative technologies', 'UNCTAD Cybercrime legislation'; the questionnaire's own
    label for the self-report."""
    if source in ("gtmi", "unctad"):
        code = "gtmi_code" if source == "gtmi" else "unctad_area"
        labels = indicators["gtmi_label"].fillna("") if "gtmi_label" in indicators else pd.Series("", indicators.index)
        return pd.Series([vocabulary.own_name(source, i, g) for i, g in zip(indicators[code].fillna(""), labels)],
                         index=indicators.index, dtype=object)
    return indicators["column"]


def headers(indicators: pd.DataFrame, edition: int, years: dict[str, int | None]) -> pd.DataFrame:
    """(indicator, source, header) for the every-country table: a source's column names the source's own
    indicator, its proxy mark, the question it stands in for and the mapping's confidence, as the figure's
    bars do ('Q18 ≈ GTMI I-17 … · low confidence · same indicator as Q29 — GTMI 2022 (World Bank)')."""
    t = vocabulary.all_terms()
    t = t[t["indicator"].isin(set(indicators["indicator"]))]
    year = {"msq": edition, "gtmi": years.get("gtmi"), "unctad": None}
    header = [f"{b} — {source_label(s, year.get(s))}" for b, s in zip(t["bar"], t["source"])]
    return pd.DataFrame({"indicator": t["indicator"], "source": t["source"], "header": header})


def proxy_labels(long: pd.DataFrame, indicators: pd.DataFrame) -> pd.DataFrame:
    """`long` with every row's bar label from the vocabulary (column `bar`): 'Q18 ≈ GTMI I-17 National strategy
    on disruptive/innovative technologies · low confidence · same indicator as Q29' for an independent source,
    the question's label and 'MSQ 2022 (self-report)' for the self-report."""
    bars = vocabulary.lookup("bar")
    out = long.copy()
    own = [bars.get((i, s), c) for i, s, c in zip(out["indicator"], out["source"], out["column"])]
    out["bar"] = [b if s != "msq" else f"{b} · {lab}" for b, s, lab in zip(own, out["source"], out["source_label"])]
    return out


def source_years(evidence: pd.DataFrame, edition: int) -> dict[str, int | None]:
    """The year of each independent source set beside the edition (the same for every country)."""
    return {s: pick_year(evidence.loc[evidence["source"] == s, "year"], edition) for s in ("gtmi", "unctad")}


def universe(evidence: pd.DataFrame, msq_rows: pd.DataFrame, info: pd.DataFrame, f: Filters,
             years: dict[str, int | None]) -> pd.DataFrame:
    """Every country to list: those with GTMI or UNCTAD rows in the years used, plus the responses shown.

    `info` gives name/region/sub-region per ISO3 (loaders.countries.info); the sidebar's region,
    sub-region and country choices apply, the questionnaire-only filters (basis, synthetic) do not.
    Returns country_iso3, country_name, region, sub_region, is_synthetic (a synthetic response is shown).
    """
    used = [evidence[(evidence["source"] == s) & (evidence["year"] == y)] for s, y in years.items() if y is not None]
    ids = set(pd.concat(used)["country_iso3"] if used else []) | set(msq_rows["country_iso3"])
    out = info[info["country_iso3"].isin(ids)].copy()
    shown = msq_rows.drop_duplicates("country_iso3").set_index("country_iso3")
    names = dict(zip(shown.index, shown["country_name"])) if len(shown) else {}
    synthetic = dict(zip(shown.index, shown["is_synthetic"].astype(bool))) if len(shown) else {}
    out["country_name"] = [names.get(c, n) for c, n in zip(out["country_iso3"], out["country_name"])]
    out["is_synthetic"] = [bool(synthetic.get(c, False)) for c in out["country_iso3"]]
    if "un_member" in out:
        member = out["un_member"].astype(bool)
        out = out[member] if f.members_only else out.assign(
            country_name=out["country_name"].where(member, out["country_name"] + NOT_MEMBER))
    out = places(out, f)
    return out.sort_values("country_name", kind="stable").reset_index(drop=True)


def _first_http(links) -> str:
    return next((u for u in links if isinstance(u, str) and u.lower().startswith(("http://", "https://"))), "")


def every_country(msq_rows: pd.DataFrame, evidence: pd.DataFrame, indicators: pd.DataFrame,
                  countries: pd.DataFrame, edition: int, years: dict[str, int | None],
                  sources: Iterable[str] = SOURCES) -> pd.DataFrame:
    """One row per country × indicator × source: the answer, detail and link, or answer 'missing'.

    MSQ rows come from `msq_rows` (the answers that pass the sidebar filters), so the self-report keeps
    its basis; GTMI and UNCTAD rows from the evidence table for the year in `years`. 'missing' means the
    source has no row for the country. A source that does not map an indicator (e.g. UNCTAD for the
    right-to-information law) gets no rows for it.
    """
    sources = [s for s in SOURCES if s in set(sources)]
    frames = []
    base = countries[["country_iso3", "country_name", "region", "is_synthetic"]]
    for s in sources:
        if s == "msq":
            mapped = indicators[["indicator", "msq_question", "msq_item"]]
        else:
            col = "gtmi_code" if s == "gtmi" else "unctad_area"
            mapped = indicators.loc[indicators[col].fillna("") != "", ["indicator", "msq_question", "msq_item"]]
        if mapped.empty or base.empty:
            continue
        grid = base.merge(mapped[["indicator"]], how="cross")
        if s == "msq":
            year = edition
            got = msq_rows.merge(mapped, left_on=["question", "item"], right_on=["msq_question", "msq_item"])
            got = pd.DataFrame({"country_iso3": got["country_iso3"], "indicator": got["indicator"],
                                "year": got["edition"].astype("Int64"), "answer": got["answer"],
                                "basis": got["basis"], "detail": got["detail"],
                                "link": got["links"].map(_first_http)})
        else:
            year = years.get(s)
            rows = evidence[(evidence["source"] == s) & (evidence["year"] == year)]
            got = pd.DataFrame({"country_iso3": rows["country_iso3"], "indicator": rows["indicator"],
                                "year": rows["year"].astype("Int64"), "answer": rows["answer"], "basis": "",
                                "detail": rows["detail"], "link": rows["link"]})
        grid = grid.merge(got.drop_duplicates(["country_iso3", "indicator"]), on=["country_iso3", "indicator"],
                          how="left")
        grid["answer"] = grid["answer"].fillna("missing")
        grid[["basis", "detail", "link"]] = grid[["basis", "detail", "link"]].fillna("")
        grid["source"] = s
        grid["source_label"] = source_label(s, year)
        frames.append(grid)
    if not frames:
        return pd.DataFrame(columns=LONG_COLUMNS)
    out = pd.concat(frames, ignore_index=True)
    meta = indicators.set_index("indicator")
    for col in ("msq_question", "question", "column"):
        out[col] = out["indicator"].map(meta[col])
    # A synthetic response marks only its own (MSQ) rows; GTMI and UNCTAD rows are always real.
    out["is_synthetic"] = out["is_synthetic"].astype(bool) & (out["source"] == "msq") & (out["answer"] != "missing")
    order = {ind: i for i, ind in enumerate(indicators["indicator"])}
    out = out.assign(_o=out["indicator"].map(order), _s=out["source"].map({s: i for i, s in enumerate(SOURCES)}))
    out = out.sort_values(["country_name", "_o", "_s"], kind="stable").drop(columns=["_o", "_s"])
    return proxy_labels(out, indicators)[LONG_COLUMNS].reset_index(drop=True)


def responded_pairs(msq_rows: pd.DataFrame, crosswalk: pd.DataFrame) -> pd.DataFrame:
    """(country_iso3, indicator) for every questionnaire answer shown that the crosswalk maps."""
    keys = crosswalk[["indicator", "msq_edition", "msq_question", "msq_item"]]
    got = msq_rows.merge(keys, left_on=["edition", "question", "item"],
                         right_on=["msq_edition", "msq_question", "msq_item"])
    return got[["country_iso3", "indicator"]].drop_duplicates()


def agreement_rows(agreement: pd.DataFrame, msq_rows: pd.DataFrame, crosswalk: pd.DataFrame) -> pd.DataFrame:
    """The agreement rows of the questionnaire answers shown (so every sidebar filter applies), with the
    indicator's question number (msq_question) for ordering and labels."""
    if agreement.empty or msq_rows.empty:
        return agreement.iloc[0:0].assign(msq_question=pd.Series(dtype="int64"))
    pairs = responded_pairs(msq_rows, crosswalk)
    out = agreement.merge(pairs, on=["country_iso3", "indicator"]).reset_index(drop=True)
    q = dict(zip(crosswalk["indicator"], crosswalk["msq_question"]))
    return out.assign(msq_question=out["indicator"].map(q).astype("int64"))
