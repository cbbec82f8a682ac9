"""Every page: renders, tells the truth about its data, reacts to filters, explains emptiness, reopens from a URL."""
from __future__ import annotations

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
    # Two real countries are loaded (< 3), so synthetic demo data is included by default. The profile
    # opens on a real country by default, so ask it for a synthetic one.
    at = open_page(page, {"profile": "Kenya (KEN)"} if page == "profile" else None)
    assert any("SYNTHETIC DEMO DATA" in t for t in _texts(at, "warning"))


def test_profile_of_a_real_country_has_no_synthetic_notice():
    at = open_page("profile")
    assert at.selectbox(key="profile").value == "DNK"
    assert not any("SYNTHETIC DEMO DATA" in t for t in _texts(at, "warning"))


@pytest.mark.parametrize("page", ALL_PAGES)
def test_real_only_view_has_no_synthetic_notice(page):
    at = open_page(page, {"synthetic": "false"})
    assert not at.exception
    assert not any("SYNTHETIC DEMO DATA" in t for t in _texts(at, "warning"))
    assert "Kenya" not in fingerprint(at) and "KEN" not in fingerprint(at)


@pytest.mark.parametrize("page", ALL_PAGES)
def test_changing_a_sidebar_filter_changes_what_is_shown(page):
    at = open_page(page)
    before = fingerprint(at)
    at.sidebar.multiselect(key="country").set_value(["KEN", "JPN"]).run()
    assert not at.exception, [e.value for e in at.exception]
    after = fingerprint(at)
    assert after != before
    assert "Kenya" in after or "Japan" in after


def test_overview_counts_follow_the_filters():
    at = open_page("overview")
    assert at.main.metric[0].value == "5"
    at.sidebar.multiselect(key="region").set_value(["Europe"]).run()
    assert [m.value for m in at.main.metric][:3] == ["2", "2", "0"]  # Denmark, France: both real


def test_region_narrows_the_country_choices():
    at = open_page("overview", {"region": "Africa"})
    assert at.sidebar.multiselect(key="country").options == ["Kenya (KEN)"]


@pytest.mark.parametrize("page", ALL_PAGES)
def test_page_with_nothing_to_show_says_why_and_what_to_change(page):
    # Africa holds only synthetic Kenya; with synthetic data off nothing is left.
    at = open_page(page, {"region": "Africa", "synthetic": "false"})
    assert not at.exception
    infos = " ".join(_texts(at, "info"))
    assert "Nothing to show" in infos
    assert "Include synthetic demo data" in infos, infos
    assert not at.get("plotly_chart"), "no empty charts under an empty-state message"


# A view set up through the widgets, and the URL a browser shows for it (bound widgets write their
# option label into the address bar; defaults are left out). Opening that URL must give the same page.
SIDEBAR = ({"country": ["DNK", "KEN", "JPN"], "basis": ["marked", "none"]},
           {"country": ["Denmark (DNK)", "Kenya (KEN)", "Japan (JPN)"], "basis": ["marked", "none"]})
VIEWS = {
    "overview": ({"map_by": "theme", "map_theme": "legal_framework"},
                 {"map_by": "theme", "map_theme": "Legal framework"}),
    "legal": ({"legal_has": "Q11 Cybersecurity law", "legal_state": ["no", "unknown"]},
              {"legal_has": "Q11 Cybersecurity law", "legal_state": ["no", "unknown"]}),
    "emerging": ({"tech_has": "Q29 Robotics"}, {"tech_has": "Q29 Robotics"}),
    "inclusion": ({"q": "older", "incl_q": "Q35 Access measures for vulnerable groups"},
                  {"q": "older", "incl_q": "Q35 Access measures for vulnerable groups"}),
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


def test_synthetic_default_turns_off_once_three_real_countries_are_loaded(tmp_path, monkeypatch):
    from . import fixture_db

    real = {k: (n, False, p) for k, (n, _, p) in fixture_db.COUNTRIES.items()}
    monkeypatch.setenv("MSQ_DB", str(fixture_db.build(tmp_path / "real.duckdb", real)))
    at = open_page("overview")
    assert at.sidebar.toggle(key="synthetic").value is False


def test_theme_page_explains_when_only_its_own_questions_are_missing():
    # Denmark's legal answers are all marked or unknown; other sections hold inferred answers.
    at = open_page("legal", {"country": "Denmark (DNK)", "basis": "inferred"})
    assert not at.exception
    infos = " ".join(i.value for i in at.main.info)
    assert "Nothing to show" in infos and "no legal-framework answers" in infos


def test_first_run_builds_a_missing_database(tmp_path, monkeypatch):
    from loaders import ingest

    from . import fixture_db

    target = tmp_path / "fresh" / "msq.duckdb"
    built = []

    def fake_build(path):  # the real build ingests data/ (about a minute); the app only has to call it
        built.append(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fixture_db.build(path)
        return True

    monkeypatch.setattr(ingest, "ensure_database", fake_build)
    monkeypatch.setenv("MSQ_DB", str(target))
    at = open_page("overview")
    assert built == [target]
    assert not at.error, [e.value for e in at.error]
    assert at.main.metric[0].value == "5"


def test_failed_build_says_what_to_do(tmp_path, monkeypatch):
    from loaders import ingest

    def broken_build(path):
        raise OSError("disk full")

    monkeypatch.setattr(ingest, "ensure_database", broken_build)
    monkeypatch.setenv("MSQ_DB", str(tmp_path / "missing.duckdb"))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    assert not at.exception
    message = " ".join(e.value for e in at.error)
    assert "disk full" in message and "python -m loaders build" in message


def test_real_only_offers_only_real_countries():
    at = open_page("overview", {"synthetic": "false"})
    assert at.sidebar.multiselect(key="country").options == ["Denmark (DNK)", "France (FRA)"]


def test_reset_filters_returns_to_the_defaults():
    at = open_page("legal", {"region": "Europe", "basis": "marked", "synthetic": "false"})
    at.sidebar.button[0].click().run()
    assert at.sidebar.multiselect(key="region").value == []
    assert at.sidebar.multiselect(key="basis").value == []
    assert at.sidebar.toggle(key="synthetic").value is True  # two real countries: < 3, so on
