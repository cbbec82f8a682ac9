"""The DuckDB store through the ingest pipeline: idempotent, atomic per file, bad files rejected, versions kept."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from loaders import ingest, store
from tests.test_msq_text import skeleton


def rows(db, sql):
    con = store.open_reader(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_seed_ingests_with_legal_framework_answers_and_links(tmp_path, seed_path):
    db = tmp_path / "scratch.duckdb"
    [report] = ingest.ingest_paths([seed_path], db)
    assert report.status == "ok" and report.countries == ("DNK",) and report.rows == 65
    got = rows(db, "SELECT question, answer, links FROM answers WHERE section = 'C' ORDER BY question")
    assert [q for q, _, _ in got] == list(range(9, 19))
    assert all(a == "yes" and links for _, a, links in got)


def test_ingest_is_idempotent(tmp_path, seed_path):
    db = tmp_path / "x.duckdb"
    ingest.ingest_paths([seed_path], db)
    before = rows(db, "SELECT count(*), min(ingested_at) FROM answers, documents")
    [again] = ingest.ingest_paths([seed_path], db)
    assert again.status == "unchanged"
    assert rows(db, "SELECT count(*), min(ingested_at) FROM answers, documents") == before


def test_same_content_under_another_name_adds_nothing(tmp_path, seed_path):
    db = tmp_path / "x.duckdb"
    copy = tmp_path / "copy.txt"
    shutil.copy(seed_path, copy)
    ingest.ingest_paths([seed_path], db)
    [r] = ingest.ingest_paths([copy], db)
    assert r.status == "unchanged" and "same content" in r.message
    assert rows(db, "SELECT count(*) FROM answers") == [(65,)]


@pytest.mark.parametrize("content,expected", [
    (b"\x00\x01garbage\xff", "binary file"),
    (b"", "empty"),
    (skeleton(country="Atlantis").encode(), "Atlantis"),
    (b"E-Government Survey 2022\nCOUNTRY NAME* Denmark\nnothing else\n", "questions found"),
], ids=["binary", "empty", "unknown-country", "not-a-questionnaire"])
def test_a_bad_file_is_rejected_with_a_message_and_no_rows(tmp_path, seed_path, content, expected):
    db = tmp_path / "x.duckdb"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    reports = ingest.ingest_paths([bad, seed_path], db)
    assert [r.status for r in reports] == ["rejected", "ok"]  # one bad file never stops the others
    assert expected in reports[0].message and "bad.txt" in reports[0].message
    assert rows(db, "SELECT status, error IS NOT NULL FROM documents WHERE path LIKE '%bad.txt'") == [
        ("rejected", True)]
    assert rows(db, "SELECT DISTINCT country_iso3 FROM answers") == [("DNK",)]


def test_a_failure_while_writing_leaves_no_partial_rows(tmp_path, seed_path, monkeypatch):
    db = tmp_path / "x.duckdb"
    real_write = store.Writer._insert_document

    def write_then_fail(self, *args):
        real_write(self, *args)  # every row is inserted, then the disk "fills up"
        raise OSError("disk full")

    monkeypatch.setattr(store.Writer, "_insert_document", write_then_fail)
    [r] = ingest.ingest_paths([seed_path], db)
    assert r.status == "rejected" and "disk full" in r.message
    assert rows(db, "SELECT count(*) FROM answers") == [(0,)]
    assert rows(db, "SELECT count(*) FROM contacts") == [(0,)]
    monkeypatch.setattr(store.Writer, "_insert_document", real_write)
    [r] = ingest.ingest_paths([seed_path], db)  # a rejected file is retried on the next ingest
    assert r.status == "ok"
    assert rows(db, "SELECT status FROM documents") == [("ok",)]


def test_real_response_takes_precedence_over_synthetic(tmp_path, seed_path):
    db = tmp_path / "x.duckdb"
    synthetic = tmp_path / "dnk_demo.txt"
    synthetic.write_text("SYNTHETIC DEMO DATA - not a real government response.\n" + skeleton(), encoding="utf-8")
    ingest.ingest_paths([seed_path], db)
    ingest.ingest_paths([synthetic], db)  # ingested later, but synthetic
    assert rows(db, "SELECT DISTINCT is_synthetic FROM answers_current") == [(False,)]
    assert rows(db, "SELECT count(DISTINCT document_sha256) FROM answers") == [(2,)]  # nothing is lost


def test_edited_file_keeps_the_old_version_and_shows_the_new(tmp_path, seed_path):
    db = tmp_path / "x.duckdb"
    doc = tmp_path / "dk.txt"
    doc.write_text(skeleton({10: ["☐ Yes ☒ No"]}), encoding="utf-8")
    ingest.ingest_paths([doc], db)
    doc.write_text(skeleton({10: ["☒ Yes ☐ No"]}), encoding="utf-8")
    ingest.ingest_paths([doc], db)
    assert rows(db, "SELECT answer FROM answers_current WHERE question = 10") == [("yes",)]
    assert rows(db, "SELECT count(*) FROM documents") == [(2,)]


def test_database_constraints_refuse_values_outside_the_closed_sets(tmp_path, seed_path):
    db = tmp_path / "x.duckdb"
    ingest.ingest_paths([seed_path], db)
    con = duckdb.connect(str(db))  # a script writing directly: the constraints still hold
    with pytest.raises(duckdb.ConstraintException):
        con.execute("UPDATE answers SET answer = 'maybe' WHERE question = 9")
    with pytest.raises(duckdb.ConstraintException):
        con.execute("UPDATE answers SET basis = 'marked' WHERE answer = 'unknown'")
    con.close()


def test_command_line_ingest_reports_each_file_and_exits_non_zero_on_rejection(tmp_path, seed_path, capsys):
    from cli.main import main

    bad = tmp_path / "bad.txt"
    bad.write_text("hello", encoding="utf-8")
    db = tmp_path / "cli.duckdb"
    assert main(["ingest", str(seed_path), "--db", str(db)]) == 0
    assert main(["ingest", str(seed_path), str(bad), "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "UNCHANGED" in out and "REJECTED" in out and "bad.txt" in out
    assert main(["coverage", "--db", str(db)]) == 0
    assert "DNK" in capsys.readouterr().out


def test_database_path_comes_from_msq_db_when_no_flag(tmp_path, seed_path, monkeypatch):
    from cli.main import main

    db = tmp_path / "env.duckdb"
    monkeypatch.setenv("MSQ_DB", str(db))
    assert main(["ingest", str(seed_path)]) == 0
    assert db.exists()
