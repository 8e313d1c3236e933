"""The Insights tab: eight small charts, each with one plain sentence under it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from companion.content import checkin as checkin_words
from companion.content.checks import short
from companion.domain.checkin import series, trend
from companion.domain.check_insights import CheckPattern
from companion.domain.forecast import Forecast
from companion.domain.growth_records import CheckIn
from companion.domain.insights import Insights
from companion.domain.records import Category
from companion.domain.urge_hours import WINDOW_HOURS
from companion.ui.session import discreet_for
from companion.ui.widgets.activity_list import CATEGORY_MARK
from companion.content.vocabulary import say
from companion.ui.widgets.charts import BAR, MUTED, PEAK, column_chart, legend, share_bar
from companion.ui.widgets.week_grid import CATEGORY_COLOUR

WIDE = 130
CHECKINS_SHOWN = 8
PASSED = ("█", "$success", "passed")
LEFT_OPEN = ("▓", "$warning", "left open")
REACHED = ("░", "$text-muted", "insight.reached")  # words from the vocabulary (discreet or not)
FORECAST_PAIRS = 12  # the latest forecasts drawn (the sentence counts them all)


def short_day(day: date, today: date) -> str:
    """"today", or "28 Oct"."""
    return "today" if day == today else f"{day.day} {day:%b}"


def day_axis(days: list[date], today: date) -> list[tuple[int, str]]:
    """Labels under a 30-day chart: the first day, the middle one, today."""
    middle = len(days) // 2
    return [(0, short_day(days[0], today)), (middle, short_day(days[middle], today)),
            (len(days) - 1, short_day(days[-1], today))]


def checkin_sentence(checkins: Sequence[CheckIn]) -> str:
    """One plain sentence on the weekly check-ins: how many, and which way they go."""
    points = series(checkins)
    if not points:
        return checkin_words.NONE_YET
    if len(points) == 1:
        return checkin_words.ONE_SO_FAR.format(latest=points[-1][1])
    return checkin_words.SEVERAL.format(trend=checkin_words.TREND_WORDS[trend(checkins) or "steady"],
                                        count=len(points), first=points[0][1], latest=points[-1][1])


class InsightPanel(Vertical):
    """A titled box with a chart and a sentence."""

    DEFAULT_CSS = """
    InsightPanel {
        height: auto;
        border: round $primary 60%;
        border-title-color: $primary;
        border-title-style: bold;
        padding: 0 1;
        margin-bottom: 1;
    }
    InsightPanel .chart { height: auto; }
    InsightPanel .summary { height: auto; margin-top: 1; }
    """

    def __init__(self, title: str, *, id: str) -> None:
        super().__init__(id=id)
        self.border_title = title

    def compose(self) -> ComposeResult:
        yield Static(classes="chart")
        yield Static(classes="summary")

    def show(self, chart: Content, summary: str) -> None:
        """Draw the chart and say what it shows."""
        shown = self.query_one(".chart", Static)
        shown.update(chart)
        shown.display = bool(chart.plain.strip())  # nothing to draw yet: the sentence alone
        self.query_one(".summary", Static).update(summary)


class InsightsView(VerticalScroll):
    """All six insights; two columns when the terminal is wide."""

    DEFAULT_CSS = """
    InsightsView { padding: 0 1; }
    InsightsView #insight-columns { height: auto; layout: vertical; }
    InsightsView #insight-columns.wide { layout: horizontal; }
    InsightsView .insight-column { height: auto; width: 100%; }
    InsightsView #insight-columns.wide .insight-column { width: 1fr; }
    InsightsView #insight-columns.wide #insight-left { margin-right: 2; }
    """

    def compose(self) -> ComposeResult:
        with Horizontal(id="insight-columns"):
            with Vertical(classes="insight-column", id="insight-left"):
                yield InsightPanel("Urges per day · last 30 days", id="per-day")
                yield InsightPanel("Urges that passed", id="passed")
                yield InsightPanel("When urges come", id="hours")
                yield InsightPanel("Forecast against reality", id="forecast")
            with Vertical(classes="insight-column", id="insight-right"):
                yield InsightPanel("Mood · last 30 days", id="mood")
                yield InsightPanel("Activities done per week", id="activities")
                yield InsightPanel("Checked on them · per week", id="checks")
                yield InsightPanel("Who you are now · weekly check-in", id="checkins")

    def on_resize(self) -> None:
        self.query_one("#insight-columns").set_class(self.size.width >= WIDE, "wide")

    def show(self, insights: Insights, today: date) -> None:
        """Draw every chart from computed insights."""
        per_day = insights.per_day
        self.query_one("#per-day", InsightPanel).show(
            column_chart(per_day.counts, height=4, axis=day_axis(per_day.days, today)), per_day.summary)
        self._show_passed(insights)
        mood = insights.mood
        self.query_one("#mood", InsightPanel).show(
            column_chart(mood.averages, height=3, top=5, top_label="5", base_label="",
                         axis=day_axis(mood.days, today)), mood.summary)
        self._show_activities(insights, today)
        hours = insights.hours
        highlight = [hours.in_window(h) for h in range(24)]
        axis = [(h, f"{h:02d}") for h in (0, 6, 12, 18, 23)]
        chart = column_chart(hours.counts, height=4, highlight=highlight, axis=axis)
        self.query_one("#hours", InsightPanel).show(chart, hours.summary)

    def show_checkins(self, checkins: Sequence[CheckIn], today: date) -> None:
        """The weekly check-in's averages (the last eight) and how they are trending."""
        points = series(checkins)[-CHECKINS_SHOWN:]
        blank = CHECKINS_SHOWN - len(points)  # slots before the first check-in: a dotted base
        axis = [(blank + n, short_day(points[n][0], today)) for n in sorted({0, len(points) - 1})] if points else []
        values: list[float | None] = [None] * blank + [value for _, value in points]
        chart = column_chart(values, height=3, top=5, gap=5, top_label="5", base_label="",
                             axis=axis) if points else Content("")
        self.query_one("#checkins", InsightPanel).show(chart, checkin_sentence(checkins))

    def _show_passed(self, insights: Insights) -> None:
        share = insights.passed
        parts = [(share.passed, *PASSED[:2]), (share.left_open, *LEFT_OPEN[:2]),
                 (share.reached_out, *REACHED[:2])]
        other = share.total - share.passed - share.left_open - share.reached_out
        if other:
            parts.append((other, "·", MUTED))
        reached = (*REACHED[:2], say(REACHED[2], discreet_for(self)))
        key = legend([(mark, colour, f"{words} {count:,}") for (mark, colour, words), count in
                      zip((PASSED, LEFT_OPEN, reached), (share.passed, share.left_open, share.reached_out))])
        chart = Content("\n").join([share_bar(parts, 40), key])
        self.query_one("#passed", InsightPanel).show(chart, share.summary)

    def _show_activities(self, insights: Insights, today: date) -> None:
        weekly = insights.activities
        lines: list[Content] = []
        for first, counts in zip(weekly.weeks, weekly.counts):
            parts: list[str | tuple[str, str]] = [(f"{first.day:>2} {first:%b}  ", MUTED)]
            total = sum(counts.values())
            shown = 0
            for category in Category:
                n = min(counts.get(category.value, 0), max(0, 40 - shown))
                shown += n
                if n:
                    parts.append((CATEGORY_MARK[category.value] * n, CATEGORY_COLOUR[category.value]))
            parts.append((f" {total}" if total else "·", MUTED))
            lines.append(Content.assemble(*parts))
        lines.append(legend([(CATEGORY_MARK[c.value], CATEGORY_COLOUR[c.value], c.value) for c in Category]))
        self.query_one("#activities", InsightPanel).show(Content("\n").join(lines), weekly.summary)

    def show_checks(self, pattern: CheckPattern, today: date, discreet: bool) -> None:
        """Checks on them per week, and the hours they happen (discreet: "looked back")."""
        panel = self.query_one("#checks", InsightPanel)
        panel.border_title = f"{short(discreet)} · per week"
        weeks = column_chart(pattern.per_week, height=3, gap=2,
                             axis=[(0, short_day(pattern.weeks[0], today)),
                                   (len(pattern.weeks) - 1, "this week")])
        hours = column_chart(pattern.hours, height=2, axis=[(h, f"{h:02d}") for h in (0, 6, 12, 18, 23)],
                             highlight=[pattern.window_start is not None
                                        and (h - pattern.window_start) % 24 < WINDOW_HOURS for h in range(24)])
        panel.show(Content("\n").join([weeks, Content.styled("by hour of the day", MUTED), hours]),
                   pattern.summary)

    def show_forecast(self, forecast: Forecast) -> None:
        """Expected (muted) beside actual (accent) for the latest urges that have both."""
        pairs = forecast.pairs[-FORECAST_PAIRS:]
        values = [value for pair in pairs for value in pair]
        chart = column_chart(values, height=3, top=10, top_label="10", highlight=[False, True] * len(pairs))
        key = legend([("█", BAR, "expected"), ("█", PEAK, "after waiting")])
        self.query_one("#forecast", InsightPanel).show(Content("\n").join([chart, key]), forecast.summary)
