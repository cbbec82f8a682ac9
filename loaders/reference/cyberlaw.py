"""UNCTAD Global Cyberlaw Tracker data.csv (+ document_links.json beside it) -> table `cyberlaw`."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd

from ..countries import UnknownCountry, to_iso3
from .files import Parsed, ReferenceFileError, layouts_for, read_table

KIND = "cyberlaw"
STATUSES = ("Legislation", "Draft Legislation", "No Legislation", "No Data")
COLUMNS = ["country_iso3", "m49", "country_name", "area", "status", "law_titles", "law_urls", "as_of",
           "source_file"]


def matches(header: list[str]) -> bool:
    """True when a header row is the tracker's layout (code, country, one column per legal area)."""
    return any(layout.match(header) is not None for layout in layouts_for(KIND))


def links_file(path: Path) -> Path | None:
    """The tracker's document_links.json when it sits beside the data file."""
    hits = sorted(p for p in path.parent.glob("*.json") if p.name.endswith("document_links.json"))
    return hits[0] if hits else None


def _laws(path: Path | None, notes: list[str]) -> dict[tuple[str, str], tuple[list[str], list[str]]]:
    if path is None:
        notes.append("no document_links.json beside the file: law titles and links left empty")
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise ReferenceFileError(f"{path.name}: not readable JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise ReferenceFileError(f"{path.name}: expected an object keyed by M49 code")
    out = {}
    for code, entry in data.items():
        if not isinstance(entry, dict):
            continue
        for area, docs in entry.items():
            if not isinstance(docs, list):
                continue  # `false` where the tracker lists no document; "countryName" is text
            pairs = [d for d in docs if isinstance(d, list) and len(d) >= 2]
            out[(str(code).strip().zfill(3), area)] = ([str(d[1]).strip() for d in pairs],
                                                       [str(d[0]).strip() for d in pairs])
    notes.append(f"law titles and links from {path.name}")
    return out


def _iso3(m49: str, name: str) -> str:
    by_code = by_name = None
    try:
        by_code = to_iso3(str(int(m49)))
    except (UnknownCountry, ValueError):
        pass
    try:
        by_name = to_iso3(name)
    except UnknownCountry:
        pass
    if by_code and by_name and by_code != by_name:
        raise ReferenceFileError(f"M49 code {m49} ({by_code}) and name {name!r} ({by_name}) disagree")
    if not (by_code or by_name):
        raise UnknownCountry(f"{m49} {name!r}")
    return by_code or by_name


def publisher_date(path: Path, source: str = "unctad") -> date | None:
    """The publisher's date of this very file from data/sources.csv (as_of, for the SHA-256 in as_of_sha256),
    else None: a file's modification or copy time is never taken for the date of its data."""
    from ..hashing import sha256_of
    from .files import sources

    row = sources().get(source) or {}
    known = {h.strip().lower() for h in (row.get("as_of_sha256") or "").split(";") if h.strip()}
    if not row.get("as_of") or sha256_of(path).lower() not in known:
        return None
    return date.fromisoformat(row["as_of"])


def read(path: Path, as_of: date | None = None) -> Parsed:
    """Read the tracker: one row per country and legal area, with the laws it lists."""
    layout, sheet, mapping, raw = read_table(path, KIND)
    notes: list[str] = []
    code_col = next(h for h, c in mapping.items() if c == "m49")
    name_col = next(h for h, c in mapping.items() if c == "country_name")
    areas = [h for h, c in mapping.items() if c == "area"]
    df = raw[raw[code_col].fillna("").str.strip() != ""]
    m49 = df[code_col].str.strip().str.replace(r"\.0$", "", regex=True)
    if not m49.str.fullmatch(r"\d{1,3}").all():
        bad = sorted(set(m49[~m49.str.fullmatch(r"\d{1,3}")]))[:5]
        raise ReferenceFileError(f"{path.name}: 'code' must be a UN M49 number: {bad}")
    m49 = m49.str.zfill(3)  # spreadsheets drop the leading zeros (004 -> 4)
    names = df[name_col].fillna("").str.strip()
    iso, unknown = [], []
    for code, name in zip(m49, names):
        try:
            iso.append(_iso3(code, name))
        except UnknownCountry:
            unknown.append(f"{code} {name}")
            iso.append("")
        except ReferenceFileError as exc:
            raise ReferenceFileError(f"{path.name}: {exc}") from exc
    if unknown:
        raise ReferenceFileError(f"{path.name}: countries not recognised: {unknown[:10]}; add them to "
                                 "data/countries_overrides.csv with their ISO3 codes")
    base = pd.DataFrame({"country_iso3": iso, "m49": m49.values, "country_name": names.values})
    if base["country_iso3"].duplicated().any():
        raise ReferenceFileError(f"{path.name}: countries listed twice: "
                                 f"{sorted(base.loc[base['country_iso3'].duplicated(), 'country_iso3'])[:5]}")
    long = base.join(df[areas].reset_index(drop=True)).melt(
        id_vars=["country_iso3", "m49", "country_name"], var_name="area", value_name="status")
    long["status"] = long["status"].fillna("").str.strip()
    bad = sorted(set(long["status"]) - set(STATUSES))
    if bad:
        raise ReferenceFileError(f"{path.name}: status values outside {list(STATUSES)}: {bad[:5]}")
    laws = _laws(links_file(path), notes)
    pairs = [laws.get((m, a), ([], [])) for m, a in zip(long["m49"], long["area"])]
    long["law_titles"] = [p[0] for p in pairs]
    long["law_urls"] = [p[1] for p in pairs]
    # The tracker file carries no date. Its publisher's date comes from data/sources.csv for the file whose
    # SHA-256 is recorded there; any other copy has no date ('date not recorded'), never the day it was copied.
    long["as_of"] = as_of or publisher_date(path)
    if long["as_of"].isna().all():
        notes.append("no publisher's date for this file in data/sources.csv: 'as of' is 'date not recorded'")
    long["source_file"] = path.name
    return Parsed(kind=KIND, layout=layout.name, sheet=sheet, notes=notes,
                  frames={"cyberlaw": long[COLUMNS].reset_index(drop=True)})
