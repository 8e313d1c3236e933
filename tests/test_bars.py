"""The one-line title bar and key bar that replace Textual's Header and Footer."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Input, Static

from companion.ui.widgets.bars import KeyBar, TitleBar


class Bars(App[None]):
    AUTO_FOCUS = None  # the input takes letter keys when focused; tests focus it when they mean to
    BINDINGS = [Binding("x", "press('x')", "Mark"), Binding("y", "press('y')", "Hidden", show=False),
                Binding("z", "off", "Not now")]

    def __init__(self) -> None:
        super().__init__()
        self.pressed: list[str] = []

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield Static("body")
        yield Input(id="field")
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = "Companion"
        self.sub_title = "Thursday 26 November"

    def action_press(self, key: str) -> None:
        self.pressed.append(key)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return None if action == "off" else True  # None: shown, but disabled


def line(app: App[None], widget: type) -> str:
    return app.query_one(widget).render_line(0).text


async def test_title_bar_shows_title_and_subtitle_and_follows_them() -> None:
    app = Bars()
    async with app.run_test(size=(80, 5)) as pilot:
        await pilot.pause()
        assert "Companion — Thursday 26 November" in line(app, TitleBar)
        app.screen.sub_title = "Settings"
        await pilot.pause()
        assert "Companion — Settings" in line(app, TitleBar)
        assert "Thursday" not in line(app, TitleBar)


async def test_title_bar_shortens_a_long_title_instead_of_wrapping() -> None:
    app = Bars()
    async with app.run_test(size=(30, 5)) as pilot:
        app.screen.sub_title = "A very long subtitle that cannot fit at all"
        await pilot.pause()
        text = line(app, TitleBar)
        assert text.rstrip().endswith("…")
        assert len(text) <= 30


async def test_key_bar_lists_shown_keys_and_the_palette_key() -> None:
    app = Bars()
    async with app.run_test(size=(80, 5)) as pilot:
        await pilot.pause()
        text = line(app, KeyBar)
        assert " x Mark " in text
        assert "Hidden" not in text
        assert "Not now" in text
        assert text.rstrip().endswith("^p palette")


async def test_key_bar_follows_focus() -> None:
    app = Bars()
    async with app.run_test(size=(80, 5)) as pilot:
        await pilot.pause()
        before = line(app, KeyBar)
        app.query_one(Input).focus()
        await pilot.pause()
        after = line(app, KeyBar)
        assert " x Mark " in before
        assert "Mark" not in after  # a focused input takes letter keys, so x is not offered


async def test_clicking_a_key_presses_it_and_a_disabled_one_does_not() -> None:
    app = Bars()
    async with app.run_test(size=(80, 5)) as pilot:
        await pilot.pause()
        text = line(app, KeyBar)
        await pilot.click(KeyBar, offset=(text.index(" x Mark") + 1, 0))
        assert app.pressed == ["x"]
        await pilot.click(KeyBar, offset=(text.index("Not now"), 0))
        await pilot.click(KeyBar, offset=(text.index("^p") - 3, 0))  # the gap before the palette
        assert app.pressed == ["x"]


async def test_the_key_under_the_mouse_is_highlighted() -> None:
    app = Bars()
    async with app.run_test(size=(80, 5)) as pilot:
        await pilot.pause()
        bar = app.query_one(KeyBar)
        plain = bar.render_line(0)
        await pilot.hover(KeyBar, offset=(2, 0))
        await pilot.pause()
        lit = bar.render_line(0)
        assert lit.text == plain.text
        assert [s.style for s in lit][:2] != [s.style for s in plain][:2]
