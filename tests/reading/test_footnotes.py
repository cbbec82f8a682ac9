"""Footnotes printed at the end of a section (loaders/formats/footnotes.py) are lifted out of the answer they were
printed under and attached, as "[footnote: …]", where their marker was printed in the same section; the reading
(reading_footnotes) reads the answer's words and its notes apart: a note that gives a status short of in force takes
a typed Yes, a link or a name back (no, flagged), a source note adds nothing, a typed "Partly" whose note says how is a
mixed yes, a typed No keeps its No."""
from __future__ import annotations

import pytest

from loaders.formats import footnotes
from loaders.formats.reading_clauses import FLAG_MIXED
from loaders.formats.text import parse_text

from .harness import PROMPT, document, read_question

BOX = "  Yes   No  "
RULE = "______________________________ "


def _read(bodies: dict) -> dict:
    doc = parse_text(document({"name": "footnotes", "bodies": bodies}), source_name="footnotes.txt")
    return {(a.question, a.item): a for a in doc.answers}


SECTION_NOTES = {
    9: [BOX, PROMPT, "Yes³ "],
    10: [BOX, PROMPT, "Yes [4] "],
    11: [BOX, PROMPT, "Partly* "],
    18: [BOX, PROMPT, "No ", RULE,
         "³ The Freedom of Information Bill was tabled in 2021 and is still before the ",
         "Senate. ",
         "[4] Personal Data Protection Act, 2019, in force since March 2020. Source: Official Gazette. ",
         "* The Cyber Act 2018 applies to critical infrastructure; a cybercrime code is being drafted. "],
    19: [BOX, PROMPT, "Yes* "],
    32: ["Not at this stage. ", RULE, "* Digital Transformation Plan 2020-2024, adopted by Cabinet in March 2020. "],
    43: ["UNDP; ITU; World Bank (digital ID project).⁷ "],
    44: [" ", RULE, "⁷ Source: Ministry of Foreign Affairs, Cooperation Desk. "],
}


def test_a_section_block_of_notes_goes_to_the_answers_carrying_the_markers():
    got = _read(SECTION_NOTES)
    assert got[(9, "")].answer == "no" and got[(9, "")].flag, got[(9, "")]   # the Bill is still before the Senate
    assert "before the Senate" in got[(9, "")].detail and "³" not in got[(9, "")].detail
    assert got[(10, "")].answer == "yes"
    assert got[(11, "")].answer == "yes" and FLAG_MIXED in (got[(11, "")].flag or "")
    # the question printed last in the section keeps only its own words
    assert got[(18, "")].answer == "no" and "Freedom of Information" not in got[(18, "")].detail


def test_a_marker_is_matched_to_the_notes_of_its_own_section():
    got = _read(SECTION_NOTES)
    assert "Transformation Plan" in got[(19, "")].detail and "Cyber Act" not in got[(19, "")].detail
    assert got[(19, "")].answer == "yes"
    assert "Transformation Plan" not in got[(32, "")].detail and got[(32, "")].answer == "no"


def test_a_blank_question_whose_only_words_are_another_answers_note_stays_blank():
    got = _read(SECTION_NOTES)
    assert got[(44, "")].answer == "unknown" and got[(44, "")].basis == "none" and not got[(44, "")].detail
    assert "[footnote: Source: Ministry of Foreign Affairs" in got[(43, "")].detail


def test_lines_opening_on_a_star_that_no_answer_points_to_stay_in_the_answer():
    got = _read({3: ["* Ministry of Digital Affairs: digital.gov.example ", "* National ICT Agency: ict.gov.example "]})
    assert "Ministry of Digital Affairs" in got[(3, "")].detail and "National ICT Agency" in got[(3, "")].detail
    assert got[(3, "")].answer == "yes"


def test_split_gives_the_answers_own_words_and_its_notes():
    assert footnotes.split("Yes [footnote: Created in 2021 [see 2]; not filled.]. Coordination via the Board.") == (
        "Yes. Coordination via the Board.", ["Created in 2021 [see 2]; not filled."])
    assert footnotes.split("No data.") == ("No data.", [])


@pytest.mark.parametrize("text,lang,q", [
    ("Yes [footnote: The post was created in 2020 but has not been filled.]", "en", 4),
    ("Yes [footnote: Trial run in two districts only (2022).]", "en", 38),
    ("Yes [footnote: Announced by the Treasury; launch foreseen for 2024.]", "en", 14),
    ("Oui [footnote: Phase pilote uniquement, dans deux communes.]", "fr", 38),
    ("Oui [footnote: La loi a été votée mais n'est pas encore promulguée.]", "fr", 9),
    ("Sí [footnote: Piloto en dos provincias; el lanzamiento nacional está previsto para 2024.]", "es", 35),
    ("Sí [footnote: La ley fue aprobada por el Congreso, pero aún no ha sido promulgada.]", "es", 9),
])
def test_a_note_that_gives_a_status_short_of_in_force_takes_the_typed_yes_back(text, lang, q):
    r = read_question(text, q, lang)
    assert r.answer == "no" and r.flag, r


def test_a_note_taking_back_a_bare_link_decides_too():
    r = read_question("services.gov.example [footnote: Pilot only, open to civil servants.]", 2, item="e_services")
    assert r.answer == "no" and r.flag, r


@pytest.mark.parametrize("text,lang,q", [
    ("Yes [footnote: Source: National Statistics Bureau, 2021 household survey.]", "en", 41),
    ("Yes [footnote: Electronic Transactions Act, 2016, Part IV.]", "en", 13),
    ("Oui [footnote: Source : Agence nationale des statistiques.]", "fr", 41),
    ("Sí [footnote: Fuente: Instituto Nacional de Estadística.]", "es", 41),
])
def test_a_note_that_is_only_a_source_or_a_reference_leaves_the_yes(text, lang, q):
    r = read_question(text, q, lang)
    assert r.answer == "yes" and r.flag is None, r


@pytest.mark.parametrize("text,lang", [
    ("Partly [footnote: The Act covers central agencies; local authorities are not covered.]", "en"),
    ("En partie [footnote: La loi couvre l'administration centrale ; les collectivités ne sont pas couvertes.]", "fr"),
    ("Parcialmente [footnote: La ley cubre la administración central; los municipios aún no están cubiertos.]", "es"),
])
def test_a_typed_partly_whose_note_says_how_is_a_mixed_yes(text, lang):
    r = read_question(text, 11, lang)
    assert r.answer == "yes" and r.flag == FLAG_MIXED, r


def test_the_other_part_in_a_note_makes_the_yes_mixed_not_a_no():
    r = read_question("Yes [footnote: Centres operating in 12 of 20 districts; the remaining districts from 2024.]", 35)
    assert r.answer == "yes" and r.flag, r


@pytest.mark.parametrize("text,q,expected", [
    ("No [footnote: A draft policy was validated at a workshop in 2021.]", 17, "no"),
    ("Not known [footnote: The Ministry of Health holds the figures.]", 41, "unknown"),
])
def test_a_typed_no_or_a_decline_keeps_its_reading_whatever_the_note_says(text, q, expected):
    assert read_question(text, q).answer == expected


def test_bullets_under_a_rule_stay_and_a_note_without_a_marker_goes_to_the_documents_notes():
    case = {"name": "footnotes", "bodies": {
        3: ["Ministries in charge: ", "---------- ", "* Ministry of Digital Affairs: digital.gov.example ",
            "* National ICT Agency: ict.gov.example "],
        44: [" ", RULE, "⁹ Figures as of June 2022, before the cabinet reshuffle. "]}}
    doc = parse_text(document(case), source_name="footnotes.txt")
    got = {(a.question, a.item): a for a in doc.answers}
    assert "National ICT Agency" in got[(3, "")].detail
    assert got[(44, "")].answer == "unknown" and not got[(44, "")].detail
    assert any(n.startswith("footnote 9 (no marker found): Figures as of June 2022") for n in doc.notes), doc.notes
