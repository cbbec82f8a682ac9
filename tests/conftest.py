"""Shared test fixtures: paths to the seed and to ../shared/datasets (absent on some machines)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "responses" / "2022" / "msq_2022_denmark.txt"
SHARED_DATASETS = ROOT.parent / "shared" / "datasets"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def shared_datasets() -> Path:
    if not SHARED_DATASETS.is_dir():
        pytest.skip(f"real reference datasets not found at {SHARED_DATASETS} (they live beside the checkout in "
                    "shared/datasets on the team's machines and in CI)")
    return SHARED_DATASETS
