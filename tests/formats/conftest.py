"""Fixtures for the format loaders: the committed sample files and small documents built per test."""
from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
GENERATED = FIXTURES / "generated"
GENERATED_ISO3 = ("TUR", "CIV", "VNM")


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def generated() -> Path:
    return GENERATED
