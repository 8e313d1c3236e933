"""CompanionApp and make_app(): wires the session, themes, screens and the palette.

What the app does lives beside it: the data file in session.py, the walk between
screens in navigation.py, the palette in actions.py; each `action_*` here is the
name a key or the palette calls, and hands over in a line.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from companion.domain.text import hide_name
from companion.store.repository import Repository
from companion.ui import actions, data_actions, growth_actions, navigation, startup
from companion.ui.notices import OnScreenNotices
from companion.ui.panic_keys import panic_bindings
from companion.ui.session import Session
from companion.ui.theme_choice import ThemeChoice
from companion.ui.typed_ahead import FOCUS_KEYS, TypedAhead


class CompanionApp(App[None]):
    """The Companion terminal app."""

    CSS_PATH = "app.tcss"
    TITLE = "Companion"
    BINDINGS = [
        *panic_bindings(),
        *FOCUS_KEYS,
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
        first = "screens/timer.tcss" if startup.opens_timer(snapshot, panic_minutes) else "screens/today.tcss"
        super().__init__(css_path=[self.CSS_PATH, first])
        self.session = Session(self, repo, snapshot)
        self.panic_minutes = panic_minutes
        self.demo_note = demo_note  # `companion demo`: said in the title and on Today
        self._notices = OnScreenNotices()
        self.typed_ahead = TypedAhead(self)
        self.themes = ThemeChoice(self, self.session, theme, demo=bool(demo_note))
        self.apply_settings()

    def notify(self, message: str, *, title: str = "", severity: Any = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """A notice, once: the same words are not stacked while they are still on screen.
        In discreet mode the ex's name in any notice is put as "them"."""
        settings, profile = self.session.snapshot.settings, self.session.snapshot.profile
        if settings.discreet and profile is not None and profile.ex_name.strip():
            message = hide_name(message, profile.ex_name)
        seconds = self.NOTIFICATION_TIMEOUT if timeout is None else timeout
        if self._notices.first_time(message, title, seconds):
            super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def apply_settings(self) -> None:
        """Title and theme follow the settings (and --theme for this run)."""
        self.themes.apply_settings()

    async def on_event(self, event: events.Event) -> None:
        """Text typed while a screen opens goes to that screen (see ui/typed_ahead.py)."""
        if not (isinstance(event, events.Key) and self.typed_ahead.holds(event)):
            await super().on_event(event)

    def on_mount(self) -> None:
        startup.exit_on_signals(self)
        for problem in self.themes.problems:
            self.notify(problem, title="Theme skipped", severity="warning", timeout=8)
        self.session.start_polling()
        self.theme_changed_signal.subscribe(self, self.themes.keep_chosen)
        self.themes.keep_chosen()
        self.open_first_screen()
        # A second on, the first screen (whichever it is) is up: see startup.started.
        self.set_timer(startup.STARTED_SECONDS, startup.started)

    def open_first_screen(self) -> None:
        """Onboarding on first run; otherwise Today, or the timer if asked for or running."""
        minutes, self.panic_minutes = self.panic_minutes, None
        startup.open_first_screen(self, minutes, self._after_onboarding)

    def _after_onboarding(self, started: bool | None) -> None:
        if started:
            self.session.reload()
            self.apply_settings()
            self.open_first_screen()
        else:
            self.exit()

    def restart_from_onboarding(self) -> None:
        """After a reset: back to the first screen, which is onboarding again."""
        self.session.reload()
        while len(self.screen_stack) > 1:
            self.pop_screen()
        # From the app's own queue: a screen pushed from inside the closing dialog's
        # handler would report back to that dialog, which is gone by then.
        self.call_later(self.open_first_screen)

    # Actions (the names keys and the palette call) -----------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The panic keys hide where they would do nothing (see ui/navigation.py)."""
        if action in ("panic_key", "panic_anywhere"):
            return navigation.panic_key_works(self, action)
        return True

    def action_panic(self, minutes: int | None = None) -> None:
        """The impulse-delay timer, over whatever is open, or back to the running one."""
        navigation.panic(self, minutes)

    def action_panic_key(self) -> None:
        """`p`: the timer, wherever the focus is not in a text field."""
        navigation.panic(self)

    def action_panic_anywhere(self) -> None:
        """ctrl+t: the same timer, even from inside a text field."""
        navigation.panic(self)

    def action_log_urge(self) -> None:
        from companion.ui.dialogs.log_urge import LogUrgeDialog
        navigation.open_dialog(self, LogUrgeDialog())

    def action_they_contacted(self) -> None:
        from companion.ui.dialogs.they_contacted import TheyContactedDialog
        navigation.open_dialog(self, TheyContactedDialog())

    def action_checked_on_them(self) -> None:
        from companion.ui.dialogs.checked import CheckedDialog
        navigation.open_dialog(self, CheckedDialog())

    def action_i_contacted(self) -> None:
        from companion.ui.dialogs.i_contacted import IContactedDialog
        navigation.open_dialog(self, IContactedDialog())

    def action_mood(self) -> None:
        from companion.ui.dialogs.mood import MoodDialog
        navigation.open_dialog(self, MoodDialog())

    def action_journal(self) -> None:
        from companion.ui.dialogs.journal import JournalDialog
        navigation.open_dialog(self, JournalDialog())

    def action_goals(self) -> None:
        from companion.ui.dialogs.goals import GoalsDialog
        navigation.open_dialog(self, GoalsDialog())

    def action_checkin(self) -> None:
        from companion.ui.dialogs.checkin import CheckInDialog
        navigation.open_dialog(self, CheckInDialog())

    def action_planner(self) -> None:
        from companion.ui.screens.planner import PlannerScreen
        navigation.open_screen(self, PlannerScreen)

    def action_history(self) -> None:
        from companion.ui.screens.history import HistoryScreen
        navigation.open_screen(self, HistoryScreen)

    def action_settings(self) -> None:
        from companion.ui.screens.settings import SettingsScreen
        navigation.open_screen(self, SettingsScreen)

    def action_workbook(self) -> None:
        from companion.ui.screens.workbook import WorkbookScreen
        navigation.open_screen(self, WorkbookScreen)

    action_step = growth_actions.mark_step
    action_guide = growth_actions.open_guide
    action_writing = growth_actions.writing
    action_open_step = growth_actions.open_step

    def action_data(self, what: str) -> None:
        data_actions.run(self, what, restart=self.restart_from_onboarding, apply_settings=self.apply_settings)

    def action_help(self) -> None:
        navigation.help_screen(self)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        return actions.commands(self, screen, super().get_system_commands(screen))


def make_app(repo: Repository, theme: str | None = None,
             panic_minutes: int | None = None, demo_note: str = "") -> CompanionApp:
    """Build the app for a repository; used by the CLI and the tests alike."""
    return CompanionApp(repo, theme=theme, panic_minutes=panic_minutes, demo_note=demo_note)
