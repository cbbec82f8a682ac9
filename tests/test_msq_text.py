"""The questionnaire-text loader: each reading rule on a small inline questionnaire, plus properties."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import catalogue
from loaders.formats.text import Line, assemble, extract_links, parse_text
from loaders.records import ParseError

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "responses" / "2022" / "msq_2022_denmark.txt"


def skeleton(bodies: dict[int, list[str]] | None = None, *, country: str = "Denmark",
             double_spaced: bool = False, tail: list[str] | None = None) -> str:
    """A whole MSQ 2022 text: every question present, lost ticks, blank answers unless given in `bodies`."""
    bodies = bodies or {}
    out = [" Member States Questionnaire (MSQ) for the United Nations", "E-Government Survey 2022 ",
           f"COUNTRY NAME* {country} ", "Your name* Jane Doe ", "Title* Officer ", "Email* jane@example.org ", " "]
    section = None
    for q in catalogue.questions(2022):
        if q.section != section:
            section = q.section
            out.append(f" {q.section}. {q.section_title} ")
        head = f"{q.question}. {q.text} * " if q.printed_number else f"{q.text} * "
        out.append(head)
        if q.question in bodies:
            out += bodies[q.question]
        elif q.answer_type == "yes_no":
            out += ["  Yes   No  ", "If yes, please provide link and detail. ", " "]
        out.append(" ")
    out += tail or ["THANK YOU "]
    if double_spaced:
        return "\n\n".join(out) + "\n"
    return "\n".join(out) + "\n"


def answers(text: str, **kw) -> dict[tuple[int, str], object]:
    doc = parse_text(text, source_name="inline.txt", **kw)
    return {(a.question, a.item): a for a in doc.answers}


# --- the seed -------------------------------------------------------------------------------


# The whole seed, entry by entry, is compared with a hand reading in tests/golden/.


def test_denmark_legal_framework_is_answered_and_traceable_to_its_laws():
    doc = answers(SEED.read_text(encoding="utf-8"))
    for q in range(9, 19):
        assert doc[(q, "")].answer == "yes"
    assert "https://www.retsinformation.dk/eli/lta/2018/502" in doc[(10, "")].links
    assert doc[(10, "")].links[0] == "https://eur-lex.europa.eu/legal-content/DA/TXT/?uri=celex%3A32016R0679"


def test_denmark_reviewer_comment_is_a_note_not_an_answer():
    doc = parse_text(SEED.read_text(encoding="utf-8"), source_name="dk")
    assert any("English descriptions have been" in n for n in doc.notes)
    assert not any("Kommenterede" in a.detail or "English descriptions" in a.detail for a in doc.answers)


def test_denmark_contact_details_are_kept_out_of_answers():
    doc = parse_text(SEED.read_text(encoding="utf-8"), source_name="dk")
    assert {c.role for c in doc.contacts} == {"respondent", "cio"}
    assert not any("digst.dk" in a.detail and "@" in a.detail for a in doc.answers)
    assert not any("Tanja Franck" in a.detail for a in doc.answers)


def test_denmark_page_link_lists_do_not_leak_into_answers():
    doc = answers(SEED.read_text(encoding="utf-8"))
    # The page after question 4 opens with the page's link list in the PDF text.
    assert doc[(4, "")].detail.count("https://danishbusinessauthority.dk/") == 0
    assert doc[(3, "")].links.count("https://danishbusinessauthority.dk/") == 1


# --- one rule at a time ---------------------------------------------------------------------


@pytest.mark.parametrize("double_spaced", [False, True], ids=["single-spaced", "double-spaced"])
def test_question_text_wrapped_over_lines_is_found(double_spaced):
    text = skeleton(double_spaced=double_spaced).replace(
        "4. Does your country have a Chief Information Officer (CIO) or equivalent to manage its national "
        "e-government strategies/programmes? * ",
        "4. Does your country have a Chief Information Officer (CIO) or equivalent to manage its national e-\n"
        "government strategies/programmes? * ")
    text = text.replace("  Yes   No  ", "☒ Yes ☐ No", 4)  # tick the first four yes/no boxes
    doc = answers(text)
    assert doc[(4, "")].answer == "yes" and doc[(4, "")].basis == "marked"


@pytest.mark.parametrize("box,expected", [
    ("☒ Yes ☐ No", "yes"), ("☐ Yes ☒ No", "no"), ("☑ Yes ☐ No", "yes"), ("[X] Yes [ ] No", "yes"),
    ("[ ] Yes [x] No", "no"), ("X Yes   No", "yes"), ("Yes ☒ No ☐", "yes"), ("Yes ☐ No ☒", "no"),
], ids=["ballot-x", "ballot-x-no", "ballot-check", "brackets", "brackets-no", "bare-x", "after-label",
        "after-label-no"])
def test_surviving_tick_is_marked(box, expected):
    doc = answers(skeleton({10: [box, "If yes, please provide link and detail. ", "GDPR applies. "]}))
    assert (doc[(10, "")].answer, doc[(10, "")].basis) == (expected, "marked")


def test_lost_tick_with_written_detail_is_inferred_yes():
    doc = answers(skeleton({11: ["  Yes   No  ", "If yes, please provide link and detail. ",
                                "The Cyber Act 2020 regulates this. "]}))
    assert (doc[(11, "")].answer, doc[(11, "")].basis) == ("yes", "inferred")
    assert doc[(11, "")].detail == "The Cyber Act 2020 regulates this."


def test_blank_answer_is_unknown_never_no():
    doc = answers(skeleton({11: ["  Yes   No  ", "If yes, please provide link and detail. ", " "]}))
    assert (doc[(11, "")].answer, doc[(11, "")].basis) == ("unknown", "none")


def test_unticked_boxes_fall_back_to_the_written_detail():
    doc = answers(skeleton({11: ["☐ Yes ☐ No", "If yes, please provide link and detail. ", "Cyber Act 2020. "]}))
    assert (doc[(11, "")].answer, doc[(11, "")].basis) == ("yes", "inferred")


def test_both_boxes_ticked_is_unknown_with_a_note():
    doc = parse_text(skeleton({11: ["☒ Yes ☒ No"]}), source_name="x")
    got = {(a.question, a.item): a for a in doc.answers}[(11, "")]
    assert (got.answer, got.basis) == ("unknown", "none")
    assert any("question 11" in n for n in doc.notes)


@pytest.mark.parametrize("reference,source_q,target_q", [
    ("Same answer as q12.", 12, 13), ("See Q35", 35, 37), ("Same as Q35 + more guidance.", 35, 36),
    ("Same as in q16; the PSI act.", 16, 17), ("Same answer as above.", 41, 42), ("same as above", 41, 42),
], ids=["same-answer-as-q", "see-q", "same-as-q-plus", "same-as-in", "above", "above-lowercase"])
def test_cross_reference_takes_the_referenced_answer(reference, source_q, target_q):
    for source_answer, box in (("yes", "☒ Yes ☐ No"), ("no", "☐ Yes ☒ No")):
        doc = answers(skeleton({source_q: [box], target_q: ["  Yes   No  ", reference]}))
        assert (doc[(target_q, "")].answer, doc[(target_q, "")].basis) == (source_answer, "inferred")
        assert doc[(target_q, "")].detail == " ".join(reference.split())


def test_cross_reference_to_an_unknown_answer_stays_unknown():
    doc = answers(skeleton({37: ["  Yes   No  ", "See Q35"]}))
    assert (doc[(37, "")].answer, doc[(37, "")].basis) == ("unknown", "none")


@pytest.mark.parametrize("detail,expected", [
    ("Denmark does not have a specific national development strategy. Priorities are set yearly.", "no"),
    ("No.", "no"), ("No", "no"), ("N/A", "unknown"), ("Not applicable to our country.", "unknown"),
    ("The strategy is aligned with the SDGs. It is not a separate plan.", "yes"),
], ids=["negative-first-sentence", "no-dot", "no", "n/a", "not-applicable", "negation-after-first-sentence"])
def test_written_answer_phrases(detail, expected):
    doc = answers(skeleton({21: [detail]}))
    assert doc[(21, "")].answer == expected
    assert doc[(21, "")].basis == ("none" if expected == "unknown" else "inferred")


def test_url_broken_across_lines_is_repaired_from_the_page_link_list():
    body = ["  Yes   No  ", "Read more here; https://www.example.gov/laws/", "data-protection/act-2018 (in English). ",
            " "]
    tail = ["THANK YOU ", "https://www.example.gov/laws/data-protection/act-2018"]
    doc = answers(skeleton({10: body}, tail=tail))
    assert doc[(10, "")].links == ["https://www.example.gov/laws/data-protection/act-2018"]
    assert "https://www.example.gov/laws/data-protection/act-2018 (in English)." in doc[(10, "")].detail


def test_url_broken_after_a_hyphen_is_repaired_without_a_link_list():
    doc = answers(skeleton({10: ["  Yes   No  ", "See https://eur-lex.europa.eu/legal-",
                                "content/DA/TXT/?uri=celex%3A32016R0679 for the GDPR. "]}))
    assert doc[(10, "")].links == ["https://eur-lex.europa.eu/legal-content/DA/TXT/?uri=celex%3A32016R0679"]


def test_links_are_deduplicated_in_order_of_first_appearance():
    got = extract_links("a https://b.example/x and https://a.example/y, again https://b.example/x.", [])
    assert got == ["https://b.example/x", "https://a.example/y"]


def test_link_target_with_anchor_from_the_link_list_is_preferred():
    known = ["https://law.example/eli/437#section9"]
    assert extract_links("see https://law.example/eli/437 ", known) == known


def test_line_end_hyphen_is_mended_and_bullets_keep_their_lines():
    lines = [Line(t, False) for t in ["digital inclusion of it-", "challenged citizens and e-", "government.",
                                      "- first point", "- second point"]]
    assert assemble(lines, []) == ("digital inclusion of it-challenged citizens and e-government.\n"
                                   "- first point\n- second point")


def test_items_question_reads_each_sub_item():
    body = ["E-services or similar  https://services.example.gov ", "E-participation or similar ",
            "Open government data  https://data.example.gov ", "Public procurement ",
            "Others (if any) ____ "]
    doc = answers(skeleton({2: body}))
    assert doc[(2, "e_services")].answer == "yes" and doc[(2, "e_services")].links == ["https://services.example.gov"]
    assert doc[(2, "e_participation")].answer == "unknown"
    assert doc[(2, "open_data")].links == ["https://data.example.gov"]
    assert doc[(2, "other")].answer == "unknown"
    assert (doc[(2, "")].answer, doc[(2, "")].basis) == ("yes", "inferred")


def test_emerging_technology_items_with_ticks():
    body = ["☒ Artificial intelligence (AI); link/detail: National AI strategy 2021 ",
            "☐ Robotics; link/detail: __________________________ ",
            "☐ Blockchains; link/detail: __________________________ ",
            "☒ 5G; link/detail: 5G action plan ", "☐ Internet of Things (IoT); link/detail: ____ ",
            "☐ Others; link/detail: ____ "]
    doc = answers(skeleton({29: body}))
    assert [(doc[(29, i)].answer, doc[(29, i)].basis) for i in ("ai", "robotics", "5g")] == [
        ("yes", "marked"), ("no", "marked"), ("yes", "marked")]
    assert doc[(29, "ai")].detail == "National AI strategy 2021"


def test_single_choice_question():
    body = ["  Two-year ", " Three-year ", "☒ Five-year ", "☐ Ten-year ", "☐ Other ______ "]
    doc = answers(skeleton({20: body}))
    assert (doc[(20, "")].answer, doc[(20, "")].basis, doc[(20, "")].detail) == ("yes", "marked", "Five-year")


@pytest.mark.parametrize("marked", ["", "☒ "])
def test_other_text_wrapped_onto_the_next_lines_is_kept_whole(marked):
    # Nothing lost: the words after a line break in the "Other" box belong to it, up to the next option.
    body = [" Two-year ", " Three-year ", " Five-year ", " Ten-year ",
            f"{marked}Other Four years, aligned with the term of government. The draft strategy ", " ",
            "proposes a ten-year horizon. ", " "]
    doc = answers(skeleton({20: body}))
    assert doc[(20, "")].detail == ("Other: Four years, aligned with the term of government. The draft strategy "
                                    "proposes a ten-year horizon.")


@pytest.mark.parametrize("marked", ["", "☒ "])
def test_an_answer_typed_below_a_blank_other_line_is_its_text(marked):
    # Nothing lost: "Other ______" left blank, the answer typed on its own line below it (round twenty-four's
    # es_el_salvador_dependencias writer met an empty Q20)
    body = [" Two-year ", " Three-year ", " Five-year ", " Ten-year ", f"{marked}Other ______________ ", " ",
            "Diez años (2020-2030), con una revisión intermedia en 2025. ", " "]
    doc = answers(skeleton({20: body}))
    assert doc[(20, "")].detail == "Other: Diez años (2020-2030), con una revisión intermedia en 2025."
    assert doc[(20, "")].answer == "yes"


def test_an_option_after_the_other_line_ends_the_other_text():
    body = [" Two-year ", "Other see below ", "☒ Five-year ", " Ten-year "]
    doc = answers(skeleton({20: body}))
    assert (doc[(20, "")].answer, doc[(20, "")].detail) == ("yes", "Five-year")


CIO_BODY = ["  Yes   No  ", "If yes, please provide contact information of national Chief Information Officer (CIO) "
            "or equivalent: ", "Your name* {name} ", "Title* Director General, Digital Government ",
            "Organization* Ministry of Digital Affairs ", "Email* dg@mda.example ",
            " Please provide links and details on the above, including coordination/integration between national and ",
            "sub-national levels on e-government strategies/programmes. ", "{detail} "]


@pytest.mark.parametrize("name,detail,flagged", [
    ("Ms A. Example", "A formal CIO post has not been created yet.", True),
    ("N/A", "A formal CIO post has not been created yet.", False),
    ("Ms A. Example", "The Director General acts as the Government CIO.", False),
])
def test_a_cio_named_in_the_contact_fields_beside_a_written_no_is_flagged(name, detail, flagged):
    body = [line.format(name=name, detail=detail) for line in CIO_BODY]
    a = answers(skeleton({4: body}))[(4, "")]
    assert ("CIO or equivalent named" in (a.flag or "")) == flagged, a
    assert "Ms A. Example" not in a.detail   # the contact stays out of the answer (personal data)


def test_country_name_is_required():
    with pytest.raises(ParseError, match="COUNTRY NAME"):
        parse_text(skeleton().replace("COUNTRY NAME* Denmark", "Country: Denmark"), source_name="x")


def test_a_text_that_is_not_a_questionnaire_is_rejected_clearly():
    with pytest.raises(ParseError, match="questions found"):
        parse_text("E-Government Survey 2022\nCOUNTRY NAME* Denmark\nhello\n", source_name="x")


def test_synthetic_documents_say_so_on_their_first_line():
    doc = parse_text("SYNTHETIC DEMO DATA - not a real government response.\n" + skeleton(), source_name="x")
    assert doc.is_synthetic


# --- properties -------------------------------------------------------------------------------

WORDS = st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Nd")), min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(words=st.lists(WORDS, min_size=1, max_size=40), width=st.integers(min_value=15, max_value=90))
def test_rewrapping_a_paragraph_never_changes_the_detail(words, width):
    paragraph = " ".join(words)
    lines, current = [], ""
    for w in words:
        if current and len(current) + len(w) + 1 > width:
            lines.append(current + " ")
            current = w
        else:
            current = f"{current} {w}".strip()
    lines.append(current + " ")
    assert assemble([Line(t, False) for t in lines], []) == paragraph


@settings(max_examples=40, deadline=None)
@given(path=st.lists(st.text(alphabet="abcdefghijklmnop0123456789", min_size=1, max_size=10), min_size=2, max_size=6),
       cut=st.integers(min_value=1, max_value=5))
def test_any_url_broken_at_a_slash_is_repaired_when_the_link_list_has_it(path, cut):
    url = "https://gov.example/" + "/".join(path)
    pieces = url.split("/")
    k = min(3 + cut, len(pieces) - 1)
    first, second = "/".join(pieces[:k]) + "/", "/".join(pieces[k:])
    lines = [Line("See " + first, False), Line(second + " for more.", False)]
    detail = assemble(lines, [url])
    assert extract_links(detail, [url]) == [url]


@settings(max_examples=30, deadline=None)
@given(answers_=st.lists(st.sampled_from(["☒ Yes ☐ No", "☐ Yes ☒ No", "  Yes   No  "]), min_size=10, max_size=10),
       detail=st.sampled_from(["", "Some law. ", "No. "]))
def test_answers_stay_in_the_closed_sets(answers_, detail):
    bodies = {9 + i: [box, detail] for i, box in enumerate(answers_)}
    for a in parse_text(skeleton(bodies), source_name="x").answers:
        assert a.answer in {"yes", "no", "unknown"} and a.basis in {"marked", "inferred", "none"}
        assert not (a.answer == "unknown" and a.basis == "marked")


def test_required_star_wrapped_onto_its_own_line_is_not_an_answer():
    text = skeleton().replace("18. Is there any legislation, law or regulation on the use of new/emerging technologies "
                              "such as artificial intelligence (AI), robotics, blockchains, 5G and Internet of Things "
                              "(IoT)? * ", "18. Is there any legislation, law or regulation on the use of new/emerging "
                              "technologies such as artificial intelligence (AI), robotics, blockchains, 5G and "
                              "Internet of Things (IoT)? \n* ")
    assert "\n* \n" in text
    doc = answers(text)
    assert (doc[(18, "")].answer, doc[(18, "")].detail) == ("unknown", "")


def test_denmark_flags_are_few_and_name_their_reason():
    doc = parse_text(SEED.read_text(encoding="utf-8"), source_name=SEED.name)
    flagged = {(a.question, a.item): a.flag for a in doc.answers if a.flag}
    assert len(flagged) <= 7
    assert "however" in flagged[(30, "")] and "expectation" in flagged[(29, "other")]


def test_a_file_cut_off_part_way_is_rejected_with_the_question_it_ends_at():
    text = skeleton()
    cut = text[:text.index("38. Does the Government provide")]
    with pytest.raises(ParseError, match="the file ends at question 37; it looks truncated"):
        parse_text(cut, source_name="cut.txt")


def test_blank_answers_at_the_end_are_not_truncation():
    doc = answers(skeleton())
    assert doc[(44, "")].answer == "unknown" and doc[(45, "")].answer == "unknown"


def test_an_answer_of_zero_alone_on_its_line_is_kept_not_taken_for_a_page_number():
    # Round-five held-out finding: a count of nothing, "0", was dropped as a page number (pages start at 1).
    prompt = "If yes, please provide link and detail. "
    doc = answers(skeleton({17: ["  Yes   No  ", prompt, "0", " "], 18: ["  Yes   No  ", prompt, "12", " "]}))
    assert doc[(17, "")].detail == "0"
    assert doc[(18, "")].detail == "", "a bare 12 is still a page number"


@pytest.mark.parametrize("host", ["https://e.go.ke.example", "www.gov.jm.example", "(https://ict.go.ke.example"])
def test_a_count_on_the_line_after_a_bare_host_is_not_glued_to_it(host):
    # Round-five held-out finding: "… ke.example" + "312 services online" became "ke.example312".
    # Lines without the published layout's trailing space, as a typed response has them.
    text = "\n".join(line.rstrip() for line in skeleton({1: [f"Portal: {host}", "312 services online (68%).", ""]})
                     .split("\n"))
    doc = {(a.question, a.item): a for a in parse_text(text, source_name="typed.txt").answers}
    assert f"{host.lstrip('(')} 312 services" in doc[(1, "")].detail.replace("(", "")


@pytest.mark.parametrize("count", ["1,250+ datasets published", "300+ datasets published", "40% of entities publish",
                                   "12,000 downloads a month"])
def test_a_count_on_the_line_after_a_link_with_a_path_is_not_glued_to_it(count):
    # Round-twenty writers' finding: ".../" + "1,250+ datasets" became the link "https://…example/1,250+".
    text = "\n".join(line.rstrip() for line in skeleton({1: ["Portal: https://data.gov.xx.example/", count, ""]})
                     .split("\n"))
    doc = {(a.question, a.item): a for a in parse_text(text, source_name="typed.txt").answers}
    assert doc[(1, "")].links == ["https://data.gov.xx.example/"]
    assert f"https://data.gov.xx.example/ {count}" in doc[(1, "")].detail


def test_a_url_cut_after_a_path_piece_still_takes_the_digits_on_the_next_line():
    doc = answers(skeleton({1: ["See https://ict.example/report-", "2021.pdf for the portal. ", " "]}))
    assert doc[(1, "")].links == ["https://ict.example/report-2021.pdf"]


@pytest.mark.parametrize("marked", ["", "☒ "])
def test_words_typed_after_an_option_label_are_kept_with_the_option(marked):
    # Nothing lost: " Ten-year – Plan 2015-2025, revised midway" typed on the option's own line is the option
    # chosen with its remark, wrapped lines and all.
    body = [" Two-year ", " Three-year ", " Five-year ", f"{marked}Ten-year – National Plan 2015-2025, ", " ",
            "revised midway. ", " ", " Other ______ "]
    doc = answers(skeleton({20: body}))
    assert doc[(20, "")].detail == "Ten-year: National Plan 2015-2025, revised midway."
    assert doc[(20, "")].answer == "yes"


def test_an_option_typed_below_a_blank_other_line_is_kept_with_its_remark():
    # Nothing lost: a blank "Other ____", then a line opening with an option's label and the writer's words.
    body = [" Two-year ", " Three-year ", " Five-year ", " Ten-year ", " Other ______________ ", " ",
            "Three-year – rolling plan tied to the budget cycle (April–March). ", " "]
    doc = answers(skeleton({20: body}))
    assert doc[(20, "")].detail == "Three-year: rolling plan tied to the budget cycle (April–March)."
    assert doc[(20, "")].answer == "yes"


def test_bare_option_labels_still_give_no_detail():
    body = [" Two-year ", " Three-year ", " Five-year ", " Ten-year ", " Other ______ "]
    doc = answers(skeleton({20: body}))
    assert (doc[(20, "")].answer, doc[(20, "")].detail) == ("unknown", "")
