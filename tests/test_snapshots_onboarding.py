"""Snapshots of the onboarding wizard at 80x24 with a fixed clock and a fixed shown path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import Input

from companion.store.repository import Repository
from tests.app_helpers import app_for

SHOWN_PATH = Path("/home/sam/.local/share/companion/companion.json")


class ShownPathRepository(Repository):
    """The real repository on the test's file, showing the same path in every run."""

    @property
    def path(self) -> Path:
        return SHOWN_PATH


def wizard(data_file: Path) -> Any:
    return app_for(ShownPathRepository(data_file))


async def steady(pilot: Any) -> None:
    """No blinking cursor in a screenshot."""
    await pilot.pause()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False


async def fill_breakup(pilot: Any, last_contact: str = "3 days ago") -> None:
    """Welcome -> You -> the breakup, with two dates, 2-5 years and broken trust."""
    await steady(pilot)
    await pilot.press("pagedown")
    await pilot.press(*"Sam", "enter", *"Alex", "enter")
    await pilot.press(*"2026-11-20", "enter", *last_contact)
    await pilot.press("tab", "right", "right", "right", "space", "tab", "right", "space")
    await pilot.pause()


def test_welcome_80x24(snap_compare: Any, data_file: Path) -> None:
    assert snap_compare(wizard(data_file), terminal_size=(80, 24), run_before=steady)


def test_breakup_with_error_80x24(snap_compare: Any, data_file: Path) -> None:
    async def before(pilot: Any) -> None:
        await fill_breakup(pilot, last_contact="2026-11-18")
        await pilot.press("shift+tab", "shift+tab", "shift+tab")  # back to the field
        await pilot.pause()

    assert snap_compare(wizard(data_file), terminal_size=(80, 24), run_before=before)


def test_period_with_recommendation_80x24(snap_compare: Any, data_file: Path) -> None:
    async def before(pilot: Any) -> None:
        await fill_breakup(pilot)
        await pilot.press("pagedown")
        await pilot.pause()

    assert snap_compare(wizard(data_file), terminal_size=(80, 24), run_before=before)


def test_summary_80x24(snap_compare: Any, data_file: Path) -> None:
    async def before(pilot: Any) -> None:
        await fill_breakup(pilot)
        await pilot.press("pagedown", "pagedown")
        await pilot.press(*"I want my evenings back", "enter", *"I deserve calm", "pagedown")
        await pilot.press("pagedown")
        await pilot.pause()

    assert snap_compare(wizard(data_file), terminal_size=(80, 24), run_before=before)


def test_welcome_160x48(snap_compare: Any, data_file: Path) -> None:
    assert snap_compare(wizard(data_file), terminal_size=(160, 48), run_before=steady)
