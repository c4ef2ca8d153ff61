"""Fixtures for the adversarial suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from .measure import FACTCLI


@pytest.fixture(scope="session")
def factcli_bin() -> Path:
    """The console script installed beside the interpreter running the tests."""
    if not FACTCLI.exists():
        pytest.fail(f"factcli is not installed beside {FACTCLI.parent}")
    return FACTCLI
