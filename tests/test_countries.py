"""UN country names and membership: data/un_countries.csv and loaders.countries agree."""
from __future__ import annotations

import csv
import importlib.util

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import countries
from loaders.paths import DATA

UN_CSV = DATA / "un_countries.csv"


def _rows() -> list[dict[str, str]]:
    with UN_CSV.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


ROWS = _rows()
MEMBERS = [r for r in ROWS if r["un_member"] == "yes"]


def test_there_are_193_member_states_in_the_file_and_the_code():
    assert len(MEMBERS) == 193
    assert countries.un_members() == tuple(sorted(r["iso3"] for r in MEMBERS))
    assert all(countries.is_un_member(r["iso3"]) for r in MEMBERS)


def test_membership_agrees_with_country_converter():
    # An independent list: country_converter records the year each Member State joined.
    df = countries._converter().data
    joined = set(df.loc[df["UNmember"].notna() & (df["UNmember"].astype(str) != "nan"), "ISO3"].astype(str))
    assert set(countries.un_members()) == joined


def test_names_codes_and_m49_are_unique_and_well_formed():
    for column in ("iso3", "un_name"):
        values = [r[column] for r in ROWS]
        assert len(values) == len(set(values)), column
    codes = [r["m49"] for r in ROWS if r["m49"]]
    assert len(codes) == len(set(codes)) and all(len(c) == 3 and c.isdigit() for c in codes)
    assert all(r["m49"] for r in MEMBERS)
    assert {r["un_member"] for r in ROWS} == {"yes", "no"}


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["iso3"])
def test_every_listed_economy_resolves_and_shows_its_un_name(row):
    assert countries.to_iso3(row["un_name"]) == row["iso3"]
    assert countries.info(row["iso3"])["country_name"] == row["un_name"]
    if row["un_member"] == "yes":
        assert countries.info(row["iso3"])["region"], "every Member State has an M49 region"


@pytest.mark.parametrize("iso3, name", [
    ("VNM", "Viet Nam"),
    ("KOR", "Republic of Korea"),
    ("PRK", "Democratic People's Republic of Korea"),
    ("TUR", "Türkiye"),
    ("RUS", "Russian Federation"),
    ("BOL", "Bolivia (Plurinational State of)"),
    ("VEN", "Venezuela (Bolivarian Republic of)"),
    ("IRN", "Iran (Islamic Republic of)"),
    ("GBR", "United Kingdom of Great Britain and Northern Ireland"),
    ("USA", "United States of America"),
    ("TZA", "United Republic of Tanzania"),
    ("CIV", "Côte d'Ivoire"),
    ("CZE", "Czechia"),
    ("GEO", "Georgia"),
    ("COD", "Democratic Republic of the Congo"),
    ("LAO", "Lao People's Democratic Republic"),
    ("MDA", "Republic of Moldova"),
    ("SWZ", "Eswatini"),
    ("MKD", "North Macedonia"),
    ("CPV", "Cabo Verde"),
])
def test_display_names_follow_the_un(iso3, name):
    assert countries.info(iso3)["country_name"] == name
    assert countries.is_un_member(iso3)


@pytest.mark.parametrize("iso3", ["TWN", "HKG", "MAC", "XKX", "PSE", "VAT"])
def test_economies_outside_the_un_keep_a_name_and_are_marked_non_members(iso3):
    assert not countries.is_un_member(iso3)
    assert iso3 not in countries.un_members()
    assert countries.info(iso3)["country_name"] not in {"", iso3}


@pytest.mark.parametrize("code", ["PRI", "GRL", "ZZZ", "", "dnk"])
def test_anything_not_listed_is_not_a_member(code):
    assert countries.is_un_member(code) is (code == "dnk")  # codes are read case-insensitively


@pytest.mark.parametrize("name", ["Vietnam", "Turkey", "South Korea", "Bolivia", "Czech Republic",
                                  "Georgia (Country)", "Netherlands"])
def test_other_spellings_still_resolve_to_the_un_country(name):
    assert countries.is_un_member(countries.to_iso3(name))


@settings(max_examples=60, deadline=None)
@given(row=st.sampled_from(ROWS), upper=st.booleans(), pad=st.sampled_from(["", " ", "  "]))
def test_un_names_resolve_whatever_the_case_and_padding(row, upper, pad):
    name = row["un_name"].upper() if upper else row["un_name"]
    assert countries.to_iso3(pad + name + pad) == row["iso3"]


def test_make_un_countries_reproduces_the_committed_file(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("make_un_countries", DATA / "make_un_countries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not (module.DEFAULT_SOURCE / module.EGDI).is_file():
        pytest.skip(f"the UN E-Government Survey copy is not in {module.DEFAULT_SOURCE}")
    monkeypatch.setattr(module, "OUT", tmp_path / "un_countries.csv")
    assert module.main([]) == 0
    assert (tmp_path / "un_countries.csv").read_text(encoding="utf-8") == UN_CSV.read_text(encoding="utf-8")
