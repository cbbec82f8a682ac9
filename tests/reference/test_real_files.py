"""Integration: the real official files in ../shared/datasets (skipped where that folder is absent)."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from analysis.agreement import agreement
from loaders.countries import un_members
from loaders.formats.text import parse_text
from loaders.schema import DDL
from loaders.source_agreement import crosswalk_frame, load_crosswalk
from tests.reference.conftest import add_msq
from tests.reference.store_helpers import create_tables, ingest_file, ingest_folder, rebuild_evidence

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT / ".." / "shared" / "datasets"
EGDI_2022 = DATASETS / "un-egov-survey" / "raw" / "EGOV_DATA_2022.csv"
GTMI = DATASETS / "wb-gtmi" / "raw" / "pi-flagship_gtmiwide_clean_2020_2022.csv"
TRACKER = DATASETS / "unctad-cyberlaw-tracker" / "cyberlaw_tracker_data.csv"
SEED = ROOT / "data" / "responses" / "2022" / "msq_2022_denmark.txt"

pytestmark = pytest.mark.skipif(
    not all(p.is_file() for p in (EGDI_2022, GTMI, TRACKER)),
    reason=f"real reference files not found under {DATASETS.resolve()} (shared/datasets sits beside the "
           "checkout on the team's machines and in CI)")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The three real files and Denmark's seed response, loaded once; evidence rebuilt."""
    con = duckdb.connect(str(tmp_path_factory.mktemp("real") / "store.duckdb"))
    con.execute(DDL)
    create_tables(con)
    reports = [ingest_file(con, p) for p in (EGDI_2022, GTMI, TRACKER)]
    doc = parse_text(SEED.read_text(encoding="utf-8"), source_name=SEED.name)
    add_msq(con, "DNK", {(a.question, a.item): (a.answer, a.basis, a.detail, a.links) for a in doc.answers})
    report = rebuild_evidence(con)
    yield con, reports, report
    con.close()


def test_denmark_2022_egdi_and_rank(store):
    con, _, _ = store
    assert con.execute("SELECT egdi, egdi_rank FROM egdi WHERE country_iso3 = 'DNK' AND year = 2022").fetchone() == (
        pytest.approx(0.9717), 1)


def test_all_193_member_state_names_resolve(store):
    con, reports, _ = store
    assert reports[0]["status"] == "ok" and reports[0]["countries"] == 193
    got = {r[0] for r in con.execute("SELECT country_iso3 FROM egdi WHERE year = 2022").fetchall()}
    assert got == set(un_members())


def test_gtmi_2022_economies_with_a_data_protection_law(store):
    con, _, _ = store
    n = con.execute("SELECT count(*) FROM gtmi WHERE year = 2022 AND code = 'I-38' AND value = '2'").fetchone()[0]
    assert n == 141
    assert con.execute("SELECT count(*) FROM evidence WHERE source = 'gtmi' AND year = 2022 AND "
                       "indicator = 'data_protection_law' AND answer = 'yes'").fetchone()[0] == 141


@pytest.mark.parametrize("area, n", [
    ("Electronic Transactions", 176), ("Consumer Protection", 119), ("Privacy and Data Protection", 155),
    ("Cybercrime", 175), ("Indirect Taxation", 98),
])
def test_unctad_legislation_counts_by_area(store, area, n):
    con, _, _ = store
    assert con.execute("SELECT count(*) FROM cyberlaw WHERE area = ? AND status = 'Legislation'",
                       [area]).fetchone()[0] == n


@pytest.mark.parametrize("indicator, n", [
    # World Bank, 2022 GTMI update page: "154 out of 198 economies (78%) have launched digital government
    # or GovTech initiatives and 147 economies (74%) have relevant strategies".
    pytest.param("lead_agency", 154, id="govtech-entity-154"),
    pytest.param("e_gov_strategy", 147, id="strategy-147"),
])
def test_crosswalk_coding_reproduces_world_bank_headline_counts(store, indicator, n):
    con, _, _ = store
    assert con.execute("SELECT count(*) FROM evidence WHERE source = 'gtmi' AND year = 2022 AND indicator = ? "
                       "AND answer = 'yes'", [indicator]).fetchone()[0] == n


@pytest.mark.parametrize("m", [m for m in load_crosswalk() if m.gtmi_code], ids=lambda m: m.indicator)
def test_every_crosswalk_gtmi_code_exists_in_the_real_file(store, m):
    con, _, _ = store
    for year in m.gtmi_years:
        for code in m.gtmi_codes:
            n = con.execute("SELECT count(*) FROM gtmi WHERE code = ? AND year = ?", [code, year]).fetchone()[0]
            assert n == 198, f"{m.indicator}: {code} has {n} rows in {year}"


@pytest.mark.parametrize("m", [m for m in load_crosswalk() if m.gtmi_code], ids=lambda m: m.indicator)
def test_every_raw_gtmi_value_seen_is_in_the_crosswalk_coding(store, m):
    con, _, _ = store
    seen = con.execute("SELECT DISTINCT value, coding FROM gtmi WHERE code = ? AND year IN (SELECT unnest(?))",
                       [m.gtmi_code, list(m.gtmi_years)]).fetchall()
    unmapped = [(v, c) for v, c in seen
                if v not in (m.gtmi_values if c == "wb" else m.gtmi_values_recoded)]
    assert unmapped == []


@pytest.mark.parametrize("m", [m for m in load_crosswalk() if m.unctad_area], ids=lambda m: m.indicator)
def test_every_unctad_area_in_the_crosswalk_exists_in_the_tracker(store, m):
    con, _, _ = store
    assert con.execute("SELECT count(*) FROM cyberlaw WHERE area = ?", [m.unctad_area]).fetchone()[0] == 195


def test_rebuild_on_real_files_reports_no_unmapped_value(store):
    _, _, report = store
    assert report["unmapped"] == []
    assert report["rows"]["unctad"] == 195 * sum(1 for m in load_crosswalk() if m.unctad_area)


def test_denmark_self_report_beside_gtmi_and_unctad(store):
    con, _, _ = store
    ev = con.execute("SELECT * FROM evidence").df()
    table = agreement(ev, crosswalk_frame(), edition=2022)
    dnk = table[table["country_iso3"] == "DNK"].set_index(["indicator", "source"])
    assert dnk.loc[("data_protection_law", "gtmi"), "status"] == "agree"
    assert dnk.loc[("data_protection_law", "unctad"), "status"] == "agree"
    assert dnk.loc[("right_to_information", "gtmi"), "status"] == "agree"
    assert dnk.loc[("e_gov_strategy", "gtmi"), "status"] == "agree"
    assert (dnk["status"] != "msq_missing").sum() >= 15
    assert set(table["country_iso3"]) >= set(un_members())


def test_whole_shared_folders_load_without_rejections(tmp_path):
    con = duckdb.connect(str(tmp_path / "all.duckdb"))
    create_tables(con)
    reports = []
    for folder in ("un-egov-survey", "wb-gtmi", "unctad-cyberlaw-tracker"):
        reports += ingest_folder(con, DATASETS / folder)
    rejected = [r.line() for r in reports if r.status == "rejected"]
    assert rejected == []
    years = con.execute("SELECT year, count(*) FROM egdi GROUP BY year ORDER BY year").fetchall()
    assert [y for y, _ in years] == [2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]
    assert all(n == 193 for _, n in years)
    assert con.execute("SELECT count(DISTINCT year) FROM gtmi_scores").fetchone()[0] == 3  # 2020, 2022, 2025
    con.close()
