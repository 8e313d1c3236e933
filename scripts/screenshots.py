"""Regenerate screenshots/*.svg: every screen and dialog at 100x32, and Today in each theme.

    python scripts/screenshots.py

Each shot starts from the same demo data (fixed seed) and a fixed clock, so running
it twice gives byte-identical files.
"""

from __future__ import annotations

import asyncio
import shutil
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pendulum

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.clock import MovableSource  # noqa: E402
from companion.demo import DEMO_NOW, build_demo  # noqa: E402
from companion.store.repository import Repository  # noqa: E402
from companion.ui.app import CompanionApp, make_app  # noqa: E402

SIZE = (100, 32)
OUT = ROOT / "screenshots"

Steps = Callable[[Any], Awaitable[None]]


def keys(*presses: str) -> Steps:
    """Press keys one after another, letting the app settle after each."""

    async def run(pilot: Any) -> None:
        for key in presses:
            await pilot.press(key)
            await pilot.pause()

    return run


async def nothing(pilot: Any) -> None:
    """Take the screen as it opens."""


SHOTS: list[tuple[str, Steps, dict[str, Any]]] = [
    ("today", nothing, {}),
    ("help", keys("question_mark"), {}),
    ("log-urge", keys("u", "7"), {}),
    ("they-contacted", keys("t"), {}),
    ("i-contacted", keys("i"), {}),
    ("i-contacted-restart", keys("i", "ctrl+s"), {}),
    ("mood", keys("m", "4"), {}),
    ("journal", keys("j"), {}),
    ("timer", keys("p", "8"), {}),
    ("planner", keys("w"), {}),
    ("history", keys("h"), {}),
    ("settings", keys("s"), {}),
    ("checked-on-them", keys("c"), {}),
    ("workbook", keys("b"), {}),
    ("goals", keys("g"), {}),
    ("check-in", keys("k"), {}),
    ("insights", keys("h", "4"), {}),
    ("growth", keys("h", "5"), {}),
    ("timer-forecast", keys("p", "8", "e", "6"), {}),
]

ONBOARDING = "onboarding"
EXAMPLE_PATH = Path("/home/robin/.local/share/companion/companion.json")


def settle_cursors(app: CompanionApp) -> None:
    """Stop cursors blinking so that every capture is the same."""
    for widget in app.screen.query("Input, TextArea"):
        widget.cursor_blink = False  # type: ignore[attr-defined]


async def capture(name: str, steps: Steps, folder: Path, theme: str | None = None,
                  empty: bool = False) -> None:
    """Open the app on fresh demo data, run the steps, save the SVG."""
    # Onboarding writes nothing before Start, and shows the data file's path: show a
    # typical one rather than a random temporary folder.
    path = EXAMPLE_PATH if empty else folder / name / "companion.json"
    source = MovableSource(pendulum.parse(DEMO_NOW))  # type: ignore[arg-type]
    if not empty:
        build_demo(path)
    app = make_app(Repository(path, source=source), theme=theme)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await steps(pilot)
        await pilot.pause(0.3)
        settle_cursors(app)
        await pilot.pause()
        svg = app.export_screenshot(title=f"Companion — {name.replace('-', ' ')}")
    (OUT / f"{name}.svg").write_text(svg, encoding="utf-8")
    print(f"screenshots/{name}.svg")


async def main() -> None:
    OUT.mkdir(exist_ok=True)
    # A fixed folder (emptied first): Settings shows the data file's path.
    folder = Path(tempfile.gettempdir()) / "companion-screenshots"
    shutil.rmtree(folder, ignore_errors=True)
    try:
        for name, steps, options in SHOTS:
            try:
                await capture(name, steps, folder, **options)
            except Exception as error:  # a screen not built yet must not stop the others
                print(f"skipped {name}: {error!r}", file=sys.stderr)
        await capture(ONBOARDING, nothing, folder, empty=True)
        for theme in ("companion-calm", "companion-warm", "companion-contrast", "companion-quiet"):
            await capture(f"today-{theme.removeprefix('companion-')}", nothing, folder, theme=theme)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    asyncio.run(main())
