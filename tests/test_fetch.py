"""`python -m loaders fetch`: publisher files served from a local HTTP server (127.0.0.1), never the internet."""
from __future__ import annotations

import functools
import shutil
import socket
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cli.main import main
from loaders import fetch, store
from tests.reference.conftest import write_gtmi_workbook

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "reference"
GTMI_WORKBOOK = "WBG_GovTech Dataset_Oct2022.xlsx"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest output clean
        pass


@pytest.fixture
def served(tmp_path):
    """A mirror folder (<source>/<file name>, real-format copies) served on 127.0.0.1 at a random port."""
    root = tmp_path / "mirror"
    (root / "unctad").mkdir(parents=True)
    (root / "gtmi").mkdir()
    for name in ("data.csv", "document_links.json"):
        shutil.copy(FIXTURES / "unctad" / name, root / "unctad" / name)
    write_gtmi_workbook(root / "gtmi" / GTMI_WORKBOOK)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_fetch_saves_the_tracker_and_its_law_links_with_their_provenance(served, tmp_path, capsys):
    _, mirror = served
    dest = tmp_path / "reference"
    assert main(["fetch", "unctad", "--mirror", mirror, "--dest", str(dest), "--no-ingest"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("FETCHED   fetch unctad: data.csv: 25 rows")
    assert (dest / "unctad" / "data.csv").read_bytes() == (FIXTURES / "unctad" / "data.csv").read_bytes()
    assert (dest / "unctad" / "document_links.json").is_file()
    provenance = (dest / "unctad" / "SOURCE.txt").read_text(encoding="utf-8")
    assert f"{mirror}/unctad/data.csv sha256 " in provenance and "UNCTAD Global Cyberlaw Tracker" in provenance
    assert not [p for p in (dest / "unctad").iterdir() if p.name.startswith(".")], "no staging left behind"


def test_fetching_the_same_file_again_says_unchanged(served, tmp_path, capsys):
    _, mirror = served
    args = ["unctad", "--mirror", mirror, "--dest", str(tmp_path / "ref"), "--no-ingest"]
    assert main(["fetch", *args]) == 0
    capsys.readouterr()
    assert main(["fetch", *args]) == 0
    assert capsys.readouterr().out.startswith("UNCHANGED fetch unctad")


def test_fetch_loads_the_files_into_the_database(served, tmp_path, capsys):
    _, mirror = served
    db = tmp_path / "store.duckdb"
    assert main(["fetch", "unctad", "gtmi", "--mirror", mirror, "--dest", str(tmp_path / "ref"), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "FETCHED   fetch gtmi: WBG_GovTech Dataset_Oct2022.xlsx:" in out
    con = store.open_reader(db)
    try:
        laws = con.execute("SELECT law_titles FROM cyberlaw WHERE country_iso3 = 'AFG' AND area = 'Cybercrime'"
                           ).fetchone()[0]
        years = {r[0] for r in con.execute("SELECT DISTINCT year FROM gtmi_scores").fetchall()}
    finally:
        con.close()
    assert list(laws) == ["Cyber Crime Code - Section 12 (in Arabic)"]
    assert years == {2020, 2022}


@pytest.mark.parametrize("breakage, message", [
    pytest.param("missing", "HTTP 404", id="http-error"),
    pytest.param("html", "not the expected cyberlaw file", id="wrong-content"),
    pytest.param("empty", "empty file", id="empty-file"),
    pytest.param("no-network", "cannot reach 127.0.0.1", id="no-network"),
])
def test_a_failed_fetch_says_why_in_one_line_and_keeps_the_saved_files(served, tmp_path, capsys,
                                                                       breakage, message):
    root, mirror = served
    dest = tmp_path / "ref"
    assert main(["fetch", "unctad", "--mirror", mirror, "--dest", str(dest), "--no-ingest"]) == 0
    before = _tree(dest)
    capsys.readouterr()
    data = root / "unctad" / "data.csv"
    if breakage == "missing":
        data.unlink()
    elif breakage == "html":
        data.write_text("<!DOCTYPE html><html><body>Page moved</body></html>\n", encoding="utf-8")
    elif breakage == "empty":
        data.write_bytes(b"")
    else:
        mirror = f"http://127.0.0.1:{_free_port()}"
    assert main(["fetch", "unctad", "--mirror", mirror, "--dest", str(dest), "--no-ingest"]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and err.startswith("ERROR     fetch unctad: ")
    assert _tree(dest) == before, "nothing half-written: the earlier files are untouched"


def test_a_file_over_the_size_limit_is_refused_before_anything_is_saved(served, tmp_path):
    _, mirror = served
    plan = fetch.plans()["unctad"]
    with pytest.raises(fetch.FetchError, match="over the"):
        fetch.fetch_source(plan, tmp_path / "ref", mirror=mirror, max_bytes=100)
    assert not (tmp_path / "ref" / "unctad").exists(), "no folder, no staging left behind"


def test_the_tracker_is_saved_without_its_optional_law_links(served, tmp_path, capsys):
    root, mirror = served
    (root / "unctad" / "document_links.json").unlink()
    assert main(["fetch", "unctad", "--mirror", mirror, "--dest", str(tmp_path / "ref"), "--no-ingest"]) == 0
    assert "document_links.json skipped" in capsys.readouterr().out
    assert (tmp_path / "ref" / "unctad" / "data.csv").is_file()


def test_egdi_has_no_file_address_so_fetch_says_where_to_download_and_where_to_put_it(tmp_path, capsys):
    dest = tmp_path / "ref"
    assert main(["fetch", "egdi", "--dest", str(dest), "--no-ingest"]) == 3
    out = capsys.readouterr().out
    assert "https://publicadministration.un.org/egovkb/en-us/Data-Center" in out
    assert f"{dest / 'egdi'}/" in out
    assert not dest.exists()


def test_egdi_files_placed_by_hand_are_found_and_loaded(tmp_path, capsys):
    dest = tmp_path / "ref"
    (dest / "egdi").mkdir(parents=True)
    shutil.copy(FIXTURES / "EGOV_DATA_2022.csv", dest / "egdi" / "EGOV_DATA_2022.csv")
    db = tmp_path / "store.duckdb"
    assert main(["fetch", "egdi", "--dest", str(dest), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("FOUND     fetch egdi: 1 file(s) placed by hand")
    con = store.open_reader(db)
    try:
        assert con.execute("SELECT count(*) FROM egdi WHERE year = 2022").fetchone()[0] > 0
    finally:
        con.close()


def test_an_unknown_source_is_a_usage_error(capsys):
    assert main(["fetch", "worldbank"]) == 2
    assert "egdi, unctad, gtmi" in capsys.readouterr().err


def test_every_source_records_its_page_terms_and_file_addresses():
    plans = fetch.plans()
    assert set(plans) == {"egdi", "unctad", "gtmi"}
    for plan in plans.values():
        assert plan.page.startswith("https://") and plan.terms and plan.how
        assert all(f.url.startswith("https://") for f in plan.files)
    assert [f.name for f in plans["unctad"].files] == ["data.csv", "document_links.json"]
    assert [f.name for f in plans["gtmi"].files] == [GTMI_WORKBOOK]
    assert plans["egdi"].files == ()


@given(name=st.text(alphabet=st.characters(whitelist_categories=("L", "N"), whitelist_characters=" _-."),
                    min_size=1, max_size=30).filter(lambda s: s.strip(". ") == s and s not in {".", ".."}),
       source=st.sampled_from(sorted(fetch.SOURCES)))
def test_a_mirror_serves_each_file_under_its_source_and_name(name, source):
    url = "https://publisher.example/some/path/" + fetch.urllib.parse.quote(name)
    got = fetch.mirrored(url, source, "http://127.0.0.1:9/base/")
    assert got.startswith(f"http://127.0.0.1:9/base/{source}/")
    assert fetch.urllib.parse.unquote(got.rsplit("/", 1)[1]) == name
    assert fetch.mirrored(url, source, None) == url


def test_fetch_is_a_command_of_the_loaders_cli(capsys):
    assert main(["fetch", "--help"]) == 0
    assert "--mirror" in capsys.readouterr().out
