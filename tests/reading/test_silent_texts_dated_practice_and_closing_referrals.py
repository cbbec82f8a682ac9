"""A text in force said not to provide for what was asked, practice since a full date beside a draft, a text named then
the reader sent to another body, "under the elaboration" as a status."""
import pytest

from loaders.formats.reading_polarity import read_answer

Q14 = "Is there any legislation, law or regulation on e-procurement?"
Q23 = ("Does the national e-government strategy make specific reference to or is aligned with sub-national/local "
       "e-government development strategy? Please provide link and detail.")
Q34 = "Is there a national e-participation policy/strategy or similar?"


@pytest.mark.parametrize("lang, question, text", [
    ("en", Q14, "Tenders are governed by the Public Finance Act 2003. They do not provide for e-procurement."),
    ("en", Q14, "Purchasing is regulated by the Procurement Regulations 2015. These do not cover e-procurement; bids are on paper."),
    ("es", "¿Existe legislación sobre contratación electrónica?",
     "La contratación se rige por la Ley de Compras Públicas de 2004. No contemplan la contratación electrónica."),
])
def test_a_text_in_force_said_not_to_provide_for_what_was_asked_is_no_flagged(lang, question, text):
    r = read_answer(text, lang, 2022, question)
    assert (r.answer, r.flag is not None) == ("no", True)


@pytest.mark.parametrize("text", [
    "Tenders are governed by the Public Finance Act 2003. It does not apply to state-owned companies.",
    "Tenders are governed by the Public Finance Act 2003. They do not provide for fees.",
])
def test_a_text_silent_on_something_else_stays_yes(text):
    assert read_answer(text, "en", 2022, Q14).answer == "yes"


def test_practice_since_a_full_date_beside_a_new_draft_flags_the_no():
    r = read_answer("Public Procurement Act (No 12, 2006). Since 1 March 2011, all tenders are run electronically "
                    "through the national e-tendering system. A new draft Procurement Law has been submitted to "
                    "Parliament and passed the first reading.", "en", 2022, Q14)
    assert r.answer == "yes" or r.flag is not None


def test_a_text_named_then_the_reader_sent_to_another_body_is_flagged():
    r = read_answer("Local government matters are covered by the Regional Development Strategy 2021–2027, which is "
                    "coordinated by the Ministry of Regions. For details on this issue, please refer to the Ministry of "
                    "Regions.", "en", 2022, Q23)
    assert r.answer == "unknown" or r.flag is not None


def test_a_text_named_with_no_referral_raises_no_such_doubt():
    r = read_answer("Local e-government is covered by the Digital Strategy 2021–2025, in force since 2021.", "en", 2022,
                    Q23)
    assert r.answer == "yes" and (r.flag or "").find("sent to another body") < 0


def test_under_the_elaboration_is_a_status_short_of_in_force():
    r = read_answer("The new e-participation plan is under the elaboration by the Council.", "en", 2022, Q34)
    assert r.answer == "no"


def test_bodies_without_their_own_then_named_as_covered_flags_the_no():
    r = read_answer("Provinces do not have their own digital strategies. The National Digital Plan has a chapter on "
                    "provinces and their municipalities.", "en", 2022, Q23)
    assert r.answer == "yes" or r.flag is not None


def test_bodies_without_their_own_then_denied_again_stay_a_plain_no():
    r = read_answer("Provinces do not have their own digital strategies. The National Digital Plan does not mention "
                    "provinces.", "en", 2022, Q23)
    assert (r.answer, r.flag) == ("no", None)
