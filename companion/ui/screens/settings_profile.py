"""Settings' part about the person: the breakup date, what led to it, what is still
shared, their reasons, and someone to call instead. Setup's summary promises that
all of it can be changed later in Settings; this is where."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Input, Select, Static

from companion.content import onboarding as words
from companion.domain.records import Profile
from companion.domain.text import clean_line
from companion.domain.when import WhenError
from companion.ui.screens.onboarding_form import NAME_LIMIT, REASON_LIMIT, months_bucket, past_day
from companion.ui.session import session_of
from companion.ui.widgets.choices import CheckGrid
from companion.ui.widgets.text_input import TextInput

REASON_COUNT = 3
SUPPORT_LABEL = "Someone to call"
SUPPORT_HINT = "offered when the timer ends"


def _row(label: str, *widgets: Widget, hint: str = "") -> Horizontal:
    parts: list[Widget] = [Static(label, classes="settings-label"), *widgets]
    if hint:
        parts.append(Static(hint, classes="settings-hint"))
    return Horizontal(*parts, classes="settings-row")


def profile_rows(profile: Profile | None) -> Iterator[Widget]:
    """The widgets of the section, filled from the saved profile."""
    reasons = list(profile.reasons if profile else [])[:REASON_COUNT]
    reasons += [""] * (REASON_COUNT - len(reasons))
    yield Static("The breakup and your reasons", classes="settings-section")
    yield _row("When it ended", TextInput((profile.breakup_on or "") if profile else "",
                                          placeholder="2026-11-20, 3 days ago", id="breakup-date", compact=True, select_on_focus=True),
               hint="optional")
    months = months_bucket(profile.relationship_months if profile else None)
    yield _row("Together for", Select([(text, value) for text, value in words.RELATIONSHIP_LENGTHS],
                                      value=months if months is not None else Select.NULL,
                                      prompt="not given", id="relationship", compact=True))
    yield Vertical(Static(words.CAUSES_LABEL, classes="settings-label wide-label"),
                   CheckGrid(words.CAUSE_LABELS.items(), profile.causes if profile else [], id="causes"),
                   classes="settings-block")
    yield Vertical(Static(words.SHARED_LABEL, classes="settings-label wide-label"),
                   CheckGrid(words.SHARED_LABELS.items(), profile.shared if profile else [], id="shared"),
                   classes="settings-block")
    for number, (reason, example) in enumerate(zip(reasons, words.WHY_EXAMPLES), 1):
        yield _row("Your reasons" if number == 1 else "", TextInput(
            reason, placeholder=example, id=f"reason-{number}", max_length=REASON_LIMIT,
            compact=True, classes="reason"))
    yield _row(SUPPORT_LABEL, TextInput(profile.support_person if profile else "",
                                        placeholder="a name, a number", id="support-person",
                                        max_length=NAME_LIMIT, compact=True),
               hint=SUPPORT_HINT)


def _months(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def collect_profile(screen: Any, today: date) -> tuple[dict[str, Any] | None, str, str]:
    """(profile values, "", "") when they are fine; else (None, the problem, the field's id)."""
    breakup_text = screen.query_one("#breakup-date", Input).value
    try:
        breakup = past_day(breakup_text, today, missing="") if breakup_text.strip() else None
    except WhenError as problem:
        return None, f"When it ended: {problem}", "breakup-date"
    profile = session_of(screen).snapshot.profile
    saved_months = profile.relationship_months if profile else None
    months = _months(screen.query_one("#relationship", Select).value)
    if months == months_bucket(saved_months):  # unchanged: keep the exact number saved
        months = saved_months
    reasons = [clean_line(screen.query_one(f"#reason-{n}", Input).value, limit=REASON_LIMIT).text
               for n in range(1, REASON_COUNT + 1)]
    return {
        "breakup_on": breakup.isoformat() if breakup else None,
        "relationship_months": months,
        "causes": screen.query_one("#causes", CheckGrid).chosen,
        "shared": screen.query_one("#shared", CheckGrid).chosen,
        "reasons": [reason for reason in reasons if reason],
        "support_person": clean_line(screen.query_one("#support-person", Input).value).text,
    }, "", ""
