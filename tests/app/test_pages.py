"""Every page: renders, tells the truth about its data, reacts to filters, explains emptiness, reopens from a URL."""
from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from .conftest import APP, PAGES, TIMEOUT, fingerprint, open_page

ALL_PAGES = list(PAGES)


def _texts(at, kind: str) -> list[str]:
    return [e.value for e in getattr(at.main, kind)]


@pytest.mark.parametrize("page", ALL_PAGES)
def test_page_renders_and_says_answers_are_self_reports(page):
    at = open_page(page)
    assert not at.exception, [e.value for e in at.exception]
    assert at.main.title, "every page has a title"
    assert any("self-report" in t for t in _texts(at, "info")), "the self-report notice is missing"


@pytest.mark.parametrize("page", ALL_PAGES)
def test_synthetic_rows_on_screen_are_announced(page):
    # Synthetic demo data switched on. The profile opens on a real country by default, so ask it for a
    # synthetic one.
    at = open_page(page, {"synthetic": "true", **({"profile": "Kenya (KEN)"} if page == "profile" else {})})
    assert any("SYNTHETIC DEMO DATA" in t for t in _texts(at, "warning"))


def test_profile_of_a_real_country_has_no_synthetic_notice():
    at = open_page("profile")
    assert at.selectbox(key="profile").value == "DNK"
    assert not any("SYNTHETIC DEMO DATA" in t for t in _texts(at, "warning"))


@pytest.mark.parametrize("page", ALL_PAGES)
def test_pages_open_on_real_data_only(page):
    # Real evidence is loaded (two real responses and the reference tables): no demo response by default.
    # Kenya may appear through GTMI or UNCTAD (real sources), never through its synthetic answers.
    at = open_page(page)
    assert not at.exception
    assert at.sidebar.toggle(key="synthetic").value is False
    assert not any("SYNTHETIC DEMO DATA" in t for t in _texts(at, "warning"))
    shown = fingerprint(at)
    assert "Kenya: answer to" not in shown and not re.search(r"[A-Za-z] †", shown)


@pytest.mark.parametrize("page", ALL_PAGES)
def test_changing_a_sidebar_filter_changes_what_is_shown(page):
    at = open_page(page, {"synthetic": "true"})
    before = fingerprint(at)
    at.sidebar.multiselect(key="country").set_value(["KEN", "JPN"]).run()
    assert not at.exception, [e.value for e in at.exception]
    after = fingerprint(at)
    assert after != before
    assert "Kenya" in after or "Japan" in after


def _metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.main.metric}


def test_overview_counts_follow_the_filters():
    at = open_page("overview", {"synthetic": "true"})
    assert _metrics(at)["Countries shown"] == "5"
    at.sidebar.multiselect(key="region").set_value(["Europe"]).run()
    got = _metrics(at)
    assert [got["Countries shown"], got["Real responses"], got["Synthetic demo responses"]] == ["2", "2", "0"]


def test_region_narrows_the_country_choices_to_its_member_states():
    at = open_page("overview", {"region": "Africa"})
    options = at.sidebar.multiselect(key="country").options
    assert "Kenya (KEN)" in options and "Nigeria (NGA)" in options  # Nigeria sent no questionnaire
    assert "Denmark (DNK)" not in options
    assert len(options) == 54  # the African UN Member States


@pytest.mark.parametrize("page", ALL_PAGES)
def test_page_with_nothing_to_show_says_why_and_what_to_change(page):
    # Africa holds only synthetic Kenya's response; with synthetic data off no answer is left. (The theme
    # pages' every-country views still list Africa from the independent sources: switched off here.)
    at = open_page(page, {"region": "Africa", "synthetic": "false", **EVERY_COUNTRY_OFF})
    assert not at.exception
    infos = " ".join(_texts(at, "info"))
    assert "Nothing to show" in infos
    assert "Include synthetic demo data" in infos, infos
    assert not at.get("plotly_chart"), "no empty charts under an empty-state message"


EVERY_COUNTRY_OFF = {"legal_all": "false", "tech_all": "false", "incl_all": "false"}

# A view set up through the widgets, and the URL a browser shows for it (bound widgets write their
# option label into the address bar; defaults are left out). Opening that URL must give the same page.
SIDEBAR = ({"synthetic": True, "country": ["DNK", "KEN", "JPN"], "basis": ["marked", "none"]},
           {"synthetic": "true", "country": ["Denmark (DNK)", "Kenya (KEN)", "Japan (JPN)"],
            "basis": ["marked", "none"]})
VIEWS = {
    "overview": ({"map_by": "theme", "map_theme": "legal_framework"},
                 {"map_by": "theme", "map_theme": "Legal framework"}),
    "legal": ({"legal_a": "gtmi:I-38", "legal_b_states": ["no", "unknown"], "legal_regions": ["Africa"]},
              {"legal_a": "GTMI I-38 Data Protection / Privacy law — World Bank 2022",
               "legal_b_states": ["no", "unknown"], "legal_regions": ["Africa"]}),
    "emerging": ({"tech_a": "msq:Q29.robotics", "tech_all": False},
                 {"tech_a": "Q29 Robotics — self-report (MSQ 2022)", "tech_all": "false"}),
    "inclusion": ({"incl_all": False, "q": "older", "incl_q": "Q35 Access measures for vulnerable groups",
                   "incl_words": "older"},
                  {"incl_all": "false", "q": "older", "incl_q": "Q35 Access measures for vulnerable groups",
                   "incl_words": "older"}),
    "profile": ({"profile": "JPN"}, {"profile": "Japan (JPN)"}),
    "compare": ({"compare": ["DNK", "KEN"], "cmp_diff": True},
                {"compare": ["Denmark (DNK)", "Kenya (KEN)"], "cmp_diff": "true"}),
    "data": ({"section": "C"}, {"section": "C · Legal Framework"}),
    "evidence": ({"ev_sources": ["gtmi"], "ev_conf": "high", "ev_country": "KEN"},
                 {"ev_sources": ["GTMI (World Bank)"], "ev_conf": "high", "ev_country": "Kenya (KEN)"}),
}


WIDGET_KINDS = ("multiselect", "selectbox", "segmented_control", "pills", "toggle", "text_input", "checkbox")


def _widget(at, key: str):
    return next(w for kind in WIDGET_KINDS for w in getattr(at, kind) if getattr(w, "key", None) == key)


def _set(at, key: str, value) -> None:
    _widget(at, key).set_value(value)
    at.run()
    assert not at.exception, [e.value for e in at.exception]


@pytest.mark.parametrize("page", ALL_PAGES)
def test_url_reopens_the_same_view(page):
    by_hand = open_page(page)
    for key, value in {**SIDEBAR[0], **VIEWS[page][0]}.items():
        _set(by_hand, key, value)
    from_link = open_page(page, {**SIDEBAR[1], **VIEWS[page][1]})
    for key, value in {**SIDEBAR[0], **VIEWS[page][0]}.items():
        assert _widget(from_link, key).value == value, key
    assert fingerprint(from_link) == fingerprint(by_hand)


def test_unknown_url_values_are_dropped_not_fatal():
    at = open_page("legal", {"country": ["Atlantis (ATL)"], "edition": "1999", "basis": "guessed"})
    assert not at.exception
    assert at.sidebar.multiselect(key="country").value == []
    assert at.sidebar.selectbox(key="edition").value == 2022


def test_demo_data_fills_the_views_only_while_nothing_real_is_loaded(tmp_path, monkeypatch):
    from . import fixture_db

    demo = {k: (n, True, p) for k, (n, _, p) in fixture_db.COUNTRIES.items() if k != "DNK"}
    monkeypatch.setenv("MSQ_DB", str(fixture_db.build(tmp_path / "demo.duckdb", demo, reference=False)))
    at = open_page("overview")
    assert at.sidebar.toggle(key="synthetic").value is True
    assert any("SYNTHETIC DEMO DATA" in t for t in _texts(at, "warning"))


def test_reference_tables_alone_make_the_views_real_only(tmp_path, monkeypatch):
    from . import fixture_db

    demo = {k: (n, True, p) for k, (n, _, p) in fixture_db.COUNTRIES.items() if k != "DNK"}
    monkeypatch.setenv("MSQ_DB", str(fixture_db.build(tmp_path / "demo_ref.duckdb", demo)))
    at = open_page("legal")
    assert at.sidebar.toggle(key="synthetic").value is False
    assert at.toggle(key="legal_all").value is True  # every member state from the independent sources
    assert "Nigeria" in fingerprint(at)


def test_theme_page_explains_when_only_its_own_questions_are_missing():
    # Denmark's legal answers are all marked or unknown; other sections hold inferred answers.
    at = open_page("legal", {"country": "Denmark (DNK)", "basis": "inferred", "legal_all": "false"})
    assert not at.exception
    infos = " ".join(i.value for i in at.main.info)
    assert "Nothing to show" in infos and "no legal-framework answers" in infos


def test_first_run_builds_a_missing_database(tmp_path, monkeypatch):
    from synthetic import demo_corpus

    from . import fixture_db

    target = tmp_path / "fresh" / "msq.duckdb"
    built = []

    def fake_build(path):  # the real build ingests data/ (about a minute); the app only has to call it
        built.append(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fixture_db.build(path)
        return True

    monkeypatch.setattr(demo_corpus, "ensure_database", fake_build)
    monkeypatch.setenv("MSQ_DB", str(target))
    at = open_page("overview")
    assert built == [target]
    assert not at.error, [e.value for e in at.error]
    assert _metrics(at)["Countries shown"] == "2"  # Denmark and France: the real responses


def test_failed_build_says_what_to_do(tmp_path, monkeypatch):
    from synthetic import demo_corpus

    def broken_build(path):
        raise OSError("disk full")

    monkeypatch.setattr(demo_corpus, "ensure_database", broken_build)
    monkeypatch.setenv("MSQ_DB", str(tmp_path / "missing.duckdb"))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    assert not at.exception
    message = " ".join(e.value for e in at.error)
    assert "OSError" in message and "python -m loaders build" in message


def test_country_picker_offers_the_member_states_and_other_economies_only_when_asked():
    at = open_page("overview")
    options = at.sidebar.multiselect(key="country").options
    assert len(options) == 193 and not any(o.endswith("(TWN)") for o in options)
    at.sidebar.toggle(key="others").set_value(True).run()
    options = at.sidebar.multiselect(key="country").options
    assert "Taiwan (not a UN Member State) (TWN)" in options


def test_reset_filters_returns_to_the_defaults():
    at = open_page("legal", {"region": "Europe", "basis": "marked", "synthetic": "true", "others": "true"})
    at.sidebar.button[0].click().run()
    assert at.sidebar.multiselect(key="region").value == []
    assert at.sidebar.multiselect(key="basis").value == []
    assert at.sidebar.toggle(key="synthetic").value is False  # real evidence is loaded: real data only
    assert at.sidebar.toggle(key="others").value is False
