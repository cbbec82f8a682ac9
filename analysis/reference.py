"""What the reference tables (EGDI, evidence) say beyond their rows: whether an independent source is loaded, and
each source's own date as figures, pages and downloads print it. The tables are read by analysis.queries."""
from __future__ import annotations

import pandas as pd

# The independent sources of the evidence table (the MSQ is the self-report they are set beside).
INDEPENDENT = ("gtmi", "unctad")


def has_independent(evidence: pd.DataFrame) -> bool:
    """True when the evidence holds GTMI or UNCTAD rows (an official file was loaded), not only MSQ rows."""
    return bool(len(evidence)) and bool(evidence["source"].isin(INDEPENDENT).any())


def dates_shown(years: dict, unctad_date) -> dict[str, str]:
    """Each independent source's own date as figures, pages and downloads print it (figures.style.vintage):
    {'gtmi': '2022', 'unctad': 'as of 2026-03-05'}; a source left out is printed as 'date not recorded'."""
    out = {"gtmi": str(years["gtmi"])} if years.get("gtmi") is not None else {}
    if unctad_date is not None and years.get("unctad") is not None:
        out["unctad"] = f"as of {unctad_date.isoformat()}"
    return out
