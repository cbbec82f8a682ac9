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
SHIPPED_DIR = DATA / "shipped"  # open-licence extracts shipped with the code (World Bank GTMI, CC BY 4.0)
DEFAULT_DB = DATA / "msq.duckdb"
# Tracebacks of the tool's own faults (never shown to a user): $MSQ_LOG, else data/logs/errors.log.
LOG_FILE = Path(os.environ.get("MSQ_LOG") or DATA / "logs" / "errors.log")


def db_path(cli_value: str | os.PathLike | None = None) -> Path:
    """The database file: --db if given, else $MSQ_DB, else data/msq.duckdb."""
    if cli_value:
        return Path(cli_value)
    env = os.environ.get("MSQ_DB")
    return Path(env) if env else DEFAULT_DB
