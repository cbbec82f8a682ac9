"""`python -m loaders demo`: write the synthetic demo corpus (text documents + ground-truth sidecars)."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from ..paths import DEMO_DIR
from .response import make_response, sidecar
from .text_layout import render_text


def country_names(iso3s: list[str]) -> dict[str, str]:
    """Names for many ISO3 codes at once, equal to countries.info(iso3)["country_name"] (UN names)."""
    from ..countries import UnknownCountry, _info_table

    table = _info_table()  # one dict for all codes: info() per code would rebuild nothing but costs a copy
    unknown = [i for i in iso3s if i not in table]
    if unknown:
        raise UnknownCountry(f"not ISO 3166 alpha-3 country codes: {' '.join(unknown)}")
    return {i: table[i]["country_name"] for i in iso3s}


def write_document(out_dir: Path, iso3: str, edition: int = 2022, seed: int = 0,
                   country_name: str | None = None, hard_cases: bool = True) -> Path:
    """Write `<ISO3>.txt` and `<ISO3>.truth.json` for one country; returns the text path."""
    response = make_response(iso3, edition, seed, country_name=country_name, hard_cases=hard_cases)
    text_path = out_dir / f"{response.country_iso3}.txt"
    text_path.write_text(render_text(response), encoding="utf-8", newline="\n")
    truth_path = out_dir / f"{response.country_iso3}.truth.json"
    truth_path.write_text(sidecar_json(sidecar(response, "text")), encoding="utf-8", newline="\n")
    return text_path


def sidecar_json(data: dict) -> str:
    """JSON with one answer per line: diff-friendly, and fast (the C encoder, no indent)."""
    head = {k: v for k, v in data.items() if k != "answers"}
    lines = [f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    rows = [" " + json.dumps(r, ensure_ascii=False) for r in data["answers"]]
    return "{\n" + "\n".join(lines) + '\n "answers": [\n' + ",\n".join(rows) + "\n ]\n}\n"


def write_corpus(out_dir: Path, countries: list[str] | None = None, edition: int = 2022,
                 seed: int = 0, hard_cases: bool = True) -> list[Path]:
    """Write the demo corpus (default: the 193 UN Member States) into out_dir; returns the text paths."""
    if countries is None:
        from ..countries import un_members

        countries = list(un_members())
    names = country_names(countries)  # fails before anything is written
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [write_document(out_dir, iso3, edition, seed, names[iso3], hard_cases) for iso3 in countries]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m loaders demo",
                                description="Write the synthetic demo corpus: one questionnaire text per "
                                            "country in the seed's layout, plus a ground-truth sidecar.")
    p.add_argument("--out", type=Path, default=None,
                   help="output folder (default: data/demo/<edition>)")
    p.add_argument("--edition", type=int, default=2022, help="survey edition (default 2022)")
    p.add_argument("--countries", nargs="+", metavar="ISO3", default=None,
                   help="ISO3 codes (default: the 193 UN Member States)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0); same seed, same bytes")
    p.add_argument("--no-hard-cases", dest="hard_cases", action="store_false",
                   help="leave out the hard cases (rewritten answers and layout noise): plain documents only")
    return p


def main_demo(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    out = args.out or DEMO_DIR / str(args.edition)
    from ..countries import UnknownCountry

    countries = [c.upper() for c in args.countries] if args.countries else None
    start = time.perf_counter()
    try:
        paths = write_corpus(out, countries, args.edition, args.seed, args.hard_cases)
    except (UnknownCountry, FileNotFoundError) as exc:  # unknown code, or no catalogue for the edition
        print(exc, file=sys.stderr)
        return 2
    print(f"wrote {len(paths)} synthetic documents (+ .truth.json sidecars) to {out} "
          f"in {time.perf_counter() - start:.1f}s (seed {args.seed}{'' if args.hard_cases else ', no hard cases'})")
    return 0


main = main_demo
