"""Every test gets its own data file, config folder, fixed clock and zone."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXED_NOW = "2026-11-26T09:00:00+00:00"


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every path at tmp_path and freeze the clock; returns the data file."""
    data = tmp_path / "data" / "companion.json"
    monkeypatch.setenv("COMPANION_DATA_FILE", str(data))
    monkeypatch.setenv("COMPANION_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("COMPANION_NOW", FIXED_NOW)
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.delenv("NO_COLOR", raising=False)
    return data


@pytest.fixture
def data_file(isolated: Path) -> Path:
    """The isolated data file path (not created yet)."""
    return isolated
