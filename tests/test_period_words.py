"""The period's day said warmly on the first day and plainly after the end (Today and the CLI alike)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from companion.cli.group import main
from companion.content.period_words import day_line, streak_line, streak_words
from tests.app_helpers import app_for, onboarded_repo


def test_first_day_and_after_the_end() -> None:
    assert day_line(0, 30, False) == "Today is the first day of 30"
    assert day_line(6, 30, False) == "Day 6 of 30"
    assert day_line(31, 30, True) == "Complete · 1 day beyond"
    assert day_line(33, 30, True) == "Complete · 3 days beyond"
    assert day_line(30, 30, True) == "Complete · all 30 days"
    assert streak_words(0) == "starts today" and streak_words(1) == "1 day"
    assert streak_line(0, 0) == "Streak starts today"
    assert streak_line(0, 6) == "Streak starts today · best 6 days"
    assert streak_line(6, 6) == "Streak 6 days · best 6 days"


@given(st.integers(0, 800), st.integers(7, 365))
def test_never_a_day_beyond_the_length_nor_day_zero(day: int, length: int) -> None:
    line = day_line(day, length, day >= length)
    assert "Day 0" not in line
    assert f"Day {day} of {length}" not in line or day < length


def test_short_status_on_the_first_day(data_file: Path) -> None:
    onboarded_repo(data_file, last_contact=date(2026, 11, 26))
    assert CliRunner().invoke(main, ["status", "--short"]).output == "NC first day · 30 left\n"


def test_status_after_the_end_reads_complete(data_file: Path) -> None:
    onboarded_repo(data_file, last_contact=date(2026, 10, 26))  # 31 days before the fixed today
    result = CliRunner().invoke(main, ["status"])
    assert "Complete · 1 day beyond" in result.output and "Day 31 of 30" not in result.output


async def test_today_on_the_first_day(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file, last_contact=date(2026, 11, 26)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        from companion.ui.widgets.period_card import PeriodCard

        card = app.screen.query_one(PeriodCard)
        assert card.days_text == "Today is the first day of 30"
        assert card.streak_text.startswith("Streak starts today")
