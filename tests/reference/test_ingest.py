"""ingest_file / ingest_folder: idempotent, atomic per file, newest file wins a year, clear reports."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders import reference_schema, store
from loaders.reference import ReferenceFileError, is_companion, sources
from tests.reference.conftest import FIXTURES, GTMI_CSV, write_gtmi_workbook
from tests.reference.store_helpers import ingest_file, ingest_folder


def _count(con, table, where="TRUE", params=()):
    return con.execute(f"SELECT count(*) FROM {table} WHERE {where}", list(params)).fetchone()[0]


def test_reloading_the_same_file_changes_nothing(con):
    first = ingest_file(con, FIXTURES / "EGOV_DATA_2022.csv")
    again = ingest_file(con, FIXTURES / "EGOV_DATA_2022.csv")
    assert (first["status"], again["status"]) == ("ok", "unchanged")
    assert again["rows"] == 0 and _count(con, "egdi") == 5


def test_forced_reload_replaces_the_files_rows_without_duplicates(con):
    ingest_file(con, GTMI_CSV)
    before = _count(con, "gtmi")
    report = ingest_file(con, GTMI_CSV, force=True)
    assert report["status"] == "ok" and report["replaced"]["gtmi"] == before
    assert _count(con, "gtmi") == before


def test_an_edited_file_replaces_its_old_rows(con, fixtures):
    path = fixtures / "EGOV_DATA_2022.csv"
    ingest_file(con, path)
    path.write_text("\n".join(path.read_text(encoding="utf-8").splitlines()[:3]) + "\n", encoding="utf-8")
    report = ingest_file(con, path)
    assert report["status"] == "ok"
    assert _count(con, "egdi") == 2


def test_a_single_year_file_replaces_that_year_from_a_multi_year_file(con):
    ingest_file(con, FIXTURES / "egov_survey_long.csv")
    report = ingest_file(con, FIXTURES / "EGOV_DATA_2022.csv")
    assert report["superseded_files"] == ["egov_survey_long.csv"]
    rows = con.execute("SELECT year, source_file, count(*) FROM egdi GROUP BY ALL ORDER BY year").fetchall()
    assert rows == [(2020, "egov_survey_long.csv", 2), (2022, "EGOV_DATA_2022.csv", 5)]
    # The long file lost rows, so it is no longer "unchanged": loading it again restores 2022 from it.
    assert ingest_file(con, FIXTURES / "egov_survey_long.csv")["status"] == "ok"
    assert _count(con, "egdi", "year = 2022 AND source_file = 'egov_survey_long.csv'") == 2


def test_a_gtmi_subset_file_replaces_only_its_own_questions(con, tmp_path):
    ingest_file(con, GTMI_CSV)
    subset = tmp_path / "gtmi_enablers.csv"
    subset.write_text("year,country_code,country,I-38\n2022,DNK,Denmark,1\n")
    ingest_file(con, subset)
    assert con.execute("SELECT value, source_file FROM gtmi WHERE country_iso3 = 'DNK' AND year = 2022 "
                       "AND code = 'I-38'").fetchone() == ("1", "gtmi_enablers.csv")
    assert _count(con, "gtmi", "code = 'I-37' AND source_file = 'gtmi_data.csv'") == 5
    # Only DNK came in the subset: the other economies' I-38 for 2022 came from the same partition.
    assert _count(con, "gtmi", "code = 'I-38' AND year = 2022") == 1


def test_a_new_tracker_file_replaces_the_whole_snapshot(con, tmp_path):
    ingest_file(con, FIXTURES / "unctad" / "data.csv")
    newer = tmp_path / "tracker_2027.csv"
    newer.write_text("code,country,Electronic Transactions,Consumer Protection,Privacy and Data Protection,"
                     "Cybercrime\n208,Denmark,Legislation,Legislation,Legislation,Legislation\n")
    ingest_file(con, newer)
    assert con.execute("SELECT DISTINCT source_file FROM cyberlaw").fetchall() == [("tracker_2027.csv",)]
    assert _count(con, "reference_files", "source_file = 'data.csv'") == 0


def test_a_file_that_breaks_the_schema_leaves_the_table_as_it_was(con, tmp_path):
    ingest_file(con, FIXTURES / "EGOV_DATA_2022.csv")
    before = con.execute("SELECT * FROM egdi ORDER BY country_iso3").fetchall()
    bad = tmp_path / "EGOV_DATA_2022.csv"  # same name: it would replace the good file's rows
    bad.write_text((FIXTURES / "EGOV_DATA_2022.csv").read_text(encoding="utf-8").replace("0.97170", "9.7170"),
                   encoding="utf-8")
    with pytest.raises(ReferenceFileError, match="EGOV_DATA_2022.csv.*schema"):
        ingest_file(con, bad)
    assert con.execute("SELECT * FROM egdi ORDER BY country_iso3").fetchall() == before


def test_database_constraints_back_the_schema(con):
    with pytest.raises(Exception, match="CHECK|Constraint"):
        con.execute("INSERT INTO evidence VALUES ('DNK', 2022, 'msq', 'x', 'maybe', '', '', '', false)")
    with pytest.raises(Exception, match="CHECK|Constraint"):
        con.execute("INSERT INTO evidence VALUES ('DNK', 2022, 'gtmi', 'x', 'yes', '', '', '', true)")
    with pytest.raises(Exception, match="CHECK|Constraint"):
        con.execute("INSERT INTO cyberlaw VALUES ('DNK', '208', 'Denmark', 'Cybercrime', 'Yes', [], [], "
                    "DATE '2026-03-05', 'f')")
    con.execute("INSERT INTO evidence VALUES ('DNK', 2022, 'msq', 'x', 'yes', '', '', '', false)")
    with pytest.raises(Exception, match="PRIMARY KEY|Duplicate|duplicate"):
        con.execute("INSERT INTO evidence VALUES ('DNK', 2022, 'msq', 'x', 'no', '', '', '', false)")


def test_write_validates_before_touching_the_database(con):
    import pandas as pd

    frame = pd.DataFrame([{"country_iso3": "DNK", "year": 2022, "source": "msq", "indicator": "x",
                           "answer": "maybe", "raw_value": "", "detail": "", "link": "", "is_synthetic": False}])
    with pytest.raises(reference_schema.TableWriteError, match="answer"):
        store.Writer(con).put_reference({"evidence": frame}, None)


def test_unrecognised_file_is_refused_with_what_was_expected(con, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("a,b,c\n1,2,3\n")
    with pytest.raises(ReferenceFileError, match=r"notes.csv: not an official reference file.*\['a', 'b', 'c'\]"):
        ingest_file(con, path)


def test_missing_file_is_named(con, tmp_path):
    with pytest.raises(ReferenceFileError, match="no such file"):
        ingest_file(con, tmp_path / "absent.csv")


def test_folder_ingest_reports_every_file_and_keeps_going(con, fixtures):
    (fixtures / "broken.csv").write_text("code,country,Electronic Transactions,Consumer Protection,"
                                         "Privacy and Data Protection,Cybercrime\n208,Denmark,Yes,,,\n")
    (fixtures / "README.txt").write_text("where these files came from")
    write_gtmi_workbook(fixtures / "WBG_GovTech Dataset_Oct2022.xlsx")
    reports = {Path(r.path).name: r for r in ingest_folder(con, fixtures)}
    assert reports["broken.csv"].status == "rejected" and "status values" in reports["broken.csv"].message
    # Notes and the tracker's companion file are not data files: the folder walk passes them over.
    assert "README.txt" not in reports and "document_links.json" not in reports
    assert {r.status for n, r in reports.items() if n != "broken.csv"} == {"ok"}
    assert _count(con, "cyberlaw") == 25 and _count(con, "gtmi_scores") == 5
    assert _count(con, "reference_files") >= 5


def test_missing_folder_yields_no_reports(con, tmp_path):
    assert ingest_folder(con, tmp_path / "reference") == []


def test_report_names_tables_rows_years_and_countries(con):
    report = ingest_file(con, GTMI_CSV)
    assert report["kind"] == "gtmi" and report["layout"] == "world_bank"
    assert report["tables"]["gtmi_scores"] == 5 and report["rows"] == sum(report["tables"].values())
    assert report["years"] == [2020, 2022] and report["countries"] == 4
    logged = con.execute("SELECT kind, n_rows, years FROM reference_files "
                         "WHERE source_file = 'gtmi_data.csv'").fetchone()
    assert logged == ("gtmi", report["rows"], [2020, 2022])


def test_companion_files_are_recognised():
    assert is_companion(FIXTURES / "unctad" / "document_links.json")
    assert not is_companion(FIXTURES / "unctad" / "data.csv")


def test_every_source_has_a_citation_and_a_licence():
    rows = sources()
    assert set(rows) == {"msq", "egdi", "gtmi", "unctad"}
    assert all(r["citation"] and r["licence"] and r["url"].startswith("https://") and r["short_citation"]
               for r in rows.values())
    assert "CC BY 4.0" in rows["gtmi"]["licence"] and "CC BY 4.0" in rows["gtmi"]["short_citation"]
    assert "self-report" in rows["msq"]["citation"]
