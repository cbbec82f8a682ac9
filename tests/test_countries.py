"""UN country names and membership: data/un_countries.csv and loaders.countries agree."""
from __future__ import annotations

import csv
import importlib.util
import unicodedata

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


# --- Names in the UN's six official languages (data/country_names_un.csv, data/country_names_cldr.csv) ---

def _name_rows(path):
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


CLDR_ROWS = _name_rows(countries.NAMES_CLDR)
UN_NAME_ROWS = _name_rows(countries.NAMES_UN)
UN_LANGUAGES = {"ar", "zh", "en", "fr", "ru", "es"}
NAME_LANGUAGES = UN_LANGUAGES | {"pt"}  # Portuguese: not a UN language, but responses come in it


@pytest.mark.parametrize("name, iso3", [
    ("Côte d’Ivoire", "CIV"), ("Côte d'Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"), ("COTE D’IVOIRE", "CIV"),
    ("République du Sénégal", "SEN"), ("Republique du Senegal", "SEN"), ("Sénégal", "SEN"),
    ("Perú", "PER"), ("Peru", "PER"), ("República del Perú", "PER"), ("Pérou", "PER"),
    ("España", "ESP"), ("Espana", "ESP"), ("Reino de España", "ESP"), ("Espagne", "ESP"), ("Kingdom of Spain", "ESP"),
    ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("Turquie", "TUR"), ("Turquía", "TUR"),
    ("République de Corée", "KOR"), ("Corée du Sud", "KOR"), ("República de Corea", "KOR"),
    ("République démocratique du Congo", "COD"), ("République du Congo", "COG"), ("Congo", "COG"),
    ("Bolivie (État plurinational de)", "BOL"), ("Bolivia (Estado Plurinacional de)", "BOL"),
    ("Estado Plurinacional de Bolivia", "BOL"), ("Venezuela (República Bolivariana de)", "VEN"),
    ("Iran (République islamique d’)", "IRN"), ("États-Unis d’Amérique", "USA"), ("Etats-Unis d'Amerique", "USA"),
    ("Estados Unidos de América", "USA"), ("Estados Unidos Mexicanos", "MEX"), ("México", "MEX"),
    ("Royaume du Maroc", "MAR"), ("République française", "FRA"), ("Confederación Suiza", "CHE"),
    ("República Oriental del Uruguay", "URY"), ("Republic of Senegal", "SEN"), ("Federal Republic of Nigeria", "NGA"),
    ("Российская Федерация", "RUS"), ("Россия", "RUS"), ("俄罗斯联邦", "RUS"), ("中国", "CHN"),
    ("الاتحاد الروسي", "RUS"), ("المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية", "GBR"),
    ("大韩民国", "KOR"), ("Республика Корея", "KOR"), ("伊朗（伊斯兰共和国）", "IRN"), ("伊朗(伊斯兰共和国)", "IRN"),
    ("República Federativa do Brasil", "BRA"), ("Moçambique", "MOZ"), ("República de Moçambique", "MOZ"),
    ("República Portuguesa", "PRT"), ("São Tomé e Príncipe", "STP"),
])
def test_a_country_line_in_any_of_the_un_languages_resolves(name, iso3):
    assert countries.to_iso3(name) == iso3


@pytest.mark.parametrize("row", CLDR_ROWS + UN_NAME_ROWS, ids=lambda r: f"{r['iso3']}-{r['lang']}")
def test_every_member_states_name_in_each_un_language_resolves_with_and_without_diacritics(row):
    assert countries.to_iso3(row["name"]) == row["iso3"]
    plain = "".join(c for c in unicodedata.normalize("NFD", row["name"]) if not unicodedata.combining(c))
    assert countries.to_iso3(plain.replace("’", "'")) == row["iso3"]


def test_the_names_files_cover_every_member_state_in_five_languages_and_name_only_member_states():
    members = set(countries.un_members())
    for lang in ("fr", "es", "ar", "zh", "ru", "pt"):
        assert {r["iso3"] for r in CLDR_ROWS if r["lang"] == lang} == members, lang
    assert {r["iso3"] for r in UN_NAME_ROWS} <= members
    assert {r["lang"] for r in CLDR_ROWS + UN_NAME_ROWS} <= NAME_LANGUAGES
    assert countries._multilingual_names()  # loading fails loudly when one name names two countries


@pytest.mark.parametrize("name", ["République du Groland", "Reino de Narnia", "Republic of Valdoria"])
def test_a_formal_prefix_before_an_unknown_name_is_still_unknown(name):
    with pytest.raises(countries.UnknownCountry):
        countries.to_iso3(name)
