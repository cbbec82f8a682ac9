"""Text cells a spreadsheet would run as a formula, made inert: shared by downloads and the corrections file."""
from __future__ import annotations

# OWASP CSV injection + ASVS 1.2.10: cells starting with these run as formulas (or split cells) in Excel.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")


def neutralise(value):
    """Prefix a text cell that a spreadsheet would run as a formula with a single quote; others unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value
