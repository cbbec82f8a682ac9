"""Format detection by content (never by extension), editions, countries, and clear rejections."""
from __future__ import annotations

import csv
import zipfile

import pytest

from loaders import countries, editions
from loaders.formats import detect
from loaders.formats import form_export as msq_forms
from loaders.records import ParseError

from .conftest import GENERATED

SEED_NAME = "msq_2022_denmark.txt"


@pytest.mark.parametrize("source,kind", [
    ("TUR.pdf", "pdf"), ("TUR.docx", "docx"), ("forms.xlsx", "form_export"), ("forms.csv", "form_export"),
    ("TUR_text.txt", "text"),
])
def test_the_format_is_read_from_the_content_whatever_the_file_is_called(tmp_path, source, kind):
    misnamed = tmp_path / "response.dat"
    misnamed.write_bytes((GENERATED / source).read_bytes())
    assert detect.sniff(misnamed) == kind


def test_utf16_questionnaire_text_is_detected_and_read(tmp_path, seed_path):
    path = tmp_path / "seed16.txt"
    path.write_bytes(seed_path.read_text(encoding="utf-8").encode("utf-16"))
    assert detect.sniff(path) == "text"
    assert detect.load_document(path)[0].country_name == "Denmark"


def test_a_long_table_csv_is_told_apart_from_a_form_export(tmp_path):
    path = tmp_path / "t.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["country", "edition", "question", "item", "answer"], ["DNK", "2022", "9", "", "yes"]])
    assert detect.sniff(path) == "long_table"


@pytest.mark.parametrize("data,what", [
    (b"\xff\xd8\xff\xe0" + b"\x00" * 64, "looks like a JPEG image"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "looks like a PNG image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "Office 97-2003"),
    (b"{\\rtf1\\ansi hello}", "RTF document"),
    (b"<!DOCTYPE html><html><body>MSQ</body></html>", "web page"),
    (b"", "the file is empty"),
    (b"Dear colleagues, please find attached our answers.", "plain text that is not an MSQ response"),
    (b"a,b,c\n1,2,3\n", "neither an online-form export"),
    (b"\x00\x01\x02\x03binary\x00\x00", "binary file"),
])
def test_unsupported_files_are_rejected_saying_what_they_are_and_what_is_supported(tmp_path, data, what):
    path = tmp_path / "upload.pdf"
    path.write_bytes(data)
    with pytest.raises(ParseError) as err:
        detect.load_document(path)
    assert what in str(err.value)
    if data:
        assert "supported: MSQ text/PDF/Word" in str(err.value)


@pytest.mark.parametrize("members,what", [
    ({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}, "OpenDocument"),
    ({"notes.txt": "hello"}, "not a Word or Excel document"),
])
def test_zips_that_are_not_word_or_excel_are_named(tmp_path, members, what):
    path = tmp_path / "file.docx"
    with zipfile.ZipFile(path, "w") as z:
        for name, text in members.items():
            z.writestr(name, text)
    with pytest.raises(ParseError, match=what):
        detect.sniff(path)


def test_the_edition_comes_from_the_title_and_a_conflicting_flag_is_an_error(tmp_path):
    text = (GENERATED / "TUR_text.txt").read_text(encoding="utf-8")
    assert editions.from_text(text) == 2022
    with pytest.raises(ParseError, match="says edition 2022 but --edition 2024 was given"):
        detect.load_document(GENERATED / "TUR_text.txt", edition=2024)


def test_an_edition_without_a_catalogue_is_refused_with_what_to_add():
    with pytest.raises(ParseError, match="add data/catalogue/msq_2024.csv"):
        editions.resolve(None, 2024, "x.csv")


def test_a_form_export_takes_its_edition_from_its_headers_or_the_flag(tmp_path):
    assert msq_forms.guess_edition(["COUNTRY NAME", "9. If yes, please provide link and detail."]) == 2022
    assert msq_forms.guess_edition(["COUNTRY NAME", "Favourite colour"]) is None


@pytest.mark.parametrize("name,iso3", [
    ("Türkiye", "TUR"), ("Republic of Korea", "KOR"), ("Côte d'Ivoire", "CIV"), ("Viet Nam", "VNM"),
    ("United Republic of Tanzania", "TZA"), ("Kingdom of Denmark", "DNK"), ("DENMARK ", "DNK"),
])
def test_country_names_as_questionnaires_write_them_resolve_in_every_format(tmp_path, name, iso3):
    path = tmp_path / "export.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["COUNTRY NAME", "9. If yes, please provide link and detail."], [name, "x"]])
    doc = detect.load_document(path)[0]
    assert countries.to_iso3(doc.country_name) == iso3


def test_an_unresolvable_country_rejects_the_document_clearly(tmp_path):
    path = tmp_path / "export.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["COUNTRY NAME", "9. If yes, please provide link and detail."], ["Atlantis", "x"]])
    with pytest.raises(ParseError, match=r"export.csv row 2: country name 'Atlantis' is not recognised"):
        detect.load_document(path)


def test_the_crosswalk_names_each_2022_entry_once_and_only_entries_that_exist():
    links = editions.crosswalk()  # raises when a row names an entry its catalogue lacks
    keys = [(x.edition, x.question, x.item) for x in links]
    assert len(keys) == len(set(keys))
    from loaders import catalogue

    assert {(2022, *e.key) for e in catalogue.load(2022)} == {k for k in keys if k[0] == 2022}
    assert editions.equivalents(2022, 29, "ai") == {2022: (29, "ai")}
