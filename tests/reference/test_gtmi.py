"""GTMI data: the World Bank workbook sheet and its CSV copies, stored long with values as in the source."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.reference import ReferenceFileError, gtmi, read
from loaders.reference.files import cell_text
from tests.reference.conftest import GTMI_CSV, write_gtmi_workbook


@pytest.fixture(scope="module")
def parsed():
    return gtmi.read(GTMI_CSV)


def _value(df, iso3, year, code):
    hit = df[(df["country_iso3"] == iso3) & (df["year"] == year) & (df["code"] == code)]
    assert len(hit) == 1, (iso3, year, code)
    return hit.iloc[0]


def test_every_indicator_cell_is_kept_as_text(parsed):
    df = parsed.frames["gtmi"]
    assert list(df.columns) == gtmi.GTMI_COLUMNS
    assert _value(df, "DNK", 2022, "I-38")["value"] == "2"
    assert _value(df, "DNK", 2022, "I-38.1")["value"] == "Act on Processing of Personal Data"
    assert _value(df, "DNK", 2020, "I-26")["value"] == "New"   # not asked in 2020
    assert _value(df, "KEN", 2022, "I-35.1")["value"] == "-"   # not applicable
    assert _value(df, "DNK", 2022, "I-26")["value"] == "NA"    # the CSV copy's missing marker, kept


def test_derived_recode_is_stored_under_the_world_bank_code_and_flagged(parsed):
    row = _value(parsed.frames["gtmi"], "DNK", 2022, "I-12")
    assert (row["value"], row["coding"]) == ("1", "pi_flagship_recoded")
    assert _value(parsed.frames["gtmi"], "DNK", 2022, "I-12.2")["coding"] == "wb"
    assert any("gtmi_renamed_columns" in n for n in parsed.notes)


def test_world_bank_economy_codes_resolve_to_iso3(parsed):
    assert set(parsed.frames["gtmi"]["country_iso3"]) == {"DNK", "KEN", "XKX", "PSE"}


def test_summary_rows_under_the_data_are_skipped(parsed):
    assert parsed.years == [2020, 2022]
    assert len(parsed.frames["gtmi_scores"]) == 5
    assert any("skipped" in n for n in parsed.notes)


def test_scores_groups_and_collection_mode(parsed):
    s = parsed.frames["gtmi_scores"].set_index(["country_iso3", "year"])
    assert s.loc[("DNK", 2022), "gtmi"] == pytest.approx(0.874)
    assert s.loc[("DNK", 2022), "grp"] == "A"
    assert s.loc[("DNK", 2022), "collection"] == "survey"
    assert s.loc[("DNK", 2020), "collection"] == "remote"
    assert s.loc[("DNK", 2022), "country_name"] == "Denmark"


def test_respondent_names_are_never_stored():
    frames = read(GTMI_CSV).frames
    assert not frames["gtmi"]["value"].isin(["Jane Example", "John Example"]).any()
    assert "Jane Example" not in " ".join(frames["gtmi_scores"]["country_name"])


def test_workbook_and_csv_copy_give_identical_rows(tmp_path, parsed):
    book = gtmi.read(write_gtmi_workbook(tmp_path / "WBG_GovTech Dataset_Oct2022.xlsx"))
    assert book.sheet == "CG_GTMI_Data"
    cols = ["country_iso3", "year", "code", "value", "coding"]
    a = parsed.frames["gtmi"][cols].sort_values(cols[:3], ignore_index=True)
    b = book.frames["gtmi"][cols].sort_values(cols[:3], ignore_index=True)
    pd.testing.assert_frame_equal(a, b)
    pd.testing.assert_frame_equal(parsed.frames["gtmi_scores"].drop(columns="source_file"),
                                  book.frames["gtmi_scores"].drop(columns="source_file"))


def test_2025_workbook_sheet_name_is_found(tmp_path):
    book = gtmi.read(write_gtmi_workbook(tmp_path / "GovTech_2025.xlsx", sheet="GTMI_Data"))
    assert book.sheet == "GTMI_Data" and len(book.frames["gtmi"])


def test_scores_only_file_fills_only_the_scores_table(tmp_path):
    path = tmp_path / "scores.csv"
    path.write_text("year,country_code,country_name,grp,gtmi,cgsi,psdi,dcei,gtei\n"
                    "2025,DNK,Denmark,A,0.9,0.9,0.9,0.9,0.9\n2025,KEN,Kenya,B,..,0.5,0.6,0.4,0.7\n")
    out = gtmi.read(path)
    assert out.frames["gtmi"].empty
    assert out.frames["gtmi_scores"].set_index("country_iso3")["gtmi"].isna().tolist() == [False, True]


@pytest.mark.parametrize("body, message", [
    pytest.param("2022,ZZZ,Nowhere,2\n", "not recognised", id="unknown-economy-code"),
    pytest.param("2022,DNK,Denmark,2\n2022,DNK,Denmark,1\n", "twice", id="economy-twice"),
    pytest.param("Total,,,\n", "no rows with a year", id="only-summary-rows"),
])
def test_bad_gtmi_file_is_rejected_naming_file_and_problem(tmp_path, body, message):
    path = tmp_path / "gtmi_bad.csv"
    path.write_text("year,country_code,country,I-38\n" + body)
    with pytest.raises(ReferenceFileError, match=message) as err:
        read(path)
    assert str(err.value).startswith("gtmi_bad.csv")


@pytest.mark.parametrize("value, text", [
    pytest.param(None, "", id="empty"), pytest.param(2, "2", id="int"), pytest.param(2.0, "2", id="whole-float"),
    pytest.param(0.5867, "0.5867", id="fraction"), pytest.param(" New ", "New", id="text-trimmed"),
    pytest.param(float("nan"), "", id="nan"),
])
def test_cell_text_writes_what_the_publisher_typed(value, text):
    assert cell_text(value) == text


@given(st.integers(min_value=-10**9, max_value=10**9))
def test_cell_text_of_any_integer_or_whole_float_is_its_digits(n):
    assert cell_text(n) == cell_text(float(n)) == str(n)


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6))
def test_cell_text_of_any_float_reads_back_as_the_same_number(x):
    assert float(cell_text(x)) == x
