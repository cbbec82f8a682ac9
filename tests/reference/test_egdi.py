"""EGDI files: the UN Data Center export, the derived long file and the renamed 2024 copy."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.reference import ReferenceFileError, egdi, read
from loaders.reference_schema import TableWriteError, validate
from tests.reference.conftest import FIXTURES


def test_un_export_is_read_with_names_trimmed_and_resolved():
    df = egdi.read(FIXTURES / "EGOV_DATA_2022.csv").frames["egdi"]
    assert list(df.columns) == egdi.COLUMNS
    by_iso = df.set_index("country_iso3")
    assert set(by_iso.index) == {"DNK", "FIN", "CIV", "TUR", "GEO"}
    assert by_iso.loc["DNK", "country_name"] == "Denmark"  # the UN pads names with a trailing space
    assert by_iso.loc["DNK", "egdi"] == pytest.approx(0.9717)
    assert by_iso.loc["DNK", "egdi_rank"] == 1
    assert by_iso.loc["CIV", "tii"] == pytest.approx(0.5186)
    assert (df["year"] == 2022).all() and (df["source_file"] == "EGOV_DATA_2022.csv").all()


def test_states_not_assessed_get_empty_indices_not_zeros():
    parsed = egdi.read(FIXTURES / "EGOV_DATA_2003.csv")
    df = parsed.frames["egdi"].set_index("country_iso3")
    assert df.loc["MNE", ["egdi", "epi", "osi", "hci", "tii"]].isna().all()
    assert pd.isna(df.loc["MNE", "egdi_rank"])
    # A ranked state with an index of 0 keeps its 0: only rank-blank, all-zero rows are "not assessed".
    assert df.loc["IRQ", "egdi"] == 0 and df.loc["IRQ", "egdi_rank"] == 174
    assert any("not assessed" in n for n in parsed.notes)


def test_long_file_uses_its_iso3_column_and_keeps_every_year():
    df = egdi.read(FIXTURES / "egov_survey_long.csv").frames["egdi"]
    assert sorted(zip(df["country_iso3"], df["year"])) == [("DNK", 2020), ("DNK", 2022), ("KEN", 2020),
                                                          ("KEN", 2022)]


def test_renamed_2024_columns_map_to_the_same_table():
    parsed = egdi.read(FIXTURES / "EGOV_DATA_2024_renamed.csv")
    df = parsed.frames["egdi"].set_index("country_iso3")
    assert parsed.layout == "renamed_2024"
    assert df.loc["DNK", "egdi"] == pytest.approx(0.98474) and df.loc["KEN", "egdi_rank"] == 116
    assert any("Region" in n for n in parsed.notes)


HEADER = ("Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,"
          "Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n")


@pytest.mark.parametrize("body, message", [
    pytest.param("2022,Denmark,1,high,0.8,0.9,0.9,0.9\n", "not numbers", id="text-in-index"),
    pytest.param("2022,Atlantis,1,0.9,0.8,0.9,0.9,0.9\n", "not recognised", id="unknown-country"),
    pytest.param("2022,Denmark,1,0.9,0.8,0.9,0.9,0.9\n2022,Denmark ,2,0.8,0.8,0.9,0.9,0.9\n", "twice",
                 id="country-twice"),
    pytest.param("twenty,Denmark,1,0.9,0.8,0.9,0.9,0.9\n", "not numbers", id="year-not-a-number"),
    pytest.param("", "no country rows", id="header-only"),
])
def test_bad_egdi_file_is_rejected_naming_file_and_problem(tmp_path, body, message):
    path = tmp_path / "EGOV_DATA_bad.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(ReferenceFileError, match=message) as err:
        read(path)
    assert str(err.value).startswith("EGOV_DATA_bad.csv")


@pytest.mark.parametrize("body", [
    pytest.param("2022,Denmark,1,1.7,0.8,0.9,0.9,0.9\n", id="index-above-one"),
    pytest.param("2022,Denmark,0,0.9,0.8,0.9,0.9,0.9\n", id="rank-zero"),
])
def test_egdi_values_outside_the_scales_break_the_table_schema(tmp_path, body):
    # The reader keeps what the file says; the table schema (checked before any write) refuses it.
    path = tmp_path / "EGOV_DATA_bad.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(TableWriteError, match="schema"):
        validate("egdi", read(path).frames["egdi"])


def test_windows_1252_export_with_semicolons_is_read(tmp_path):
    path = tmp_path / "EGOV_DATA_2022.csv"
    text = HEADER.replace(",", ";") + "2022;Côte d'Ivoire ;120;0.5467;0.375;0.5467;0.5748;0.5186\n"
    path.write_bytes(text.encode("cp1252"))
    df = egdi.read(path).frames["egdi"]
    assert df["country_iso3"].tolist() == ["CIV"]


COUNTRIES = ["Denmark", "Kenya", "Brazil", "Viet Nam", "Türkiye", "Republic of Korea"]
unit = st.floats(min_value=0, max_value=1, allow_nan=False).map(lambda v: round(v, 5))


@settings(max_examples=25, deadline=None)
@given(rows=st.lists(st.tuples(st.sampled_from(COUNTRIES), st.integers(1, 193), st.tuples(*[unit] * 5),
                               st.sampled_from(["", " ", "  "])),
                     min_size=1, max_size=6, unique_by=lambda r: r[0]),
       year=st.sampled_from([2003, 2016, 2022, 2024]))
def test_un_export_round_trips_any_values(tmp_path_factory, rows, year):
    path = tmp_path_factory.mktemp("egdi") / f"EGOV_DATA_{year}.csv"
    lines = [f'{year},"{name}{pad}",{rank},' + ",".join(f"{v:.5f}" for v in values) for name, rank, values, pad in rows]
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    df = egdi.read(path).frames["egdi"]
    assert df["country_name"].tolist() == [r[0] for r in rows]
    assert df["egdi_rank"].tolist() == [r[1] for r in rows]
    got = df[["egdi", "epi", "osi", "hci", "tii"]].to_numpy().ravel().tolist()
    assert got == pytest.approx([v for r in rows for v in r[2]])
