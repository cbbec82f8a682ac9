"""One filter definition: the pages, the export command and the figures command keep the same rows for one filter.

The same choice is made three ways (the sidebar's Filters, `python -m loaders export` options, `python -m
loaders figures` options) on the fixture store; each must keep exactly the same answers. A second
definition of "region" or "country" anywhere would make one of them differ.
"""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.filters import Filters
from cli import figures as figures_cli
from cli.main import main, parser
from ui import data

EDITION = 2022

# (what the analyst picks, the sidebar's Filters, the export options, the figures options, the countries kept)
CASES = [
    ("one region, real responses only",
     Filters(edition=EDITION, regions=("Europe",), include_synthetic=False),
     ["--region", "Europe"], ["--region", "Europe"], {"DNK", "FRA"}),
    ("one sub-region, with the demo responses",
     Filters(edition=EDITION, sub_regions=("Eastern Africa",), include_synthetic=True),
     ["--sub-region", "Eastern Africa", "--include-synthetic"], ["--region", "Eastern Africa", "--include-synthetic"],
     {"KEN"}),
    ("two regions, with the demo responses",
     Filters(edition=EDITION, regions=("Americas", "Asia"), include_synthetic=True),
     ["--region", "Americas", "Asia", "--include-synthetic"], ["--region", "Americas", "Asia", "--include-synthetic"],
     {"BRA", "JPN"}),
    ("named countries, one of them a demo response",
     Filters(edition=EDITION, countries=("DNK", "KEN"), include_synthetic=True),
     ["--country", "DNK", "KEN", "--include-synthetic"], ["--country", "DNK", "KEN", "--include-synthetic"],
     {"DNK", "KEN"}),
    ("a region and a country outside it: nothing",
     Filters(edition=EDITION, regions=("Asia",), countries=("DNK",), include_synthetic=True),
     ["--region", "Asia", "--country", "DNK", "--include-synthetic"],
     ["--region", "Asia", "--country", "DNK", "--include-synthetic"], set()),
    ("everywhere, real responses only",
     Filters(edition=EDITION, include_synthetic=False), [], [], {"DNK", "FRA"}),
]


def _keys(frame: pd.DataFrame) -> set[tuple]:
    return set(zip(frame["country_iso3"], frame["edition"].astype(int), frame["question"].astype(int),
                   frame["item"].fillna("")))


def _exported(db, options, tmp_path) -> pd.DataFrame:
    out = tmp_path / "answers.csv"
    assert main(["export", "--db", str(db), "--out", str(out), "--edition", str(EDITION), *options]) == 0
    return pd.read_csv(out, comment="#", keep_default_na=False)


def _drawn(db, options) -> pd.DataFrame:
    # The export and the sidebar keep economies that are not UN Member States unless told otherwise; the
    # figures command leaves them out unless told: say so, so that the three make the same choice.
    args = parser().parse_args(["figures", "--out", "unused", "--db", str(db), "--edition", str(EDITION),
                                "--include-non-members", *options])
    chosen = figures_cli.select(db, args)
    assert not isinstance(chosen, str), chosen
    return chosen[1]


@pytest.mark.parametrize("what, filters, export_options, figure_options, countries", CASES,
                         ids=[c[0] for c in CASES])
def test_pages_export_and_figures_keep_the_same_rows(msq_db, tmp_path, what, filters, export_options,
                                                      figure_options, countries):
    page = data.filtered(filters)
    exported = _exported(msq_db, export_options, tmp_path)
    drawn = _drawn(msq_db, figure_options)
    assert set(page["country_iso3"]) == countries
    assert _keys(exported) == _keys(page)
    assert _keys(drawn) == _keys(page)
    assert len(exported) == len(page) == len(drawn)  # and no row twice
