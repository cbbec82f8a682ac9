"""Markdown tables and numbers written the way the docs write them."""
from __future__ import annotations


def cell(value: object) -> str:
    # A pipe inside a cell would end it; a newline would end the row.
    return str(value).replace("|", "\\|").replace("\n", " ")


def table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def share(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "—"
