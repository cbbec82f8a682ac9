"""Reference loading on an open test connection, through the pipeline and the store's writer."""
from __future__ import annotations

from pathlib import Path

from loaders import ingest, store


def ingest_file(con, path: Path, *, force: bool = False) -> dict:
    """Load one official file on `con` (the pipeline's reference_file through a Writer); the detailed report."""
    return ingest.reference_file(store.Writer(con), path, force=force)


def ingest_folder(con, folder: Path) -> list[ingest.FileReport]:
    """Every file under `folder` through the pipeline, read as official files only (as data/reference/ is)."""
    files = ingest.expand([folder]) if Path(folder).exists() else []
    return ingest.ingest_into(store.Writer(con), files, reference_only=True)


def rebuild_evidence(con) -> dict:
    """Recompute the evidence table on `con`; its report."""
    return store.Writer(con).rebuild_evidence()


def create_tables(con) -> None:
    """The MSQ and reference tables (the writer creates them on first use)."""
    store.Writer(con)
