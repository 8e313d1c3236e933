"""Which theme the app wears: --theme for this run, else the settings (the quiet theme
in discreet mode unless one was picked), and keeping a theme chosen in the palette."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.dom import DOMNode

from companion.content.vocabulary import say
from companion.ui.session import Session
from companion.ui.themes import DEFAULT_THEME, DISCREET_THEME, load_themes


class ThemeChoice:
    """The app's own themes (each checked for contrast), and which one is on."""

    def __init__(self, app: App[Any], session: Session, requested: str | None, demo: bool = False) -> None:
        self._app = app
        self._session = session
        self._requested = requested
        self._demo = demo  # `companion demo`: said in the title
        self._applied: str | None = None
        themes = load_themes()
        self.problems = themes.problems
        self.descriptions = themes.descriptions
        for item in themes.themes.values():
            app.register_theme(item)
        if themes.themes:  # only our own themes: each one is checked for contrast
            for name in list(app.available_themes):
                if name not in themes.themes:
                    app.unregister_theme(name)

    def apply_settings(self) -> None:
        """Title and theme follow the settings (and --theme for this run)."""
        app, settings = self._app, self._session.snapshot.settings
        app.title = say("app.title", settings.discreet) + (" · demo" if self._demo else "")
        wanted = self._requested or settings.theme or DEFAULT_THEME
        if settings.discreet and not self._requested and not settings.theme_chosen:
            wanted = DISCREET_THEME  # the quiet theme, unless the person picked one
        if wanted not in app.available_themes:
            if self._requested:
                self.problems.append(f"There is no theme called {wanted!r}; `companion themes` lists them.")
                self._requested = None
            wanted = DEFAULT_THEME if DEFAULT_THEME in app.available_themes else next(iter(app.available_themes))
        self._applied = wanted
        if app.is_running:
            app.theme = wanted
        elif wanted != app.theme:
            # Before start-up the stylesheet is not parsed yet: set the theme without
            # the watcher, which would parse every rule a second time after the first.
            app.set_reactive(App.theme, wanted)
            app.stylesheet.set_variables(app.get_css_variables())
            dark = app.current_theme.dark
            app.update_classes({**{name: False for name in app.classes if name.startswith("-theme-")},
                                f"-theme-{wanted}": True, "-dark-mode": dark, "-light-mode": not dark},
                               update=False)

    def keep_chosen(self, _theme: object = None) -> None:
        """Keep the chosen theme (from the palette or --theme) for next time.

        Settings previews themes and saves on its own, so nothing is written meanwhile.
        """
        app, session = self._app, self._session
        if getattr(app.screen, "PREVIEWS_THEME", False) or not session.set_up:
            return
        if app.theme == self._applied and app.theme != self._requested:
            return  # what the settings asked for, not a choice
        if app.theme != session.snapshot.settings.theme and app.theme in self.descriptions:
            self._applied = app.theme
            session.perform(lambda: session.repo.setup.update_settings(theme=app.theme, theme_chosen=True))


def theme_choice_of(node: DOMNode) -> ThemeChoice:
    """The theme choice of the app this screen or widget belongs to."""
    choice = getattr(node.app, "themes", None)
    if not isinstance(choice, ThemeChoice):
        raise RuntimeError("This widget is not running inside the Companion app.")
    return choice
