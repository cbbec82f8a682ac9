"""The Data page download: exactly the filtered rows, citation, is_synthetic/basis, neutralised formulas, no PII."""
from __future__ import annotations

import io

import duckdb
import openpyxl
import pandas as pd

from analysis import queries
from analysis.filters import Filters, apply

from .conftest import open_page, read_download

VIEW = {"synthetic": "true", "country": ["Denmark (DNK)", "Kenya (KEN)"], "section": "C · Legal Framework"}
FILTERS = Filters(edition=2022, countries=("DNK", "KEN"), section="C", include_synthetic=True)


def _expected(store) -> pd.DataFrame:
    con = duckdb.connect(str(store), read_only=True)
    try:
        return apply(queries.answers(con), FILTERS)
    finally:
        con.close()


def _csv(downloads, suffix: str) -> tuple[list[str], pd.DataFrame]:
    return read_download(downloads, suffix)


def test_csv_download_holds_exactly_the_filtered_rows(downloads, msq_db):
    at = open_page("data", VIEW)
    expected = _expected(msq_db)
    assert len(expected) == 20  # 2 countries × Q9–Q18
    comments, got = _csv(downloads, ".csv")
    assert sorted(zip(got["country_iso3"], got["question"], got["item"].astype(str))) == \
        sorted(zip(expected["country_iso3"], expected["question"], expected["item"]))
    assert {"is_synthetic", "basis"} <= set(got.columns)
    assert set(got.loc[got["country_iso3"] == "KEN", "is_synthetic"].astype(str)) == {"True"}
    assert any(c.startswith("# Source:") for c in comments), comments
    assert any("SYNTHETIC DEMO DATA" in c for c in comments)
    label = next(b.label for b in at.download_button if "CSV" in b.label)
    assert "(20 rows)" in label


def test_download_neutralises_formula_cells(downloads):
    open_page("data", VIEW)
    _, got = _csv(downloads, ".csv")
    detail = got.set_index(["country_iso3", "question"])["detail"]
    assert detail[("DNK", 10)].startswith("'=HYPERLINK")
    assert detail[("KEN", 9)].startswith("'+254")
    assert detail[("KEN", 10)].startswith("'@SUM")
    assert not any(str(v).startswith(("=", "+", "-", "@")) for v in got["detail"])


def test_xlsx_download_matches_the_csv_and_holds_no_formula(downloads):
    open_page("data", VIEW)
    name = next(n for n in downloads if n.endswith(".xlsx"))
    book = openpyxl.load_workbook(io.BytesIO(downloads[name]()))
    sheet = book["data"]
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert len(body) == 20
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    detail = [r[header.index("detail")] for r in body]
    assert any(str(d).startswith("'=HYPERLINK") for d in detail)
    assert "about" in book.sheetnames


def test_names_and_emails_are_left_out_unless_asked(downloads):
    at = open_page("data", {"country": "Denmark (DNK)"})
    _, got = _csv(downloads, ".csv")
    assert not any("email" in c or "name" == c for c in got.columns)
    assert "test.respondent@example.org" not in got.to_csv()
    downloads.clear()
    at.checkbox(key="data_contacts").check().run()
    _, got = _csv(downloads, ".csv")
    assert set(got["respondent_email"]) == {"test.respondent@example.org"}


def test_table_on_screen_is_the_download(downloads):
    at = open_page("data", VIEW)
    shown = at.main.dataframe[-1].value  # the long table is the last one on the page
    _, got = _csv(downloads, ".csv")
    assert len(shown) == len(got)
    assert shown["detail"].str.startswith("'=").any()  # the screen table is neutralised too


def test_filter_change_changes_the_download(downloads):
    at = open_page("data", VIEW)
    at.sidebar.multiselect(key="basis").set_value(["marked"]).run()
    downloads.clear()
    at.run()
    _, got = _csv(downloads, ".csv")
    assert set(got["basis"]) == {"marked"}
    assert 0 < len(got) < 20

