"""History & insights driven through Pilot: open it from Today, filter, read, go back."""

from __future__ import annotations

from pathlib import Path

from companion.domain.timeline import TimelineKind
from companion.ui.dialogs.read_text import ReadTextDialog
from companion.ui.screens.history import HistoryScreen
from companion.ui.screens.today import TodayScreen
from companion.ui.widgets.timeline_view import TimelineView
from companion.ui.widgets.unsent_view import UnsentView
from companion.ui.widgets.virtual_list import VirtualList
from tests.app_helpers import app_for, onboarded_repo
from tests.history_data import history_repo


async def test_h_on_today_opens_history_and_escape_goes_back(data_file: Path) -> None:
    repo, _ = history_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        timeline = app.screen.query_one(TimelineView)
        assert timeline.list.has_focus
        assert timeline.list.row_count == len(timeline.items) > 100
        days = [item.day for item in timeline.shown]
        assert days == sorted(days, reverse=True)
        assert timeline.highlighted is timeline.shown[0]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)


async def test_filter_keys_and_cycling(data_file: Path) -> None:
    repo, _ = history_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("h", "u")
        await pilot.pause()
        timeline = app.screen.query_one(TimelineView)
        assert timeline.kind == TimelineKind.URGE
        assert timeline.shown and all(item.kind == TimelineKind.URGE for item in timeline.shown)
        assert timeline.list.row_count == len(timeline.shown)
        await pilot.press("c")
        assert {item.subkind for item in timeline.shown} == {"from_them", "from_me"}
        await pilot.press("j")
        assert [item.kind for item in timeline.shown] == [TimelineKind.JOURNAL] * 3
        await pilot.press("a")
        assert timeline.kind is None and len(timeline.shown) == len(timeline.items)
        await pilot.press("f")
        assert timeline.kind == TimelineKind.URGE
        await pilot.press("2", "m")  # a filter key from another tab goes back to the timeline
        await pilot.pause()
        assert app.screen.query_one("#history-tabs").active == "timeline"
        assert timeline.kind == TimelineKind.MOOD


async def test_moving_the_cursor_shows_the_item_in_the_detail(data_file: Path) -> None:
    repo, _ = history_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("h", "j", "down")
        await pilot.pause()
        timeline = app.screen.query_one(TimelineView)
        assert timeline.list.cursor == 1
        detail = str(app.screen.query_one("#timeline-detail").render())
        assert "2 of 3" in detail
        assert timeline.shown[1].detail.split()[0] in detail
        await pilot.press("end")
        assert timeline.list.cursor == 2


async def test_read_an_unsent_message_in_full(data_file: Path) -> None:
    repo, _ = history_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("h", "3")
        await pilot.pause()
        unsent = app.screen.query_one(UnsentView)
        assert unsent.list.has_focus
        await pilot.press("down", "down")
        message = unsent.highlighted
        assert message is not None and message.trigger == "reassurance"
        assert "Ignore this." in str(app.screen.query_one("#unsent-text").render())
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReadTextDialog)
        assert app.screen.text == message.text
        assert "Sorry. Ignore this." in str(app.screen.query_one("#read-text").render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)


async def test_enter_on_a_journal_item_reads_it(data_file: Path) -> None:
    repo, _ = history_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("h", "j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReadTextDialog)
        assert app.screen.text.startswith("Wrote a long message in the timer")


async def test_periods_and_insights_tabs(data_file: Path) -> None:
    repo, _ = history_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("h", "2")
        await pilot.pause()
        table = app.screen.query_one("#periods-table")
        assert table.row_count == 2
        assert "1 restart" in str(app.screen.query_one("#periods-summary").render())
        await pilot.press("4")
        await pilot.pause()
        hours = str(app.screen.query_one("#hours .summary").render())
        assert "between" in hours and ":00" in hours
        assert "urges passed" in str(app.screen.query_one("#passed .summary").render())


async def test_new_data_while_open_keeps_the_place(data_file: Path) -> None:
    repo, _ = history_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("h", "down", "down")
        timeline = app.screen.query_one(TimelineView)
        before = timeline.highlighted
        app.session.perform(lambda: app.session.repo.events.log_mood(4, note="a good morning"))
        await pilot.pause()
        assert timeline.shown[0].title == "Mood 4/5"
        assert timeline.highlighted == before and timeline.list.cursor == 3


async def test_discreet_mode_never_shows_the_name(data_file: Path) -> None:
    repo, _ = history_repo(data_file, discreet=True)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        timeline = app.screen.query_one(TimelineView)
        words = " ".join(item.title + " " + item.detail for item in timeline.items)
        assert "Alex" not in words and "Message received" in words
        assert "They asked when to collect the bike" in words
        for key in ("c", "n", "3", "2", "4"):
            await pilot.press(key)
            await pilot.pause()
            assert "Alex" not in app.export_screenshot()
        assert str(app.screen.query_one("#history-tabs").get_tab("unsent").label) == "3 Drafts"


async def test_a_fresh_start_says_calm_things(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        timeline = app.screen.query_one(TimelineView)
        assert [item.title for item in timeline.shown] == ["No Contact period began · 30 days"]
        await pilot.press("u")
        assert app.screen.query_one("#timeline-empty").display
        await pilot.press("3")
        assert "Nothing here yet" in str(app.screen.query_one("#unsent-empty").render())
        await pilot.press("4")
        await pilot.pause()
        assert str(app.screen.query_one("#hours .summary").render()) == \
            "Not enough urges logged yet to see a pattern."


async def test_history_is_in_the_palette(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "History" in titles
        await app.run_action("app.history")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert isinstance(app.screen.query_one("#timeline-list"), VirtualList)


async def test_the_periods_table_follows_a_theme_change(data_file: Path) -> None:
    repo, _ = history_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("h", "2")
        await pilot.pause()
        table = app.screen.query_one("#periods-table")
        before = str(table.get_cell_at((1, 3)).style)
        assert app.theme != "companion-warm"
        app.theme = "companion-warm"
        await pilot.pause()
        after = str(table.get_cell_at((1, 3)).style)
        assert before != after and app.theme_variables["warning"].lower() in after.lower()
