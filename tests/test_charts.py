"""The text charts: columns of eighth blocks, the share bar, axis labels."""

from __future__ import annotations

from companion.ui.widgets.charts import axis_labels, column_cells, column_chart, share_bar


def test_column_cells_fill_from_the_bottom() -> None:
    assert column_cells(4, 4, 2) == ["█", "█"]
    assert column_cells(2, 4, 2) == [" ", "█"]
    assert column_cells(1, 4, 2) == [" ", "▄"]
    assert column_cells(0, 4, 2) == [" ", " "]
    assert column_cells(None, 4, 2) == [" ", " "]


def test_a_single_small_value_is_never_invisible() -> None:
    assert column_cells(1, 100, 4) == [" ", " ", " ", "▁"]


def test_column_chart_has_labels_baseline_and_axis() -> None:
    chart = column_chart([0, 2, None, 1], height=2, axis=[(0, "a"), (3, "z")])
    lines = chart.plain.split("\n")
    assert lines == ["2   █    ", "    █   █", "0 ────·──", "  a     z"]


def test_share_bar_fills_the_width_and_keeps_every_part() -> None:
    bar = share_bar([(98, "█", "$success"), (1, "▓", "$warning"), (1, "░", "$text-muted")], 20)
    assert len(bar.plain) == 20
    assert bar.plain.count("▓") == 1 and bar.plain.count("░") == 1
    assert share_bar([(0, "█", "$success")], 5).plain == "░░░░░"


def test_axis_labels_skip_what_would_overlap() -> None:
    assert axis_labels([(0, "28 Oct"), (3, "29 Oct"), (10, "today")], 15).plain == "28 Oct    today"
