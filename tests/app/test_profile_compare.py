"""Country profile and Compare: every answer with basis and source, personal data on request, inert free text."""
from __future__ import annotations

from .conftest import DEMO, fingerprint, open_page


def _markdown(at) -> list[str]:
    return [m.value for m in at.main.markdown]


def test_profile_lists_every_answer_with_basis_and_source_document():
    at = open_page("profile", {**DEMO, "profile": "Denmark (DNK)"})
    text = "\n".join(_markdown(at))
    assert "responses/2022/msq\\_2022\\_denmark\\.txt" in text  # the source document (markdown-escaped)
    assert "basis: inferred" in text and "basis: marked" in text and "basis: none" in text
    assert [m.label for m in at.main.metric] == ["✓ yes", "✗ no", "? unknown", "inferred answers"]
    assert len(at.main.subheader) == 8  # sections A–H


def test_profile_hides_names_and_emails_until_asked():
    at = open_page("profile", {**DEMO, "profile": "Denmark (DNK)"})
    assert "test.respondent@example.org" not in fingerprint(at)
    assert "Test Respondent" not in fingerprint(at)
    at.checkbox(key="show_contacts").check().run()
    assert "test.respondent@example.org" in fingerprint(at)


def test_profile_free_text_is_inert_and_only_http_links_are_clickable():
    at = open_page("profile", {**DEMO, "profile": "Kenya (KEN)"})
    text = "\n".join(_markdown(at))
    assert "<script>" not in text and "\\<script\\>" in text
    assert "](javascript:" not in text
    assert "](https://www.odpc.go.ke/)" in text


def test_profile_follows_the_sidebar_countries():
    at = open_page("profile", {**DEMO, "country": ["Japan (JPN)", "Kenya (KEN)"]})
    assert at.selectbox(key="profile").options == ["Japan (JPN)", "Kenya (KEN)"]


def test_compare_marks_questions_with_different_answers():
    at = open_page("compare", {**DEMO, "compare": ["Denmark (DNK)", "Japan (JPN)"], "cmp_section": "C · Legal Framework"})
    table = at.main.dataframe[0].value
    q9 = table[table["question"] == "Q9 Access to information law"].iloc[0]
    assert q9["differs"] == "≠ differs"  # Denmark yes, Japan no
    assert q9["Denmark"].startswith("✓") and q9["Japan †"].startswith("✗")
    q11 = table[table["question"] == "Q11 Cybersecurity law"].iloc[0]
    assert q11["Japan †"].startswith("?")  # unknown stays unknown, never "no"


def test_compare_only_differences_hides_equal_rows():
    at = open_page("compare", {**DEMO, "compare": ["Denmark (DNK)", "Brazil (BRA)"], "cmp_section": "C · Legal Framework",
                               "cmp_diff": "true"})
    table = at.main.dataframe[0].value
    assert (table["differs"] == "≠ differs").all()
    assert len(table) == 1  # Denmark and Brazil differ only on Q18 (unknown vs yes)


def test_compare_needs_two_countries():
    at = open_page("compare", {**DEMO, "compare": "Denmark (DNK)"})
    assert any("at least two countries" in i.value for i in at.main.info)


def test_profile_answer_shows_its_evidence_highlighted_and_who_settled_it(fixture_store, tmp_path, monkeypatch):
    import shutil

    import duckdb

    from loaders import corrections, ingest

    from . import fixture_db

    db = tmp_path / "msq.duckdb"
    shutil.copyfile(fixture_store, db)
    sha = fixture_db.sha_for("DNK", fixture_db.COUNTRIES["DNK"][2])
    con = duckdb.connect(str(db))
    con.execute("UPDATE answers SET detail = 'The national strategy is adopted and in force since 2021.', "
                "evidence = 'in force: ''is adopted and in force''' WHERE document_sha256 = ? AND question = 24",
                [sha])
    con.close()
    file = tmp_path / "corrections.csv"
    con = duckdb.connect(str(db), read_only=True)
    # Confirming keeps the fixture's reading of Q24, whatever it is.
    answer = con.execute("SELECT answer FROM answers WHERE document_sha256 = ? AND question = 24", [sha]).fetchone()[0]
    con.close()
    corrections.record(file, {"edition": 2022, "country_iso3": "DNK", "question": 24, "item": "", "answer": answer,
                              "reason": "the strategy is in force", "reviewed_by": "Ana", "reviewed_at": "2026-12-01",
                              "document_sha256": sha})
    ingest.apply_corrections(db, file)
    monkeypatch.setenv("MSQ_DB", str(db))
    at = open_page("profile", {**DEMO, "profile": "Denmark (DNK)"})
    assert any(":orange-background[is adopted and in force]" in m for m in _markdown(at))
    captions = [c.value for c in at.main.caption]
    assert any("Evidence" in c and "in force" in c for c in captions)
    assert any(c.startswith("✔ reading confirmed by Ana on 2026\\-12\\-01") for c in captions)
