"""data/evidence_crosswalk.csv agrees with the question catalogue, the sources and itself."""
from __future__ import annotations

import csv

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders import catalogue, source_agreement
from loaders.source_agreement import CrosswalkError, load_crosswalk, parse_coding

REQUESTED = {  # the pairs the issue asks for, as (MSQ question, item) -> GTMI code / UNCTAD area
    "right_to_information": (9, "", "I-37", ""),
    "data_protection_law": (10, "", "I-38", "Privacy and Data Protection"),
    "cybersecurity_law": (11, "", "", "Cybercrime"),
    "digital_signature_law": (13, "", "I-42", "Electronic Transactions"),
    "digital_identity_law": (12, "", "I-42", ""),
    "e_procurement_law": (14, "", "I-12", ""),
    "open_data_law": (17, "", "I-29", ""),
    "e_gov_strategy": (19, "", "I-35", ""),
    "cio": (4, "", "I-33", ""),
    "emerging_tech_strategy": (29, "ai", "I-17", ""),
    "e_participation_policy": (34, "", "I-30", ""),
}


def test_crosswalk_loads_and_checks_itself():
    rows = load_crosswalk()
    assert len(rows) >= len(REQUESTED)
    assert len({m.indicator for m in rows}) == len(rows)


@pytest.mark.parametrize("indicator, expected", REQUESTED.items(), ids=list(REQUESTED))
def test_issue_pairs_are_in_the_crosswalk(indicator, expected):
    m = next(m for m in load_crosswalk() if m.indicator == indicator)
    assert (m.msq_question, m.msq_item, m.gtmi_code, m.unctad_area) == expected


@pytest.mark.parametrize("m", load_crosswalk(), ids=lambda m: m.indicator)
def test_each_mapping_points_at_an_answerable_catalogue_question(m):
    entry = catalogue.entry(m.msq_edition, m.msq_question, m.msq_item)
    assert entry.answer_type in {"yes_no", "text"}


@pytest.mark.parametrize("m", load_crosswalk(), ids=lambda m: m.indicator)
def test_uncertain_mappings_say_why(m):
    confidences = {m.gtmi_confidence, m.unctad_confidence} - {""}
    if confidences & {"low", "medium"}:
        assert len(m.note) > 40


def test_cybersecurity_is_marked_approximate():
    m = next(m for m in load_crosswalk() if m.indicator == "cybersecurity_law")
    assert m.unctad_confidence == "low" and "APPROXIMATE" in m.note


def _write_variant(tmp_path, **changes):
    """The real crosswalk with one row's cells changed (a test of the checks, not of the data)."""
    src = source_agreement.CROSSWALK
    with src.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    target = changes.pop("indicator", "data_protection_law")
    row = next(r for r in rows if r["indicator"] == target)
    row.update(changes)
    path = tmp_path / "crosswalk.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


@pytest.mark.parametrize("changes, message", [
    pytest.param({"msq_question": "99"}, "unknown catalogue question", id="unknown-question"),
    pytest.param({"msq_item": "quantum"}, "unknown catalogue question", id="unknown-item"),
    pytest.param({"indicator": "emerging_tech_strategy", "msq_item": ""}, "items question", id="items-roll-up"),
    pytest.param({"msq_edition": "2030"}, "unknown catalogue question", id="edition-without-catalogue"),
    pytest.param({"gtmi_code": "38"}, "look like I-38", id="malformed-gtmi-code"),
    pytest.param({"gtmi_link_code": "I-39.2"}, "sub-fields", id="link-from-another-question"),
    pytest.param({"gtmi_values": "2=yes;1=maybe"}, "RAW=ANSWER", id="answer-outside-closed-set"),
    pytest.param({"gtmi_values": "2=yes;<blank>=no"}, "must map to unknown", id="blank-becomes-no"),
    pytest.param({"unctad_values": "Legislation=yes;Draft Legislation=partial;No Legislation=no;No Data=no"},
                 "must map to unknown", id="no-data-becomes-no"),
    pytest.param({"unctad_values": "Legislation=yes;No Legislation=no"}, "each of", id="status-not-coded"),
    pytest.param({"unctad_area": "Privacy"}, "unknown UNCTAD area", id="unknown-area"),
    pytest.param({"gtmi_confidence": "certain"}, "confidence", id="bad-confidence"),
    pytest.param({"gtmi_code": "", "unctad_area": "", "unctad_values": "", "unctad_confidence": "",
                  "gtmi_values": "", "gtmi_years": "", "gtmi_confidence": "", "gtmi_detail_codes": "",
                  "gtmi_link_code": "", "gtmi_values_recoded": ""}, "neither", id="maps-to-nothing"),
    pytest.param({"gtmi_code": ""}, "gtmi_code is blank",
                 id="gtmi-columns-without-code"),
])
def test_a_crosswalk_that_disagrees_with_the_catalogue_or_sources_fails(tmp_path, changes, message):
    with pytest.raises(CrosswalkError, match=message):
        load_crosswalk(_write_variant(tmp_path, **changes))


def test_duplicate_indicator_fails(tmp_path):
    path = _write_variant(tmp_path, indicator="right_to_information")
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines + [lines[-1]]) + "\n", encoding="utf-8")
    with pytest.raises(CrosswalkError, match="twice"):
        load_crosswalk(path)


@pytest.mark.parametrize("text, expected", [
    pytest.param("2=yes;1=partial;0=no", {"2": "yes", "1": "partial", "0": "no"}, id="gtmi"),
    pytest.param("<blank>=unknown;New=unknown", {"": "unknown", "New": "unknown"}, id="blank-token"),
    pytest.param("Draft Legislation=partial", {"Draft Legislation": "partial"}, id="spaces-in-value"),
    pytest.param("", {}, id="empty"),
])
def test_parse_coding(text, expected):
    assert parse_coding(text) == expected


raw_token = st.text(alphabet=st.characters(blacklist_characters=";=<>", blacklist_categories=["Cs", "Cc"]),
                    min_size=1, max_size=12).map(str.strip).filter(bool)


@given(st.dictionaries(raw_token, st.sampled_from(source_agreement.ANSWERS), min_size=1, max_size=6))
def test_parse_coding_reads_back_any_written_coding(coding):
    text = ";".join(f"{k}={v}" for k, v in coding.items())
    assert parse_coding(text) == coding
