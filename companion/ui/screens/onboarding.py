"""The onboarding wizard: seven short steps, nothing written until Start.

First run: the app pushes it when there is no profile. Re-run (from Settings): every
field starts from what is saved, and Start keeps the history.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.actions import SkipAction
from textual.binding import Binding
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Checkbox, ContentSwitcher, Input, RadioSet, Static

from companion.content import onboarding as words
from companion.ui.dialogs.confirm import ConfirmDialog
from companion.ui.screens import onboarding_steps as steps
from companion.ui.screens.onboarding_form import (
    CUSTOM,
    STEPS,
    Answers,
    answers_from,
)
from companion.ui.session import SessionLink
from companion.ui.theme_choice import theme_choice_of
from companion.ui.widgets.bars import KeyBar
from companion.ui.widgets.choices import CheckGrid, ChoiceSet


class OnboardingScreen(Screen[bool]):
    """Set up (or redo) the profile, the period and the preferences.

    Dismisses with True once Start has saved everything, False when the user leaves.
    """

    session = SessionLink()

    CSS_PATH = "onboarding.tcss"
    HELP_TITLE = "Setup"
    PREVIEWS_THEME = True  # the theme step previews; Start saves the choice
    BINDINGS = [
        Binding("pagedown,ctrl+n", "next", "Next", key_display="pgdn", priority=True),
        Binding("pageup", "back", "Back", key_display="pgup", priority=True),
        Binding("escape", "leave", "Leave setup"),
        Binding("q", "leave", "", show=False),  # asks first, like escape
        # Enter in a field moves on as the key is read, so letters typed right after it
        # land in the next field (see ui/typed_ahead.py); elsewhere it is left alone.
        Binding("enter", "enter_in_field", "", show=False, priority=True),
    ]

    step: reactive[int] = reactive(0, init=False)

    def __init__(self) -> None:
        super().__init__()
        self.answers = Answers()
        self.rerun = False
        self._length_picked = False
        self._original_theme = ""
        self._saving = False

    # Building ------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        app = self.app
        snapshot = self.session.snapshot
        self.rerun = snapshot.profile is not None
        self.answers = answers_from(snapshot.profile, snapshot.settings, snapshot.periods,
                                    self.today)
        self._length_picked = bool(self.answers.length_choice)
        self._original_theme = app.theme
        themes = self.theme_names()
        if not self.rerun and app.theme in themes:
            self.answers.theme = app.theme  # first run: what is on screen now (--theme too)
        if self.answers.theme not in themes:
            self.answers.theme = app.theme if app.theme in themes else themes[0]
        yield Static("", id="step-indicator")
        with ContentSwitcher(initial=STEPS[0], id="steps"):
            discreet = self.rerun and self.session.snapshot.settings.discreet
            yield from steps.welcome(self.session.repo.path, self.rerun, discreet)
            yield from steps.you(self.answers, discreet)
            yield from steps.breakup(self.answers)
            yield from steps.period(self.answers, discreet)
            yield from steps.why(self.answers)
            yield from steps.preferences(self.answers, themes)
            yield from steps.summary()
        with Horizontal(id="nav"):
            yield Button("Back", id="back")
            yield Static("", id="nav-hint")
            yield Button("Next", id="next", variant="primary")
        yield KeyBar()

    def on_mount(self) -> None:
        self._show_step()

    @property
    def today(self) -> date:
        """The user's today (read each time: the day may roll over during setup)."""
        return self.session.clock.today()

    def palette_commands(self) -> Iterable[SystemCommand]:
        """The wizard's actions in the command palette."""
        yield SystemCommand("Next step", "Go on to the next step of setup", self.action_next)
        yield SystemCommand("Previous step", "Go back one step; your answers stay",
                            self.action_back)
        yield SystemCommand("Leave setup", "Leave without saving anything", self.action_leave)

    def theme_names(self) -> list[str]:
        """Companion's own themes, or the current one when none is installed."""
        app = self.app
        names = sorted(name for name in app.available_themes if name.startswith("companion"))
        return names or [app.theme]

    # Reading the widgets -----------------------------------------------------

    def _value(self, selector: str) -> str:
        return self.query_one(selector, Input).value

    def _choice(self, selector: str) -> str:
        return self.query_one(selector, ChoiceSet).value_of

    def collect(self) -> Answers:
        """Read every field into the answers (all steps stay composed, so Back keeps them)."""
        a = self.answers
        a.name = self._value("#name")
        a.ex_name = self._value("#ex-name")
        a.breakup_text = self._value("#breakup-date")
        a.last_contact_text = self._value("#last-contact")
        months = self._choice("#relationship")
        a.relationship_months = int(months) if months else None
        a.causes = self.query_one("#causes", CheckGrid).chosen
        a.shared = self.query_one("#shared", CheckGrid).chosen
        a.length_choice = self._choice("#length")
        a.custom_length_text = self._value("#custom-length")
        a.reasons = [self._value(f"#reason-{n}") for n in (1, 2, 3)]
        a.delay_minutes = int(self._choice("#delay") or 15)
        a.week_start = self._choice("#week-start") or "monday"
        a.theme = self._choice("#theme") or a.theme
        return a

    # Showing the state -------------------------------------------------------

    @property
    def step_name(self) -> str:
        """The name of the step on screen."""
        return STEPS[self.step]

    def watch_step(self) -> None:
        self._show_step()

    def _show_step(self) -> None:
        name = self.step_name
        self.query_one(ContentSwitcher).current = name
        number = self.step + 1
        dots = "●" * number + "○" * (len(STEPS) - number)
        self.query_one("#step-indicator", Static).update(
            f"[b]Step {number} of {len(STEPS)}[/b] · {words.STEP_TITLES[self.step]}  "
            f"[dim]{dots}[/dim]"
        )
        self.query_one("#back", Button).disabled = self.step == 0
        next_button = self.query_one("#next", Button)
        last = name == "summary"
        next_button.label = words.START_LABEL if last else "Next"
        next_button.variant = "success" if last else "primary"
        if name == "period" and not self._length_picked:
            self._suggest_length()
        self.refresh_state()
        self._focus_first()

    def _focus_first(self) -> None:
        fields = self._step_fields()
        target: Widget = fields[0] if fields else self.query_one("#next", Button)
        if isinstance(target, Button) and target.disabled:
            return
        self.set_focus(target)
        self.query_one(f"#{self.step_name}").scroll_home(animate=False)

    def _step_fields(self) -> list[Widget]:
        """The focusable fields of the current step, in order."""
        current = self.query_one(f"#{self.step_name}")
        return [w for w in self.focus_chain if current in w.ancestors and w is not current]

    def _suggest_length(self) -> None:
        """Select the recommended length (without counting it as the user's pick)."""
        wanted = str(self.collect().recommendation().length_days)
        self.query_one("#length", ChoiceSet).choose(wanted)

    def refresh_state(self) -> None:
        """Say back what was understood, explain what is wrong, enable Next when valid."""
        answers = self.collect()
        today = self.today
        problems = answers.problems(self.step_name, today)
        if self.step_name == "breakup":
            steps.show_dates(self, answers, problems, today)
        elif self.step_name == "period":
            steps.show_period(self, answers, problems, today)
        elif self.step_name == "why":
            steps.say_back(self, "#reasons-echo", problems.get("reasons", ""), "missing")
        elif self.step_name == "preferences":
            steps.show_theme(self, theme_choice_of(self).descriptions.get(answers.theme, ""))
        elif self.step_name == "summary":
            steps.show_summary(self, answers, today, self.session.repo.path,
                               self.rerun and self.session.snapshot.settings.discreet)
        self.query_one("#next", Button).disabled = bool(problems) or self._saving
        self.refresh_bindings()
        go_on = "start" if self.step_name == "summary" else "next"
        hint = ("Complete this step to go on." if problems
                else f"pgdn {go_on} · pgup back · esc leave")
        self.query_one("#nav-hint", Static).update(hint)

    # Reacting to the user ----------------------------------------------------

    @on(Input.Changed)
    @on(Checkbox.Changed)
    def _field_changed(self) -> None:
        self.refresh_state()

    @on(RadioSet.Changed)
    def _choice_changed(self, event: RadioSet.Changed) -> None:
        if event.radio_set.id == "length":
            self._length_picked = True
            if event.pressed.name == CUSTOM:
                self.refresh_state()
                self.set_focus(self.query_one("#custom-length", Input))
                return
        elif event.radio_set.id == "theme" and event.pressed.name:
            self.app.theme = event.pressed.name  # a preview; kept only if Start is pressed
        self.refresh_state()

    def action_enter_in_field(self) -> None:
        """Enter moves to the next field, and from the step's last field to the next step."""
        field = self.focused
        if not isinstance(field, Input):
            raise SkipAction()  # a button, a choice: enter does what it does there
        fields = self._step_fields()
        later = fields[fields.index(field) + 1:] if field in fields else []
        if later:
            self.set_focus(later[0])
        else:
            self.action_next()

    @on(Button.Pressed, "#next")
    def _next_pressed(self) -> None:
        self.action_next()

    @on(Button.Pressed, "#back")
    def _back_pressed(self) -> None:
        self.action_back()

    # Actions -------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Next and Back show dimmed in the footer when they would do nothing."""
        if action == "next":
            return None if self.query_one("#next", Button).disabled else True
        if action == "back":
            return None if self.step == 0 else True
        return True

    def action_next(self) -> None:
        """The next step (once this one is complete); on the summary, Start."""
        if self._saving or self.collect().problems(self.step_name, self.today):
            return
        if self.step_name == "summary":
            self.start()
        else:
            self.step += 1

    def action_back(self) -> None:
        """The previous step; everything typed stays."""
        if self.step > 0 and not self._saving:
            self.step -= 1

    def action_leave(self) -> None:
        """Ask, then leave without writing anything."""
        if self.rerun:
            question = words.LEAVE_RERUN
        elif self.session.repo.db.exists():
            question = words.LEAVE_NO_PROFILE  # after a reset: the (empty) file is there
        else:
            question = words.LEAVE_FIRST_RUN

        def answered(leave: bool | None) -> None:
            if leave:
                self.app.theme = self._original_theme
                self.dismiss(False)

        self.app.push_screen(ConfirmDialog(question, yes="Leave", no="Stay"), answered)

    def start(self) -> None:
        """Save everything in one write, then hand over to the app."""
        today = self.today
        answers = self.collect()
        broken = answers.first_invalid_step(today)
        if broken is not None:
            self.step = STEPS.index(broken)
            return
        profile, settings, last_contact, length = answers.build(
            today, self.session.snapshot.profile, self.session.snapshot.settings)
        self._saving = True
        self.query_one("#next", Button).disabled = True
        period = self.session.perform(
            lambda: self.session.repo.setup.complete_onboarding(profile, settings, last_contact, length))
        self._saving = False
        if period is None:
            self.refresh_state()
            return
        theme_choice_of(self).apply_settings()
        self.dismiss(True)
