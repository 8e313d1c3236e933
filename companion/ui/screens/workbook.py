"""Understand it: the workbook's guided questions, one short sitting at a time.

Answers are saved as they are typed (a second after typing stops, and on leaving),
so escape, a crash or a kill loses at most the last second. A sitting ends gently;
when the person says they are going round in circles, or has spent a long time in
the workbook several days running, the screen suggests an activity or breathing.
"""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Static, TextArea

from companion.content import workbook as words
from companion.domain.workbook import break_reason, control_items, next_sitting, sitting_questions
from companion.store.errors import DataFileError
from companion.ui import navigation
from companion.ui.session import SessionLink
from companion.ui.widgets.bars import KeyBar, TitleBar

SAVE_AFTER_SECONDS = 1.0
CONTROL_QUESTION = "in-control"


class WorkbookScreen(Screen[None]):
    """The six questions in three sittings; escape goes back (everything is kept)."""

    session = SessionLink()

    HELP_TITLE = "Understand it"
    DEFAULT_CSS = """
    WorkbookScreen #workbook-body { padding: 0 2; }
    WorkbookScreen #workbook-body > * { max-width: 100; }
    WorkbookScreen #workbook-intro { color: $text-muted; margin-top: 1; }
    WorkbookScreen #workbook-break { color: $warning; margin-top: 1; }
    WorkbookScreen .question { text-style: bold; margin-top: 1; }
    WorkbookScreen .question-hint { color: $text-muted; }
    WorkbookScreen .answer { height: 5; border-left: thick $primary 50%; padding-left: 1; }
    WorkbookScreen .answer:focus { border-left: thick $accent; }
    WorkbookScreen #workbook-questions, WorkbookScreen .question-block { height: auto; }
    WorkbookScreen #sitting-end { margin-top: 1; padding: 0 1; border-left: thick $accent; color: $text-muted; }
    WorkbookScreen #workbook-buttons { height: auto; margin-top: 1; }
    WorkbookScreen #workbook-buttons Button { margin-right: 1; }
    """
    BINDINGS = [
        Binding("escape", "leave", "Back"),
        Binding("ctrl+s", "save", "Save", show=False),
        Binding("ctrl+g", "goal_from_line", "Line → goal"),
        Binding("ctrl+n", "sitting(1)", "Next sitting"),
        Binding("ctrl+b", "sitting(-1)", "Previous", show=False),
        Binding("ctrl+r", "circles", "Round in circles", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sitting = 1
        self._dirty: dict[str, str] = {}
        self._save_pending: Any = None
        self._opened_at: Any = None
        self._circles = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No "next sitting" on the last one (nor "previous" on the first)."""
        if action == "sitting" and parameters:
            wanted = self.sitting + int(str(parameters[0]))
            return 1 <= wanted <= self._sittings()
        return True

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with VerticalScroll(id="workbook-body"):
            yield Static(id="workbook-intro")
            yield Static(id="workbook-break")
            with Vertical(id="workbook-questions"):
                yield from self._question_blocks()
            yield Static(id="sitting-end")
            with Horizontal(id="workbook-buttons"):
                yield Button("◂ Previous", id="previous", compact=True)
                yield Button("Next sitting ▸", id="next", variant="primary", compact=True)
                yield Button("Line → goal", id="to-goal", compact=True)
                yield Button(words.CIRCLES_LABEL, id="circles", compact=True)
                yield Button("Plan an activity", id="plan", compact=True)
                yield Button("Breathe", id="breathe", compact=True)
        yield KeyBar()

    def _question_blocks(self) -> ComposeResult:
        snapshot = self.session.snapshot
        answers = {a.question: a for a in snapshot.workbook}
        causes = snapshot.profile.causes if snapshot.profile else []
        for question in words.QUESTIONS:
            hint = question.hint.replace("{causes}", f" ({', '.join(causes)})" if causes else "")
            answer = answers.get(question.id)
            yield Vertical(Static(classes="question"), Static(hint, classes="question-hint", markup=False),
                           TextArea(answer.text if answer else "", id=f"answer-{question.id}",
                                    classes="answer", soft_wrap=True, compact=True),
                           id=f"block-{question.id}", classes="question-block")

    def on_mount(self) -> None:
        self.sub_title = "Understand it"
        self._opened_at = self.session.clock.now()
        self.query_one("#workbook-break").display = False
        snapshot = self.session.snapshot
        self.sitting = next_sitting(words.QUESTIONS, snapshot.workbook) or 1
        reason = break_reason(snapshot.workbook_sittings, self.session.clock.today())
        if reason:
            self._show_break(reason)
        self._show_sitting()

    # Drawing -----------------------------------------------------------------------

    def _sittings(self) -> int:
        return max(q.sitting for q in words.QUESTIONS)

    def _show_sitting(self) -> None:
        """Show the current sitting's questions (all six are there; the others hidden)."""
        self.save_now()
        answers = {a.question: a for a in self.session.snapshot.workbook}
        for question in words.QUESTIONS:
            block = self.query_one(f"#block-{question.id}", Vertical)
            block.display = question.sitting == self.sitting
            answer = answers.get(question.id)
            dated = f"  · written {answer.created_on}" if answer and answer.text.strip() else ""
            block.query_one(".question", Static).update(f"{escape(question.title)}[dim]{dated}[/dim]")
        total = self._sittings()
        self.query_one("#workbook-intro", Static).update(
            f"Sitting {self.sitting} of {total} · a few questions, then a gentle end. "
            "Everything is saved as you type.")
        done = next_sitting(words.QUESTIONS, self.session.snapshot.workbook) is None
        self.query_one("#sitting-end", Static).update(words.ALL_DONE if done else words.SITTING_END)
        self.query_one("#previous").display = self.sitting > 1
        self.query_one("#next").display = self.sitting < total
        self.query_one("#to-goal").display = self._control_shown()
        first = sitting_questions(words.QUESTIONS, self.sitting)[0]
        self.query_one(f"#answer-{first.id}", TextArea).focus()
        self.query_one("#workbook-body", VerticalScroll).scroll_home(animate=False)
        self.refresh_bindings()

    def _control_shown(self) -> bool:
        return any(q.id == CONTROL_QUESTION for q in sitting_questions(words.QUESTIONS, self.sitting))

    def _show_break(self, reason: str) -> None:
        text = words.BREAK_SUGGESTION if reason == "circles" else words.LONG_DAYS_SUGGESTION
        note = self.query_one("#workbook-break", Static)
        note.update(text)
        note.display = True

    # Saving as typed ---------------------------------------------------------------

    @on(TextArea.Changed, ".answer")
    def _typed(self, event: TextArea.Changed) -> None:
        question = (event.text_area.id or "").removeprefix("answer-")
        self._dirty[question] = event.text_area.text
        if self._save_pending is None:
            self._save_pending = self.set_timer(SAVE_AFTER_SECONDS, self.save_now)

    def save_now(self) -> None:
        """Write every answer changed since the last save (quietly: no reload while typing)."""
        if self._save_pending is not None:
            self._save_pending.stop()
            self._save_pending = None
        pending, self._dirty = self._dirty, {}
        for question, text in pending.items():
            try:
                self.session.repo.growth.save_answer(question, text)
            except DataFileError as error:
                self._dirty.setdefault(question, text)
                self.app.notify(str(error), title="Not saved yet", severity="error", timeout=8)
                return

    def action_save(self) -> None:
        self.save_now()
        self.session.reload()
        self.app.notify("Saved.")

    def _record_time(self) -> None:
        if self._opened_at is None:
            return
        minutes = max((self.session.clock.now() - self._opened_at).total_seconds() / 60, 0.0)
        self._opened_at = None
        if minutes >= 0.5 or self._circles:
            try:
                self.session.repo.growth.add_workbook_time(minutes, circles=self._circles)
            except DataFileError:
                pass  # the time spent is a hint for dosing; the answers are what matter

    def action_leave(self) -> None:
        """Back, with everything saved."""
        self.save_now()
        self._record_time()
        self.session.reload()
        self.app.pop_screen()

    def on_unmount(self) -> None:
        self.save_now()

    # Sittings, circles, goals ------------------------------------------------------

    def action_sitting(self, step: int) -> None:
        wanted = self.sitting + step
        if 1 <= wanted <= self._sittings():
            self.save_now()
            self.session.reload()
            self.sitting = wanted
            self._show_sitting()

    @on(Button.Pressed, "#previous")
    def _previous(self) -> None:
        self.action_sitting(-1)

    @on(Button.Pressed, "#next")
    def _next(self) -> None:
        self.action_sitting(1)

    @on(Button.Pressed, "#circles")
    def action_circles(self) -> None:
        """Going round in circles: say so kindly and offer something else."""
        self._circles = True
        self.save_now()
        self._show_break("circles")

    @on(Button.Pressed, "#plan")
    def _plan(self) -> None:
        from companion.ui.screens.planner import PlannerScreen

        self.action_leave()
        navigation.open_screen(self.app, PlannerScreen)

    @on(Button.Pressed, "#breathe")
    def _breathe(self) -> None:
        self.action_leave()
        navigation.panic(self.app)

    @on(Button.Pressed, "#to-goal")
    def action_goal_from_line(self) -> None:
        """The "in my control" line under the cursor becomes a goal (category chosen next)."""
        from companion.ui.dialogs.goal_form import GoalForm

        if not self._control_shown():
            self.app.notify("This works in the sitting with “What is in your control now?”.")
            return
        answer = self.query_one(f"#answer-{CONTROL_QUESTION}", TextArea)
        row = answer.cursor_location[0]
        line = answer.document.get_line(row) if row < answer.document.line_count else ""
        items = control_items(line)
        if not items:
            self.app.notify("That line is empty: write something you can do first.")
            return
        self.save_now()
        self.app.push_screen(GoalForm(title=items[0], source=CONTROL_QUESTION))
