"""Analysts' corrections: the CSV file (read, validate, record atomically) and how the store applies it."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import corrections, ingest, paths, store
from loaders.schema import CORRECTION_COLUMNS
from loaders.spreadsheet import neutralise

SHA_A, SHA_B = "a" * 64, "b" * 64
HEADER = ",".join(CORRECTION_COLUMNS)
SEED = paths.RESPONSES_DIR / "2022" / "msq_2022_denmark.txt"


def row(**over) -> dict:
    base = {"edition": 2022, "country_iso3": "DNK", "question": 10, "item": "", "answer": "no",
            "reason": "only a draft bill exists", "reviewed_by": "analyst", "reviewed_at": "2026-11-29T10:00:00Z",
            "document_sha256": SHA_A}
    return base | over


# ---------------------------------------------------------------- which file

@pytest.mark.parametrize(("cli", "env", "expected"), [
    ("mine.csv", "env.csv", "mine.csv"),
    (None, "env.csv", "env.csv"),
    (None, None, str(paths.DATA / "corrections.csv")),
])
def test_corrections_file_is_option_then_variable_then_default(monkeypatch, cli, env, expected):
    monkeypatch.delenv(corrections.ENV, raising=False)
    if env:
        monkeypatch.setenv(corrections.ENV, env)
    assert corrections.corrections_file(cli) == Path(expected)


def test_the_committed_corrections_file_is_valid_and_has_the_contract_header():
    committed = paths.DATA / "corrections.csv"
    assert committed.read_text(encoding="utf-8").splitlines()[0] == HEADER
    assert list(corrections.load(committed).columns) == CORRECTION_COLUMNS


# ---------------------------------------------------------------- reading

@pytest.mark.parametrize("text", [None, "", HEADER + "\n"], ids=["missing", "empty", "header-only"])
def test_no_file_or_an_empty_file_means_no_corrections(tmp_path, text):
    path = tmp_path / "c.csv"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    frame = corrections.load(path)
    assert frame.empty and list(frame.columns) == CORRECTION_COLUMNS


def test_a_hand_written_file_is_read_with_its_types(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(HEADER + "\n"
                    f"2022,DNK,29,ai,yes,\"the strategy, adopted 2019\",Ana,2026-11-29T10:00:00Z,{SHA_A}\n"
                    "\n"  # a blank line left at the end by an editor
                    f"2022,KEN,10,,unknown,unclear,Bo,2026-11-29T11:00:00Z,{SHA_B}\n", encoding="utf-8")
    frame = corrections.load(path)
    assert frame["question"].tolist() == [29, 10] and frame["edition"].dtype == "int64"
    assert frame["item"].tolist() == ["ai", ""]
    assert frame.loc[0, "reason"] == "the strategy, adopted 2019"


@pytest.mark.parametrize(("line", "message"), [
    (f"2022,DNK,10,,maybe,r,me,t,{SHA_A}", "answer must be one of yes, no, unknown"),
    (f"2022,dnk,10,,no,r,me,t,{SHA_A}", "country_iso3 must be an ISO3 code"),
    (f"2022,DNK,10,,no,,me,t,{SHA_A}", "reason must say why"),
    ("2022,DNK,10,,no,r,me,t,abc", "document_sha256 must be the 64-character SHA-256"),
    (f"2022,DNK,ten,,no,r,me,t,{SHA_A}", "question must be a whole number"),
    (f"2022,DNK,99,,no,r,me,t,{SHA_A}", "has no question 99"),
    (f"2022,DNK,29,quantum,no,r,me,t,{SHA_A}", "has no question 29 item 'quantum'"),
    (f"1999,DNK,10,,no,r,me,t,{SHA_A}", "edition must be a survey year"),
    (f"2022,DNK,10,,no,r,me,{SHA_A}", "8 fields, expected 9"),
])
def test_a_bad_line_fails_loudly_naming_the_line(tmp_path, line, message):
    path = tmp_path / "c.csv"
    path.write_text(f"{HEADER}\n2022,DNK,9,,yes,fine,me,t,{SHA_A}\n{line}\n", encoding="utf-8")
    with pytest.raises(corrections.CorrectionsError, match="line 3") as err:
        corrections.load(path)
    assert message in str(err.value) and str(path) in str(err.value)


def test_the_same_answer_corrected_twice_names_both_lines(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(f"{HEADER}\n2022,DNK,9,,yes,a,me,t,{SHA_A}\n2022,DNK,9,,no,b,me,t,{SHA_A}\n", encoding="utf-8")
    with pytest.raises(corrections.CorrectionsError, match="lines 2, 3: the same answer"):
        corrections.load(path)


def test_a_wrong_header_is_refused_with_the_expected_one(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("country,question,answer\nDNK,10,no\n", encoding="utf-8")
    with pytest.raises(corrections.CorrectionsError, match="the header must be edition,country_iso3"):
        corrections.load(path)


# ---------------------------------------------------------------- recording

def test_record_adds_replaces_the_same_answer_and_keeps_a_sorted_file(tmp_path):
    path = tmp_path / "sub" / "c.csv"
    corrections.record(path, row(question=12, reason="first"))
    corrections.record(path, row(question=9, country_iso3="KEN", document_sha256=SHA_B))
    corrections.record(path, row(question=12, answer="yes", reason="second look"))
    frame = corrections.load(path)
    assert list(zip(frame["country_iso3"], frame["question"], frame["answer"])) == [
        ("DNK", 12, "yes"), ("KEN", 9, "no")]
    assert frame.loc[0, "reason"] == "second look"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == HEADER and len(lines) == 3


def test_record_keeps_a_correction_of_the_same_answer_in_another_document(tmp_path):
    path = tmp_path / "c.csv"
    corrections.record(path, row())
    corrections.record(path, row(document_sha256=SHA_B, answer="yes"))
    assert corrections.load(path)["document_sha256"].tolist() == [SHA_A, SHA_B]


def test_record_stamps_the_review_time_when_none_is_given(tmp_path):
    path = tmp_path / "c.csv"
    frame = corrections.record(path, row(reviewed_at=""))
    assert frame.loc[0, "reviewed_at"].endswith("Z") and frame.loc[0, "reviewed_at"][:2] == "20"


@pytest.mark.parametrize(("over", "message"), [
    ({"answer": "No way"}, "answer must be one of"),
    ({"reason": "   "}, "needs a reason"),
    ({"question": 99}, "no question 99"),
    ({"comment": "x"}, "no field"),
])
def test_record_refuses_a_bad_correction_and_leaves_the_file_alone(tmp_path, over, message):
    path = tmp_path / "c.csv"
    corrections.record(path, row())
    before = path.read_bytes()
    with pytest.raises(corrections.CorrectionsError, match=message):
        corrections.record(path, row(**over))
    assert path.read_bytes() == before


def test_a_failed_write_leaves_the_old_file_whole_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "c.csv"
    corrections.record(path, row())
    before = path.read_bytes()

    def crash(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        corrections.record(path, row(question=11))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["c.csv"]


def test_two_analysts_saving_at_once_both_keep_their_correction(tmp_path):
    path = tmp_path / "c.csv"
    questions = list(range(9, 19))
    threads = [threading.Thread(target=corrections.record, args=(path, row(question=q))) for q in questions]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert corrections.load(path)["question"].tolist() == questions


@settings(max_examples=60, deadline=None)
@given(reason=st.text(min_size=1).filter(lambda s: s.replace("\0", "").strip()))
def test_any_reason_text_survives_the_file(tmp_path_factory, reason):
    path = tmp_path_factory.mktemp("c") / "c.csv"
    corrections.record(path, row(reason=reason))
    expected = neutralise(reason.replace("\r\n", "\n").replace("\r", "\n").replace("\0", ""))
    assert corrections.load(path).loc[0, "reason"] == expected


@pytest.mark.parametrize("typed", ["=HYPERLINK(\"http://x\")", "+1", "-2 (see the law)", "@SUM(A1)"])
def test_a_reason_or_name_a_spreadsheet_would_run_is_stored_with_a_leading_quote(tmp_path, typed):
    path = tmp_path / "c.csv"
    corrections.record(path, row(reason=typed, reviewed_by=typed))
    text = path.read_text(encoding="utf-8")
    assert f",'{typed[0]}" in text or f",\"'{typed[0]}" in text
    back = corrections.load(path).iloc[0]
    assert back["reason"] == "'" + typed and back["reviewed_by"] == "'" + typed
    corrections.record(path, row(question=11, reason="fine"))  # rewriting the file quotes nothing twice
    assert corrections.load(path).iloc[0]["reason"] == "'" + typed


# ---------------------------------------------------------------- applied by the pipeline

def _current(db, question: int) -> tuple:
    con = store.open_reader(db)
    try:
        return con.execute("SELECT answer, basis, original_answer, original_basis, correction_reason "
                           "FROM answers_current WHERE country_iso3 = 'DNK' AND question = ? AND item = ''",
                           [question]).fetchone()
    finally:
        con.close()


def _stored(db, question: int) -> list[tuple]:
    con = store.open_reader(db)
    try:
        return con.execute("SELECT answer, basis, document_sha256 FROM answers WHERE country_iso3 = 'DNK' "
                           "AND question = ? AND item = '' ORDER BY document_sha256", [question]).fetchall()
    finally:
        con.close()


@pytest.fixture
def seeded(tmp_path, monkeypatch):
    """Denmark's response ingested into a fresh database, with a corrections file beside it."""
    file = tmp_path / "corrections.csv"
    monkeypatch.setenv(corrections.ENV, str(file))
    db = tmp_path / "msq.duckdb"
    [report] = ingest.ingest_paths([SEED], db)
    assert report.status in ("ok", "warn"), report.line()
    return db, file, _stored(db, 13)[0]


def test_a_correction_survives_a_rebuild_and_answers_keeps_the_original(seeded, tmp_path):
    db, file, (answer, basis, sha) = seeded
    assert (answer, basis) == ("yes", "inferred")  # "Same answer as q12."
    corrections.record(file, row(question=13, answer="unknown", reason="a cross-reference is not an answer",
                                 document_sha256=sha))
    fresh = tmp_path / "rebuilt.duckdb"
    ingest.ingest_paths([SEED], fresh)
    for db_ in (db, fresh):
        if db_ is db:
            ingest.apply_corrections(db_, file)
        assert _current(db_, 13) == ("unknown", "corrected", "yes", "inferred",
                                     "a cross-reference is not an answer")
        assert _stored(db_, 13) == [("yes", "inferred", sha)]
        assert _current(db_, 12)[1] == "inferred"  # only the corrected answer changes


def test_a_correction_for_a_superseded_version_is_stale_and_not_applied(seeded, tmp_path):
    db, file, (_, _, old_sha) = seeded
    corrections.record(file, row(question=13, answer="no", reason="checked with the ministry",
                                 document_sha256=old_sha))
    ingest.apply_corrections(db, file)
    assert _current(db, 13)[:2] == ("no", "corrected")
    newer = tmp_path / "msq_2022_denmark_v2.txt"
    newer.write_text(SEED.read_text(encoding="utf-8") + "\nRevised and resubmitted.\n", encoding="utf-8")
    ingest.ingest_paths([newer], db)
    assert _current(db, 13)[:2] == ("yes", "inferred")  # the newer text was never reviewed
    con = store.open_reader(db)
    try:
        stale = con.execute("SELECT country_iso3, question, document_sha256, current_sha256, why "
                            "FROM corrections_stale").df()
    finally:
        con.close()
    assert len(stale) == 1 and stale.loc[0, "document_sha256"] == old_sha
    assert stale.loc[0, "current_sha256"] != old_sha and "earlier version" in stale.loc[0, "why"]


def test_a_malformed_corrections_file_stops_the_ingest_before_anything_is_published(tmp_path, monkeypatch):
    file = tmp_path / "corrections.csv"
    file.write_text(f"{HEADER}\n2022,DNK,13,,perhaps,r,me,t,{SHA_A}\n", encoding="utf-8")
    monkeypatch.setenv(corrections.ENV, str(file))
    db = tmp_path / "msq.duckdb"
    with pytest.raises(corrections.CorrectionsError, match="line 2"):
        ingest.ingest_paths([SEED], db)
    assert not db.exists()


def test_the_store_copy_equals_the_file(seeded):
    db, file, (_, _, sha) = seeded
    for q in (9, 10, 11):
        corrections.record(file, row(question=q, document_sha256=sha))
    ingest.apply_corrections(db, file)
    con = store.open_reader(db)
    try:
        table = con.execute("SELECT * FROM corrections ORDER BY question").df()
    finally:
        con.close()
    pd.testing.assert_frame_equal(table.astype(str), corrections.load(file).astype(str))


def test_rewriting_the_file_keeps_it_readable_by_the_team(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(HEADER + "\n", encoding="utf-8")
    path.chmod(0o664)
    corrections.record(path, row())
    assert path.stat().st_mode & 0o777 == 0o664
    fresh = tmp_path / "new.csv"
    corrections.record(fresh, row())
    assert fresh.stat().st_mode & 0o044 == 0o044  # group and others may read it, as with any new file


def test_correcting_a_sub_item_recomputes_its_questions_roll_up(tmp_path, seed_path):
    """Denmark's Q29 is 'yes' because some technologies are; correcting those to 'no' changes Q29 too."""
    from loaders import ingest, store

    db = tmp_path / "msq.duckdb"
    ingest.ingest_paths([seed_path], db, corrections_file=tmp_path / "none.csv")
    con = store.open_reader(db)
    try:
        rows = con.execute("SELECT item, answer, document_sha256 FROM answers_current "
                           "WHERE question = 29 ORDER BY item").fetchall()
    finally:
        con.close()
    assert ("", "yes") in [(i, a) for i, a, _ in rows]
    yes_items = [item for item, answer, _ in rows if item and answer == "yes"]
    assert yes_items
    fix = pd.DataFrame([{"edition": 2022, "country_iso3": "DNK", "question": 29, "item": i, "answer": "no",
                         "reason": "read again", "reviewed_by": "t", "reviewed_at": "2026-11-29",
                         "document_sha256": rows[0][2]} for i in yes_items])
    with store.writing(db) as w:
        w.replace_corrections(fix)
    con = store.open_reader(db)
    try:
        [(answer, basis, why)] = con.execute("SELECT answer, basis, correction_reason FROM answers_current "
                                             "WHERE question = 29 AND item = ''").fetchall()
    finally:
        con.close()
    assert answer != "yes" and basis == "corrected" and "sub-items" in why
