"""Official cross-country files (UN EGDI, World Bank GTMI, UNCTAD cyberlaw tracker) -> frames per table.

Readers only: `sniff(path)` names the kind, `read(path)` returns the rows; the ingest pipeline
(loaders.ingest) hands them to the store, the only writer. Formats are recognised by their header row,
never by the file name or extension.
"""
from __future__ import annotations

from pathlib import Path

from . import cyberlaw, egdi, gtmi
from .files import KINDS, Parsed, ReferenceFileError, header_candidates, sources

__all__ = ["KINDS", "Parsed", "ReferenceFileError", "sniff", "is_companion", "read", "sources"]

READERS = {"egdi": egdi, "gtmi": gtmi, "cyberlaw": cyberlaw}
EXPECTED = ("an EGDI export (Survey Year, Country Name, E-Government Rank, E-Government Index, …), "
            "the GTMI data sheet (Year/year, Code/country_code, I-1 … I-48.x) or the UNCTAD cyberlaw tracker "
            "(code, country, Electronic Transactions, Consumer Protection, Privacy and Data Protection, Cybercrime)")


def is_companion(path: str | Path) -> bool:
    """True for a file that belongs beside an official file and is read with it (the tracker's law links)."""
    return Path(path).name.endswith("document_links.json")


def sniff(path: str | Path) -> str | None:
    """'egdi', 'gtmi' or 'cyberlaw' when the file's header row is one of their layouts, else None."""
    path = Path(path)
    try:
        if not path.is_file():
            return None
        candidates = header_candidates(path)
    except (ReferenceFileError, OSError):
        return None
    for _, header in candidates:
        for kind in KINDS:
            if READERS[kind].matches(header):
                return kind
    return None


def _first_header(path: Path) -> list[str]:
    try:
        rows = header_candidates(path)
    except (ReferenceFileError, OSError):
        return []
    return rows[0][1][:8] if rows else []


def read(path: str | Path) -> Parsed:
    """Read one official file into a frame per table; raises ReferenceFileError naming the file."""
    path = Path(path)
    if not path.is_file():
        raise ReferenceFileError(f"{path}: no such file")
    kind = sniff(path)
    if kind is None:
        raise ReferenceFileError(f"{path.name}: not an official reference file; expected {EXPECTED}; "
                                 f"the first row reads {_first_header(path)}")
    try:
        return READERS[kind].read(path)
    except ReferenceFileError:
        raise
    except Exception as exc:  # a reader bug or an odd file must still name the file
        raise ReferenceFileError(f"{path.name}: cannot be read as a {kind} file ({type(exc).__name__}: {exc})") from exc

