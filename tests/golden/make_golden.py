"""Regenerate the golden file for the Denmark seed: run, then READ the diff before committing it."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from loaders.formats.text import parse_text  # noqa: E402

SEED = ROOT / "data" / "responses" / "2022" / "msq_2022_denmark.txt"
GOLDEN = Path(__file__).with_name("msq_2022_denmark.json")


def golden() -> dict:
    doc = parse_text(SEED.read_text(encoding="utf-8"), source_name=SEED.name)
    return {
        "country_name": doc.country_name,
        "edition": doc.edition,
        "is_synthetic": doc.is_synthetic,
        "notes": doc.notes,
        "contact_roles": [c.role for c in doc.contacts],
        "answers": [a.model_dump() for a in doc.answers],
    }


if __name__ == "__main__":
    GOLDEN.write_text(json.dumps(golden(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN}")
