"""Independent evidence on the pages: Evidence view, every country by source, EGDI on profile and overview.

The fixture store (fixture_db.py) holds tiny EGDI, GTMI and UNCTAD rows: Germany and Nigeria sent no
questionnaire; Denmark agrees with both sources, France disagrees with GTMI on Q12.
"""
from __future__ import annotations

import json

import pytest

from . import fixture_db
from .conftest import DEMO, PAGES, open_page, read_download

# A source's column names the question, the proxy mark (≈ stands in, = the same item), the source's own indicator,
# the mapping's confidence and any other question the same item stands in for (analysis.vocabulary), as the
# figure's bars do.
LEGAL_Q10_GTMI = "Q10 = GTMI I-38 Data Protection / Privacy law · high confidence — GTMI 2022 (World Bank)"
LEGAL_Q10_UNCTAD = "Q10 = UNCTAD Privacy and Data Protection legislation · high confidence — UNCTAD Cyberlaw Tracker"
Q29_GTMI = ("Q29 ≈ GTMI I-17 National strategy on disruptive/innovative technologies · low confidence · same "
            "indicator as Q18 — GTMI 2022 (World Bank)")
LEGAL_Q10_MSQ = "Q10 Data protection law — MSQ 2022 (self-report)"


def _texts(at, kind: str) -> str:
    return "\n".join(str(e.value) for e in getattr(at.main, kind))


def _charts(at) -> dict[str, dict]:
    """Title -> figure spec of every plotly chart on the page."""
    out = {}
    for chart in at.get("plotly_chart"):
        spec = json.loads(chart.proto.spec)
        out[spec["layout"]["meta"]["title"]] = spec
    return out


@pytest.fixture(scope="module")
def bare_store_file(tmp_path_factory):
    """A store from before the reference tables existed: no egdi, gtmi, cyberlaw or evidence table at all."""
    return fixture_db.build(tmp_path_factory.mktemp("bare") / "no_reference.duckdb", reference=False)


@pytest.fixture
def bare_store(bare_store_file, monkeypatch):
    monkeypatch.setenv("MSQ_DB", str(bare_store_file))
    return bare_store_file


# ---------------------------------------------------------------- Evidence page

def test_evidence_page_shows_agreement_and_disagreement_with_both_sides():
    at = open_page("evidence", DEMO)
    table = next(d.value for d in at.main.dataframe if "status" in d.value.columns)
    dnk = table[(table["iso3"] == "DNK") & (table["question"] == "Q10")].set_index("source")
    assert set(dnk["status"]) == {"≡ agree"}
    assert set(dnk.index) == {"GTMI 2022 (World Bank)", "UNCTAD Cyberlaw Tracker"}
    assert dnk.loc["GTMI 2022 (World Bank)", "source detail"].startswith("I-38 = 2; Act on Processing")
    assert dnk.loc["GTMI 2022 (World Bank)", "source link"].startswith("https://www.datatilsynet.dk")
    assert dnk.loc["GTMI 2022 (World Bank)", "self-report detail"].startswith("'=HYPERLINK")  # neutralised
    fra = table[(table["iso3"] == "FRA") & (table["question"] == "Q12")].iloc[0]
    assert fra["status"] == "≠ disagree"
    assert fra["self-report (MSQ)"] == "✗ no" and fra["source answer"] == "✓ yes"
    assert fra["confidence"].startswith("low")  # I-42 for a digital-identity law is an approximate mapping
    assert "Germany" not in set(table["country"]), "the Evidence view lists responding countries only"


def test_evidence_page_opens_on_a_real_country_side_by_side():
    at = open_page("evidence", DEMO)
    assert at.selectbox(key="ev_country").value == "DNK"
    text = _texts(at, "markdown")
    assert ("≡ agree \\(\\= GTMI I\\-38 Data Protection / Privacy law \\(World Bank 2022\\), high confidence\\)"
            in text)
    assert "*= UNCTAD Privacy and Data Protection legislation (Cyberlaw Tracker)*: ✓ yes (value: Legislation)" in text
    assert "*≈ GTMI I-30 Citizen participation platforms (World Bank 2022)*" in text  # stands in for Q34
    assert "*Self-report (MSQ 2022)*" in text


def test_evidence_filters_keep_only_chosen_statuses_and_confidence():
    at = open_page("evidence", {**DEMO, "ev_status": ["≠ disagree"], "ev_conf": "medium or high"})
    table = next(d.value for d in at.main.dataframe if "status" in d.value.columns)
    assert set(table["status"]) == {"≠ disagree"}
    assert not table["confidence"].str.startswith("low").any()


def test_evidence_figure_and_download_name_every_source(downloads):
    at = open_page("evidence", DEMO)
    spec = _charts(at)["Self-report against independent sources: agreement by indicator"]
    source = spec["layout"]["meta"]["source"]
    assert "Member States Questionnaire" in source and "self-report" in source
    assert "World Bank, GovTech Dataset (GTMI), CC BY 4.0" in source and "UNCTAD Global Cyberlaw Tracker" in source
    comments, rows = read_download(downloads, "evidence_self-report-vs-sources.csv")
    head = "\n".join(comments)
    assert "Member States Questionnaire" in head and "CC BY 4.0" in head and "UNCTAD" in head
    assert any("SYNTHETIC DEMO DATA" in c for c in comments)
    assert "mapping confidence: any" in comments[0] and "independent sources: GTMI (World Bank) and UNCTAD" in comments[0]
    assert any(c.startswith("# Data as of: MSQ 2022 edition; GTMI 2022; UNCTAD tracker as of 2026-11-20") for c in comments)
    assert not rows["self-report detail"].astype(str).str.match(r"^[=+\-@]").any()
    assert "Licence" in _texts(at, "caption") and "CC BY 4.0" in _texts(at, "caption")


def test_evidence_page_without_reference_files_says_where_to_put_them(bare_store):
    at = open_page("evidence", DEMO)
    assert not at.exception
    infos = _texts(at, "info")
    assert "Nothing to show" in infos and "data/reference/" in infos and "Independent evidence" in infos
    assert not at.get("plotly_chart")


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders_on_a_store_without_reference_tables(bare_store, page):
    at = open_page(page, {**DEMO, "legal_all": "true", "tech_all": "true"})
    assert not at.exception, [e.value for e in at.exception]
    assert at.main.title


# ---------------------------------------------------------------- every country, by source

def _every_table(at):
    return next(d.value for d in at.main.dataframe if "self-report shown" in d.value.columns)


def test_legal_every_country_lists_non_respondents_with_their_source():
    at = open_page("legal", {**DEMO, "legal_all": "true"})
    assert not at.exception
    table = _every_table(at).set_index("iso3")
    assert {"DEU", "NGA"} <= set(table.index), "countries without a questionnaire are listed"
    assert table.loc["DEU", LEGAL_Q10_GTMI] == "✓ yes"
    assert table.loc["NGA", LEGAL_Q10_GTMI] == "◐ partial"
    assert table.loc["NGA", LEGAL_Q10_UNCTAD] == "◐ partial"
    assert table.loc["DEU", LEGAL_Q10_MSQ] == "— not covered" and table.loc["DEU", "self-report shown"] == "—"
    assert table.loc["DNK", LEGAL_Q10_MSQ] == "✓ yes" and table.loc["DNK", "self-report shown"] == "yes"
    assert table.loc["JPN", LEGAL_Q10_MSQ] == "? unknown"  # unknown stays unknown, never "no"
    assert table.loc["JPN", LEGAL_Q10_GTMI] == "— not covered"
    assert "MSQ 2022 (self-report)" in " ".join(table.columns)
    assert "9 countries" in _texts(at, "markdown")


def test_every_country_source_choice_is_kept_in_the_link():
    at = open_page("legal", {**DEMO, "legal_all": "true", "legal_sources": ["GTMI (World Bank)"]})
    table = _every_table(at)
    headers = list(table.columns[4:])
    assert headers and all(" GTMI I-" in h and h.endswith("— GTMI 2022 (World Bank)") for h in headers)


def test_every_country_follows_the_sidebar_region():
    at = open_page("legal", {**DEMO, "legal_all": "true", "region": "Africa"})
    assert set(_every_table(at)["iso3"]) == {"KEN", "NGA", "GHA", "TZA"}


def test_every_country_download_cites_sources_and_neutralises_cells(downloads):
    open_page("legal", {**DEMO, "legal_all": "true"})
    comments, rows = read_download(downloads, "legal_every-country_by-source.csv")
    head = "\n".join(comments)
    assert "Member States Questionnaire" in head and "CC BY 4.0" in head and "UNCTAD" in head
    dnk = rows[(rows["country_iso3"] == "DNK") & (rows["question"] == "Q10") & (rows["source"] == "msq")]
    assert dnk["detail"].iloc[0].startswith("'=HYPERLINK")
    assert set(rows["source"]) == {"msq", "gtmi", "unctad"}
    assert {"DEU", "NGA"} <= set(rows["country_iso3"])
    # every row names its source's own indicator, mark and confidence from the vocabulary, as the chart's bars do
    q11 = rows[(rows["question"] == "Q11") & (rows["source"] == "unctad")]
    assert set(q11["source_indicator"]) == {"Q11 ≈ UNCTAD Cybercrime legislation · low confidence"}
    assert set(q11["mapping_confidence"]) == {"low"}


def test_emerging_tech_every_country_uses_the_gtmi_strategy_item():
    at = open_page("emerging", {**DEMO, "tech_all": "true"})
    table = _every_table(at).set_index("iso3")
    assert table.loc["NGA", Q29_GTMI] == "✗ no"
    assert table.loc["FRA", Q29_GTMI] == "◐ partial"
    assert table.loc["FRA", "Q29 Artificial intelligence (AI) — MSQ 2022 (self-report)"] == "✓ yes"


def test_every_country_figure_names_its_sources():
    at = open_page("legal", {**DEMO, "legal_all": "true"})
    spec = _charts(at)["Laws in every country, by source"]
    source = spec["layout"]["meta"]["source"]
    assert "self-report" in source and "CC BY 4.0" in source and "UNCTAD" in source


# ---------------------------------------------------------------- EGDI on the profile and the overview

def test_profile_shows_the_egdi_apart_from_the_self_report():
    at = open_page("profile", {**DEMO, "profile": "Denmark (DNK)"})
    headers = [h.value for h in at.main.header]
    assert headers == ["E-Government Development Index (UN DESA)", "Questionnaire answers (self-report)"]
    table = next(d.value for d in at.main.dataframe if "EGDI rank" in d.value.columns)
    row = table.set_index("year").loc[2022]
    assert row["EGDI rank"] == 1 and row["EGDI"] == pytest.approx(0.9717)
    assert {"OSI", "HCI", "TII", "EPI"} <= set(table.columns)
    spec = _charts(at)["E-Government Development Index: Denmark"]
    source = spec["layout"]["meta"]["source"]
    assert "United Nations E-Government Survey (EGDI)" in source
    assert "Member States Questionnaire" not in source and "do not enter" in source
    assert not spec["layout"]["meta"]["synthetic"]


def test_profile_without_egdi_says_how_to_add_it(bare_store):
    at = open_page("profile", DEMO)
    assert "No EGDI values are loaded" in _texts(at, "caption")


def test_overview_plots_coverage_against_the_egdi():
    at = open_page("overview", DEMO)
    spec = _charts(at)["'Yes' answers in the questionnaire against the EGDI 2022"]
    layout = spec["layout"]
    assert "EGDI" in layout["xaxis"]["title"]["text"] and "self-report" in layout["yaxis"]["title"]["text"]
    assert "do not enter the EGDI" in layout["meta"]["source"]
    drawn = {c for trace in spec["data"] for c in trace.get("text", [])}
    assert drawn == {"Denmark", "France", "Kenya", "Brazil", "Japan"}
    assert "Spearman" in _texts(at, "caption")


def test_the_trackers_own_date_is_the_same_on_the_overview_and_in_the_charts():
    # The fixture tracker's publisher's date is 2026-11-20 (fixture_db.REFERENCE_AS_OF).
    at = open_page("overview", DEMO)
    assert "UNCTAD Cyberlaw Tracker, as of 2026-11-20" in [m.label for m in at.main.metric]
    at = open_page("legal", {**DEMO, "legal_all": "true"})
    meta = _charts(at)["Laws in every country, by source"]["layout"]["meta"]
    assert "UNCTAD tracker as of 2026-11-20" in meta["data_as_of"]
