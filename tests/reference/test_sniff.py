"""Official files are recognised by their header row, whatever their name or extension."""
from __future__ import annotations

import shutil
import zipfile

import pytest

from loaders.reference import sniff
from tests.reference.conftest import FIXTURES, write_gtmi_workbook

ROOT = FIXTURES.parents[2]


@pytest.mark.parametrize("name, kind", [
    pytest.param("EGOV_DATA_2022.csv", "egdi", id="egdi-un-export"),
    pytest.param("EGOV_DATA_2003.csv", "egdi", id="egdi-early-year"),
    pytest.param("egov_survey_long.csv", "egdi", id="egdi-long-with-iso3"),
    pytest.param("EGOV_DATA_2024_renamed.csv", "egdi", id="egdi-2024-renamed-columns"),
    pytest.param("gtmi_data.csv", "gtmi", id="gtmi-csv"),
    pytest.param("unctad/data.csv", "cyberlaw", id="unctad-tracker"),
    pytest.param("unctad/document_links.json", None, id="tracker-companion-json"),
])
def test_sniff_recognises_each_official_layout(name, kind):
    assert sniff(FIXTURES / name) == kind


def test_sniff_reads_the_gtmi_workbook_data_sheet_behind_a_cover_sheet(tmp_path):
    assert sniff(write_gtmi_workbook(tmp_path / "WBG_GovTech Dataset_Oct2022.xlsx")) == "gtmi"


@pytest.mark.parametrize("source, name", [
    pytest.param("EGOV_DATA_2022.csv", "indices.txt", id="egdi-as-txt"),
    pytest.param("unctad/data.csv", "tracker.xlsx", id="csv-named-xlsx"),
    pytest.param("gtmi_data.csv", "gtmi", id="no-extension"),
])
def test_sniff_ignores_the_file_name(tmp_path, source, name):
    expected = sniff(FIXTURES / source)
    target = tmp_path / name
    shutil.copy(FIXTURES / source, target)
    assert sniff(target) == expected


def test_sniff_reads_a_workbook_saved_with_a_csv_name(tmp_path):
    workbook = write_gtmi_workbook(tmp_path / "gtmi.xlsx")
    disguised = tmp_path / "gtmi.csv"
    shutil.copy(workbook, disguised)
    assert sniff(disguised) == "gtmi"


def _zip_not_workbook(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    return path


@pytest.mark.parametrize("make", [
    pytest.param(lambda p: p.write_bytes(b""), id="empty"),
    pytest.param(lambda p: p.write_bytes(bytes(range(256)) * 40), id="binary-noise"),
    pytest.param(lambda p: p.write_text("code,label\nI-38,Data protection law\n"), id="gtmi-codebook"),
    pytest.param(lambda p: p.write_text("country_code,country_name,FMIS,year\nAFG,Afghanistan,6,2025\n"),
                 id="gtmi-ims-adoption-sheet"),
    pytest.param(lambda p: p.write_text("Survey Year,Country Name,Rank\n2022,Denmark,1\n"), id="egdi-missing-columns"),
    pytest.param(lambda p: shutil.copy(ROOT / "data" / "catalogue" / "msq_2022.csv", p), id="msq-catalogue"),
    pytest.param(lambda p: shutil.copy(ROOT / "data" / "responses" / "2022" / "msq_2022_denmark.txt", p),
                 id="msq-response"),
    pytest.param(_zip_not_workbook, id="zip-that-is-not-a-workbook"),
])
def test_sniff_returns_none_for_other_files(tmp_path, make):
    path = tmp_path / "file.csv"
    make(path)
    assert sniff(path) is None


def test_sniff_returns_none_for_a_missing_file(tmp_path):
    assert sniff(tmp_path / "absent.csv") is None
