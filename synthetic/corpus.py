"""The synthetic demo corpus on disk: one text document and one ground-truth sidecar per country, seeded."""
from __future__ import annotations

import json
from pathlib import Path

from .response import make_response, sidecar
from .text_layout import render_text


def country_names(iso3s: list[str]) -> dict[str, str]:
    """Names for many ISO3 codes at once, equal to countries.info(iso3)["country_name"] (UN names)."""
    from loaders.countries import UnknownCountry, _info_table

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
        from loaders.countries import un_members

        countries = list(un_members())
    names = country_names(countries)  # fails before anything is written
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [write_document(out_dir, iso3, edition, seed, names[iso3], hard_cases) for iso3 in countries]
