"""The closed value sets of the project, declared once: answers, bases, statuses, sources, kinds."""
from __future__ import annotations

ANSWERS: tuple[str, ...] = ("yes", "no", "unknown")
# How an answer was known in its document. `answers_current` adds "corrected" (an analyst's correction).
BASES: tuple[str, ...] = ("marked", "inferred", "none")
CURRENT_BASES: tuple[str, ...] = BASES + ("corrected",)
DOCUMENT_STATUSES: tuple[str, ...] = ("ok", "rejected")
# One line per file in an ingest report; `warn` = stored, but some content did not reach the answers;
# `kept` / `dropped` = a stored response whose file a build did not find: its rows kept, or dropped on request.
REPORT_STATUSES: tuple[str, ...] = ("ok", "warn", "unchanged", "rejected", "skipped", "kept", "dropped")
CONTACT_ROLES: tuple[str, ...] = ("respondent", "cio")

REFERENCE_KINDS: tuple[str, ...] = ("egdi", "gtmi", "cyberlaw")
EVIDENCE_SOURCES: tuple[str, ...] = ("msq", "gtmi", "unctad")
EVIDENCE_ANSWERS: tuple[str, ...] = ("yes", "partial", "no", "unknown")
CYBERLAW_STATUSES: tuple[str, ...] = ("Legislation", "Draft Legislation", "No Legislation", "No Data")
GTMI_CODINGS: tuple[str, ...] = ("wb", "pi_flagship_recoded")


def sql_in(values: tuple[str, ...]) -> str:
    """('a', 'b') for a DuckDB CHECK constraint, from one of the sets above."""
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"
