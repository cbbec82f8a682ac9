"""Country names to ISO 3166 alpha-3 and UN M49 regions (country_converter + data/countries_overrides.csv)."""
from __future__ import annotations

import csv
import logging
from functools import lru_cache

import country_converter as coco

from .paths import DATA

OVERRIDES = DATA / "countries_overrides.csv"
_NOT_FOUND = "__not_found__"
# country_converter says "America"; UN M49 says "Americas".
_CONTINENT_TO_M49 = {"America": "Americas"}

logging.getLogger("country_converter").setLevel(logging.ERROR)


class UnknownCountry(ValueError):
    """A country name that neither country_converter nor the override file resolves."""


@lru_cache(maxsize=1)
def _converter() -> coco.CountryConverter:
    return coco.CountryConverter()


@lru_cache(maxsize=1)
def _overrides() -> dict[str, str]:
    with OVERRIDES.open(encoding="utf-8", newline="") as f:
        return {r["name"].strip().casefold(): r["iso3"] for r in csv.DictReader(f)}


@lru_cache(maxsize=1)
def _exact_names() -> dict[str, str]:
    """Exact ISO3 codes and short/official names: a fast path before country_converter's regexes."""
    df = _converter().data
    out: dict[str, str] = {}
    for col in ("ISO3", "name_short", "name_official"):
        for name, iso3 in zip(df[col], df["ISO3"]):
            if isinstance(name, str):
                out.setdefault(name.casefold(), str(iso3))
    return out


@lru_cache(maxsize=4096)
def to_iso3(name: str) -> str:
    """ISO3 code for a country name or code; raises UnknownCountry with a helpful message."""
    clean = " ".join(str(name).split()).strip(" *:")
    if not clean:
        raise UnknownCountry("the document names no country")
    hit = _overrides().get(clean.casefold()) or _exact_names().get(clean.casefold())
    if hit:
        return hit
    code = _converter().convert(clean, to="ISO3", not_found=_NOT_FOUND)
    if not isinstance(code, str) or code == _NOT_FOUND:
        raise UnknownCountry(
            f"country name {clean!r} is not recognised; add it to {OVERRIDES.name} with its ISO3 code"
        )
    return code


@lru_cache(maxsize=1)
def _info_table() -> dict[str, dict[str, str]]:
    """Short name, region and sub-region for every ISO3 code, read once from country_converter's table."""
    out = {}
    for row in _converter().data[["ISO3", "name_short", "continent", "UNregion"]].itertuples(index=False):
        iso3 = str(row.ISO3)
        region = row.continent if isinstance(row.continent, str) else ""
        out[iso3] = {
            "country_iso3": iso3,
            "country_name": row.name_short if isinstance(row.name_short, str) else iso3,
            "region": _CONTINENT_TO_M49.get(region, region),
            "sub_region": row.UNregion if isinstance(row.UNregion, str) else "",
        }
    return out


def info(iso3: str) -> dict[str, str]:
    """Short name, UN M49 region and sub-region for an ISO3 code."""
    hit = _info_table().get(iso3)
    if hit is None:
        return {"country_iso3": iso3, "country_name": iso3, "region": "", "sub_region": ""}
    return dict(hit)


@lru_cache(maxsize=1)
def un_members() -> tuple[str, ...]:
    """ISO3 codes of the 193 UN Member States, sorted."""
    df = _converter().data
    members = df[df["UNmember"].notna() & (df["UNmember"].astype(str) != "nan")]
    return tuple(sorted(members["ISO3"].astype(str)))
