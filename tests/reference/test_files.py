"""Official CSV files are read with the response readers' decoding and limits: any common encoding or delimiter."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import limits
from loaders.reference import ReferenceFileError, egdi, sniff
from tests.reference.conftest import FIXTURES

EGDI_CSV = FIXTURES / "EGOV_DATA_2022.csv"
TEXT = EGDI_CSV.read_text(encoding="utf-8")
EXPECTED = egdi.read(EGDI_CSV).frames["egdi"].drop(columns="source_file")


@settings(max_examples=25, deadline=None)
@given(encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le"]),
       delimiter=st.sampled_from([",", ";", "\t"]),
       newline=st.sampled_from(["\n", "\r\n"]))
def test_egdi_export_resaved_in_any_encoding_and_delimiter_reads_the_same(tmp_path_factory, encoding, delimiter,
                                                                          newline):
    # Excel re-saves a CSV as Windows-1252, UTF-16 "Unicode text" (tabs) or with the locale's ';'.
    lines = [line.replace('"', "").split(",") for line in TEXT.splitlines()]
    text = newline.join(delimiter.join(cells) for cells in lines) + newline
    path = tmp_path_factory.mktemp("enc") / "EGOV_DATA_2022.csv"
    path.write_bytes(text.encode(encoding))
    assert sniff(path) == "egdi"
    got = egdi.read(path).frames["egdi"].drop(columns="source_file")
    assert got.equals(EXPECTED)


def test_nul_characters_in_an_export_are_dropped(tmp_path):
    path = tmp_path / "EGOV_DATA_2022.csv"
    path.write_text(TEXT.replace("Finland", "Fin\x00land"), encoding="utf-8")
    got = egdi.read(path).frames["egdi"]
    assert "FIN" in set(got["country_iso3"])


def test_a_csv_over_the_text_size_limit_is_refused_naming_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "EGOV_DATA_2022.csv"
    path.write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(limits, "nbytes", lambda name: 100)
    with pytest.raises(ReferenceFileError, match="EGOV_DATA_2022.csv"):
        egdi.read(path)


def test_a_header_cut_by_the_sniffing_limit_still_names_the_layout(tmp_path):
    # Sniffing reads the first 256 KB only; a long file must still be recognised from its header.
    body = TEXT.splitlines()[1] + "\n"
    path = tmp_path / "long.csv"
    path.write_text(TEXT.splitlines()[0] + "\n" + body * 6000, encoding="utf-8")
    assert path.stat().st_size > 256 * 1024
    assert sniff(path) == "egdi"
