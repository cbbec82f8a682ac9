"""The benchmark's light session client serves real pages from a real `streamlit run app.py` (127.0.0.1 only)."""
from __future__ import annotations

import pytest

from bench import sessions
from tests.app import fixture_db


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sessions")
    db = fixture_db.build(tmp / "msq_fixture.duckdb")
    srv = sessions.Server(sessions.ROOT, sessions.clean_env(MSQ_DB=str(db)), log=tmp / "server.log")
    try:
        srv.start()
        srv.wait_ready(60)
    except (OSError, RuntimeError) as exc:
        srv.stop()
        pytest.skip(f"cannot start `streamlit run app.py` on 127.0.0.1: {exc}")
    yield srv
    srv.stop()


@pytest.mark.parametrize("label, url_path", [("Overview", ""), ("Legal framework", "legal-framework")])
def test_three_sessions_at_once_are_each_served_the_page(server, label, url_path):
    plan = sessions.Plan(3, 1, pages=[(label, url_path)], limit=60, page_timeout=60)
    visits = sessions.run_sessions(server.port, plan)
    assert sorted(v.session for v in visits) == [0, 1, 2]
    assert [v.problem for v in visits] == ["", "", ""]


def test_sessions_keep_their_own_filters_in_the_address_bar(server):
    plan = sessions.Plan(2, 1, pages=[("Compare", "compare")], limit=60, queries=["", "region=Europe"])
    visits = sessions.run_sessions(server.port, plan)
    assert [v.problem for v in visits] == ["", ""]


def test_a_page_the_app_does_not_have_is_reported_not_served(server):
    visits = sessions.run_sessions(server.port, sessions.Plan(1, 1, pages=[("Nowhere", "no-such-page")], limit=60))
    assert len(visits) == 1 and "no-such-page" in visits[0].problem


def test_server_memory_is_read_from_proc_for_the_whole_process_tree(server):
    assert server.proc.pid in sessions.process_tree(server.proc.pid)
    assert sessions.tree_rss_mb(server.proc.pid) > 10


@pytest.mark.parametrize("values, q, expected", [([1.0], 0.95, 1.0), ([1.0, 2.0, 3.0], 0.5, 2.0),
                                                 ([0.0, 10.0], 0.95, 9.5), ([], 0.5, None)])
def test_percentile_interpolates_between_measured_page_times(values, q, expected):
    got = sessions.percentile(values, q)
    assert (got != got) if expected is None else got == pytest.approx(expected)


def test_a_benchmark_server_never_inherits_the_benchmarks_own_database(monkeypatch, tmp_path):
    from bench import coldstart

    monkeypatch.setenv("MSQ_DB", str(tmp_path / "synthetic-only.duckdb"))  # what the pages part sets
    monkeypatch.setenv("MSQ_CORRECTIONS", str(tmp_path / "other.csv"))
    fresh_clone = sessions.Server(tmp_path, coldstart._env())
    assert "MSQ_DB" not in fresh_clone.env and "MSQ_CORRECTIONS" not in fresh_clone.env
    assert fresh_clone.env["PATH"]  # the rest of a user's shell is kept
    full = sessions.Server(sessions.ROOT, sessions.clean_env(MSQ_DB="/x/full.duckdb"))
    assert full.env["MSQ_DB"] == "/x/full.duckdb" and "MSQ_CORRECTIONS" not in full.env
