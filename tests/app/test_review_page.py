"""The Review page: pick a response, confirm or correct its doubtful answers in place, see stale corrections."""
from __future__ import annotations

import shutil

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from loaders import corrections, ingest, store

from . import fixture_db
from .conftest import APP, TIMEOUT

PAGE = "app_pages/review.py"
DNK_SHA = fixture_db.sha_for("DNK", fixture_db.COUNTRIES["DNK"][2])
EARLIER_SHA = fixture_db.sha_for("DNK", fixture_db.EARLIER_DNK[0])
LONG = "Digital skills programme for older people, " * 6 + "and the last words of the written answer."
FLAG_Q10 = "the detail is only a URL"


def ident(question: int, item: str = "") -> str:
    return f"{DNK_SHA[:12]}_{question}_{item or 'q'}"


@pytest.fixture(scope="module")
def review_store(tmp_path_factory):
    """The app fixture store with one more flag, a long written answer and the corrections as a file."""
    folder = tmp_path_factory.mktemp("review")
    db = fixture_db.build(folder / "msq.duckdb")
    con = duckdb.connect(str(db))
    con.execute("UPDATE answers SET flag = ? WHERE document_sha256 = ? AND question = 10", [FLAG_Q10, DNK_SHA])
    con.execute("UPDATE answers SET detail = ? WHERE document_sha256 = ? AND question = 24", [LONG, DNK_SHA])
    con.close()
    file = folder / "corrections.csv"
    for (iso3, question, item), (answer, reason) in fixture_db.CORRECTED.items():
        corrections.record(file, {"edition": 2022, "country_iso3": iso3, "question": question, "item": item,
                                  "answer": answer, "reason": reason, "reviewed_by": "analyst@example.org",
                                  "reviewed_at": "2026-11-21", "document_sha256": DNK_SHA})
    # Made for Denmark's earlier version: stale, never applied to the current text.
    corrections.record(file, {"edition": 2022, "country_iso3": "DNK", "question": 11, "item": "",
                              "answer": "no", "reason": "only a draft in March", "reviewed_by": "ana",
                              "reviewed_at": "2022-04-01", "document_sha256": EARLIER_SHA})
    ingest.apply_corrections(db, file)
    return db, file


@pytest.fixture
def review_db(review_store, tmp_path, monkeypatch):
    """A private copy of the store and of its corrections file: saving on the page changes only these."""
    db, file = tmp_path / "msq.duckdb", tmp_path / "corrections.csv"
    shutil.copyfile(review_store[0], db)
    shutil.copyfile(review_store[1], file)
    monkeypatch.setenv("MSQ_DB", str(db))
    monkeypatch.setenv(corrections.ENV, str(file))
    return db, file


def open_review(params: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params.update(params or {})
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _text(at) -> str:
    parts = [m.value for m in at.main.markdown] + [w.value for w in at.main.warning]
    parts += [s.value for s in at.main.success] + [e.value for e in at.main.error] + [c.value for c in at.main.caption]
    return "\n".join(parts)


def _save(at, question: int, *, answer: str, reason: str, name: str = "Ana Analyst") -> AppTest:
    at.text_input(key="review_by").input(name)
    at.radio(key=f"answer_{ident(question)}").set_value(answer)
    at.text_input(key=f"reason_{ident(question)}").input(reason)
    button = next(b for b in at.button if b.proto.form_id == f"form_{ident(question)}")
    button.click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _current(db, question: int) -> tuple:
    con = store.open_reader(db)
    try:
        return con.execute("SELECT answer, basis, original_answer, correction_reason FROM answers_current "
                           "WHERE country_iso3 = 'DNK' AND question = ? AND item = ''", [question]).fetchone()
    finally:
        con.close()


def test_review_opens_on_the_response_with_most_flags_with_the_self_report_banner(review_db):
    at = open_review()
    assert at.selectbox(key="review_doc").value == "Denmark (DNK) 2022"
    # The sidebar shows real responses only by default: the synthetic ones are not offered.
    assert at.selectbox(key="review_doc").options == ["Denmark (DNK) 2022", "France (FRA) 2022"]
    docs = at.main.dataframe[0].value
    assert docs.loc[0, "response"] == "Denmark (DNK) 2022" and docs.loc[0, "flagged"] == 2
    assert any("self-report" in i.value for i in at.main.info)
    metrics = {m.label: m.value for m in at.main.metric}
    assert metrics["flagged"] == "2"


def test_each_doubtful_answer_shows_question_full_answer_links_and_reading(review_db):
    at = open_review()
    text = _text(at)
    assert "tick and written answer disagree" in text and FLAG_Q10 in text
    assert "Data protection law" in text  # Q10's label
    assert "](https://www.datatilsynet.dk/)" in text  # its link, clickable
    assert "last words of the written answer" in text  # the full written answer, not a cut
    assert "basis: inferred" in text and "basis: marked" in text
    questions = [m.value for m in at.main.markdown if m.value.startswith("**Q")]
    assert questions[0].startswith("**Q10") or questions[0].startswith("**Q12")  # flagged first


def test_correcting_an_answer_saves_the_file_and_shows_the_correction_on_rerun(review_db):
    db, file = review_db
    at = _save(open_review(), 12, answer="no", reason="the tick was on 'No'; the text repeats the question")
    saved = corrections.load(file)
    row = saved[(saved["question"] == 12) & (saved["document_sha256"] == DNK_SHA)].iloc[0]
    assert (row["answer"], row["reviewed_by"], row["country_iso3"]) == ("no", "Ana Analyst", "DNK")
    assert _current(db, 12)[:3] == ("no", "corrected", "yes")
    text = _text(at)
    assert "Q12 corrected: no." in text
    assert "corrected: no" in text and "the tick was on" in text


def test_confirming_a_reading_records_it_as_reviewed(review_db):
    db, file = review_db
    at = _save(open_review(), 24, answer="yes", reason="the programme is described in full")
    assert _current(db, 24)[:3] == ("yes", "corrected", "yes")
    assert "Q24 confirmed: yes." in _text(at)
    before = int(next(m.value for m in open_review().main.metric if m.label == "still open"))
    at.toggle(key="review_hide_done").set_value(True).run()
    assert not [r for r in at.radio if r.key == f"answer_{ident(24)}"]
    assert before >= 1


@pytest.mark.parametrize(("name", "reason", "message"), [
    ("", "a reason", "Enter your name"),
    ("Ana", "  ", "Give a reason"),
])
def test_a_decision_without_name_or_reason_is_not_saved(review_db, name, reason, message):
    db, file = review_db
    before = file.read_bytes()
    at = _save(open_review(), 12, answer="no", reason=reason, name=name)
    assert message in _text(at)
    assert file.read_bytes() == before and _current(db, 12)[1] != "corrected"


def test_stale_corrections_are_listed_for_re_review(review_db):
    at = open_review()
    stale = at.main.dataframe[-1].value  # the last table on the page
    assert stale[["country_iso3", "question", "answer"]].values.tolist() == [["DNK", 11, "no"]]
    assert "earlier version" in stale["why"].iloc[0]
    assert _current(review_db[0], 11)[1] != "corrected"  # never applied to the current text


def test_the_choice_of_response_is_kept_in_the_link(review_db):
    at = open_review({"synthetic": "true", "review_doc": "Kenya (KEN) 2022"})
    assert at.selectbox(key="review_doc").value == "Kenya (KEN) 2022"
    assert "Kenya" in _text(at)
    assert any("generated demo response" in w.value for w in at.main.warning)
