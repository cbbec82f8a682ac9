"""Make the shipped GTMI extract: the crosswalk's GovTech indicators and the GTMI scores, every economy.

Run from the repository root: `python data/shipped/gtmi/make_extract.py [SOURCE_DIR]`.
SOURCE_DIR holds the World Bank GovTech files (default ../shared/datasets/wb-gtmi); when it is absent
the script says so and exits 0, leaving the committed extract as it is.

Inputs (World Bank GovTech Dataset, CC BY 4.0, as redistributed by World Bank staff repositories):
  raw/pi-flagship_gtmiwide_clean_2020_2022.csv  the CG_GTMI_Data sheet, 2020 and 2022
  gtmi_scores_2020_2022_2025.csv                GTMI scores and groups, 2020, 2022 and 2025
Outputs, beside this script:
  gtmi_indicators_2020_2022.csv  year, economy code and name, Src, group, scores and the I-… columns that
                                 data/evidence_crosswalk.csv names (gtmi_code, gtmi_detail_codes,
                                 gtmi_link_code), with the source's own column names and cell text
  gtmi_scores_2025.csv           the 2025 scores and groups (no indicator-level data was published with them)
Cells are copied as text, unchanged; only columns and years are selected.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DEFAULT_SOURCE = ROOT.parent / "shared" / "datasets" / "wb-gtmi"
CROSSWALK = ROOT / "data" / "evidence_crosswalk.csv"
RENAMED = ROOT / "data" / "gtmi_renamed_columns.csv"
WIDE = Path("raw") / "pi-flagship_gtmiwide_clean_2020_2022.csv"
SCORES = Path("gtmi_scores_2020_2022_2025.csv")
INDICATORS_OUT = HERE / "gtmi_indicators_2020_2022.csv"
SCORES_OUT = HERE / "gtmi_scores_2025.csv"
# Identification, collection mode (S = government survey, R = remote) and the scores.
ID_COLUMNS = ["year", "country_code", "country", "Src", "Grp", "GTMI", "CGSI", "PSDI", "DCEI", "GTEI"]
SCORE_YEARS = {"2025"}


def crosswalk_codes(crosswalk: Path = CROSSWALK) -> set[str]:
    """Every GTMI code the crosswalk reads: main codes, detail codes and link codes."""
    codes: set[str] = set()
    with crosswalk.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            for column in ("gtmi_code", "gtmi_detail_codes", "gtmi_link_code"):
                codes |= {c.strip() for c in (row[column] or "").split(";") if c.strip()}
    return codes


def crosswalk_years(crosswalk: Path = CROSSWALK) -> set[str]:
    """The GTMI years the crosswalk maps (gtmi_years)."""
    with crosswalk.open(encoding="utf-8", newline="") as f:
        return {y.strip() for row in csv.DictReader(f) for y in (row["gtmi_years"] or "").split(";") if y.strip()}


def source_columns(header: list[str], codes: set[str]) -> list[str]:
    """Columns of the wide file that carry `codes`: the I-… column itself or its renamed derivative."""
    with RENAMED.open(encoding="utf-8", newline="") as f:
        renamed = {r["source_column"]: r["code"] for r in csv.DictReader(f)}
    keep = [h for h in header if h in codes or renamed.get(h) in codes]
    found = {h if h in codes else renamed[h] for h in keep}
    missing = sorted(codes - found)
    if missing:
        raise SystemExit(f"{WIDE}: no column for crosswalk codes {missing}")
    return keep


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    tmp.replace(path)


def extract(source: Path) -> dict[Path, tuple[list[str], list[list[str]]]]:
    """Output file -> (header, rows) made from the World Bank files in `source`."""
    years = crosswalk_years()
    with (source / WIDE).open(encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        columns = ID_COLUMNS + source_columns(header, crosswalk_codes())
        pos = [header.index(c) for c in columns]
        rows = sorted(([r[i] for i in pos] for r in reader if r and r[0] in years), key=lambda r: (r[0], r[1]))
    with (source / SCORES).open(encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        score_header = next(reader)
        scores = sorted((r for r in reader if r and r[0] in SCORE_YEARS), key=lambda r: (r[0], r[1]))
    return {INDICATORS_OUT: (columns, rows), SCORES_OUT: (score_header, scores)}


def available(source: Path = DEFAULT_SOURCE) -> bool:
    return (source / WIDE).is_file() and (source / SCORES).is_file()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    source = Path(argv[0]) if argv else DEFAULT_SOURCE
    if not available(source):
        print(f"skipped: the World Bank GovTech files are not in {source} (the committed extract is kept)")
        return 0
    for path, (header, rows) in extract(source).items():
        _write(path, header, rows)
        print(f"{path.name}: {len(rows)} rows, {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
