"""Every figure's summary sentence reads right for 0, 1, 2 and many countries."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import duckdb
import pytest

from analysis import queries
from analysis.filters import Filters, apply
from figures import charts
from loaders.source_agreement import crosswalk_frame
from tests.app import fixture_db

AS_OF = date(2026, 11, 20)
ALL = Filters(edition=2022, include_synthetic=True, members_only=True)
WRONG = [re.compile(p) for p in (
    r"(?<![\d,.])1 (countries|responding countries|answers|items|questions|rows|labels|regions|sub-regions|"
    r"sections|answer pairs)\b",
    r"(?<![\d.])([02-9]|\d\d+) (country|responding country|answer|item|question|row|label|region)\b(?! (pair|is|has))",
    r"\b1 (countries|answers) (are|have)\b", r"\b(?<![\d.])([02-9]|\d\d+) \w+ (is|has) (shaded|listed|drawn)\b",
    r"All 1 ", r"\(1 rows\)", r"years ;", r" ;", r"  ", r"\bin section [A-Z]\b.*\b0% in section",
)]


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    db = fixture_db.build(tmp_path_factory.mktemp("summaries") / "msq.duckdb")
    con = duckdb.connect(str(db), read_only=True)
    try:
        answers = queries.answers(con)
        reference = charts.Reference(queries.egdi(con), queries.evidence(con), crosswalk_frame(), as_of=AS_OF)
    finally:
        con.close()
    return apply(answers, ALL), reference


@pytest.mark.parametrize("n", [0, 1, 2, "many"])
def test_every_summary_reads_right(data, n):
    answers, reference = data
    codes = sorted(answers["country_iso3"].unique())
    pick = codes if n == "many" else codes[:n]
    if n == 0:
        pick = ["ATA"]  # Antarctica: no response and no source row
    f = replace(ALL, countries=tuple(pick))
    rows = apply(answers, f)
    drawn, skipped = charts.chapter_set(rows, f, as_of=AS_OF, reference=reference)
    assert drawn or skipped
    for c in drawn:
        for pattern in WRONG:
            assert not pattern.search(c.summary), (c.name, pattern.pattern, c.summary)
        assert c.summary.endswith(".") and not c.summary[0].islower(), c.summary
    for k in skipped:
        assert k.reason and "  " not in k.reason
