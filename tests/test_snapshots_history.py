"""Snapshots of History's tabs with six weeks of believable data and a fixed clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app_helpers import app_for
from tests.history_data import history_repo


def history_app(path: Path, discreet: bool = False):
    repo, _ = history_repo(path, discreet)
    return app_for(repo)


@pytest.mark.parametrize("tab", ["1", "2", "3", "4"])
def test_history_tabs_80x24(snap_compare, data_file: Path, tab: str) -> None:
    assert snap_compare(history_app(data_file), terminal_size=(80, 24), press=["h", tab])


def test_timeline_filtered_to_urges_80x24(snap_compare, data_file: Path) -> None:
    assert snap_compare(history_app(data_file), terminal_size=(80, 24), press=["h", "u", "down"])


def test_unsent_message_read_in_full_80x24(snap_compare, data_file: Path) -> None:
    assert snap_compare(history_app(data_file), terminal_size=(80, 24),
                        press=["h", "3", "down", "down", "enter"])


def test_timeline_discreet_80x24(snap_compare, data_file: Path) -> None:
    assert snap_compare(history_app(data_file, discreet=True), terminal_size=(80, 24), press=["h", "c"])


@pytest.mark.parametrize("tab", ["1", "4"])
def test_history_160x48(snap_compare, data_file: Path, tab: str) -> None:
    assert snap_compare(history_app(data_file), terminal_size=(160, 48), press=["h", tab])
