"""Make data/country_names_cldr.csv: each UN Member State's usual name in French, Spanish, Arabic, Chinese, Russian and
Portuguese, from the Unicode CLDR territory names that Babel ships.

Run from the repository root: `python data/make_country_names.py`. Without Babel it says so and exits 0,
leaving the committed file as it is. The UN's own short names, where they differ from CLDR's usual names
("République de Corée" where CLDR says "Corée du Sud", "Türkiye" where it says "Turquie"), and a few formal
long names are written by hand in data/country_names_un.csv; loaders.countries reads both files.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "country_names_cldr.csv"
LANGS = ("fr", "es", "ar", "zh", "ru", "pt")  # pt: not a UN language, but responses come in it


def main() -> int:
    try:
        import country_converter as coco
        from babel import Locale
    except ImportError:
        print("Babel is not installed: data/country_names_cldr.csv left as it is")
        return 0
    with (HERE / "un_countries.csv").open(encoding="utf-8", newline="") as f:
        members = [r["iso3"] for r in csv.DictReader(f) if r["un_member"] == "yes"]
    table = coco.CountryConverter().data
    # country_converter's ISO2 column is a regex for a few codes ("^GB$|^UK$"): the first code is ISO 3166.
    iso2 = {str(a): str(b).split("|")[0].strip("^$") for a, b in zip(table["ISO3"], table["ISO2"])}
    rows = []
    for lang in LANGS:
        names = Locale(lang).territories
        for iso3 in members:
            name = names.get(iso2[iso3])
            if not name:
                raise SystemExit(f"CLDR ({lang}) has no name for {iso3}")
            rows.append([iso3, lang, name])
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["iso3", "lang", "name"])
        w.writerows(rows)
    print(f"{OUT.name}: {len(rows)} names of {len(members)} Member States in {', '.join(LANGS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
