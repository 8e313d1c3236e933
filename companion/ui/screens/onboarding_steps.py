"""The widgets of each onboarding step: composed once, prefilled, then kept up to date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rich.markup import escape
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.dom import DOMNode
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, RadioButton, Static

from companion.content import onboarding as words
from companion.content.vocabulary import say
from companion.domain.periods import LENGTH_CHOICES, ends_on
from companion.domain.when import WhenError, say_date
from companion.ui.screens.onboarding_form import (
    CUSTOM,
    NAME_LIMIT,
    REASON_LIMIT,
    Answers,
    summary_rows,
)
from companion.ui.widgets.choices import CheckGrid, ChoiceSet
from companion.ui.widgets.text_input import TextInput


def label(text: str) -> Static:
    """A field's question."""
    return Static(text, classes="field-label")


def echo(widget_id: str) -> Static:
    """The line under a field that says what was understood, or what is wrong."""
    return Static("", id=widget_id, classes="echo")


def theme_label(name: str) -> str:
    """A theme's name without the "companion-" prefix: "calm", "warm"..."""
    return name.removeprefix("companion-") or name


def show_theme(node: DOMNode, description: str) -> None:
    """What the chosen theme is for."""
    node.query_one("#theme-echo", Static).update(escape(description))


def welcome(path: Path, rerun: bool, discreet: bool = False) -> ComposeResult:
    """What No Contact is, what is stored and where."""
    with VerticalScroll(id="welcome", classes="step"):
        yield Static(words.WELCOME_TITLE, classes="step-heading")
        yield Static(say("setup.welcome", discreet), classes="para")
        yield Static(words.WELCOME_HOW, classes="para")
        yield Static(words.WELCOME_PRIVACY)
        yield Static(escape(str(path)), id="data-path")
        yield Static(words.WELCOME_NOTHING_LEAVES, classes="para")
        if rerun:
            yield Static(words.RERUN_NOTE, classes="rerun")
        else:
            yield Static(words.WELCOME_SETUP, classes="muted")


def you(answers: Answers, discreet: bool = False) -> ComposeResult:
    """Name and how to refer to the ex; both optional (the name hidden when discreet)."""
    with VerticalScroll(id="you", classes="step"):
        yield Static(words.YOU_INTRO, classes="para muted")
        yield label(words.NAME_LABEL)
        yield TextInput(answers.name, placeholder=words.NAME_PLACEHOLDER, id="name",
                        max_length=NAME_LIMIT, compact=True)
        yield label(say("setup.them_label", discreet))
        yield TextInput(answers.ex_name, placeholder=words.EX_PLACEHOLDER, id="ex-name",
                        max_length=NAME_LIMIT, compact=True, password=discreet)


def breakup(answers: Answers) -> ComposeResult:
    """The dates, how long it lasted, what led to it, what is still shared."""
    with VerticalScroll(id="breakup", classes="step"):
        with Horizontal(id="dates"):
            with Vertical(classes="date-field"):
                yield label(words.BREAKUP_DATE_LABEL)
                yield TextInput(answers.breakup_text, placeholder=words.DATE_HINT, id="breakup-date",
                                compact=True, select_on_focus=True)
                yield echo("breakup-echo")
            with Vertical(classes="date-field"):
                yield label(words.LAST_CONTACT_LABEL)
                yield TextInput(answers.last_contact_text, placeholder=words.DATE_HINT,
                                id="last-contact", compact=True, select_on_focus=True)
                yield echo("last-contact-echo")
                yield Static(words.LAST_CONTACT_HINT, classes="hint")  # under the field it explains
        yield label(words.LENGTH_LABEL)
        selected = str(answers.relationship_months) if answers.relationship_months else ""
        yield ChoiceSet(((str(months), text) for text, months in words.RELATIONSHIP_LENGTHS),
                        selected, id="relationship")
        yield label(words.CAUSES_LABEL)
        yield CheckGrid(words.CAUSE_LABELS.items(), answers.causes, id="causes")
        yield label(words.SHARED_LABEL)
        yield CheckGrid(words.SHARED_LABELS.items(), answers.shared, id="shared")


def period(answers: Answers, discreet: bool = False) -> ComposeResult:
    """The recommendation and its reason, then the choice."""
    with VerticalScroll(id="period", classes="step"):
        yield Static(say("setup.period_intro", discreet), classes="muted")
        yield Static("", id="recommendation")
        yield Static("", id="recommendation-reason", classes="para")
        yield label(words.PERIOD_CHOICE_LABEL)
        options = [(str(days), f"{days} days") for days in LENGTH_CHOICES]
        options.append((CUSTOM, "another number"))
        yield ChoiceSet(options, answers.length_choice, id="length")
        yield TextInput(answers.custom_length_text, placeholder=words.CUSTOM_PLACEHOLDER,
                        id="custom-length", type="integer", max_length=3, compact=True, select_on_focus=True)
        yield echo("length-echo")


def why(answers: Answers) -> ComposeResult:
    """One to three reasons, in the user's words."""
    with VerticalScroll(id="why", classes="step"):
        yield Static(words.WHY_INTRO, classes="para")
        for number, (reason, example) in enumerate(zip(answers.reasons, words.WHY_EXAMPLES), 1):
            yield TextInput(reason, placeholder=example, id=f"reason-{number}",
                            max_length=REASON_LIMIT, compact=True, classes="reason")
        yield echo("reasons-echo")


def preferences(answers: Answers, themes: list[str]) -> ComposeResult:
    """Timer length, week start, theme."""
    with VerticalScroll(id="preferences", classes="step"):
        yield label(words.DELAY_LABEL)
        yield ChoiceSet(((str(m), f"{m} min") for m in words.DELAY_CHOICES),
                        str(answers.delay_minutes), id="delay")
        yield Static(words.DELAY_HINT, classes="hint")
        yield label(words.WEEK_START_LABEL)
        yield ChoiceSet((("monday", "Monday"), ("sunday", "Sunday")), answers.week_start,
                        id="week-start")
        yield label(words.THEME_LABEL)
        yield ChoiceSet(((name, theme_label(name)) for name in themes), answers.theme, id="theme")
        yield Static("", id="theme-echo", classes="hint")


def summary() -> ComposeResult:
    """Everything at a glance before Start (filled in when the step opens)."""
    with VerticalScroll(id="summary", classes="step"):
        yield Static(words.SUMMARY_INTRO, classes="para")
        yield Static("", id="summary-table")
        yield Static(words.SUMMARY_LATER, classes="muted")


# Saying back what was understood ------------------------------------------------


def say_back(node: DOMNode, selector: str, text: str, state: str) -> None:
    """Fill an echo line; state is "ok", "missing" (a gentle hint) or "invalid"."""
    line = node.query_one(selector, Static)
    line.update(escape(text))
    line.set_class(state == "ok", "-ok")
    line.set_class(state == "missing", "-missing")
    line.set_class(state == "invalid", "-invalid")


def show_dates(node: DOMNode, answers: Answers, problems: dict[str, str], today: date) -> None:
    """Each date as understood ("Friday 20 November"), or why it is refused."""
    for key, selector, text, read in (
        ("breakup", "#breakup-echo", answers.breakup_text, answers.breakup_on),
        ("last_contact", "#last-contact-echo", answers.last_contact_text, answers.last_contact_on),
    ):
        if key in problems:
            say_back(node, selector, problems[key], "invalid" if text.strip() else "missing")
            continue
        day = read(today)
        if day is None:
            say_back(node, selector, words.BREAKUP_OPTIONAL, "missing")
            continue
        said = say_date(day, today) + (" (today)" if day == today else "")
        say_back(node, selector, f"✓ {said}", "ok")


def show_period(node: DOMNode, answers: Answers, problems: dict[str, str], today: date) -> None:
    """The suggestion and its reason, the marked choice, and the dates the choice gives."""
    advice = answers.recommendation()
    node.query_one("#recommendation", Static).update(
        f"[b]{advice.length_days} days[/b] is what we suggest.")
    node.query_one("#recommendation-reason", Static).update(escape(advice.reason))
    for button in node.query_one("#length", ChoiceSet).query(RadioButton):
        if button.name and button.name.isdigit():
            suffix = " (suggested)" if int(button.name) == advice.length_days else ""
            button.label = f"{button.name} days{suffix}"
    node.query_one("#custom-length", Input).display = answers.length_choice == CUSTOM
    if "length" in problems:
        state = "invalid" if answers.custom_length_text.strip() else "missing"
        say_back(node, "#length-echo", problems["length"], state)
        return
    length = answers.length_days()
    try:
        start = answers.last_contact_on(today)
    except WhenError:
        say_back(node, "#length-echo", f"{length} days.", "ok")
        return
    end = ends_on(start, length)
    text = f"✓ {length} days: from {say_date(start, today)} to {say_date(end, today)}."
    if end <= today:
        text += " That day has already come: the period is complete from the start."
    say_back(node, "#length-echo", text, "ok")


def summary_table(answers: Answers, today: date, path: Path, discreet: bool = False) -> Table:
    """Every answer in two columns, and where it will be saved."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    # "fold", not the default "ellipsis": after wrapping at words, an emoji that Rich
    # measures one cell off would otherwise have the line's last word cut to "…".
    table.add_column(overflow="fold")
    for name, value in summary_rows(answers, today, discreet):
        table.add_row(name, Text(value))
    table.add_row("Saved in", Text(str(path)))
    return table


def show_summary(node: DOMNode, answers: Answers, today: date, path: Path, discreet: bool = False) -> None:
    """Fill the summary step."""
    node.query_one("#summary-table", Static).update(summary_table(answers, today, path, discreet))
