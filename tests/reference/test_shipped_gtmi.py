"""The shipped World Bank GTMI extract: small, licensed, complete for the crosswalk and the Member States."""
from __future__ import annotations

import csv
import importlib.util

import pytest

from loaders import countries
from loaders.paths import DATA, SHIPPED_DIR
from loaders.reference import gtmi, sniff

GTMI_DIR = SHIPPED_DIR / "gtmi"
INDICATORS = GTMI_DIR / "gtmi_indicators_2020_2022.csv"
SCORES_2025 = GTMI_DIR / "gtmi_scores_2025.csv"


def _make_extract():
    spec = importlib.util.spec_from_file_location("make_extract", GTMI_DIR / "make_extract.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_extract_is_small_and_carries_its_licence():
    assert sum(p.stat().st_size for p in GTMI_DIR.glob("*.csv")) < 1_000_000
    licence = (GTMI_DIR / "LICENSE.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in licence and "creativecommons.org/licenses/by/4.0" in licence
    assert "World Bank" in licence and "make_extract.py" in licence


@pytest.mark.parametrize("path", [INDICATORS, SCORES_2025], ids=lambda p: p.name)
def test_shipped_files_are_recognised_as_gtmi(path):
    assert sniff(path) == "gtmi"


def test_shipped_extract_has_every_crosswalk_code_for_every_member_state():
    parsed = gtmi.read(INDICATORS)
    long = parsed.frames["gtmi"]
    wanted = _make_extract().crosswalk_codes()
    assert wanted <= set(long["code"])
    for year in (2020, 2022):
        have = set(long.loc[long["year"] == year, "country_iso3"])
        assert set(countries.un_members()) <= have
    # Survey or remote collection is kept: the evidence table shows who answered.
    assert set(parsed.frames["gtmi_scores"]["collection"]) == {"survey", "remote"}


def test_shipped_2025_scores_cover_the_published_economies():
    scores = gtmi.read(SCORES_2025).frames["gtmi_scores"]
    assert set(scores["year"]) == {2025}
    kor = scores[scores["country_iso3"] == "KOR"].iloc[0]
    assert kor["grp"] == "A" and kor["gtmi"] > 0.99  # Korea leads the 2025 GTMI


def test_denmark_ai_strategy_is_in_the_extract():
    # SOURCE.md names it: Denmark "National Strategy for Artificial Intelligence", 2019.
    with INDICATORS.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["country_code"] == "DNK" and r["year"] == "2022"]
    assert rows[0]["I-17"] == "2" and "Artificial Intelligence" in rows[0]["I-17.1"]


def test_make_extract_reproduces_the_committed_files():
    module = _make_extract()
    if not module.available():
        pytest.skip(f"the World Bank GovTech copies are not in {module.DEFAULT_SOURCE}")
    for path, (header, rows) in module.extract(module.DEFAULT_SOURCE).items():
        with path.open(encoding="utf-8", newline="") as f:
            committed = list(csv.reader(f))
        assert committed == [header, *rows], path.name


def test_make_extract_skips_without_the_world_bank_files(tmp_path, capsys):
    assert _make_extract().main([str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().out


def test_crosswalk_is_where_the_extract_reads_it():
    assert _make_extract().CROSSWALK == DATA / "evidence_crosswalk.csv"
