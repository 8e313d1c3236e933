"""Steady widgets give the compositor their last lines again, and never stale ones."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widgets import Static

from companion.ui.widgets.steady import SteadyStatic, SteadyVertical
from tests.textual_internals import painted_strips


class Steady(App[None]):
    CSS = """
    #quiet { background: $primary; }
    #quiet.calm { background: blue; }
    SteadyVertical { height: 3; background: green; }
    """

    def compose(self) -> ComposeResult:
        yield SteadyStatic("first words", id="quiet")
        with SteadyVertical():
            yield Static("inside")


def shown(app: App[None], row: int) -> str:
    return painted_strips(app.screen)[row].text


def background_at(app: App[None], row: int) -> str:
    strip = painted_strips(app.screen)[row]
    style = next(iter(strip)).style
    assert style is not None and style.bgcolor is not None
    return style.bgcolor.name


async def test_unchanged_lines_are_handed_back_as_they_were() -> None:
    app = Steady()
    async with app.run_test(size=(30, 6)) as pilot:
        await pilot.pause()
        quiet = app.query_one("#quiet", SteadyStatic)
        crop = Region(0, 0, *quiet.size)
        first = quiet.render_lines(crop)
        assert quiet.render_lines(crop) is first  # nothing changed: the very same lines
        assert quiet.render_lines(Region(0, 0, 10, 1)) is not first  # another crop is drawn


async def test_new_content_is_drawn() -> None:
    app = Steady()
    async with app.run_test(size=(30, 6)) as pilot:
        await pilot.pause()
        assert shown(app, 0).startswith("first words")
        app.query_one("#quiet", SteadyStatic).update("second words")
        await pilot.pause()
        assert shown(app, 0).startswith("second words")


async def test_a_new_class_or_theme_restyles_it() -> None:
    app = Steady()
    async with app.run_test(size=(30, 6)) as pilot:
        await pilot.pause()
        quiet = app.query_one("#quiet", SteadyStatic)
        primary = background_at(app, 0)
        app.theme = "nord" if app.theme != "nord" else "gruvbox"
        await pilot.pause()
        assert background_at(app, 0) not in (primary, "#0000ff")  # the new theme's primary
        quiet.add_class("calm")
        await pilot.pause()
        assert background_at(app, 0) == "#0000ff"
        assert background_at(app, 2) == "#008000" and shown(app, 1).startswith("inside")


async def test_a_new_size_is_drawn_at_that_size() -> None:
    app = Steady()
    async with app.run_test(size=(30, 6)) as pilot:
        await pilot.pause()
        await pilot.resize_terminal(20, 6)
        await pilot.pause()
        assert len(shown(app, 0)) == 20 and shown(app, 0).startswith("first words")
