"""The evidence table: MSQ, GTMI and UNCTAD side by side, one row per country, year, source and indicator."""
from __future__ import annotations

import duckdb
import pytest

from loaders.schema import DDL
from tests.reference.conftest import FIXTURES, GTMI_CSV, add_msq
from tests.reference.store_helpers import create_tables, ingest_file, rebuild_evidence


def _build(con):
    ingest_file(con, GTMI_CSV)
    ingest_file(con, FIXTURES / "unctad" / "data.csv")
    add_msq(con, "DNK", {
        (10, ""): ("yes", "marked", "GDPR and the Danish Data Protection Act", ["https://www.datatilsynet.dk/"]),
        (9, ""): ("unknown", "none", "", []),
        (11, ""): ("yes", "inferred", "NIS law", []),
        (29, "ai"): ("yes", "inferred", "AI strategy", ["www.digst.dk/ai"]),
        (2, "procurement"): ("yes", "inferred", "udbud.dk", ["https://www.udbud.dk/"]),
        (15, ""): ("yes", "marked", "not in the crosswalk", []),
    })
    add_msq(con, "KEN", {(10, ""): ("no", "marked", "", [])}, synthetic=True)
    report = rebuild_evidence(con)
    return con, report


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Built once for the module: the tests below only read it."""
    c = duckdb.connect(str(tmp_path_factory.mktemp("evidence") / "store.duckdb"))
    c.execute(DDL)
    create_tables(c)
    yield _build(c)
    c.close()


def _get(con, iso3, source, indicator, year=None):
    sql = ("SELECT year, answer, raw_value, detail, link, is_synthetic FROM evidence "
           "WHERE country_iso3 = ? AND source = ? AND indicator = ?")
    params = [iso3, source, indicator]
    if year is not None:
        sql, params = sql + " AND year = ?", params + [year]
    rows = con.execute(sql, params).fetchall()
    assert len(rows) == 1, (iso3, source, indicator, rows)
    return dict(zip(["year", "answer", "raw_value", "detail", "link", "is_synthetic"], rows[0]))


def test_questionnaire_rows_come_from_answers_current(built):
    con, report = built
    row = _get(con, "DNK", "msq", "data_protection_law")
    assert row == {"year": 2022, "answer": "yes", "raw_value": "yes (marked)",
                   "detail": "GDPR and the Danish Data Protection Act", "link": "https://www.datatilsynet.dk/",
                   "is_synthetic": False}
    assert report["rows"]["msq"] == 6  # Q15 has no crosswalk row; Q9 unknown is kept as unknown
    assert _get(con, "DNK", "msq", "right_to_information")["answer"] == "unknown"


def test_a_link_that_is_not_a_url_stays_out_of_the_link_column(built):
    con, _ = built
    assert _get(con, "DNK", "msq", "emerging_tech_strategy")["link"] == ""


def test_synthetic_questionnaire_rows_stay_marked(built):
    con, _ = built
    assert _get(con, "KEN", "msq", "data_protection_law")["is_synthetic"] is True
    assert not con.execute("SELECT bool_or(is_synthetic) FROM evidence WHERE source <> 'msq'").fetchone()[0]


def test_gtmi_rows_carry_value_names_year_link_and_how_it_was_collected(built):
    con, _ = built
    row = _get(con, "DNK", "gtmi", "data_protection_law", 2022)
    assert (row["answer"], row["raw_value"]) == ("yes", "2")
    assert "Act on Processing of Personal Data" in row["detail"] and "2018" in row["detail"]
    assert "government's answer to the World Bank survey" in row["detail"]
    assert row["link"] == "https://www.datatilsynet.dk/generelt-om-databeskyttelse/lovgivning"
    assert "remotely" in _get(con, "DNK", "gtmi", "data_protection_law", 2020)["detail"]


@pytest.mark.parametrize("iso3, indicator, answer", [
    pytest.param("XKX", "data_protection_law", "partial", id="draft-law-is-partial"),
    pytest.param("KEN", "e_gov_strategy", "partial", id="planned-strategy-is-partial"),
    pytest.param("PSE", "e_gov_strategy", "yes", id="strategy-level-2-is-yes"),
    pytest.param("DNK", "digital_signature_law", "yes", id="wide-use-is-yes"),
    pytest.param("KEN", "e_procurement_portal", "unknown", id="derived-recode-0-is-unknown-not-no"),
    pytest.param("DNK", "e_procurement_portal", "yes", id="derived-recode-1-is-yes"),
    pytest.param("XKX", "right_to_information", "no", id="zero-is-no"),
])
def test_gtmi_values_map_through_the_crosswalk(built, iso3, indicator, answer):
    assert _get(built[0], iso3, "gtmi", indicator, 2022)["answer"] == answer


def test_a_value_missing_from_the_coding_becomes_unknown_and_is_reported(built):
    con, report = built
    row = _get(con, "PSE", "gtmi", "digital_signature_law", 2022)
    assert (row["answer"], row["raw_value"]) == ("unknown", "7")
    assert "not in the crosswalk coding" in row["detail"]
    assert {"indicator": "digital_signature_law", "source": "gtmi", "code": "I-42", "year": 2022, "value": "7",
            "coding": "wb", "rows": 1} in report["unmapped"]


def test_years_whose_coding_was_not_checked_are_left_out_and_reported(built):
    con, report = built
    assert con.execute("SELECT count(*) FROM evidence WHERE source = 'gtmi' AND indicator = 'lead_agency' "
                       "AND year = 2020").fetchone()[0] == 0
    assert {"indicator": "lead_agency", "code": "I-33", "year": 2020, "rows": 1} in report["skipped_years"]


@pytest.mark.parametrize("iso3, indicator, answer", [
    pytest.param("DNK", "data_protection_law", "yes", id="legislation"),
    pytest.param("PSE", "data_protection_law", "partial", id="draft"),
    pytest.param("AFG", "data_protection_law", "no", id="no-legislation"),
    pytest.param("VAT", "cybersecurity_law", "unknown", id="no-data-is-unknown"),
    pytest.param("PSE", "digital_signature_law", "partial", id="e-transactions-draft"),
])
def test_unctad_statuses_map_through_the_crosswalk(built, iso3, indicator, answer):
    assert _get(built[0], iso3, "unctad", indicator)["answer"] == answer


def test_unctad_rows_list_the_laws_and_link_the_first(built):
    row = _get(built[0], "KEN", "unctad", "data_protection_law")
    assert "The Data Protection Act, 2019" in row["detail"] and row["link"].startswith("http://kenyalaw.org/")


def test_empty_and_not_asked_values_never_become_no(built):
    con, _ = built
    bad = con.execute("SELECT count(*) FROM evidence WHERE answer <> 'unknown' AND raw_value IN "
                      "('', 'NA', 'New', '-', 'No Data')").fetchone()[0]
    assert bad == 0


def test_rebuild_is_idempotent_and_follows_the_sources(con):
    con, first = _build(con)
    again = rebuild_evidence(con)
    assert again["rows"] == first["rows"]
    con.execute("DELETE FROM cyberlaw")
    assert rebuild_evidence(con)["rows"]["unctad"] == 0


def test_rebuild_works_before_any_questionnaire_is_loaded(tmp_path):
    c = duckdb.connect(str(tmp_path / "bare.duckdb"))
    create_tables(c)
    ingest_file(c, FIXTURES / "unctad" / "data.csv")
    report = rebuild_evidence(c)
    assert report["rows"] == {"msq": 0, "gtmi": 0, "unctad": 5 * 3}
    c.close()


def test_one_row_per_country_year_source_and_indicator(built):
    con, _ = built
    dupes = con.execute("SELECT count(*) FROM (SELECT country_iso3, year, source, indicator, count(*) n "
                        "FROM evidence GROUP BY ALL HAVING n > 1)").fetchone()[0]
    assert dupes == 0
