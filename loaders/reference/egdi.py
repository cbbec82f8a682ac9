"""UN E-Government Survey index files (EGOV_DATA_<year>.csv and kin) -> rows of table `egdi`."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..countries import UnknownCountry, to_iso3
from .files import Parsed, ReferenceFileError, layouts_for, read_table

KIND = "egdi"
INDEX_COLUMNS = ["egdi", "epi", "osi", "hci", "tii"]
COLUMNS = ["country_iso3", "country_name", "year", "egdi_rank", *INDEX_COLUMNS, "source_file"]


def matches(header: list[str]) -> bool:
    """True when a header row is one of the EGDI layouts."""
    return any(layout.match(header) is not None for layout in layouts_for(KIND))


def _numbers(raw: pd.Series, column: str, path: Path) -> pd.Series:
    text = raw.fillna("").str.strip()
    values = pd.to_numeric(text.where(text != ""), errors="coerce")
    bad = text[(text != "") & values.isna()]
    if len(bad):
        raise ReferenceFileError(f"{path.name}: column {column!r} holds values that are not numbers: "
                                 f"{sorted(bad.unique())[:5]}")
    return values


def _iso3(names: pd.Series, given: pd.Series | None, path: Path) -> pd.Series:
    if given is not None:
        codes = given.fillna("").str.strip().str.upper()
        if codes.str.fullmatch(r"[A-Z]{3}").all():
            return codes
    out, unknown = [], []
    for name in names:
        try:
            out.append(to_iso3(name))
        except UnknownCountry:
            unknown.append(name)
            out.append("")
    if unknown:
        raise ReferenceFileError(f"{path.name}: country names not recognised: {sorted(set(unknown))[:10]}; "
                                 "add them to data/countries_overrides.csv with their ISO3 codes")
    return pd.Series(out, index=names.index)


def read(path: Path) -> Parsed:
    """Read one EGDI file (one survey year, or the derived long file with several)."""
    layout, sheet, mapping, raw = read_table(path, KIND)
    df = raw.rename(columns=mapping)[list(dict.fromkeys(mapping.values()))]
    notes = []
    extra = [h for h in raw.columns if h not in mapping]
    if extra:
        notes.append(f"columns not used: {extra}")
    df["country_name"] = df["country_name"].fillna("").str.strip()
    df = df[df["country_name"] != ""]
    if df.empty:
        raise ReferenceFileError(f"{path.name}: the file has a header but no country rows")
    years = _numbers(df["year"], "Survey Year", path)
    if years.isna().any() or not years.between(2001, 2100).all() or (years % 1 != 0).any():
        raise ReferenceFileError(f"{path.name}: 'Survey Year' must be a year on every row")
    out = pd.DataFrame({"country_name": df["country_name"], "year": years.astype(int)})
    out["country_iso3"] = _iso3(df["country_name"], df.get("country_iso3"), path)
    out["egdi_rank"] = _numbers(df["egdi_rank"], "E-Government Rank", path).astype("Int64")
    for column in INDEX_COLUMNS:
        out[column] = _numbers(df[column], column, path)
    # 2003-2010 list a few states that were not assessed: rank blank and every index 0. Zero is no score.
    not_assessed = out["egdi_rank"].isna() & (out[INDEX_COLUMNS].fillna(0) == 0).all(axis=1)
    if not_assessed.any():
        out.loc[not_assessed, INDEX_COLUMNS] = float("nan")
        notes.append(f"{int(not_assessed.sum())} rows not assessed (rank blank, all indices 0): "
                     "indices stored as empty")
    above = out[(out[INDEX_COLUMNS] > 1).any(axis=1)]
    if len(above):
        notes.append(f"index values above 1 kept as published: {sorted(zip(above['country_iso3'], above['year']))[:5]}")
    dup = out[out.duplicated(["country_iso3", "year"], keep=False)]
    if len(dup):
        raise ReferenceFileError(f"{path.name}: countries listed twice in one year: "
                                 f"{sorted(set(zip(dup['country_iso3'], dup['year'])))[:5]}")
    out["source_file"] = path.name
    return Parsed(kind=KIND, layout=layout.name, frames={"egdi": out[COLUMNS].reset_index(drop=True)},
                  notes=notes, sheet=sheet)
