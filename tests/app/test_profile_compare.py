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
