"""Country names to ISO3 (in the UN's six languages, with or without diacritics), UN names and membership
(data/un_countries.csv), M49 regions (country_converter)."""
from __future__ import annotations

import csv
import logging
import re
import unicodedata
from functools import lru_cache

import country_converter as coco

from .paths import DATA

OVERRIDES = DATA / "countries_overrides.csv"
UN_COUNTRIES = DATA / "un_countries.csv"  # made by data/make_un_countries.py
# Member States' names in French, Spanish, Arabic, Chinese and Russian: CLDR's usual names (made by
# data/make_country_names.py) and the UN's own short names where they differ, written by hand.
NAMES_CLDR = DATA / "country_names_cldr.csv"
NAMES_UN = DATA / "country_names_un.csv"
NAME_PREFIXES = DATA / "country_name_prefixes.csv"  # "République du", "Reino de", "Republic of", …
UN_MEMBER_COUNT = 193
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
def un_table() -> dict[str, dict[str, str]]:
    """ISO3 -> {iso3, un_name, un_member ('yes'/'no'), m49, name_source}, from data/un_countries.csv."""
    with UN_COUNTRIES.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out: dict[str, dict[str, str]] = {}
    for n, r in enumerate(rows, start=2):
        if r["un_member"] not in {"yes", "no"} or len(r["iso3"]) != 3 or not r["un_name"].strip():
            raise ValueError(f"{UN_COUNTRIES}:{n}: bad row {r}")
        if r["iso3"] in out:
            raise ValueError(f"{UN_COUNTRIES}:{n}: {r['iso3']} listed twice")
        out[r["iso3"]] = r
    return out


@lru_cache(maxsize=1)
def _un_names() -> dict[str, str]:
    """Casefolded UN name -> ISO3: the first entries of _exact_names, known without country_converter.

    Building country_converter costs ~0.3 s of CPU in every process (each parse worker, each one-file
    ingest); a document naming its country as the UN does never needs it.
    """
    return {r["un_name"].casefold(): iso3 for iso3, r in un_table().items()}


@lru_cache(maxsize=1)
def _exact_names() -> dict[str, str]:
    """Exact ISO3 codes, UN names and short/official names: a fast path before country_converter's regexes."""
    df = _converter().data
    out: dict[str, str] = dict(_un_names())
    for col in ("ISO3", "name_short", "name_official"):
        for name, iso3 in zip(df[col], df["ISO3"]):
            if isinstance(name, str):
                out.setdefault(name.casefold(), str(iso3))
    return out


APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'"})


def name_key(name: str) -> str:
    """A country name as compared: casefolded, without diacritics, one kind of apostrophe, single spaces
    ("Côte d’Ivoire" and "Cote d'Ivoire" give the same key; so do "Perú" and "PERU")."""
    folded = unicodedata.normalize("NFD", str(name).casefold().translate(APOSTROPHES))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(unicodedata.normalize("NFC", plain).replace("（", "(").replace("）", ")").split()).strip(" *:.")


@lru_cache(maxsize=1)
def _multilingual_names() -> dict[str, str]:
    """name_key -> ISO3 for the UN names (data/un_countries.csv) and the names in the UN's other languages;
    a key naming two countries fails loudly."""
    out: dict[str, str] = {}
    pairs = [(r["un_name"], iso3) for iso3, r in un_table().items()]
    for path in (NAMES_UN, NAMES_CLDR):
        with path.open(encoding="utf-8", newline="") as f:
            pairs += [(r["name"], r["iso3"]) for r in csv.DictReader(f)]
    for name_, iso3 in pairs:
        key = name_key(name_)
        if out.setdefault(key, iso3) != iso3:
            raise ValueError(f"country name {name_!r} names both {out[key]} and {iso3}")
    return out


@lru_cache(maxsize=1)
def _prefixes() -> tuple[str, ...]:
    """Formal prefixes ("république du", "reino de", "republic of"), longest first, as name keys."""
    with NAME_PREFIXES.open(encoding="utf-8", newline="") as f:
        keys = {name_key(r["prefix"]) for r in csv.DictReader(f)}
    return tuple(sorted(keys, key=len, reverse=True))


def _multilingual(clean: str) -> str | None:
    """The country a name in any of the UN's six languages names, also in its formal long form
    ("République du Sénégal", "República del Perú", "Kingdom of Spain")."""
    names = _multilingual_names()
    key = name_key(clean)
    if key in names:
        return names[key]
    for prefix in _prefixes():
        if key.startswith(prefix) and (prefix.endswith("'") or key[len(prefix):len(prefix) + 1] == " "):
            rest = re.sub(r"^(?:the|la|le|les|el|los|las)\s+", "", key[len(prefix):].strip())
            hit = names.get(rest) or _exact_names_folded().get(rest)
            if hit:
                return hit
    return None


@lru_cache(maxsize=1)
def _exact_names_folded() -> dict[str, str]:
    return {name_key(k): v for k, v in _exact_names().items()}


@lru_cache(maxsize=4096)
def to_iso3(name: str) -> str:
    """ISO3 code for a country name or code, in any of the UN's six languages; raises UnknownCountry with a
    helpful message."""
    clean = " ".join(str(name).split()).strip(" *:")
    if not clean:
        raise UnknownCountry("the document names no country")
    key = clean.casefold()
    hit = _overrides().get(key) or _un_names().get(key) or _multilingual(clean) or _exact_names().get(key)
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
    """UN name (else the short name), region and sub-region for every ISO3 code, read once."""
    out = {}
    un = un_table()
    for row in _converter().data[["ISO3", "name_short", "continent", "UNregion"]].itertuples(index=False):
        iso3 = str(row.ISO3)
        region = row.continent if isinstance(row.continent, str) else ""
        short = row.name_short if isinstance(row.name_short, str) else iso3
        out[iso3] = {
            "country_iso3": iso3,
            "country_name": un[iso3]["un_name"] if iso3 in un else short,
            "region": _CONTINENT_TO_M49.get(region, region),
            "sub_region": row.UNregion if isinstance(row.UNregion, str) else "",
        }
    return out


def name(iso3: str) -> str:
    """info(iso3)["country_name"]; for a code of data/un_countries.csv without building country_converter."""
    row = un_table().get(iso3)
    return row["un_name"] if row is not None else info(iso3)["country_name"]


def info(iso3: str) -> dict[str, str]:
    """UN name (data/un_countries.csv; else country_converter's short name), M49 region and sub-region."""
    hit = _info_table().get(iso3)
    if hit is None:
        return {"country_iso3": iso3, "country_name": iso3, "region": "", "sub_region": ""}
    return dict(hit)


@lru_cache(maxsize=1)
def un_members() -> tuple[str, ...]:
    """ISO3 codes of the 193 UN Member States, sorted (data/un_countries.csv)."""
    members = tuple(sorted(iso3 for iso3, r in un_table().items() if r["un_member"] == "yes"))
    if len(members) != UN_MEMBER_COUNT:
        raise ValueError(f"{UN_COUNTRIES}: {len(members)} Member States marked yes, expected {UN_MEMBER_COUNT}")
    return members


MEMBER_STATES = un_members  # the default universe of every view


def is_un_member(iso3: str) -> bool:
    """True for the 193 UN Member States; False for observers, territories and anything unknown."""
    row = un_table().get(str(iso3).upper())
    return bool(row) and row["un_member"] == "yes"


def m49(iso3: str) -> str:
    """UN M49 numeric code as 3 digits ('004'), or '' where M49 lists none (Taiwan, Kosovo) or unknown."""
    row = un_table().get(str(iso3).upper())
    return row["m49"] if row else ""
