"""CompanionApp and make_app(): wires the repository, themes, screens and the palette."""

from __future__ import annotations

import asyncio
import gc
import signal
import sys
import threading
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.signal import Signal

from companion.content.vocabulary import palette_entry, say
from companion.domain.text import hide_name
from companion.store.errors import DataFileError
from companion.store.repository import Repository, Snapshot
from companion.ui import actions
from companion.ui.panic_keys import panic_bindings
from companion.ui.growth_actions import PALETTE as GROWTH_PALETTE, GrowthActions
from companion.ui.notices import OnScreenNotices
from companion.ui.themes import DEFAULT_THEME, DISCREET_THEME, load_themes

T = TypeVar("T")
POLL_SECONDS = 2.0
STARTED_SECONDS = 1.0


class CompanionApp(GrowthActions, App[None]):
    """The Companion terminal app."""

    CSS_PATH = "app.tcss"
    TITLE = "Companion"
    BINDINGS = [
        *panic_bindings(),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("q", "quit", "Quit", show=False),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
    ]

    def __init__(self, repo: Repository, theme: str | None = None,
                 panic_minutes: int | None = None, demo_note: str = "") -> None:
        from companion.ui.safe_text import install

        install()  # stored text drawn without terminal controls (see safe_text.py)
        snapshot = repo.load()
        # The first screen's rules are parsed with the app's: a screen that brings a
        # stylesheet of its own makes Textual parse every rule again as it opens.
        first = "screens/timer.tcss" if _opens_timer(snapshot, panic_minutes) else "screens/today.tcss"
        super().__init__(css_path=[self.CSS_PATH, first])
        self.repo = repo
        self.snapshot: Snapshot = snapshot
        self.panic_minutes = panic_minutes
        self.demo_note = demo_note  # `companion demo`: said in the title and on Today
        self._notices = OnScreenNotices()
        self.data_changed: Signal[Snapshot] = Signal(self, "data-changed")
        self._fingerprint = repo.db.fingerprint()
        self._today = self.clock.today()
        themes = load_themes()
        self.theme_problems = themes.problems
        self.theme_descriptions = themes.descriptions
        for item in themes.themes.values():
            self.register_theme(item)
        if themes.themes:  # only our own themes: each one is checked for contrast
            for name in list(self.available_themes):
                if name not in themes.themes:
                    self.unregister_theme(name)
        self._requested_theme = theme
        self.apply_settings()

    # State -------------------------------------------------------------------

    @property
    def clock(self) -> Any:
        """The user's clock, from the current settings."""
        return self.repo.clock(self.snapshot.settings)

    @property
    def discreet(self) -> bool:
        """Neutral wording, no ex's name anywhere."""
        return self.snapshot.settings.discreet

    def notify(self, message: str, *, title: str = "", severity: Any = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """A notice, once: the same words are not stacked while they are still on screen.
        In discreet mode the ex's name in any notice is put as "them"."""
        settings, profile = self.snapshot.settings, self.snapshot.profile
        if settings.discreet and profile is not None and profile.ex_name.strip():
            message = hide_name(message, profile.ex_name)
        seconds = self.NOTIFICATION_TIMEOUT if timeout is None else timeout
        if self._notices.first_time(message, title, seconds):
            super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def apply_settings(self) -> None:
        """Title and theme follow the settings (and --theme for this run)."""
        settings = self.snapshot.settings
        self.title = say("app.title", settings.discreet) + (" · demo" if self.demo_note else "")
        wanted = self._requested_theme or settings.theme or DEFAULT_THEME
        if settings.discreet and not self._requested_theme and not settings.theme_chosen:
            wanted = DISCREET_THEME  # the quiet theme, unless the person picked one
        if wanted not in self.available_themes:
            if self._requested_theme:
                self.theme_problems.append(
                    f"There is no theme called {wanted!r}; `companion themes` lists them.")
                self._requested_theme = None
            wanted = DEFAULT_THEME if DEFAULT_THEME in self.available_themes else next(iter(self.available_themes))
        self._applied_theme = wanted
        if self.is_running:
            self.theme = wanted
        elif wanted != self.theme:
            # Before start-up the stylesheet is not parsed yet: set the theme without
            # the watcher, which would parse every rule a second time after the first.
            self.set_reactive(App.theme, wanted)
            self.stylesheet.set_variables(self.get_css_variables())
            dark = self.current_theme.dark
            self.update_classes({**{name: False for name in self.classes if name.startswith("-theme-")},
                                 f"-theme-{wanted}": True, "-dark-mode": dark, "-light-mode": not dark},
                                update=False)

    def _save_theme(self, _theme: object = None) -> None:
        """Keep the chosen theme (from the palette or --theme) for next time.

        Settings previews themes and saves on its own, so nothing is written meanwhile.
        """
        if getattr(self.screen, "PREVIEWS_THEME", False) or self.snapshot.profile is None:
            return
        if self.theme == self._applied_theme and self.theme != self._requested_theme:
            return  # what the settings asked for, not a choice
        if self.theme != self.snapshot.settings.theme and self.theme in self.theme_descriptions:
            self._applied_theme = self.theme
            self.perform(lambda: self.repo.update_settings(theme=self.theme, theme_chosen=True))

    def reload(self) -> None:
        """Re-read the file and tell every screen (after our own write or someone else's)."""
        try:
            self.snapshot = self.repo.load()
        except DataFileError as error:
            self.notify(str(error), severity="error", timeout=10)
            return
        self._fingerprint = self.repo.db.fingerprint()
        self._today = self.clock.today()
        self.data_changed.publish(self.snapshot)

    def perform(self, operation: Callable[[], T]) -> T | None:
        """Run a repository write; on failure say why and keep everything as it was."""
        try:
            result = operation()
        except DataFileError as error:
            self.notify(str(error), title="Not saved", severity="error", timeout=10)
            return None
        except (ValueError, LookupError) as error:
            self.notify(str(error), title="Not saved", severity="warning")
            return None
        self.reload()
        return result

    def poll_from_tick(self, ticking: bool) -> None:
        """While a screen ticks once a second, it calls `poll` from its tick and the
        app's own poll timer rests: one wake-up a second instead of two clocks."""
        if ticking:
            self._poll_timer.pause()
        else:
            self._poll_timer.resume()

    def poll(self) -> None:
        """Notice another process's write, and the day rolling over."""
        if self.repo.db.fingerprint() != self._fingerprint or self.clock.today() != self._today:
            self.reload()

    # Lifecycle ---------------------------------------------------------------

    def _exit_on_signals(self) -> None:
        """SIGTERM and SIGHUP end the app cleanly, giving the terminal back.

        Only where signal handlers can be set: a POSIX event loop in the main thread
        (Windows has no SIGHUP and its event loop takes no handlers).
        """
        if sys.platform == "win32" or threading.current_thread() is not threading.main_thread():
            return
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGHUP):
            loop.add_signal_handler(sig, self.exit)

    def on_mount(self) -> None:
        self._exit_on_signals()
        for problem in self.theme_problems:
            self.notify(problem, title="Theme skipped", severity="warning", timeout=8)
        self._poll_timer = self.set_interval(POLL_SECONDS, self.poll)
        self.theme_changed_signal.subscribe(self, self._save_theme)
        self._save_theme()
        self.open_first_screen()
        # Callbacks for "after the next refresh" can run before the first frame (it
        # waits for the terminal's size): a second later the first screen is up.
        self.set_timer(STARTED_SECONDS, self._started)

    def open_first_screen(self) -> None:
        """Onboarding on first run; otherwise Today, or the timer if asked for or running."""
        if self.snapshot.profile is None:
            from companion.ui.screens.onboarding import OnboardingScreen

            def after_onboarding(started: bool | None) -> None:
                if started:
                    self.reload()
                    self.apply_settings()
                    self.open_first_screen()
                else:
                    self.exit()

            self.push_screen(OnboardingScreen(), after_onboarding)
            if _opens_timer(self.snapshot, self.panic_minutes):
                # `companion panic` before setup: the wait first, with general support;
                # setup waits underneath and is offered once the timer closes.
                from companion.ui.screens.timer import TimerScreen

                minutes, self.panic_minutes = self.panic_minutes or None, None
                self.push_screen(TimerScreen(minutes), self._after_timer)
            return
        if _opens_timer(self.snapshot, self.panic_minutes):
            # Straight into the timer (asked for, or still running): Today is built
            # only once the timer closes, so the countdown paints as early as it can.
            from companion.ui.screens.timer import TimerScreen

            minutes, self.panic_minutes = self.panic_minutes or None, None
            self.push_screen(TimerScreen(minutes), lambda _: self._ensure_today())
        else:
            self._ensure_today()

    @staticmethod
    def _started() -> None:
        """The first screen is up: keep what start-up built out of later collections.

        `companion` turns the garbage collector off while it starts (see ui/run.py):
        start-up only builds objects that live as long as the app.
        """
        gc.freeze()
        gc.enable()

    def _ensure_today(self) -> None:
        """Today, once: the first screen, and what is left under a timer opened at start-up."""
        from companion.ui.screens.today import TodayScreen

        if not any(isinstance(screen, TodayScreen) for screen in self.screen_stack):
            self.push_screen(TodayScreen())

    # Actions -------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The panic keys hide where they would do nothing: in the timer's own flow,
        and `p` while the focus is in a text field (it types a p there)."""
        if action in ("panic_key", "panic_anywhere"):
            if self._in_timer_flow():
                return False
            if action == "panic_key" and _is_text_field(self.focused):
                return False
        return True

    def _in_timer_flow(self) -> bool:
        """Whether the timer is on top, or under the dialogs on top (its own steps)."""
        for screen in reversed(self.screen_stack):
            if getattr(screen, "IS_TIMER", False):
                return True
            if not screen.is_modal:
                return False
        return False

    def action_panic(self, minutes: int | None = None) -> None:
        """Open the impulse-delay timer over whatever is open (a dialog keeps what was
        typed underneath), or go back to the running one. Works before setup too."""
        from companion.ui.screens.timer import TimerScreen

        if self._in_timer_flow():
            return
        for screen in self.screen_stack:
            if isinstance(screen, TimerScreen):
                while self.screen is not screen:
                    self.pop_screen()
                return
        self.push_screen(TimerScreen(minutes), self._after_timer)

    def action_panic_key(self) -> None:
        """`p`: the timer, wherever the focus is not in a text field."""
        self.action_panic()

    def action_panic_anywhere(self) -> None:
        """ctrl+t: the same timer, even from inside a text field."""
        self.action_panic()

    def _after_timer(self, _result: object = None) -> None:
        """Before setup: the wait is over, now (not mid-urge) setting up is offered."""
        if self.snapshot.profile is None:
            from companion.content.panic import OFFER_SETUP

            self.notify(OFFER_SETUP, title="When you are ready", timeout=12)

    def action_log_urge(self) -> None:
        """Log an urge after the fact."""
        from companion.ui.dialogs.log_urge import LogUrgeDialog

        self._open_dialog(LogUrgeDialog())

    def action_they_contacted(self) -> None:
        """They reached out: log it and get the reply guidance."""
        from companion.ui.dialogs.they_contacted import TheyContactedDialog

        self._open_dialog(TheyContactedDialog())

    def action_checked_on_them(self) -> None:
        """They were looked up: counted, never a slip."""
        from companion.ui.dialogs.checked import CheckedDialog

        self._open_dialog(CheckedDialog())

    def action_i_contacted(self) -> None:
        """The user reached out: essential, or a slip (a restart point)."""
        from companion.ui.dialogs.i_contacted import IContactedDialog

        self._open_dialog(IContactedDialog())

    def action_mood(self) -> None:
        """A mood check-in."""
        from companion.ui.dialogs.mood import MoodDialog

        self._open_dialog(MoodDialog())

    def action_journal(self) -> None:
        """A journal entry."""
        from companion.ui.dialogs.journal import JournalDialog

        self._open_dialog(JournalDialog())

    def action_planner(self) -> None:
        """The week planner."""
        from companion.ui.screens.planner import PlannerScreen

        self._open_screen(PlannerScreen)

    def action_history(self) -> None:
        """History & insights: the timeline, the periods, unsent messages, the charts."""
        from companion.ui.screens.history import HistoryScreen

        self._open_screen(HistoryScreen)

    def _open_dialog(self, dialog: Screen[Any]) -> None:
        if self.snapshot.profile is None:
            return
        if type(self.screen) is type(dialog):
            return
        self.push_screen(dialog)

    def _open_screen(self, kind: type[Screen[Any]]) -> None:
        """Go to a screen: back to it if it is open already, else open it."""
        if self.snapshot.profile is None:
            return
        for screen in self.screen_stack:
            if isinstance(screen, kind):
                while self.screen is not screen:
                    self.pop_screen()
                return
        self.push_screen(kind())

    def action_settings(self) -> None:
        """Settings."""
        from companion.ui.screens.settings import SettingsScreen

        self._open_screen(SettingsScreen)

    def action_data(self, what: str) -> None:
        """A Settings data or privacy action from anywhere (the palette)."""
        from companion.ui import data_actions

        data_actions.run(self, what)

    def restart_from_onboarding(self) -> None:
        """After a reset: back to the first screen, which is onboarding again."""
        self.reload()
        while len(self.screen_stack) > 1:
            self.pop_screen()
        # From the app's own queue: a screen pushed from inside the closing dialog's
        # handler would report back to that dialog, which is gone by then.
        self.call_later(self.open_first_screen)

    def action_help(self) -> None:
        """Show every key for this screen and the app."""
        from companion.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every action of the app in the command palette."""
        if self.snapshot.profile is not None:
            for title, help_text, action in (*actions.PALETTE, *GROWTH_PALETTE):
                title, help_text = palette_entry(action, title, help_text, self.discreet)
                yield SystemCommand(title, help_text, lambda a=action: self.run_action(a))
        screen_commands = getattr(screen, "palette_commands", None)
        if screen_commands:
            yield from screen_commands()
        for command in super().get_system_commands(screen):
            # "Screenshot" would save a private screen to a file; "Keys" lists the keys
            # in their normal words, and `?` (our help) lists them in the person's own.
            if command.title not in ("Screenshot", "Keys"):
                yield command


def _opens_timer(snapshot: Snapshot, panic_minutes: int | None) -> bool:
    """Whether the app opens on the timer: asked for, or one still running (set up or not)."""
    return panic_minutes is not None or snapshot.timer is not None


def _is_text_field(widget: object) -> bool:
    """An Input or a TextArea: single keys type text there (TextArea is not imported
    to ask: the timer loads it only when someone writes)."""
    return any(kind.__name__ in ("Input", "TextArea") for kind in type(widget).__mro__)


def make_app(repo: Repository, theme: str | None = None,
             panic_minutes: int | None = None, demo_note: str = "") -> CompanionApp:
    """Build the app for a repository; used by the CLI and the tests alike."""
    return CompanionApp(repo, theme=theme, panic_minutes=panic_minutes, demo_note=demo_note)
