"""Shared test fixtures: the path to the seed response (Denmark, 2022)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "responses" / "2022" / "msq_2022_denmark.txt"


@pytest.fixture
def seed_path() -> Path:
    return SEED

