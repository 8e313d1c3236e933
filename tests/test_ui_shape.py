"""The shape of ui/: a small app file, and classes that are one chain, not mixins."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Static

import companion.ui
from companion.ui.session import session_of

# Every class in ui/ has one base besides its Textual one (STYLE.md: widgets talk to
# their screen with messages, not through shared mixin attributes).
STILL_MIXED: set[str] = set()  # none left: the timer composes its parts too


def ui_classes() -> list[type]:
    found = []
    for info in pkgutil.walk_packages(companion.ui.__path__, "companion.ui."):
        module = importlib.import_module(info.name)
        found += [value for value in vars(module).values()
                  if inspect.isclass(value) and value.__module__ == info.name]
    return found


def test_every_ui_class_has_one_base() -> None:
    classes = ui_classes()
    assert len(classes) > 50  # the walk found the screens, dialogs and widgets
    mixed = sorted(c.__name__ for c in classes if len(c.__bases__) > 1 and c.__name__ not in STILL_MIXED)
    assert mixed == []


def test_the_app_file_only_wires() -> None:
    app_file = Path(companion.ui.__file__).parent / "app.py"
    assert len(app_file.read_text(encoding="utf-8").splitlines()) < 200


async def test_a_widget_outside_companion_has_no_session() -> None:
    class Bare(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield Static("hi")

    app = Bare()
    async with app.run_test():
        with pytest.raises(RuntimeError, match="not running inside the Companion app"):
            session_of(app.query_one(Static))
