"""History & insights: the timeline, the periods, the unsent messages and the charts.

The tabs' contents live in widgets (timeline_view, periods_view, unsent_view,
insights_view); this screen computes what they show from the records and the
clock, and handles the keys.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import TabbedContent, TabPane

from companion.domain.history import period_rows, periods_summary, unsent_messages
from companion.domain.check_insights import check_pattern
from companion.domain.forecast import forecast_summary
from companion.domain.insights import compute_insights
from companion.domain.records import Event, Period
from companion.domain.strength import compute_strength
from companion.domain.timeline import (
    TIMELINE_EVENT_KINDS,
    TimelineItem,
    TimelineKind,
    build_timeline,
)
from companion.domain.timeline_pages import PagedTimeline, paged_timeline
from companion.store.repository import Snapshot
from companion.ui.screens.history_edits import HistoryEdits
from companion.ui.widgets.bars import KeyBar, TitleBar
from companion.ui.widgets.growth_view import GrowthView
from companion.ui.widgets.insights_view import InsightsView
from companion.ui.widgets.period_card import strength_line
from companion.ui.widgets.periods_view import PeriodsView
from companion.ui.widgets.timeline_view import FILTERS, TimelineView, long_date
from companion.ui.widgets.unsent_view import UnsentView, message_meta
from companion.ui.widgets.virtual_list import VirtualList

TABS = ("timeline", "periods", "unsent", "insights", "growth")
_FILTER_KINDS = {(kind.value if kind else "all"): kind for _, kind, _, _ in FILTERS}


def timeline_of(snapshot: Snapshot, today: date, day_start: time, discreet: bool, ex_name: str) -> PagedTimeline:
    """The whole timeline, of which the newest days are made now (from their lines of
    the file) and the rest the first time it is read."""
    def build_all() -> list[TimelineItem]:
        return build_timeline(snapshot.periods, snapshot.events, snapshot.activities, today, day_start,
                              discreet=discreet, ex_name=ex_name)

    events = sum(snapshot.count_events(kind) for kind in TIMELINE_EVENT_KINDS)
    return paged_timeline(snapshot.periods, today, day_start, events_since=snapshot.events_since,
                          activities_since=snapshot.activities_since, events=events, unsent=snapshot.count_unsent(),
                          build_all=build_all, discreet=discreet, ex_name=ex_name)


class HistoryScreen(HistoryEdits):
    """Everything so far, and what it says."""

    CSS_PATH = "history.tcss"
    HELP_TITLE = "History"
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("1", "tab('timeline')", "Tabs", key_display="1-5"),
        Binding("2", "tab('periods')", "Periods", show=False),
        Binding("3", "tab('unsent')", "Unsent messages", show=False),
        Binding("4", "tab('insights')", "Insights", show=False),
        Binding("5", "tab('growth')", "Growth", show=False),
        Binding("f", "next_filter", "Filter"),
        Binding("e", "edit", "Edit"),
        Binding("x,delete", "delete", "Delete", key_display="x"),
        Binding("z", "undo", "Undo"),
        Binding("enter", "read", "Read in full", show=False),
        *(Binding(key, f"filter('{kind.value if kind else 'all'}')", f"Show {label}", show=False)
          for key, kind, label, _ in FILTERS),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._stale = {"unsent", "insights"}  # tabs whose contents are drawn when first shown

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Edit and delete where there are entries to change; undo once something was deleted."""
        if action in ("edit", "delete"):
            tabs = self.query(TabbedContent)
            return not tabs or tabs.first().active in ("timeline", "unsent")
        if action == "undo":
            return bool(self.deleted)
        return True

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with TabbedContent(id="history-tabs", initial="timeline"):
            with TabPane("1 Timeline", id="timeline"):
                yield TimelineView(id="timeline-view")
            with TabPane("2 Periods", id="periods"):
                yield PeriodsView(id="periods-view")
            with TabPane("3 Unsent", id="unsent"):
                yield UnsentView(id="unsent-view")
            with TabPane("4 Insights", id="insights"):
                yield InsightsView(id="insights-view")
            with TabPane("5 Growth", id="growth"):
                yield GrowthView(id="growth-view")
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = "History"
        self.session.data_changed.subscribe(self, self._on_data)
        self.app.theme_changed_signal.subscribe(self, self._on_theme)
        self.refresh_view(self.session.snapshot)
        self.query_one("#timeline-list", VirtualList).focus()

    def _on_data(self, snapshot: Snapshot) -> None:
        self.refresh_view(snapshot, keep_place=True)

    def _on_theme(self, _theme: object) -> None:
        """The periods table holds colours of its own: redraw it in the new theme."""
        self._show_periods(self.session.snapshot.periods, self.session.clock.today())

    def _show_periods(self, periods: list[Period], today: date) -> None:
        """The periods tab: its summary, with what a slip does not erase, and the table."""
        summary = f"{periods_summary(periods, today)}\n{strength_line(compute_strength(periods, today))}"
        self.query_one(PeriodsView).show(period_rows(periods, today), summary, today)

    # Drawing -------------------------------------------------------------------

    def refresh_view(self, snapshot: Snapshot, keep_place: bool = False) -> None:
        """Recompute every tab from the records (insights when their tab is open)."""
        clock = self.session.clock
        today = clock.today()
        day_start = clock.day_starts_at
        discreet = snapshot.settings.discreet
        ex_name = snapshot.profile.ex_name if snapshot.profile else ""
        self._label_tabs(discreet)
        self.query_one(TimelineView).show(timeline_of(snapshot, today, day_start, discreet, ex_name),
                                          discreet, keep_place=keep_place)
        self._show_periods(snapshot.periods, today)
        self.query_one(GrowthView).show(snapshot, today)
        self._stale = {"unsent", "insights"}
        self._draw_pane(self.query_one(TabbedContent).active)

    def _label_tabs(self, discreet: bool) -> None:
        tabs = self.query_one(TabbedContent)
        tabs.get_tab("unsent").label = "3 Drafts" if discreet else "3 Unsent"

    def _draw_pane(self, pane: str | None) -> None:
        """Draw the unsent messages or the insights from the current records, if their
        tab shows older ones: each is worked out when its tab is first shown."""
        if pane not in self._stale:
            return
        self._stale.discard(pane)
        if pane == "unsent":
            self._draw_unsent()
        else:
            self._draw_insights()

    def _draw_unsent(self) -> None:
        snapshot = self.session.snapshot
        discreet = snapshot.settings.discreet
        ex_name = snapshot.profile.ex_name if snapshot.profile else ""
        messages = unsent_messages(snapshot.events, self.session.clock.day_starts_at,
                                   discreet=discreet, ex_name=ex_name)
        self.query_one(UnsentView).show(messages, discreet)

    def _draw_insights(self) -> None:
        snapshot = self.session.snapshot
        clock = self.session.clock
        insights = compute_insights(snapshot.events, snapshot.activities, clock.today(),
                                    clock.day_starts_at, snapshot.settings.week_start)
        view = self.query_one(InsightsView)
        view.show(insights, clock.today())
        view.show_checks(check_pattern(snapshot.events, clock.today(), clock.day_starts_at,
                                       snapshot.settings.week_start), clock.today(), snapshot.settings.discreet)
        view.show_forecast(forecast_summary(snapshot.events))
        view.show_checkins(snapshot.checkins, clock.today())

    @on(TabbedContent.TabActivated)
    def _tab_shown(self, event: TabbedContent.TabActivated) -> None:
        pane = event.pane.id
        self._draw_pane(pane)
        self._focus_tab(pane)
        self.refresh_bindings()

    def _focus_tab(self, pane: str | None) -> None:
        target = {"timeline": "#timeline-list", "periods": "#periods-table",
                  "unsent": "#unsent-list", "insights": "#insights-view",
                  "growth": "#growth-view"}.get(pane or "")
        if target:
            widget = self.query_one(target)
            if widget.display:
                widget.focus()

    # Actions -------------------------------------------------------------------

    def action_back(self) -> None:
        """Back to Today."""
        self.app.pop_screen()

    def action_tab(self, tab: str) -> None:
        """Show one tab."""
        self._draw_pane(tab)
        self.query_one(TabbedContent).active = tab
        self._focus_tab(tab)

    def action_filter(self, kind: str) -> None:
        """Show one kind of item in the timeline (from any tab)."""
        self.action_tab("timeline")
        self.query_one(TimelineView).set_filter(_FILTER_KINDS.get(kind))

    def action_next_filter(self) -> None:
        """The next filter in the bar."""
        self.action_tab("timeline")
        self.query_one(TimelineView).next_filter()

    def action_read(self) -> None:
        """Read the highlighted unsent message or journal entry in full."""
        active = self.query_one(TabbedContent).active
        if active == "unsent":
            self._read_unsent()
        elif active == "timeline":
            self._read_item(self.query_one(TimelineView).highlighted)

    @on(VirtualList.Selected)
    def _selected(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.action_read()

    def highlighted_event(self) -> Event | None:
        """The logged event under the cursor, with the tab it is in drawn first."""
        self._draw_pane(self.query_one(TabbedContent).active)
        return super().highlighted_event()

    def _read_unsent(self) -> None:
        from companion.ui.dialogs.read_text import ReadTextDialog

        self._draw_pane("unsent")
        message = self.query_one(UnsentView).highlighted
        if message is not None:
            title = "Draft" if self.session.snapshot.settings.discreet else "Unsent message"
            self.app.push_screen(ReadTextDialog(title, message_meta(message), message.text))

    def _read_item(self, item: TimelineItem | None) -> None:
        from companion.ui.dialogs.read_text import ReadTextDialog

        if item is None or not item.detail.strip():
            return
        title = item.title if item.kind != TimelineKind.JOURNAL else "Journal"
        self.app.push_screen(ReadTextDialog(title, long_date(item.day, item.time), item.detail))

    def palette_commands(self) -> list[Any]:
        """The tabs and filters by name, for the command palette."""
        from textual.app import SystemCommand

        commands = [SystemCommand(f"History: {name}", f"Show the {name.lower()} tab",
                                  lambda t=tab: self.action_tab(t))
                    for tab, name in zip(TABS, ("Timeline", "Periods", "Unsent messages", "Insights"))]
        commands += [SystemCommand(f"Timeline: show {label}", f"Filter the timeline (key {key})",
                                   lambda k=(kind.value if kind else "all"): self.action_filter(k))
                     for key, kind, label, _ in FILTERS]
        return commands
