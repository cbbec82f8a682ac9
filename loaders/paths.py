"""Where the project's data lives: one place for every path the loaders and the app use."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CATALOGUE_DIR = DATA / "catalogue"
RESPONSES_DIR = DATA / "responses"
DEMO_DIR = DATA / "demo"
REFERENCE_DIR = DATA / "reference"  # official cross-country files a user downloads (never committed)
DEFAULT_DB = DATA / "msq.duckdb"


def db_path(cli_value: str | os.PathLike | None = None) -> Path:
    """The database file: --db if given, else $MSQ_DB, else data/msq.duckdb."""
    if cli_value:
        return Path(cli_value)
    env = os.environ.get("MSQ_DB")
    return Path(env) if env else DEFAULT_DB
