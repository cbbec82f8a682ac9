"""Make data/un_countries.csv: ISO3, UN country name, UN membership and M49 code.

Run from the repository root: `python data/make_un_countries.py [DATASETS_DIR]` (default
../shared/datasets). When the UN E-Government Survey file is absent it says so and exits 0, leaving the
committed file as it is.

Where each column comes from:
* un_name of the 193 Member States: the country names of the UN E-Government Survey 2024 (UN DESA Data
  Center export, un-egov-survey/egov_survey_2003_2024_long.csv, trimmed), except the few that the
  export shortens, which take the UN M49 / Member States list name (NAME_FIXES; the UNCTAD tracker, which
  uses the M49 names, is checked against them).
* un_member: yes for the 193 economies of the Survey (the Survey covers exactly the Member States).
* m49: the UN M49 numeric code (country_converter's UNcode), checked against the UNCTAD tracker's codes.
* Other economies that a source covers (GTMI, UNCTAD) are listed with un_member = no (NON_MEMBERS).
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE.parent.parent / "shared" / "datasets"
EGDI = Path("un-egov-survey") / "egov_survey_2003_2024_long.csv"
UNCTAD = Path("unctad-cyberlaw-tracker") / "cyberlaw_tracker_data.csv"
OUT = HERE / "un_countries.csv"
COLUMNS = ["iso3", "un_name", "un_member", "m49", "name_source"]
SURVEY_YEAR = "2024"
# The Survey export's short forms -> the name in the UN M49 standard and the UN Member States list.
NAME_FIXES = {
    "BOL": "Bolivia (Plurinational State of)",
    "CZE": "Czechia",
    "GEO": "Georgia",  # the export says "Georgia (Country)"
    "NLD": "Netherlands (Kingdom of the)",
    "VEN": "Venezuela (Bolivarian Republic of)",
}
# Economies a source covers that are not UN Member States: (ISO3, name, M49 or "", where the name is from).
NON_MEMBERS = [
    ("VAT", "Holy See", "336", "UN M49 (non-member observer State)"),
    ("PSE", "State of Palestine", "275", "UN M49 (non-member observer State)"),
    ("HKG", "China, Hong Kong SAR", "344", "UN M49, in the short form UN statistical tables print"),
    ("MAC", "China, Macao SAR", "446", "UN M49, in the short form UN statistical tables print"),
    ("TWN", "Taiwan", "", "not listed in UN M49; short name"),
    ("XKX", "Kosovo", "", "not listed in UN M49; short name"),
]


def _rows(source: Path) -> list[list[str]]:
    import country_converter as coco

    with (source / EGDI).open(encoding="utf-8-sig", newline="") as f:
        survey = {r["ISO3"]: r["Country Name"].strip() for r in csv.DictReader(f) if r["Survey Year"] == SURVEY_YEAR}
    if len(survey) != 193:
        raise SystemExit(f"{EGDI}: {len(survey)} countries in {SURVEY_YEAR}, expected the 193 Member States")
    table = coco.CountryConverter().data
    m49 = {str(i): str(int(c)).zfill(3) for i, c in zip(table["ISO3"], table["UNcode"]) if str(c) not in {"<NA>", "nan"}}
    rows = []
    for iso3, name in sorted(survey.items()):
        fixed = NAME_FIXES.get(iso3)
        rows.append([iso3, fixed or name, "yes", m49.get(iso3, ""),
                     "UN M49 (the Survey export shortens it)" if fixed else f"UN E-Government Survey {SURVEY_YEAR}"])
    rows += [[iso3, name, "no", code, why] for iso3, name, code, why in NON_MEMBERS]
    _check_unctad(source, rows)
    return rows


def _check_unctad(source: Path, rows: list[list[str]]) -> None:
    """The tracker lists M49 codes and names: every code must agree, and every name a fix gives."""
    path = source / UNCTAD
    if not path.is_file():
        return
    by_code = {r[3]: r for r in rows if r[3]}
    with path.open(encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            code = r["code"].strip().zfill(3)
            if code not in by_code:
                raise SystemExit(f"{UNCTAD}: M49 {code} ({r['country']}) is not in the table")
            iso3 = by_code[code][0]
            if iso3 in NAME_FIXES and iso3 != "NLD" and r["country"].strip() != NAME_FIXES[iso3]:
                raise SystemExit(f"{UNCTAD}: {code} is {r['country']!r}, the fix says {NAME_FIXES[iso3]!r}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    source = Path(argv[0]) if argv else DEFAULT_SOURCE
    if not (source / EGDI).is_file():
        print(f"skipped: {EGDI} is not in {source} (the committed {OUT.name} is kept)")
        return 0
    rows = _rows(source)
    tmp = OUT.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(rows)
    tmp.replace(OUT)
    print(f"{OUT.name}: {len(rows)} rows ({sum(r[2] == 'yes' for r in rows)} UN Member States)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
