"""Settings: profile, period, timer, week, time, look, privacy and the data file."""

from __future__ import annotations

from typing import Any

from textual import on
from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Select, Static

from companion.clock import ClockError, check_zone, parse_day_start
from companion.content.breathing import PACER_HINT, PACER_LABELS
from companion.domain import periods as pm
from companion.domain.records import Pacer
from companion.domain.text import clean_line
from companion.store.repository import Snapshot
from companion.ui.drafts import DraftKeeper
from companion.ui.screens.settings_profile import collect_profile, profile_rows
from companion.ui.session import SessionLink
from companion.ui.theme_choice import theme_choice_of
from companion.ui.widgets.bars import KeyBar, TitleBar
from companion.ui.widgets.text_input import TextInput

DELAYS = (5, 10, 15, 20, 30)
DAY_STARTS = ("00:00", "01:00", "02:00", "03:00", "04:00", "05:00", "06:00")


def row(label: str, *widgets: Any, hint: str = "") -> Horizontal:
    """A label, its field(s), and an optional hint, on one line."""
    parts = [Static(label, classes="settings-label"), *widgets]
    if hint:
        parts.append(Static(hint, classes="settings-hint"))
    return Horizontal(*parts, classes="settings-row")


# Each setting the form shows, by the field that shows it. Saving writes only those the
# person changed here: one changed meanwhile (discreet mode from the palette, another
# terminal) is not put back to what the form opened with.
SETTING_FIELDS = {"default_delay_minutes": "#delay", "pacer": "#pacer", "week_start": "#week-start",
                  "day_starts_at": "#day-start", "zone": "#zone", "discreet": "#discreet"}


class SettingsScreen(Screen[None]):
    """Change how Companion works for you; ctrl+s saves, escape leaves without saving."""

    session = SessionLink()

    CSS_PATH = "settings.tcss"
    HELP_TITLE = "Settings"
    PREVIEWS_THEME = True
    DRAFT_KEY = "settings"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "back", "Back"),
    ]

    def compose(self) -> ComposeResult:
        snapshot: Snapshot = self.session.snapshot
        settings = snapshot.settings
        profile = snapshot.profile
        current = pm.current_period(snapshot.periods)
        themes = sorted(name for name in self.app.available_themes)
        yield TitleBar()
        with VerticalScroll(id="settings-body"):
            yield Static("You", classes="settings-section")
            yield row("Your name", TextInput(profile.name if profile else "", id="name", compact=True))
            yield row("Their name", TextInput(profile.ex_name if profile else "", id="ex-name", compact=True,
                                              password=settings.discreet),
                      hint="hidden in discreet mode")
            yield from profile_rows(profile)
            yield Static("Your period", classes="settings-section")
            yield row("Length in days", TextInput(str(current.length_days if current else 30), id="length",
                                                  type="integer", compact=True, select_on_focus=True),
                      hint=f"{pm.MIN_LENGTH_DAYS}–{pm.MAX_LENGTH_DAYS} days, the current period")
            yield row("Panic timer delay", Select([(f"{d} minutes", d) for d in DELAYS],
                                                  value=settings.default_delay_minutes if settings.default_delay_minutes in DELAYS else 15,
                                                  allow_blank=False, id="delay", compact=True))
            yield row("Breathing pacer", Select([(label, value) for value, label in PACER_LABELS.items()],
                                                value=settings.pacer if settings.pacer in PACER_LABELS else Pacer.CYCLIC.value,
                                                allow_blank=False, id="pacer", compact=True),
                      hint=PACER_HINT)
            yield Static("Days and weeks", classes="settings-section")
            yield row("Week starts on", Select([("Monday", "monday"), ("Sunday", "sunday")],
                                               value=settings.week_start, allow_blank=False,
                                               id="week-start", compact=True))
            yield row("My day starts at", Select([(t, t) for t in DAY_STARTS],
                                                 value=settings.day_starts_at if settings.day_starts_at in DAY_STARTS else "00:00",
                                                 allow_blank=False, id="day-start", compact=True),
                      hint="night owls: 01:30 counts as the day before")
            yield row("Time zone", TextInput(settings.zone or "", placeholder=f"system ({self.session.clock.zone})",
                                             id="zone", compact=True, select_on_focus=True),
                      hint="e.g. Europe/London; empty = system")
            yield Static("Look and privacy", classes="settings-section")
            yield row("Theme", Select([(name, name) for name in themes], value=self.app.theme,
                                      allow_blank=False, id="theme", compact=True))
            yield row("Discreet mode", Select([("Off", False), ("On", True)], value=settings.discreet, allow_blank=False,
                                             id="discreet", compact=True),
                      hint="neutral wording; their name never shown")
            from companion.ui.dialogs.reminders import RemindersRow

            yield RemindersRow(snapshot)
            yield Static("Your data", classes="settings-section")
            yield Static(f"Data file: {self.session.repo.path}\nBackups: {self.session.repo.db.backups()[0].parent if self.session.repo.db.backups() else 'none yet'} (one a day, last 14 kept)",
                         id="data-location", classes="muted", markup=False)
            with Horizontal(id="data-buttons"):
                yield Button("Backup now", id="backup", compact=True)
                yield Button("Export…", id="export", compact=True)
                yield Button("Import…", id="import", compact=True)
                yield Button("Run setup again", id="onboarding", compact=True)
                yield Button("Reset…", id="reset", variant="error", compact=True)
            yield Static("", id="settings-error", classes="error-text")
            with Horizontal(id="save-row"):
                yield Button("Save", id="save", variant="primary", compact=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = "Settings"
        self._theme_before = self.app.theme
        self._opened = {field: self._value(field) for field in SETTING_FIELDS.values()}
        self.session.data_changed.subscribe(self, self._follow_discreet)
        self.drafts = DraftKeeper(self, lambda: self.DRAFT_KEY)
        self.drafts.start()

    def _follow_discreet(self, snapshot: Snapshot) -> None:
        """Discreet mode switched elsewhere (the palette works over this screen): the
        field follows, unless the person changed it here."""
        field = self.query_one("#discreet", Select)
        if field.value == self._opened["#discreet"] != snapshot.settings.discreet:
            field.value = self._opened["#discreet"] = snapshot.settings.discreet

    def on_screen_suspend(self) -> None:
        self.drafts.suspend()

    def on_input_changed(self) -> None:
        self.drafts.typing()

    @on(Select.Changed, "#theme")
    def _preview_theme(self, event: Select.Changed) -> None:
        if isinstance(event.value, str):
            self.app.theme = event.value

    def action_back(self) -> None:
        """Leave without saving (the theme preview is undone); typed changes ask first."""
        def leave() -> None:
            self.app.theme = self._theme_before
            self.dismiss(None)

        self.drafts.leave_asking(leave)

    def _value(self, selector: str) -> Any:
        return self.query_one(selector).value  # type: ignore[attr-defined]

    def _invalid(self, selector: str, message: str) -> None:
        """Say what is wrong where the person is looking: under the field, in a notice and
        at the bottom; the field takes the focus and keeps what was typed."""
        field = self.query_one(selector)
        row = field.parent
        assert row is not None and row.parent is not None
        for old in self.query(".settings-field-error"):
            old.remove()
        message = escape(message)  # it may quote what was typed
        row.parent.mount(Static(message, classes="error-text settings-field-error"), after=row)
        self.query_one("#settings-error", Static).update(message)
        self.app.notify(message, title="Not saved yet", severity="warning")
        field.focus()
        field.scroll_visible(animate=False)

    def _collect(self) -> dict[str, Any] | None:
        error = self.query_one("#settings-error", Static)
        try:
            length = int(self._value("#length"))
            pm.check_length(length)
        except ValueError:
            self._invalid("#length", f"The period lasts between {pm.MIN_LENGTH_DAYS} and "
                                     f"{pm.MAX_LENGTH_DAYS} days.")
            return None
        zone_text = str(self._value("#zone")).strip()
        try:
            zone = check_zone(zone_text) if zone_text else None
        except ClockError as problem:
            self._invalid("#zone", f"{str(problem).capitalize()}.")
            return None
        try:
            parse_day_start(str(self._value("#day-start")))
        except ClockError as problem:
            self._invalid("#day-start", f"{str(problem).capitalize()}.")
            return None
        about, problem, field = collect_profile(self, self.session.clock.today())
        if about is None:
            self._invalid(f"#{field}", problem)
            return None
        error.update("")
        for old in self.query(".settings-field-error"):
            old.remove()
        return {
            "profile": {"name": clean_line(self._value("#name")).text,
                        "ex_name": clean_line(self._value("#ex-name")).text, **about},
            "length": length,
            "settings": {"default_delay_minutes": int(self._value("#delay")),
                         "pacer": str(self._value("#pacer")),
                         "week_start": str(self._value("#week-start")),
                         "day_starts_at": str(self._value("#day-start")),
                         "zone": zone, "discreet": bool(self._value("#discreet")),
                         **self._theme_choice()},
        }

    def _theme_choice(self) -> dict[str, Any]:
        """The theme to keep: a theme picked here counts as chosen; one left as it was
        (perhaps the quiet theme discreet mode put on) keeps the stored choice."""
        theme = str(self._value("#theme"))
        if theme == self._theme_before:
            return {}
        return {"theme": theme, "theme_chosen": True}

    def action_save(self) -> None:
        """Save every change at once."""
        values = self._collect()
        if values is None:
            return
        repo = self.session.repo
        current = pm.current_period(self.session.snapshot.periods)

        changed = {key: value for key, value in values["settings"].items()
                   if SETTING_FIELDS.get(key) is None or self._value(SETTING_FIELDS[key]) != self._opened[SETTING_FIELDS[key]]}

        def save() -> bool:
            repo.setup.update_profile(**values["profile"])
            repo.setup.update_settings(**changed)
            if current and current.length_days != values["length"]:
                repo.periods.set_length(values["length"])
            return True

        if self.session.perform(save):
            self.drafts.drop()
            self._theme_before = values["settings"].get("theme", self._theme_before)
            theme_choice_of(self).apply_settings()
            self.app.notify("Settings saved.")
            self.dismiss(None)

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#backup, #export, #import, #reset")
    def _data_button(self, event: Button.Pressed) -> None:
        """The same actions the palette offers anywhere (see ui/data_actions.py)."""
        self.app.action_data(str(event.button.id))

    @on(Button.Pressed, "#onboarding")
    def _onboarding(self) -> None:
        from companion.ui.screens.onboarding import OnboardingScreen

        def done(started: bool | None) -> None:
            if started:
                theme_choice_of(self).apply_settings()
                self.dismiss(None)

        self.app.push_screen(OnboardingScreen(), done)
