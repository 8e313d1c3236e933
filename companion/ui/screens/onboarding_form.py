"""The onboarding answers and their checks, kept apart from the widgets (no Textual here).

The wizard reads its widgets into `Answers`, asks `problems()` what stops the step,
and at Start turns the answers into records with `build()`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from companion.content import onboarding as words
from companion.content.vocabulary import say
from companion.domain.periods import (
    LENGTH_CHOICES,
    MAX_LENGTH_DAYS,
    MIN_LENGTH_DAYS,
    Recommendation,
    current_period,
    ends_on,
    recommend_length,
)
from companion.domain.records import Cause, Profile, Settings
from companion.domain.text import clean_line
from companion.domain.when import WhenError, parse_day, say_date

CUSTOM = "custom"
REASON_LIMIT = 120
NAME_LIMIT = 60
STEPS = ("welcome", "you", "breakup", "period", "why", "preferences", "summary")


@dataclass
class Answers:
    """Everything the wizard asks, as the user left it (raw text for typed fields)."""

    name: str = ""
    ex_name: str = ""
    breakup_text: str = ""
    last_contact_text: str = "today"
    relationship_months: int | None = None
    causes: list[str] = field(default_factory=list)
    shared: list[str] = field(default_factory=list)
    length_choice: str = ""
    custom_length_text: str = ""
    reasons: list[str] = field(default_factory=lambda: ["", "", ""])
    delay_minutes: int = 15
    week_start: str = "monday"
    theme: str = ""

    # Reading the typed fields ----------------------------------------------

    def breakup_on(self, today: date) -> date | None:
        """The breakup date, None when left empty (it is optional); raises WhenError."""
        if not self.breakup_text.strip():
            return None
        return past_day(self.breakup_text, today, missing="")

    def last_contact_on(self, today: date) -> date:
        """The last contact the user started; raises WhenError with the reason."""
        day = past_day(self.last_contact_text, today, missing="Enter the day, or today.")
        try:
            breakup = self.breakup_on(today)
        except WhenError:
            return day
        if breakup is not None and day < breakup:
            raise WhenError("That is before the breakup. Your last contact can't be earlier "
                            "than the day it ended.")
        return day

    def recommendation(self) -> Recommendation:
        """The suggested length for what the user told us."""
        return recommend_length(self.relationship_months, Cause.BROKEN_TRUST.value in self.causes)

    def length_days(self) -> int:
        """The chosen period length; raises ValueError with the reason."""
        if self.length_choice != CUSTOM:
            if self.length_choice.isdigit():
                return int(self.length_choice)
            return self.recommendation().length_days
        text = self.custom_length_text.strip()
        if not text.isdigit():
            raise ValueError(f"Enter a number of days, {MIN_LENGTH_DAYS} to {MAX_LENGTH_DAYS}.")
        days = int(text)
        if not MIN_LENGTH_DAYS <= days <= MAX_LENGTH_DAYS:
            raise ValueError(
                f"{days} days is out of range: a period lasts {MIN_LENGTH_DAYS} to "
                f"{MAX_LENGTH_DAYS} days."
            )
        return days

    def clean_reasons(self) -> list[str]:
        """The reasons given, cleaned, empty ones left out."""
        cleaned = (clean_line(reason, limit=REASON_LIMIT).text for reason in self.reasons)
        return [reason for reason in cleaned if reason]

    # Checking a step --------------------------------------------------------

    def problems(self, step: str, today: date) -> dict[str, str]:
        """What stops `step` from being complete: field name -> reason (empty when valid)."""
        found: dict[str, str] = {}
        if step == "breakup":
            checks = (("breakup", self.breakup_on), ("last_contact", self.last_contact_on))
            for name, read in checks:
                try:
                    read(today)
                except WhenError as error:
                    found[name] = sentence(str(error))
        elif step == "period":
            try:
                self.length_days()
            except ValueError as error:
                found["length"] = str(error)
        elif step == "why" and not self.clean_reasons():
            found["reasons"] = words.WHY_MISSING
        return found

    def first_invalid_step(self, today: date) -> str | None:
        """The first step that is not complete, if any."""
        return next((step for step in STEPS if self.problems(step, today)), None)

    # Turning answers into records ------------------------------------------

    def build(self, today: date, profile: Profile | None,
              settings: Settings) -> tuple[Profile, Settings, date, int]:
        """The records to save: (profile, settings, last contact, length).

        Fields the wizard does not ask about (id, created date, zone, day start,
        discreet mode...) are kept from the existing records.
        """
        breakup = self.breakup_on(today)
        new_profile = dataclasses.replace(
            profile or Profile(),
            name=clean_line(self.name, limit=NAME_LIMIT).text,
            ex_name=clean_line(self.ex_name, limit=NAME_LIMIT).text,
            breakup_on=breakup.isoformat() if breakup else None,
            relationship_months=self.relationship_months,
            causes=list(self.causes),
            shared=list(self.shared),
            reasons=self.clean_reasons(),
        )
        new_settings = dataclasses.replace(
            settings,
            default_delay_minutes=self.delay_minutes,
            week_start=self.week_start,
            theme=self.theme or settings.theme,
            # A theme picked here is the person's choice: discreet mode keeps it.
            theme_chosen=settings.theme_chosen or bool(self.theme and self.theme != settings.theme),
        )
        return new_profile, new_settings, self.last_contact_on(today), self.length_days()


def past_day(text: str, today: date, missing: str) -> date:
    """A typed day that is today or before; raises WhenError with a reason."""
    if not text.strip():
        raise WhenError(missing)
    day = parse_day(text, today)
    if day > today:
        raise WhenError("That day is still to come. Choose today or a day before.")
    return day


def sentence(text: str) -> str:
    """A message as a sentence: capital first letter, full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def months_bucket(months: int | None) -> int | None:
    """The wizard's choice (its stored months) that covers `months`."""
    if months is None:
        return None
    bounds = (6, 12, 24, 60)
    for (_, value), bound in zip(words.RELATIONSHIP_LENGTHS, bounds):
        if months < bound:
            return value
    return words.RELATIONSHIP_LENGTHS[-1][1]


def answers_from(profile: Profile | None, settings: Settings, periods: list,
                 today: date) -> Answers:
    """Answers prefilled from what is saved (a re-run), or the defaults (first run)."""
    answers = Answers(delay_minutes=settings.default_delay_minutes,
                      week_start=settings.week_start, theme=settings.theme)
    if answers.delay_minutes not in words.DELAY_CHOICES:
        answers.delay_minutes = 15
    if profile is None:
        return answers
    answers.name = profile.name
    answers.ex_name = profile.ex_name
    answers.breakup_text = profile.breakup_on or ""
    answers.relationship_months = months_bucket(profile.relationship_months)
    answers.causes = [c for c in profile.causes if c in words.CAUSE_LABELS]
    answers.shared = [s for s in profile.shared if s in words.SHARED_LABELS]
    answers.reasons = (list(profile.reasons) + ["", "", ""])[:3]
    period = current_period(periods)
    if period is not None:
        answers.last_contact_text = period.started_on
        if period.length_days in LENGTH_CHOICES:
            answers.length_choice = str(period.length_days)
        else:
            answers.length_choice = CUSTOM
            answers.custom_length_text = str(period.length_days)
    return answers


def summary_rows(answers: Answers, today: date, discreet: bool = False) -> list[tuple[str, str]]:
    """The answers as (label, value) lines for the summary step."""
    def day(read: Callable[[date], date | None]) -> str:
        try:
            value = read(today)
        except WhenError:
            return "not given"
        return say_date(value, today) if value else "not given"

    def listed(values: list[str], labels: dict[str, str]) -> str:
        return ", ".join(labels.get(v, v) for v in values) or "none given"

    together = next((text for text, months in words.RELATIONSHIP_LENGTHS
                     if months == answers.relationship_months), "not given")
    rows = [
        ("You", clean_line(answers.name, limit=NAME_LIMIT).text or "not given"),
        (say("setup.summary_them", discreet),
         ("given, hidden in discreet mode" if discreet else clean_line(answers.ex_name, limit=NAME_LIMIT).text)
         if answers.ex_name.strip() else "\"them\""),
        ("It ended", day(answers.breakup_on)),
        ("Last reached out", day(answers.last_contact_on)),
        ("Together", together),
        ("What led to it", listed(answers.causes, words.CAUSE_LABELS)),
        ("Still shared", listed(answers.shared, words.SHARED_LABELS)),
    ]
    try:
        length = answers.length_days()
        period = f"{length} days"
        try:
            period += f", until {say_date(ends_on(answers.last_contact_on(today), length), today)}"
        except WhenError:
            pass
    except ValueError:
        period = "not chosen"
    rows.append((say("setup.summary_period", discreet), period))
    reasons = answers.clean_reasons()
    rows.append(("Your why", "\n".join(f"• {r}" for r in reasons) or "none given"))
    week = "Monday" if answers.week_start == "monday" else "Sunday"
    colours = answers.theme.removeprefix("companion-") or answers.theme
    rows.append(("Preferences", f"timer {answers.delay_minutes} min · week starts {week} · "
                                f"{colours} colours"))
    return rows
