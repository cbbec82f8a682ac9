"""The export layer: filtered rows, column order, formula-safe cells, citation, contacts, CLI and formats."""
from __future__ import annotations

import io
import shlex
from datetime import date, datetime

import duckdb
import openpyxl
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import export, queries
from analysis.filters import Filters
from cli.main import main
from loaders import paths
from loaders.schema import DDL

REAL_DNK, SYNTH_KEN, OLD_DNK, EARLIER_DNK = "a" * 64, "b" * 64, "c" * 64, "d" * 64
EVIL = '=HYPERLINK("http://evil")'
FLAG = "-a negation inside a Yes sentence"  # flags are free text too: a leading '-' is neutralised
REASON = "=the Act was repealed in 2021"

# (iso3, name, section, question, item, themes, answer, basis, detail, links, sha, synthetic)
ROWS = [
    ("DNK", "Denmark", "C", 10, "", ["legal_framework"], "yes", "marked", EVIL,
     ["https://example.org/law#s1", "https://example.org/b"], REAL_DNK, False),
    ("DNK", "Denmark", "C", 11, "", ["legal_framework"], "no", "marked", "+1", [], REAL_DNK, False),
    ("DNK", "Denmark", "C", 18, "", ["legal_framework", "emerging_tech"], "unknown", "none", "", [],
     REAL_DNK, False),
    ("DNK", "Denmark", "D", 29, "ai", ["strategy", "emerging_tech"], "yes", "inferred", "-2", [],
     REAL_DNK, False),
    ("DNK", "Denmark", "E", 33, "", ["inclusion"], "yes", "marked", "@SUM(A1)", [], REAL_DNK, False),
    ("KEN", "Kenya", "C", 10, "", ["legal_framework"], "no", "marked", "Draft bill, 2021", [], SYNTH_KEN, True),
    ("KEN", "Kenya", "C", 11, "", ["legal_framework"], "yes", "marked", "\tleading tab", [], SYNTH_KEN, True),
    ("KEN", "Kenya", "D", 29, "ai", ["strategy", "emerging_tech"], "unknown", "none", "", [], SYNTH_KEN, True),
    # An older synthetic Denmark document: the answers_current view must hide it (real beats synthetic).
    ("DNK", "Denmark", "C", 10, "", ["legal_framework"], "no", "marked", "old", [], OLD_DNK, True),
    # An earlier real version of Denmark's response, ingested in an earlier run: superseded.
    ("DNK", "Denmark", "C", 10, "", ["legal_framework"], "no", "inferred", "draft only", [], EARLIER_DNK, False),
    ("DNK", "Denmark", "C", 11, "", ["legal_framework"], "no", "marked", "", [], EARLIER_DNK, False),
]
FLAGS = {("DNK", 29, "ai", REAL_DNK): FLAG}
# (iso3, question, item, answer, reason, sha): one for the current document, one for the earlier version.
CORRECTIONS = [
    ("DNK", 11, "", "yes", REASON, REAL_DNK),
    ("DNK", 10, "", "yes", "the draft was adopted in March", EARLIER_DNK),
]
DOCS = [  # (path, sha, iso3, synthetic, ingested, ingest run)
    ("data/responses/2022/msq_2022_denmark.txt", REAL_DNK, "DNK", False, "2026-11-01 10:00:00", 2),
    ("data/demo/2022/msq_2022_ken.txt", SYNTH_KEN, "KEN", True, "2026-11-01 10:00:00", 2),
    ("data/demo/2022/msq_2022_dnk.txt", OLD_DNK, "DNK", True, "2026-11-02 10:00:00", 2),
    ("data/responses/2022/msq_2022_denmark_draft.txt", EARLIER_DNK, "DNK", False, "2026-10-01 10:00:00", 1),
]
CONTACT = ("respondent", "Jane Official", "Head of Division", "Agency for Digital Government", "jane@example.dk")
KEYS = {(r[0], r[3], r[4]) for r in ROWS if r[10] != OLD_DNK}


def build_db(path) -> None:
    """A tiny store written by hand through the project's DDL."""
    with duckdb.connect(str(path)) as con:
        con.execute(DDL)
        for order, (p, sha, iso3, synth, when, run) in enumerate(DOCS):
            con.execute("INSERT INTO documents (path, sha256, format, loader, country_iso3, edition, status, "
                        "ingested_at, is_synthetic, ingest_run, ingest_order) "
                        "VALUES (?, ?, 'text', 'msq_text', ?, 2022, 'ok', ?, ?, ?, ?)",
                        [p, sha, iso3, when, synth, run, order])
        for iso3, name, sec, q, item, themes, ans, basis, detail, links, sha, synth in ROWS:
            con.execute("INSERT INTO answers (country_iso3, country_name, edition, section, question, item, "
                        "themes, answer, basis, detail, links, document_sha256, is_synthetic, flag) "
                        "VALUES (?, ?, 2022, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [iso3, name, sec, q, item, themes, ans, basis, detail, links, sha, synth,
                         FLAGS.get((iso3, q, item, sha))])
        for iso3, q, item, ans, reason, sha in CORRECTIONS:
            con.execute("INSERT INTO corrections VALUES (2022, ?, ?, ?, ?, ?, 'ana', '2026-11-29T10:00:00Z', ?)",
                        [iso3, q, item, ans, reason, sha])
        con.execute("INSERT INTO contacts VALUES (?, ?, ?, ?, ?, ?)", [REAL_DNK, *CONTACT])
        con.execute("INSERT INTO contacts VALUES (?, 'respondent', 'Old Official', '', '', 'old@example.dk')",
                    [EARLIER_DNK])


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "msq.duckdb"
    build_db(path)
    return path


@pytest.fixture(scope="module")
def store(db):
    with duckdb.connect(str(db), read_only=True) as con:
        return queries.answers(con), queries.contacts(con)


def keys(frame: pd.DataFrame) -> set:
    return set(zip(frame["country_iso3"], frame["question"], frame["item"]))


# ---------------------------------------------------------------- reading and filtering

def test_read_answers_keeps_current_documents_with_labels_and_regions(store):
    answers, _ = store
    assert keys(answers) == KEYS
    assert set(answers["document_sha256"]) == {REAL_DNK, SYNTH_KEN}
    dnk = answers[answers["country_iso3"] == "DNK"]
    assert set(dnk["region"]) == {"Europe"} and set(dnk["sub_region"]) == {"Northern Europe"}
    assert dnk.loc[dnk["question"] == 10, "label"].item() == "Data protection law"
    assert set(dnk["document_path"]) == {"data/responses/2022/msq_2022_denmark.txt"}
    # questionnaire order inside each country: Q10, Q11, Q18, Q29 ai, Q33
    assert dnk["question"].tolist() == [10, 11, 18, 29, 33]


@pytest.mark.parametrize(("filters", "expected"), [
    pytest.param(Filters(), KEYS, id="no-filter"),
    pytest.param(Filters(include_synthetic=False), {k for k in KEYS if k[0] == "DNK"}, id="real-only"),
    pytest.param(Filters(countries=("KEN",)), {k for k in KEYS if k[0] == "KEN"}, id="one-country"),
    pytest.param(Filters(section="C"), {k for k in KEYS if k[1] in (10, 11, 18)}, id="section-C"),
    pytest.param(Filters(theme="emerging_tech"), {("DNK", 18, ""), ("DNK", 29, "ai"), ("KEN", 29, "ai")},
                 id="theme"),
    pytest.param(Filters(regions=("Africa",)), {k for k in KEYS if k[0] == "KEN"}, id="region"),
    pytest.param(Filters(bases=("inferred",)), {("DNK", 29, "ai")}, id="basis"),
    pytest.param(Filters(edition=2024), set(), id="no-rows"),
])
def test_export_frame_holds_exactly_the_filtered_rows(store, filters, expected):
    frame = export.export_frame(store[0], filters)
    assert keys(frame) == expected
    assert len(frame) == len(expected)
    assert list(frame.columns) == export.EXPORT_COLUMNS


def test_export_frame_joins_lists_and_neutralises_only_free_text(store):
    frame = export.export_frame(store[0], Filters(countries=("DNK",))).set_index(["question", "item"])
    assert frame.loc[(10, ""), "detail"] == "'" + EVIL
    assert frame.loc[(11, ""), "detail"] == "'+1"
    assert frame.loc[(29, "ai"), "detail"] == "'-2"
    assert frame.loc[(33, ""), "detail"] == "'@SUM(A1)"
    assert frame.loc[(18, ""), "detail"] == ""
    assert frame.loc[(10, ""), "links"] == "https://example.org/law#s1 https://example.org/b"
    assert frame.loc[(18, ""), "themes"] == "legal_framework; emerging_tech"
    assert frame.loc[(18, ""), "answer"] == "unknown"  # unknown stays unknown, never "no"
    assert set(frame["country_iso3"]) == {"DNK"}
    assert frame["edition"].tolist() == [2022] * 5 and frame["is_synthetic"].dtype == bool


@pytest.mark.parametrize(("stored", "shown"), [
    (str(paths.ROOT / "data" / "responses" / "2022" / "dnk.txt"), "data/responses/2022/dnk.txt"),
    ("/home/someone/uploads/ken.docx", "ken.docx"),
    ("data/demo/2022/x.txt", "data/demo/2022/x.txt"),
])
def test_document_paths_never_show_a_local_folder(stored, shown):
    assert queries._project_relative(stored) == shown


# ---------------------------------------------------------------- neutralise

@pytest.mark.parametrize(("raw", "safe"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("\nx", "'\nx"), ("\0x", "'\0x"), ("plain text", "plain text"), ("", ""),
    ("a=b", "a=b"), ("'=1", "'=1"), ("DNK", "DNK"),
])
def test_neutralise_prefixes_formula_triggers(raw, safe):
    assert export.neutralise(raw) == safe


@pytest.mark.parametrize("value", [-2, 3.5, True, None, 2022])
def test_neutralise_leaves_non_text_alone(value):
    assert export.neutralise(value) is value


@given(st.text())
def test_neutralise_output_is_safe_and_idempotent(text):
    once = export.neutralise(text)
    assert not once.startswith(export.FORMULA_TRIGGERS)
    assert export.neutralise(once) == once
    assert once in (text, "'" + text)


# ---------------------------------------------------------------- citation

def test_citation_names_source_filters_date_and_synthetic():
    f = Filters(edition=2022, countries=("DNK",))
    text = export.citation(f, synthetic=True, downloaded=date(2026, 11, 28))
    first, second = text.splitlines()
    assert first.startswith("Source: UN DESA Member States Questionnaire (MSQ) 2022 responses")
    assert "self-report" in first and f.describe() in first and "downloaded 2026-11-28" in first
    assert second == export.SYNTHETIC_NOTE
    assert "SYNTHETIC" not in export.citation(f, synthetic=False)


def test_citation_for_reads_synthetic_from_the_rows(store):
    with_ken = export.export_frame(store[0], Filters())
    real = export.export_frame(store[0], Filters(include_synthetic=False))
    assert "SYNTHETIC DEMO DATA" in export.citation_for(with_ken, Filters())
    assert "SYNTHETIC DEMO DATA" not in export.citation_for(real, Filters(include_synthetic=False))


# ---------------------------------------------------------------- CSV

def test_csv_round_trips_through_pandas_with_citation_lines_first(store):
    frame = export.export_frame(store[0], Filters())
    cite = export.citation_for(frame, Filters())
    data = export.to_csv_bytes(frame, cite)
    assert data.startswith(b"\xef\xbb\xbf# Source: ")  # BOM so Excel reads UTF-8
    text = data.decode("utf-8-sig")
    assert text.splitlines()[1].startswith("# SYNTHETIC DEMO DATA")
    assert all("," not in ln for ln in text.splitlines()[:2])  # Excel keeps each citation line in one cell
    back = pd.read_csv(io.BytesIO(data), comment="#", keep_default_na=False)
    assert list(back.columns) == export.EXPORT_COLUMNS
    assert len(back) == len(frame)
    pd.testing.assert_frame_equal(back, frame, check_dtype=False)
    skipped = pd.read_csv(io.BytesIO(data), skiprows=2, keep_default_na=False)
    assert len(skipped) == len(frame)


def test_csv_cells_are_neutralised_and_codes_untouched(store):
    frame = export.export_frame(store[0], Filters(countries=("DNK",)))
    back = pd.read_csv(io.BytesIO(export.to_csv_bytes(frame, "Source: test")), comment="#",
                       keep_default_na=False)
    for text_col in ("detail", "links", "label", "country_name", "document_path"):
        assert not back[text_col].astype(str).str.startswith(export.FORMULA_TRIGGERS).any()
    assert set(back["detail"]) >= {"'" + EVIL, "'+1", "'-2", "'@SUM(A1)"}
    assert back["country_iso3"].tolist() == ["DNK"] * 5
    assert back["edition"].dtype.kind == "i" and back["question"].tolist() == [10, 11, 18, 29, 33]
    assert back["is_synthetic"].dtype == bool


def test_csv_writer_neutralises_a_frame_built_elsewhere():
    raw = pd.DataFrame({"country_iso3": ["DNK"], "detail": ["=1+1"], "question": [-2]})
    back = pd.read_csv(io.BytesIO(export.to_csv_bytes(raw, "Source: x")), comment="#")
    assert back.loc[0, "detail"] == "'=1+1" and back.loc[0, "question"] == -2


# ---------------------------------------------------------------- XLSX

def _workbook(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data))


def test_xlsx_has_data_and_about_sheets_and_no_formula(store):
    frame = export.export_frame(store[0], Filters())
    cite = export.citation_for(frame, Filters())
    wb = _workbook(export.to_xlsx_bytes(frame, cite, filters=Filters(), generated=datetime(2026, 11, 28, 9)))
    assert wb.sheetnames == ["data", "about"]
    data = wb["data"]
    header = [c.value for c in data[1]]
    assert header == export.EXPORT_COLUMNS
    assert data.max_row == len(frame) + 1
    cells = [c for row in data.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert not [c.value for c in cells if isinstance(c.value, str) and c.value.startswith(export.FORMULA_TRIGGERS)]
    details = [r[header.index("detail")] for r in data.iter_rows(min_row=2, values_only=True)]
    assert "'" + EVIL in details and "'\tleading tab" in details
    editions = {r[header.index("edition")] for r in data.iter_rows(min_row=2, values_only=True)}
    assert editions == {2022}  # numbers stay numbers
    about = dict(wb["about"].iter_rows(min_row=2, values_only=True))
    assert about["Citation"] == cite and "SYNTHETIC DEMO DATA" in about["Citation"]
    assert about["Synthetic demo data included"].startswith("YES")
    assert about["Generated"] == "2026-11-28 09:00 UTC" and about["Rows"] == str(len(frame))
    assert about["Filters"] == Filters().describe()


def test_xlsx_never_writes_a_formula_even_from_a_raw_frame():
    raw = pd.DataFrame({"detail": ["=1+1", "http://x.org"], "is_synthetic": [False, False]})
    wb = _workbook(export.to_xlsx_bytes(raw, "Source: x"))
    cells = [c for row in wb["data"].iter_rows(min_row=2) for c in row]
    assert [c.value for c in cells if c.column == 1] == ["'=1+1", "http://x.org"]
    assert all(c.data_type != "f" and c.hyperlink is None for c in cells)
    assert dict(wb["about"].iter_rows(min_row=2, values_only=True))["Synthetic demo data included"] == "no"


# ---------------------------------------------------------------- contacts

def test_contacts_are_left_out_unless_asked(store):
    answers, contacts = store
    plain = export.export_frame(answers, Filters(), contacts=contacts)
    assert not set(export.CONTACT_COLUMNS) & set(plain.columns)
    assert b"jane@example.dk" not in export.to_csv_bytes(plain, "Source: x")
    asked = export.export_frame(answers, Filters(), contacts=contacts, include_contacts=True)
    assert list(asked.columns) == export.EXPORT_COLUMNS + export.CONTACT_COLUMNS
    by_country = asked.groupby("country_iso3")["respondent_email"].agg(set)
    assert by_country["DNK"] == {"jane@example.dk"} and by_country["KEN"] == {""}


def test_contacts_requested_without_the_frame_fail_loudly(store):
    with pytest.raises(ValueError, match="contacts frame"):
        export.export_frame(store[0], Filters(), include_contacts=True)


def test_export_frame_names_missing_input_columns():
    with pytest.raises(KeyError, match="region"):
        export.export_frame(pd.DataFrame({"country_iso3": ["DNK"]}), Filters())


# ---------------------------------------------------------------- command line

def test_cli_writes_the_same_bytes_as_the_page_path(db, store, tmp_path, capsys):
    out = tmp_path / "x.csv"
    assert main(["export", "--out", str(out), "--db", str(db), "--include-synthetic"]) == 0
    frame = export.export_frame(store[0], Filters(include_synthetic=True))
    assert out.read_bytes() == export.to_csv_bytes(frame, export.citation_for(frame, Filters()))
    assert f"{len(KEYS)} rows written to {out}" in capsys.readouterr().out


def test_cli_leaves_synthetic_out_by_default(db, tmp_path):
    out = tmp_path / "real.csv"
    assert main(["export", "--out", str(out), "--db", str(db)]) == 0
    back = pd.read_csv(out, comment="#")
    assert set(back["country_iso3"]) == {"DNK"} and not back["is_synthetic"].any()
    assert "SYNTHETIC" not in out.read_text(encoding="utf-8-sig")


def test_cli_honours_msq_db_and_writes_xlsx(db, tmp_path, monkeypatch):
    monkeypatch.setenv("MSQ_DB", str(db))
    out = tmp_path / "sub" / "legal.xlsx"
    argv = ["--out", str(out), "--section", "c", "--country", "dnk", "ken", "--include-synthetic"]
    assert main(["export", *argv]) == 0
    rows = list(_workbook(out.read_bytes())["data"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 5


def test_cli_contacts_only_on_request(db, tmp_path):
    out = tmp_path / "c.csv"
    assert main(["export", "--out", str(out), "--db", str(db)]) == 0
    assert "jane@example.dk" not in out.read_text(encoding="utf-8-sig")
    assert main(["export", "--out", str(out), "--db", str(db), "--include-contacts"]) == 0
    assert "jane@example.dk" in out.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(("extra", "code", "message"), [
    (["--theme", "space"], 2, "legal_framework"),
    (["--section", "Z"], 2, "valid: A, B, C"),
    (["--basis", "guessed"], 2, "inferred"),
    (["--region", "Atlantis"], 2, "Africa"),
    (["--country", "Denmark"], 2, "ISO3"),
    (["--edition", "1999"], 2, "2022"),
    (["--bogus"], 2, "unrecognized"),
])
def test_cli_rejects_unknown_option_values_listing_valid_ones(db, tmp_path, capsys, extra, code, message):
    out = tmp_path / "x.csv"
    assert main(["export", "--out", str(out), "--db", str(db), *extra]) == code
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_cli_says_why_nothing_was_written(db, tmp_path, capsys):
    out = tmp_path / "ken.csv"
    assert main(["export", "--out", str(out), "--db", str(db), "--country", "KEN"]) == 0
    said = capsys.readouterr()
    assert f"0 rows written to {out}" in said.out
    assert "3 synthetic demo rows match: add --include-synthetic" in said.err
    assert pd.read_csv(out, comment="#").empty and list(pd.read_csv(out, comment="#").columns) == \
        export.EXPORT_COLUMNS


@pytest.mark.parametrize("filters", [
    pytest.param(Filters(), id="defaults"),
    pytest.param(Filters(edition=2022, include_synthetic=False), id="real-only"),
    pytest.param(Filters(edition=2022, regions=("Africa",), sub_regions=("Eastern Africa",),
                         countries=("KEN", "DNK"), bases=("marked", "none"), section="C",
                         theme="legal_framework"), id="everything"),
])
def test_export_command_writes_the_rows_the_page_shows(db, store, tmp_path, filters):
    out = tmp_path / "same.csv"
    command = export.export_command(filters, str(out))
    argv = shlex.split(command)
    assert argv[:4] == ["python", "-m", "loaders", "export"]
    assert main(["export", *argv[4:], "--db", str(db)]) == 0
    expected = export.export_frame(store[0], filters)
    assert out.read_bytes() == export.to_csv_bytes(expected, export.citation_for(expected, filters))


def test_cli_fails_clearly_without_a_database(tmp_path, capsys):
    assert main(["export", "--out", str(tmp_path / "x.csv"), "--db", str(tmp_path / "none.duckdb")]) == 1
    assert "no database at" in capsys.readouterr().err


def test_cli_rejects_other_file_types(db, tmp_path, capsys):
    assert main(["export", "--out", str(tmp_path / "x.json"), "--db", str(db)]) == 2
    assert ".csv or .xlsx" in capsys.readouterr().err


def test_citation_of_independent_sources_adds_their_citation_and_licence():
    f = Filters(edition=2022)
    lines = export.citation(f, ("msq", "gtmi", "unctad"), synthetic=True).splitlines()
    assert lines[0].startswith("Source: UN DESA Member States Questionnaire (MSQ) 2022 responses")
    assert "World Bank GovTech Dataset" in lines[0] and "UNCTAD Global Cyberlaw Tracker" in lines[0]
    assert lines[1] == export.SYNTHETIC_NOTE  # still second: readers look for it there
    assert "CC BY 4.0" in lines[2] and lines[2].startswith("Cite World Bank")
    assert lines[3].startswith("Cite UNCTAD Global Cyberlaw Tracker") and "acknowledgement" in lines[3]
    assert len(lines) == 4
    assert export.citation(f) == export.citation(f, ("msq",))  # the answers download is unchanged


# ---------------------------------------------------------------- corrections, flags and versions

def test_download_columns_carry_the_correction_and_the_original_after_basis():
    cols = export.EXPORT_COLUMNS
    at = cols.index("basis")
    assert cols[at + 1:at + 5] == ["original_answer", "original_basis", "correction_reason", "flag"]
    assert cols[:at + 1] == ["country_iso3", "country_name", "region", "sub_region", "edition", "section",
                             "question", "item", "label", "themes", "answer", "basis"]
    assert cols[at + 5:at + 10] == ["evidence", "reviewed_by", "reviewed_at", "corrected_by", "corrected_at"]
    assert cols[at + 10:] == ["detail", "links", "is_synthetic", "document_path", "document_sha256"]


def test_a_corrected_answer_is_downloaded_with_its_original_and_reason(store):
    frame = export.export_frame(store[0], Filters(countries=("DNK",))).set_index(["question", "item"])
    fixed = frame.loc[(11, "")]
    assert (fixed["answer"], fixed["basis"]) == ("yes", "corrected")
    assert (fixed["original_answer"], fixed["original_basis"]) == ("no", "marked")
    assert fixed["correction_reason"] == "'" + REASON  # free text: neutralised like the detail
    plain = frame.loc[(10, "")]
    assert (plain["answer"], plain["basis"], plain["original_answer"], plain["original_basis"]) == \
        ("yes", "marked", "yes", "marked")
    assert plain["correction_reason"] == "" and plain["flag"] == ""
    assert frame.loc[(29, "ai"), "flag"] == "'" + FLAG


def test_the_correction_made_for_an_earlier_version_is_not_applied_to_the_current_one(store):
    frame = export.export_frame(store[0], Filters(countries=("DNK",))).set_index(["question", "item"])
    assert frame.loc[(10, ""), "basis"] == "marked" and frame.loc[(10, ""), "correction_reason"] == ""


def test_superseded_versions_are_left_out_by_default(store):
    frame = export.export_frame(store[0], Filters())
    assert "version" not in frame.columns
    assert set(frame["document_sha256"]) == {REAL_DNK, SYNTH_KEN}


def test_include_superseded_adds_every_version_with_its_own_corrections(db):
    with duckdb.connect(str(db), read_only=True) as con:
        answers = queries.answers(con, include_superseded=True)
    frame = export.export_frame(answers, Filters(countries=("DNK",)), include_superseded=True)
    assert list(frame.columns) == export.EXPORT_COLUMNS + ["version"]
    by_doc = frame.groupby("document_sha256")["version"].agg(set).to_dict()
    assert by_doc == {REAL_DNK: {"current"}, OLD_DNK: {"superseded"}, EARLIER_DNK: {"superseded"}}
    assert frame["version"].tolist()[:5] == ["current"] * 5  # the current version first
    earlier = frame[frame["document_sha256"] == EARLIER_DNK].set_index("question")
    assert (earlier.loc[10, "answer"], earlier.loc[10, "basis"], earlier.loc[10, "original_answer"]) == \
        ("yes", "corrected", "no")
    assert earlier.loc[11, "basis"] == "marked"  # the current version's correction stays with it
    assert set(earlier["document_path"]) == {"data/responses/2022/msq_2022_denmark_draft.txt"}
    real_only = export.export_frame(answers, Filters(include_synthetic=False), include_superseded=True)
    assert OLD_DNK not in set(real_only["document_sha256"])


def test_cli_include_superseded_writes_the_version_column(db, tmp_path):
    out = tmp_path / "all.csv"
    assert main(["export", "--out", str(out), "--db", str(db), "--country", "DNK", "--include-superseded"]) == 0
    back = pd.read_csv(out, comment="#", keep_default_na=False)
    assert list(back.columns) == export.EXPORT_COLUMNS + ["version"]
    assert set(back["version"]) == {"current", "superseded"}
    assert set(back["document_sha256"]) == {REAL_DNK, EARLIER_DNK}  # the synthetic one needs --include-synthetic


def test_cli_basis_corrected_selects_the_analysts_answers(db, tmp_path):
    out = tmp_path / "fixed.csv"
    assert main(["export", "--out", str(out), "--db", str(db), "--basis", "corrected"]) == 0
    back = pd.read_csv(out, comment="#", keep_default_na=False)
    assert back[["country_iso3", "question", "answer", "original_answer"]].values.tolist() == \
        [["DNK", 11, "yes", "no"]]


def test_export_command_names_include_superseded():
    command = export.export_command(Filters(), "x.csv", include_superseded=True)
    assert command.endswith("--include-superseded")
