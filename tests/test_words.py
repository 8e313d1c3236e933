"""Words for someone who is hurting: one honest frame, where to turn if not safe,
guidance for the hardest messages, and one rule for replying to them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from companion.cli.group import main
from companion.content import onboarding, reflections, timer_prompts
from companion.content.replies import CALM_REPLY_TITLE, FEELINGS_GUIDANCE
from companion.domain.advice import reply_counts_as_reaching_out, reply_guidance
from companion.domain.records import Activity, ContactAbout
from companion.ui.dialogs.confirm import ConfirmDialog
from companion.ui.dialogs.i_contacted import IContactedDialog
from companion.ui.dialogs.read_text import ReadTextDialog
from companion.ui.screens.timer import TimerScreen
from companion.ui.widgets.support import SupportCard
from tests.app_helpers import app_for, onboarded_repo, screen_text, timer_open

README = Path(__file__).resolve().parents[1] / "README.md"
TACTIC = re.compile(r"miss (you|them)\b.*room|room to miss|more room they have|the less you chase", re.I)


def test_the_missing_reason_cannot_be_read_as_a_reason_to_live() -> None:
    assert "go on" not in onboarding.WHY_MISSING
    assert "period" in onboarding.WHY_MISSING


def test_no_contact_is_never_presented_as_a_tactic() -> None:
    texts = [onboarding.WELCOME_NO_CONTACT, *timer_prompts.PROMPTS, *reflections.FIRST_DAYS,
             *reflections.MIDDLE, *reflections.LAST_WEEK, README.read_text()]
    assert [t for t in texts if TACTIC.search(t)] == []
    assert "nothing you do can make someone come back" in onboarding.WELCOME_NO_CONTACT


@pytest.mark.parametrize("about", [ContactAbout.EMOTIONAL.value, ContactAbout.REKINDLE.value])
def test_feelings_get_their_own_guidance(about: str) -> None:
    assert reply_guidance(about) == FEELINGS_GUIDANCE
    assert reply_guidance(about) != reply_guidance(ContactAbout.OTHER.value)
    assert "timer" in FEELINGS_GUIDANCE and "calm-reply guide" in FEELINGS_GUIDANCE


@pytest.mark.parametrize(("about", "replied", "counts"), [
    ("other", True, True), ("wants to talk", True, True), ("emotional", True, True),
    ("logistics", True, False), ("emergency", True, False), ("other", False, False)])
def test_one_rule_for_replying(about: str, replied: bool, counts: bool) -> None:
    assert reply_counts_as_reaching_out(about, replied) is counts


async def test_help_says_where_to_turn_if_not_safe(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert "findahelpline.com" in screen_text(app)
        assert "emergency number" in screen_text(app)


async def test_the_support_card_says_where_to_turn_if_not_safe(data_file: Path) -> None:
    async with timer_open(onboarded_repo(data_file), size=(80, 24)) as pilot:
        card = pilot.app.screen.query_one(SupportCard)
        card.next_card()  # past the breathing square: the words cards carry the line
        await pilot.pause()
        assert not card.breathing
        assert "findahelpline.com" in screen_text(pilot.app)


async def test_wanting_to_talk_offers_the_timer_and_the_guide(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        dialog = app.screen
        assert dialog.query_one("#feelings-help").display is False
        dialog.query_one("#about").value = ContactAbout.REKINDLE.value
        await pilot.pause()
        assert dialog.query_one("#feelings-help").display is True
        await pilot.click("#feelings-guide")
        await pilot.pause()
        assert isinstance(app.screen, ReadTextDialog)
        assert CALM_REPLY_TITLE in screen_text(app)
        await pilot.press("escape")
        await pilot.click("#feelings-timer")
        await pilot.pause()
        assert isinstance(app.screen, TimerScreen)


async def test_ticking_i_replied_to_a_non_essential_contact_asks_and_offers_the_slip_flow(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one("#replied").value = True
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "counts as reaching out" in app.screen.question
        contacts = lambda: [e.kind for e in repo.load().events if e.kind.startswith("contact")]  # noqa: E731
        assert contacts() == []  # nothing written before the answer
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, IContactedDialog)
        assert contacts() == ["contact_from_them"]


def test_cli_says_a_non_essential_reply_counts_as_reaching_out(data_file: Path) -> None:
    onboarded_repo(data_file)
    runner = CliRunner()
    replied = runner.invoke(main, ["log", "contact", "--from-them", "--replied", "--about", "other"])
    assert "counts as reaching out" in replied.output
    essential = runner.invoke(main, ["log", "contact", "--from-them", "--replied", "--about", "logistics"])
    assert "counts as reaching out" not in essential.output


@pytest.mark.parametrize("count, word, many, said", [
    (1, "day", None, "1 day"), (0, "day", None, "0 days"), (3, "period", None, "3 periods"),
    (1, "activity", "activities", "1 activity"), (2, "activity", "activities", "2 activities"),
    (45899, "urge", None, "45,899 urges"),
])
def test_one_way_to_count_things_everywhere(count: int, word: str, many: str | None, said: str) -> None:
    """Today, the command line, insights and `companion doctor` say counts the same way."""
    from companion.domain.text import plural

    assert plural(count, word, many) == said


def test_doctor_counts_in_words(data_file: Path) -> None:
    from tests.app_helpers import onboarded_repo

    onboarded_repo(data_file).activities.plan(Activity(title="Walk", category="body", on="2026-11-26"))
    result = CliRunner().invoke(main, ["doctor"], catch_exceptions=False)
    assert "(1 period, 0 events, 1 activity)" in result.output


def test_one_of_a_thing_is_said_in_the_singular(data_file: Path) -> None:
    """The edges where a count is 1: a lapse after one day, a reminder a minute before,
    a one-minute activity in the calendar export."""
    from datetime import datetime, timezone

    from companion.domain.strength import Strength
    from companion.exports.calendar import calendar
    from companion.ui.dialogs.i_contacted import lapse_line
    from tests.app_helpers import onboarded_repo

    after = Strength(score=40, days_kept=0, days_total=1)
    assert lapse_line(1, Strength(score=50, days_kept=1, days_total=1), after) == (
        "A lapse after 1 day: strength 50 → 40 · 0 of 1 day kept.")
    onboarded_repo(data_file)
    result = CliRunner().invoke(main, ["remind", "set", "activities", "00:01"], catch_exceptions=False)
    assert "1 minute before a planned activity" in result.output
    ics = calendar([Activity(title="Breathe", category="body", on="2026-11-26", minutes=1)], "UTC",
                   datetime(2026, 11, 26, 9, tzinfo=timezone.utc))
    assert "About 1 minute." in ics.replace("\r\n ", "")
