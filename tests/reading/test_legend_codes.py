"""A status legend declared before the first question ("A = Adopted and in force", "D = Draft") reads the answers
that open with one of its codes: the code as its meaning's words, the remark after it able to take it back. The
meanings come from the legend itself (new words, French, Spanish), never from a list of codes."""
from __future__ import annotations

import pytest

from loaders.formats import reading_legend as legend
from loaders.formats.text import parse_text

from .harness import PROMPT, document

PLAIN_KEY = ["KEY TO THE CODES BELOW ", "E = Enacted and applied ", "W = Work on a text under way (not adopted) ",
             "F = Foreseen for later years ", "U = Unknown to this office at the time of reply "]
DASH_KEY = ["Status key: ", "R – Running and in use ", "B – Bill before Parliament ", "S – Scheduled, nothing begun ",
            "X – Not known to the Ministry "]
FRENCH_KEY = ["Légende des statuts : ", "A = adopté et en vigueur ", "E = en cours d'élaboration ",
              "P = prévu ", "ND = information non disponible "]
SPANISH_KEY = ["Claves de estado: V = vigente, B = borrador, PL = planificado, SI = sin información "]


def _read(key: list[str], bodies: dict[int, list[str]]) -> dict[int, object]:
    case = {"name": "legend", "bodies": {q: ["  Yes   No  ", PROMPT] + b for q, b in bodies.items()},
            "insert_before": {1: key}}
    doc = parse_text(document(case), source_name="legend.txt")
    return {a.question: a for a in doc.answers if not a.item}


@pytest.mark.parametrize("key,code_yes,code_no,code_unknown", [
    (PLAIN_KEY, "E", "W", "U"),
    (DASH_KEY, "R", "B", "X"),
])
def test_codes_read_as_the_words_the_legend_gives_them(key, code_yes, code_no, code_unknown):
    got = _read(key, {
        9: [f"{code_yes} – Public Records Access Act 2016; requests answered within 20 days. "],
        10: [f"{code_no} – Personal Information Bill. "],
        11: [f"{code_unknown} – Handled by the national computer emergency team. "],
    })
    assert (got[9].answer, got[10].answer, got[11].answer) == ("yes", "no", "unknown"), (got[9], got[10], got[11])
    assert got[10].evidence.startswith("status"), got[10].evidence   # the remark's own status, as the code says
    assert "->" in got[11].evidence and "legend" in got[11].evidence, got[11].evidence   # the code's words quoted


def test_a_code_meaning_draft_turns_a_bare_name_into_no():
    got = _read(PLAIN_KEY, {11: ["W – National cyber resilience roadmap with the regulator, 2022 version. "]})
    assert got[11].answer == "no" and got[11].flag is None, got[11]


def test_a_remark_that_takes_the_code_back_gives_no_flagged():
    got = _read(PLAIN_KEY, {
        10: ["E – Mobile cash transfers to pensioners. Note: only a trial in three provinces so far. "],
        11: ["E – The Cyber Bill was passed in November; assent by the Head of State is awaited. "],
    })
    for q in (10, 11):
        assert got[q].answer == "no" and got[q].flag == legend.FLAG_CODE_TAKEN_BACK, got[q]


def test_a_code_meaning_no_beside_a_remark_that_affirms_keeps_the_code_flagged():
    got = _read(PLAIN_KEY, {10: ["W – Survey of data holders carried out by the Authority in 2021; report in draft. "]})
    assert got[10].answer == "no" and got[10].flag == legend.FLAG_CODE_TAKEN_BACK, got[10]


def test_a_code_meaning_information_not_available_is_unknown_whatever_the_remark_says():
    got = _read(PLAIN_KEY, {9: ["U – Money was released under the emergency relief fund by the Treasury. "]})
    assert got[9].answer == "unknown" and got[9].evidence.startswith("declined"), got[9]


def test_codes_that_differ_inside_one_answer_leave_the_parts_to_the_ordinary_rules():
    got = _read(PLAIN_KEY, {13: ["E – Electronic Signatures Act 2014 (in force). W – Regulations on trust services. "],
                            12: ["W / E – W: Digital ID Regulations. E: National Register Act 2008 is applied. "]})
    assert got[13].answer == "yes" and got[12].answer == "yes", (got[13], got[12])


def test_a_code_the_reader_knows_as_a_word_is_read_as_that_word():
    got = _read(PLAIN_KEY + ["N/A = Not applicable "], {9: ["N/A – No such law exists yet. "]})
    assert got[9].answer == "no", got[9]


@pytest.mark.parametrize("key,bodies,want", [
    (FRENCH_KEY, {9: ["A – Loi sur l'accès aux documents administratifs de 2017. "],
                  10: ["E – Avant-projet de loi sur les données personnelles. "],
                  11: ["P – Stratégie de cybersécurité. "], 12: ["ND – Relève du ministère de l'Intérieur. "]},
     {9: "yes", 10: "no", 11: "no", 12: "unknown"}),
    (SPANISH_KEY, {9: ["V – Ley de acceso a la información pública de 2016. "],
                   10: ["B – Anteproyecto de ley de protección de datos. "],
                   11: ["PL – Estrategia de ciberseguridad. "], 12: ["SI – Consultar al Registro Civil. "]},
     {9: "yes", 10: "no", 11: "no", 12: "unknown"}),
])
def test_french_and_spanish_legends(key, bodies, want):
    got = _read(key, bodies)
    assert {q: got[q].answer for q in want} == want, {q: (got[q].answer, got[q].evidence) for q in want}


@pytest.mark.parametrize("lines,codes", [
    (["A = adopted", "D = draft"], ["A", "D"]),
    (["", "Y = Yes, in force", "", "P = Pending", ""], ["Y", "P"]),
    (["Codes used: V = vigente, B = borrador, N/A = no aplica"], ["V", "B", "N/A"]),
    (["R – Running", "B – Bill", "S – Scheduled"], ["R", "B", "S"]),
])
def test_a_legend_is_found_in_its_own_lines(lines, codes):
    found = legend.find(lines)
    assert found is not None and [c for c, _ in found.codes] == codes, found


@pytest.mark.parametrize("lines", [
    ["Title* Director – ICT", "Organization* Ministry of Finance"],
    ["A – a first remark", "B – a second remark"],           # two dash lines: prose, not a key
    ["A = adopted", "A = again"],                            # one code twice: no key
    ["Please select whichever applies*", "Other: compiled by the Ministry"],
])
def test_no_legend_where_none_is_declared(lines):
    assert legend.find(lines) is None


def test_without_a_legend_a_leading_capital_is_no_code():
    case = {"name": "nolegend", "bodies": {9: ["  Yes   No  ", PROMPT, "A – Access to Records Act 2016, in force. "]}}
    doc = parse_text(document(case), source_name="nolegend.txt")
    a9 = next(a for a in doc.answers if a.question == 9)
    assert a9.answer == "yes" and "legend" not in (a9.evidence or ""), a9


def test_a_memo_head_of_short_capitals_is_no_key_of_statuses():
    case = {"name": "memo", "bodies": {9: ["  Yes   No  ", PROMPT, "CC – Access to Records Act 2016, in force. "]},
            "insert_before": {1: ["TO: Ministry of Public Service ", "CC: Office of the Prime Minister ",
                                  "RE: Reply to the survey "]}}
    doc = parse_text(document(case), source_name="memo.txt")
    a9 = next(a for a in doc.answers if a.question == 9)
    assert a9.answer == "yes" and "legend" not in (a9.evidence or ""), a9
