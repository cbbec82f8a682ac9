"""Confirm and correct are different acts; every answer keeps its evidence, shown by `review` and downloads."""
from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from analysis import export, queries, review
from analysis.filters import Filters
from cli.main import main
from loaders import corrections, ingest, paths, store
from loaders.schema import DDL, EVIDENCE_MAX, bounded_evidence


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Denmark's real response, read by the project's own ingest (its answers carry their evidence)."""
    seed_path = paths.RESPONSES_DIR / "2022" / "msq_2022_denmark.txt"
    folder = tmp_path_factory.mktemp("states")
    db = folder / "msq.duckdb"
    ingest.ingest_paths([seed_path], db, corrections_file=folder / "none.csv")
    return db


@pytest.fixture
def db(built, tmp_path, monkeypatch):
    copy = tmp_path / "msq.duckdb"
    copy.write_bytes(built.read_bytes())
    # A database records the one corrections file it applies: the copy is told its own (else it refuses it).
    ingest.apply_corrections(copy, tmp_path / "corrections.csv", switch=True)
    monkeypatch.setenv(corrections.ENV, str(tmp_path / "corrections.csv"))
    monkeypatch.setenv("MSQ_DB", str(copy))
    return copy


def _rows(db, sql: str, params=()) -> list[tuple]:
    con = store.open_reader(db)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def _queue(db) -> pd.DataFrame:
    con = store.open_reader(db)
    try:
        return queries.review_queue(con, ("DNK",))
    finally:
        con.close()


def _decide(db, decisions: list[dict]) -> None:
    file = corrections.corrections_file()
    corrections.record_many(file, [{"edition": 2022, "country_iso3": "DNK", "reviewed_by": "Ana",
                                    "reviewed_at": "2026-12-01T09:00:00Z", **d} for d in decisions])
    ingest.apply_corrections(db, file)


def _sha(db) -> str:
    return _rows(db, "SELECT sha256 FROM current_documents WHERE country_iso3 = 'DNK'")[0][0]


# ---------------------------------------------------------------- evidence stored

def test_inferred_answers_are_stored_with_the_words_that_decided_them(built):
    rows = _rows(built, "SELECT question, evidence, detail FROM answers WHERE question = 37")
    [(question, evidence, detail)] = rows
    assert evidence.startswith("reference: ") and "See Q35" in evidence and detail == "See Q35"


@pytest.mark.parametrize(("given", "kept"), [
    (None, None), ("", None), ("   ", None),
    ("in force: 'the Act is in force'", "in force: 'the Act is in force'"),
    ("operating:  'a  portal\nis live'", "operating: 'a portal is live'"),
])
def test_evidence_is_kept_as_written_in_one_line(given, kept):
    assert bounded_evidence(given) == kept


def test_a_long_evidence_is_shortened_never_refused():
    long = "in force: '" + "the Act governs every agency " * 40 + "'"
    short = bounded_evidence(long)
    assert len(short) == EVIDENCE_MAX and short.endswith("…'") and short.startswith("in force: 'the Act")


def test_a_database_made_before_evidence_gets_the_column_on_its_next_write(tmp_path):
    db = tmp_path / "old.duckdb"
    old_ddl = DDL.replace("    evidence         VARCHAR,\n", "")
    old_ddl = old_ddl.replace("ALTER TABLE answers ADD COLUMN IF NOT EXISTS evidence VARCHAR;", "")
    old_ddl = old_ddl.replace("flag, evidence,", "flag,")
    con = duckdb.connect(str(db))
    con.execute(old_ddl)
    con.execute("INSERT INTO answers VALUES ('DNK', 'Denmark', 2022, 'C', 10, '', ['legal_framework'], 'yes', "
                "'inferred', 'a law', [], ?, FALSE, NULL)", ["a" * 64])
    con.execute("INSERT INTO documents (path, sha256, format, loader, country_iso3, edition, status, ingested_at) "
                "VALUES ('dnk.txt', ?, 'text', 'msq_text', 'DNK', 2022, 'ok', now())", ["a" * 64])
    assert "evidence" not in con.execute("SELECT * FROM answers LIMIT 0").df().columns
    con.close()
    con = store.open_reader(db)  # readers cope before the write: the column reads as empty
    try:
        assert queries.answers(con, include_superseded=True)["evidence"].tolist() == [""]
        assert queries.review_queue(con)["evidence"].tolist() == [None]
    finally:
        con.close()
    ingest.apply_corrections(db, tmp_path / "none.csv")
    cols = _rows(db, "SELECT column_name FROM information_schema.columns WHERE table_name = 'answers'")
    assert ("evidence",) in cols
    assert _rows(db, "SELECT answer, evidence FROM answers") == [("yes", None)]  # kept, evidence unknown


# ---------------------------------------------------------------- confirm and correct

def test_confirming_keeps_answer_and_basis_and_marks_it_reviewed(db):
    sha = _sha(db)
    [(answer, basis)] = _rows(db, "SELECT answer, basis FROM answers WHERE question = 37 AND item = ''")
    _decide(db, [{"question": 37, "item": "", "answer": answer, "reason": "Q35 says so", "document_sha256": sha}])
    [row] = _rows(db, "SELECT answer, basis, review, reviewed_by, reviewed_at, corrected_by, correction_reason "
                      "FROM answers_current WHERE question = 37 AND item = ''")
    assert row == (answer, basis, "confirmed", "Ana", "2026-12-01T09:00:00Z", None, None)
    q = _queue(db)
    assert q.loc[q["question"] == 37, "status"].item() == "confirmed"


def test_correcting_one_sub_item_counts_one_correction(db):
    """Q29's roll-up stays yes when one of its yes items is corrected to no: nothing else is 'corrected'."""
    sha = _sha(db)
    items = _rows(db, "SELECT item FROM answers WHERE question = 29 AND item <> '' AND answer = 'yes' ORDER BY item")
    assert len(items) >= 2
    _decide(db, [{"question": 29, "item": items[0][0], "answer": "no", "reason": "not in the text",
                  "document_sha256": sha}])
    corrected = _rows(db, "SELECT question, item FROM answers_current WHERE basis = 'corrected'")
    assert corrected == [(29, items[0][0])]
    assert review.progress_text(_queue(db)).startswith("1 corrected, 0 confirmed, ")


def test_confirming_every_sub_item_leaves_the_roll_up_as_read(db):
    sha = _sha(db)
    items = _rows(db, "SELECT item, answer FROM answers WHERE question = 29 AND item <> ''")
    _decide(db, [{"question": 29, "item": i, "answer": a, "reason": "ok", "document_sha256": sha} for i, a in items])
    assert _rows(db, "SELECT count(*) FROM answers_current WHERE basis = 'corrected'") == [(0,)]


def test_a_flag_stays_on_the_record_once_settled(db, capsys):
    sha = _sha(db)
    flagged = _rows(db, "SELECT question, item, answer, flag FROM answers WHERE flag IS NOT NULL")
    assert flagged
    q, item, answer, flag = flagged[0]
    _decide(db, [{"question": q, "item": item, "answer": answer, "reason": "read it", "document_sha256": sha}])
    assert _rows(db, "SELECT flag, review FROM answers_current WHERE question = ? AND item = ?", [q, item]) \
        == [(flag, "confirmed")]
    assert review.counts(_queue(db))["flags_left"] == len(flagged) - 1
    capsys.readouterr()
    assert main(["review", "--db", str(db), "--country", "DNK"]) == 0
    assert f"{flag} [settled by Ana on 2026-12-01]" in capsys.readouterr().out


# ---------------------------------------------------------------- the command line

def test_review_prints_each_answer_s_evidence_and_the_progress(db, capsys):
    assert main(["review", "--db", str(db), "--country", "DNK"]) == 0
    out = capsys.readouterr().out
    assert "evidence" in out.splitlines()[2] or any(ln.strip().startswith("question") and "evidence" in ln
                                                     for ln in out.splitlines())
    line = next(ln for ln in out.splitlines() if ln.strip().startswith("37 "))
    assert "reference: 'See Q35'" in line
    assert "0 corrected, 0 confirmed, " in out


def test_confirm_settles_every_inferred_reading_in_one_act(db, capsys):
    before = _queue(db)
    n = int(((before["status"] == "open") & (before["original_basis"] == "inferred")).sum())
    assert n >= 40
    assert main(["confirm", "--db", str(db), "--country", "DNK", "--edition", "2022", "--inferred",
                         "--reason", "read against the document", "--by", "Ana"]) == 0
    after = _queue(db)
    assert int((after["status"] == "confirmed").sum()) == n
    assert (after["answer"] == after["original_answer"]).all() and (after["basis"] != "corrected").all()
    assert len(corrections.load(corrections.corrections_file())) == n
    out = capsys.readouterr().out
    assert f"{n} confirmed" in out
    # Nothing open is left to confirm: saying so is not an error, and nothing is written.
    assert main(["confirm", "--db", str(db), "--country", "DNK", "--edition", "2022", "--inferred",
                         "--reason", "again"]) == 0
    assert "Nothing to confirm" in capsys.readouterr().out
    capsys.readouterr()
    assert main(["review", "--db", str(db), "--country", "DNK"]) == 0
    assert f"0 corrected, {n} confirmed, " in capsys.readouterr().out


def test_confirm_a_section_leaves_other_sections_open(db):
    q = _queue(db)
    section = q["section"].value_counts().index[0]
    assert main(["confirm", "--db", str(db), "--country", "DNK", "--edition", "2022", "--section", section,
                         "--reason", "section read"]) == 0
    after = _queue(db)
    assert (after.loc[after["section"] == section, "status"] == "confirmed").all()
    assert (after.loc[after["section"] != section, "status"] == "open").all()


@pytest.mark.parametrize(("argv", "message"), [
    (["--section", "Z"], "no answer to review in section Z"),
    (["--item", "ai"], "--item needs --question"),
    (["--reason", " "], "--reason must say why"),
])
def test_confirm_refuses_what_picks_nothing_the_queue_holds(db, capsys, argv, message):
    base = ["--db", str(db), "--country", "DNK", "--edition", "2022", "--reason", "r"]
    assert main(["confirm", *base, *argv]) == 2
    assert message in capsys.readouterr().err


# ---------------------------------------------------------------- downloads

def test_downloads_carry_evidence_and_who_reviewed_and_corrected(db):
    sha = _sha(db)
    [(answer,)] = _rows(db, "SELECT answer FROM answers WHERE question = 37 AND item = ''")
    _decide(db, [{"question": 37, "item": "", "answer": answer, "reason": "ok", "document_sha256": sha},
                 {"question": 36, "item": "", "answer": "unknown", "reason": "=not clear", "document_sha256": sha}])
    con = store.open_reader(db)
    try:
        frame = export.export_frame(queries.answers(con), Filters(countries=("DNK",)))
    finally:
        con.close()
    by_q = frame[frame["item"] == ""].set_index("question")
    assert by_q.loc[37, "evidence"].startswith("reference: ")
    assert (by_q.loc[37, "reviewed_by"], by_q.loc[37, "corrected_by"]) == ("Ana", "")
    assert (by_q.loc[36, "reviewed_by"], by_q.loc[36, "corrected_by"], by_q.loc[36, "corrected_at"]) \
        == ("Ana", "Ana", "2026-12-01T09:00:00Z")
    assert by_q.loc[36, "correction_reason"] == "'=not clear"  # formula-safe in the file and in the download
    back = pd.read_csv(pd.io.common.BytesIO(export.to_csv_bytes(frame, "x")), comment="#", encoding="utf-8-sig")
    assert {"evidence", "reviewed_by", "reviewed_at", "corrected_by", "corrected_at"} <= set(back.columns)


def test_the_export_command_writes_evidence_and_review_columns(db, tmp_path, capsys):
    sha = _sha(db)
    [(answer,)] = _rows(db, "SELECT answer FROM answers WHERE question = 13 AND item = ''")
    _decide(db, [{"question": 13, "item": "", "answer": answer, "reason": "as Q12", "document_sha256": sha}])
    out = tmp_path / "dnk.csv"
    assert main(["export", "--db", str(db), "--out", str(out), "--country", "DNK"]) == 0
    got = pd.read_csv(out, comment="#", keep_default_na=False, encoding="utf-8-sig")
    assert list(got.columns) == export.EXPORT_COLUMNS
    row = got[(got["question"] == 13) & (got["item"] == "")].iloc[0]
    assert row["evidence"].startswith("reference: 'Same answer as q12.'")  # then what Q12's reading rests on
    assert (row["reviewed_by"], row["reviewed_at"], row["corrected_by"], row["basis"]) == \
        ("Ana", "2026-12-01T09:00:00Z", "", "inferred")
