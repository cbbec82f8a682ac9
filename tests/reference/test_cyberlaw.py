"""UNCTAD Global Cyberlaw Tracker: one row per country and legal area, with the laws it lists."""
from __future__ import annotations

import shutil
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.reference import ReferenceFileError, cyberlaw, read
from loaders.reference_schema import validate
from tests.reference.conftest import FIXTURES

TRACKER = FIXTURES / "unctad" / "data.csv"
AREAS = ["Electronic Transactions", "Consumer Protection", "Privacy and Data Protection", "Cybercrime",
         "Indirect Taxation"]


@pytest.fixture(scope="module")
def rows():
    return cyberlaw.read(TRACKER).frames["cyberlaw"]


def _row(df, iso3, area):
    hit = df[(df["country_iso3"] == iso3) & (df["area"] == area)]
    assert len(hit) == 1
    return hit.iloc[0]


def test_one_row_per_country_and_area(rows):
    assert list(rows.columns) == cyberlaw.COLUMNS
    assert len(rows) == 5 * 5
    assert sorted(rows["area"].unique()) == sorted(AREAS)


def test_m49_codes_get_their_leading_zeros_back(rows):
    assert _row(rows, "AFG", "Cybercrime")["m49"] == "004"


def test_states_outside_iso_names_resolve(rows):
    assert {"PSE", "VAT", "DNK", "KEN", "AFG"} == set(rows["country_iso3"])


def test_status_is_kept_as_published(rows):
    assert _row(rows, "PSE", "Privacy and Data Protection")["status"] == "Draft Legislation"
    assert _row(rows, "VAT", "Cybercrime")["status"] == "No Data"


def test_law_titles_and_links_come_from_the_json_beside_the_file(rows):
    kenya = _row(rows, "KEN", "Privacy and Data Protection")
    assert kenya["law_titles"] == ["The Data Protection Act, 2019 (in English)"]
    assert kenya["law_urls"][0].startswith("http://kenyalaw.org/")
    assert _row(rows, "DNK", "Cybercrime")["law_titles"] == []  # Denmark has no entry in the fixture JSON


def test_without_the_json_the_laws_are_empty_and_the_report_says_so(tmp_path):
    shutil.copy(TRACKER, tmp_path / "data.csv")
    parsed = cyberlaw.read(tmp_path / "data.csv", as_of=date(2026, 3, 5))
    df = parsed.frames["cyberlaw"]
    assert df["law_titles"].map(len).sum() == 0
    assert (df["as_of"] == date(2026, 3, 5)).all()
    assert any("no document_links.json" in n for n in parsed.notes)


def test_tracker_reads_into_its_table_with_list_columns():
    frames = read(TRACKER).frames
    assert list(frames) == ["cyberlaw"] and len(frames["cyberlaw"]) == 25
    df = validate("cyberlaw", frames["cyberlaw"])
    got = df[(df["country_iso3"] == "AFG") & (df["area"] == "Cybercrime")]["law_titles"].iloc[0]
    assert list(got) == ["Cyber Crime Code - Section 12 (in Arabic)"]


HEADER = "code,country," + ",".join(AREAS) + "\n"


@pytest.mark.parametrize("body, message", [
    pytest.param("208,Denmark,Legislation,Yes,Legislation,Legislation,Legislation\n", "status values",
                 id="status-outside-the-four"),
    pytest.param("208,Kenya,Legislation,Legislation,Legislation,Legislation,Legislation\n", "disagree",
                 id="code-and-name-disagree"),
    pytest.param("DK,Denmark,Legislation,Legislation,Legislation,Legislation,Legislation\n", "M49",
                 id="code-not-a-number"),
    pytest.param("999,Atlantis,Legislation,Legislation,Legislation,Legislation,Legislation\n", "not recognised",
                 id="unknown-country"),
    pytest.param("208,Denmark,Legislation,Legislation,Legislation,Legislation,Legislation\n"
                 "208,Denmark,Legislation,Legislation,Legislation,Legislation,Legislation\n", "twice",
                 id="country-twice"),
])
def test_bad_tracker_file_is_rejected_naming_file_and_problem(tmp_path, body, message):
    path = tmp_path / "data.csv"
    path.write_text(HEADER + body)
    with pytest.raises(ReferenceFileError, match=message) as err:
        read(path)
    assert str(err.value).startswith("data.csv")


def test_broken_json_beside_the_file_is_named(tmp_path):
    shutil.copy(TRACKER, tmp_path / "data.csv")
    (tmp_path / "document_links.json").write_text("{not json")
    with pytest.raises(ReferenceFileError, match="document_links.json"):
        cyberlaw.read(tmp_path / "data.csv")


STATUSES = list(cyberlaw.STATUSES)
COUNTRIES = [("004", "Afghanistan", "AFG"), ("208", "Denmark", "DNK"), ("404", "Kenya", "KEN"),
             ("076", "Brazil", "BRA"), ("356", "India", "IND")]


@settings(max_examples=25, deadline=None)
@given(data=st.lists(st.tuples(st.sampled_from(COUNTRIES), st.lists(st.sampled_from(STATUSES), min_size=5, max_size=5),
                               st.booleans()),
                     min_size=1, max_size=5, unique_by=lambda r: r[0][0]))
def test_any_tracker_table_round_trips(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("tracker")
    lines = [f"{code.lstrip('0') if strip else code},{name}," + ",".join(statuses)
             for (code, name, _), statuses, strip in data]
    (folder / "data.csv").write_text(HEADER + "\n".join(lines) + "\n")
    df = cyberlaw.read(folder / "data.csv").frames["cyberlaw"]
    for (code, _, iso3), statuses, _ in data:
        mine = df[df["country_iso3"] == iso3].set_index("area")
        assert mine["status"].reindex(AREAS).tolist() == statuses
        assert set(mine["m49"]) == {code}
