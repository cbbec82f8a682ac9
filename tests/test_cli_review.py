"""`python -m loaders review` and `correct`: the review queue, recording and applying a correction."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from analysis import queries, review
from cli.main import main
from loaders import corrections, ingest, store
from tests.app import fixture_db

DNK_SHA = fixture_db.sha_for("DNK", fixture_db.COUNTRIES["DNK"][2])
EARLIER_SHA = fixture_db.sha_for("DNK", fixture_db.EARLIER_DNK[0])
LONG = "The national AI strategy " + "was adopted in 2019 and revised in 2021; " * 8 + "END-OF-DETAIL"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The app fixture store plus a long written answer and a correction made for Denmark's earlier version."""
    db = fixture_db.build(tmp_path_factory.mktemp("store") / "msq.duckdb", reference=False)
    con = duckdb.connect(str(db))
    con.execute("UPDATE answers SET detail = ? WHERE document_sha256 = ? AND question = 24", [LONG, DNK_SHA])
    con.execute("INSERT INTO corrections VALUES (2022, 'DNK', 11, '', 'no', 'only a draft then', 'ana', "
                "'2022-04-01', ?)", [EARLIER_SHA])
    con.close()
    return db


@pytest.fixture
def db(built, tmp_path, monkeypatch):
    """A private copy of the store and an empty corrections file (tests that write change only these)."""
    copy = tmp_path / "msq.duckdb"
    shutil.copyfile(built, copy)
    monkeypatch.setenv(corrections.ENV, str(tmp_path / "corrections.csv"))
    monkeypatch.setenv("MSQ_DB", str(copy))
    return copy


def _queue(db, **kw):
    con = store.open_reader(db)
    try:
        return queries.review_queue(con, **kw)
    finally:
        con.close()


def _current(db, question: int, item: str = "") -> tuple:
    con = store.open_reader(db)
    try:
        return con.execute("SELECT answer, basis, original_answer, correction_reason FROM answers_current "
                           "WHERE country_iso3 = 'DNK' AND question = ? AND item = ?", [question, item]).fetchone()
    finally:
        con.close()


# ---------------------------------------------------------------- the queue

@pytest.mark.parametrize(("question", "item", "queued", "why"), [
    (12, "", True, "flagged, though marked"),
    (9, "", False, "marked, not flagged"),
    (29, "ai", True, "inferred from the written answer"),
    (29, "", False, "a roll-up of its items: reviewing the items settles it"),
    (24, "", True, "inferred"),
    (18, "", False, "unknown: nothing to confirm (and corrected already)"),
    (29, "other", False, "unknown, basis none"),
])
def test_review_queue_holds_flagged_and_inferred_answers(db, question, item, queued, why):
    q = _queue(db, countries=("DNK",))
    found = ((q["question"] == question) & (q["item"] == item)).any()
    assert found == queued, why


def test_review_queue_shows_only_the_current_document_of_each_country(db):
    q = _queue(db)
    assert set(q.loc[q["country_iso3"] == "DNK", "document_sha256"]) == {DNK_SHA}
    assert set(q["status"]) <= set(review.STATUSES)
    assert q.loc[q["question"] == 12, "flag"].item() == "tick and written answer disagree"
    assert q.loc[(q["country_iso3"] == "DNK") & (q["question"] == 29) & (q["item"] == "ai"), "label"].item() \
        .startswith("Emerging technolog")


def test_documents_to_review_put_the_one_with_most_flags_first(db):
    docs = review.documents(_queue(db))
    assert docs.loc[0, "country_iso3"] == "DNK" and docs.loc[0, "flagged"] == 1
    assert docs["document_sha256"].is_unique


# ---------------------------------------------------------------- review command

def test_review_prints_question_reading_basis_flag_and_a_short_detail(db, capsys):
    assert main(["review", "--db", str(db), "--country", "dnk"]) == 0
    out = capsys.readouterr().out
    assert "DNK Denmark 2022" in out and "tick and written answer disagree" in out
    line24 = next(ln for ln in out.splitlines() if ln.strip().startswith("24 "))
    assert "yes" in line24 and "inferred" in line24 and "The national AI strategy" in line24
    assert "END-OF-DETAIL" not in out and "…" in line24  # the first ~120 characters only
    assert "Kenya" not in out


def test_review_lists_stale_corrections_for_re_review(db, capsys):
    assert main(["review", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "1 stale correction(s)" in out and "NOT applied" in out
    stale = out[out.index("stale correction"):]
    assert "DNK 2022 Q11: no" in stale and "earlier version" in stale


def test_review_is_a_command_of_python_m_loaders(db, capsys):
    assert main(["review", "--db", str(db), "--edition", "2022", "--country", "KEN"]) == 0
    assert "KEN Kenya 2022" in capsys.readouterr().out


@pytest.mark.parametrize(("argv", "message"), [
    (["--country", "DEU"], "no current response for DEU; valid: BRA, DNK, FRA, JPN, KEN"),
    (["--country", "Denmark"], "ISO3 codes"),
    (["--edition", "2024"], "valid: 2022"),
])
def test_review_rejects_what_the_database_does_not_hold(db, capsys, argv, message):
    assert main(["review", "--db", str(db), *argv]) == 2
    assert message in capsys.readouterr().err


# ---------------------------------------------------------------- correct command

def test_correct_records_for_the_current_document_and_applies_it(db, capsys):
    argv = ["--db", str(db), "--country", "DNK", "--edition", "2022", "--question", "29", "--item", "ai",
            "--answer", "No", "--reason", "the strategy covers data, not AI", "--by", "ana"]
    assert main(["correct", *argv]) == 0
    saved = corrections.load(corrections.corrections_file())
    assert saved[["country_iso3", "question", "item", "answer", "reviewed_by", "document_sha256"]] \
        .values.tolist() == [["DNK", 29, "ai", "no", "ana", DNK_SHA]]
    assert _current(db, 29, "ai") == ("no", "corrected", "yes", "the strategy covers data, not AI")
    con = store.open_reader(db)
    try:
        original = con.execute("SELECT answer, basis FROM answers WHERE document_sha256 = ? AND question = 29 "
                               "AND item = 'ai'", [DNK_SHA]).fetchone()
    finally:
        con.close()
    assert original == ("yes", "inferred")
    out = capsys.readouterr().out
    assert "yes (inferred) -> no" in out and "applied" in out


def test_confirming_a_reading_takes_it_out_of_the_open_queue(db, capsys):
    before = _queue(db, countries=("DNK",))
    argv = ["--db", str(db), "--country", "DNK", "--edition", "2022", "--question", "24", "--answer", "yes",
            "--reason", "the programme exists"]
    assert main(["correct", *argv]) == 0
    after = _queue(db, countries=("DNK",))
    assert after.loc[after["question"] == 24, "status"].item() == "confirmed"
    assert (after["status"] == "open").sum() == (before["status"] == "open").sum() - 1
    capsys.readouterr()
    assert main(["review", "--db", str(db), "--country", "DNK", "--open"]) == 0
    assert not [ln for ln in capsys.readouterr().out.splitlines() if ln.strip().startswith("24 ")]


def test_correcting_again_replaces_the_earlier_correction(db):
    base = ["--db", str(db), "--country", "DNK", "--edition", "2022", "--question", "33"]
    assert main(["correct", *base, "--answer", "no", "--reason", "first"]) == 0
    assert main(["correct", *base, "--answer", "unknown", "--reason", "second"]) == 0
    saved = corrections.load(corrections.corrections_file())
    assert saved[["answer", "reason"]].values.tolist() == [["unknown", "second"]]
    assert _current(db, 33)[:2] == ("unknown", "corrected")  # unknown stays unknown, never no


@pytest.mark.parametrize(("change", "message"), [
    ({"--country": "DEU"}, "no current response for DEU in 2022; valid: BRA, DNK, FRA, JPN, KEN"),
    ({"--country": "Denmark"}, "ISO3 codes"),
    ({"--question": "99"}, "has no question 99; valid: 1, 2, 3"),
    ({"--item": "quantum"}, "question 29 has no item 'quantum'; valid: ai, robotics, blockchain, 5g, iot, other"),
    ({"--answer": "maybe"}, "choose from 'yes', 'no', 'unknown'"),
    ({"--edition": "1999"}, "unknown edition 1999; valid: 2022"),
    ({"--reason": "  "}, "--reason must say why"),
])
def test_correct_rejects_unknown_values_listing_the_valid_ones(db, capsys, change, message):
    args = {"--country": "DNK", "--edition": "2022", "--question": "29", "--item": "ai", "--answer": "no",
            "--reason": "r"} | change
    argv = ["--db", str(db)] + [x for kv in args.items() for x in kv]
    assert main(["correct", *argv]) == 2
    assert message in capsys.readouterr().err
    assert not corrections.corrections_file().exists()


@pytest.mark.parametrize("command", ["review", "correct"])
def test_a_missing_database_says_to_build_it(tmp_path, capsys, command):
    argv = ["--db", str(tmp_path / "none.duckdb")]
    if command == "correct":
        argv += ["--country", "DNK", "--edition", "2022", "--question", "9", "--answer", "no", "--reason", "r"]
    assert main([command, *argv]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "python -m loaders build" in err


def test_a_busy_store_keeps_the_correction_in_the_file_and_says_so(db, capsys, monkeypatch):
    def busy(*a, **k):
        raise store.StoreBusy("msq.duckdb is being written by pid 1 (build); waited 300 s")

    monkeypatch.setattr(ingest, "apply_corrections", busy)
    argv = ["--db", str(db), "--country", "DNK", "--edition", "2022", "--question", "10", "--answer", "no",
            "--reason", "r"]
    assert main(["correct", *argv]) == 1
    assert "kept in" in capsys.readouterr().err
    assert corrections.load(corrections.corrections_file())["question"].tolist() == [10]
    assert _current(db, 10)[1] != "corrected"


# ---------------------------------------------------------------- confirm takes the writer options of correct

def _confirm_argv(db) -> list[str]:
    return ["confirm", "--db", str(db), "--country", "DNK", "--edition", "2022", "--question", "24",
            "--reason", "the programme exists"]


def test_confirm_waits_as_long_as_wait_says_then_keeps_the_confirmation_in_the_file(db, capsys):
    with store.writing(db, purpose="a long rebuild"):  # another writer holds the database
        assert main([*_confirm_argv(db), "--wait", "0.3"]) == 1
    err = capsys.readouterr().err
    assert "a long rebuild" in err and "waited 0.3 s" in err and "kept in" in err
    assert corrections.load(corrections.corrections_file())["question"].tolist() == [24]
    assert _queue(db, countries=("DNK",)).set_index("question").loc[24, "status"] == "open"  # not applied yet


@pytest.mark.parametrize("command", ["correct", "confirm"])
def test_corrections_file_makes_another_file_the_database_s_and_corrections_alone_is_refused(
        db, tmp_path, capsys, command):
    def argv(question: int) -> list[str]:
        what = ["--answer", "yes"] if command == "correct" else []
        return [command, "--db", str(db), "--country", "DNK", "--edition", "2022", "--question", str(question),
                *what, "--reason", "read against the document"]

    first, second = tmp_path / "team.csv", tmp_path / "mine.csv"
    assert main([*argv(24), "--corrections-file", str(first)]) == 0
    assert corrections.load(first)["question"].tolist() == [24]
    capsys.readouterr()
    assert main([*argv(12), "--corrections", str(second)]) == 2  # not the database's file: nothing written
    assert "--corrections-file" in capsys.readouterr().err and not second.exists()
    assert main([*argv(12), "--corrections", str(first)]) == 0  # the database's own file: accepted
    assert sorted(corrections.load(first)["question"].tolist()) == [12, 24]
