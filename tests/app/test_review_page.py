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
EVIDENCE_Q24 = "operating: 'last words of the written answer'"


def ident(question: int, item: str = "") -> str:
    return f"{DNK_SHA[:12]}_{question}_{item or 'q'}"


@pytest.fixture(scope="module")
def review_store(tmp_path_factory):
    """The app fixture store with one more flag, a long written answer and the corrections as a file."""
    folder = tmp_path_factory.mktemp("review")
    db = fixture_db.build(folder / "msq.duckdb")
    con = duckdb.connect(str(db))
    con.execute("UPDATE answers SET flag = ? WHERE document_sha256 = ? AND question = 10", [FLAG_Q10, DNK_SHA])
    con.execute("UPDATE answers SET detail = ?, evidence = ? WHERE document_sha256 = ? AND question = 24",
                [LONG, EVIDENCE_Q24, DNK_SHA])
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
    # A database records the one corrections file it applies: the copy is told its own (else it refuses it).
    ingest.apply_corrections(db, file, switch=True)
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
    assert metrics["flags left"] == "2"


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
    assert not [r for r in at.radio if r.key == f"answer_{ident(12)}"]  # decided: it left the queue
    at.toggle(key="review_show_done").set_value(True).run()
    text = _text(at)
    assert "Corrected from yes to no" in text and "the tick was on" in text
    assert "Flag settled by Ana Analyst on 20" in text and "tick and written answer disagree" in text


def _metrics(at) -> dict[str, int]:
    return {m.label: int(m.value) for m in at.main.metric}


def test_confirming_a_reading_keeps_it_and_takes_it_out_of_the_queue(review_db):
    db, file = review_db
    before = _metrics(open_review())
    original = _current(db, 24)
    at = _save(open_review(), 24, answer="yes", reason="the programme is described in full")
    answer, basis, reading, reason = _current(db, 24)
    assert (answer, basis, reading, reason) == (original[0], original[1], original[2], None)  # not "corrected"
    assert basis != "corrected"
    assert "Q24 confirmed: yes." in _text(at)
    after = _metrics(at)
    assert after["left"] == before["left"] - 1 and after["confirmed"] == before["confirmed"] + 1
    assert after["corrected"] == before["corrected"]
    assert not [r for r in at.radio if r.key == f"answer_{ident(24)}"]
    at.toggle(key="review_show_done").set_value(True).run()
    assert "Reading confirmed: yes" in _text(at)
    assert [r for r in at.radio if r.key == f"answer_{ident(24)}"]


def test_the_words_that_decided_a_reading_are_highlighted_in_the_full_written_answer(review_db):
    at = open_review()
    shown = [m.value for m in at.main.markdown if "Digital skills programme" in m.value]
    assert len(shown) == 1
    assert ":orange-background[last words of the written answer]" in shown[0]
    assert shown[0].startswith("Digital skills programme for older people")  # the whole answer, not the span
    assert any("Evidence" in c.value and "operating" in c.value for c in at.main.caption)


def test_one_act_with_one_reason_confirms_every_open_reading(review_db):
    db, file = review_db
    at = open_review()
    left = _metrics(at)["left"]
    before = len(corrections.load(file))
    at.text_input(key="review_by").input("Ana Analyst")
    assert at.selectbox(key="review_bulk_scope").value == "every open answer"
    assert any(c.value.startswith(f"every open answer: {left} (") for c in at.main.caption)
    at.text_input(key="review_bulk_reason").input("read against the document")
    next(b for b in at.button if b.proto.form_id == "review_bulk").click().run()
    assert not at.exception, [e.value for e in at.exception]
    saved = corrections.load(file)
    assert len(saved) == before + left
    assert (saved["reason"] == "read against the document").sum() == left
    after = _metrics(at)
    assert after["left"] == 0 and after["flags left"] == 0 and after["confirmed"] >= left
    assert "0 left" in _text(at) and f"{left} readings confirmed." in _text(at)
    con = store.open_reader(db)
    try:
        changed = con.execute("SELECT count(*) FROM answers_current WHERE country_iso3 = 'DNK' "
                              "AND review = 'confirmed' AND (answer <> original_answer OR basis = 'corrected')"
                              ).fetchone()[0]
    finally:
        con.close()
    assert changed == 0  # a confirmation never changes an answer or its basis


def test_a_section_is_confirmed_in_one_act(review_db):
    db, file = review_db
    at = open_review()
    at.text_input(key="review_by").input("Ana Analyst")
    scopes = at.selectbox(key="review_bulk_scope").options
    label = next(o for o in scopes if o.startswith("the open answers of section "))
    letter = label[-1]
    counts = next(c.value for c in at.main.caption if c.value.startswith("every open answer: "))
    n = int(counts.split(f"section {letter}: ")[1].split(" ")[0])
    at.selectbox(key="review_bulk_scope").set_value(label)
    at.text_input(key="review_bulk_reason").input("section read in full")
    next(b for b in at.button if b.proto.form_id == "review_bulk").click().run()
    assert not at.exception, [e.value for e in at.exception]
    saved = corrections.load(file)
    assert (saved["reason"] == "section read in full").sum() == n


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
