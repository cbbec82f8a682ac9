"""Every flag the readers can set has its row in the flag table of docs/reading.md (section 5), so a reviewer
who meets a flag can look up when it is set: a new FLAG_* constant without a row fails here."""
from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import loaders
import loaders.formats

ROOT = Path(__file__).resolve().parents[2]
TABLE_ROW_RE = re.compile(r"^\| `([^`]+)` \|", re.MULTILINE)


def flags() -> dict[str, str]:
    """FLAG_* text constants of every loaders module -> where defined (FLAG_MAX is a length, not a flag)."""
    found = {}
    for pkg in (loaders, loaders.formats):
        for info in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + "."):
            if info.name.endswith("__main__"):
                continue
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                if name.startswith("FLAG_") and isinstance(value, str):
                    found.setdefault(value, f"{info.name}.{name}")
    return found


def table_rows() -> list[str]:
    text = (ROOT / "docs" / "reading.md").read_text(encoding="utf-8")
    section = text[text.index("## 5. Flags"):]
    section = section[:section.index("\n## ", 1)] if "\n## " in section[1:] else section
    return TABLE_ROW_RE.findall(section)


def test_every_flag_the_readers_set_has_a_row_in_the_flag_table():
    rows = table_rows()
    missing = [f"{where}: {flag!r}" for flag, where in flags().items()
               if not any(row == flag or row.startswith(flag + " ") for row in rows)]
    assert missing == [], "flags without a row in docs/reading.md section 5:\n" + "\n".join(missing)


def test_the_check_sees_the_flags_of_the_reading_modules():
    assert {"nothing affirms or denies", "declined in its own words: none, or not known?",
            "unresolved reference", "ambiguous URL join"} <= set(flags())
