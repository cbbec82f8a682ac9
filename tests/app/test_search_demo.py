"""The Search answers page on the demo corpus (193 generated responses, about 12,500 answers): every count
the page shows is the row count of its download."""
from __future__ import annotations

import pytest

from analysis import search

from .conftest import read_download
from .test_search import count_line, open_search

QUERIES = ["portal", "data protection", "\"national strategy\"", "disabilit women", "E-GOVERNMENT", "zzzz"]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    """The demo corpus as `python -m loaders demo` writes it, ingested into a scratch store."""
    from loaders.ingest import ingest_paths
    from synthetic.corpus import write_corpus

    folder = tmp_path_factory.mktemp("search_demo")
    write_corpus(folder / "demo")
    db = folder / "msq.duckdb"
    reports = ingest_paths([folder / "demo"], db, workers=1)
    assert not [r.line() for r in reports if r.status == "rejected"]
    return db


@pytest.fixture
def demo_db(demo_store, monkeypatch):
    monkeypatch.setenv("MSQ_DB", str(demo_store))
    return demo_store


@pytest.mark.parametrize("typed", QUERIES)
def test_count_equals_the_download_on_the_demo_corpus(demo_db, downloads, typed):
    at = open_search({"q": typed})
    if typed == "zzzz":
        assert "No written answer holds every word" in at.main.info[-1].value
        return
    line = count_line(at)
    n = int(line.split("**")[1].split()[0].replace(",", ""))
    assert n > 0, line
    _, got = read_download(downloads, ".csv")
    assert len(got) == n
    assert got["is_synthetic"].all()
    assert search.scan(got["detail"].map(search.fold), search.parse(typed)).all()
    assert got["country_iso3"].nunique() == int(line.split(" from ")[1].split()[0])
