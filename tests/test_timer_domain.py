"""The delay timer's arithmetic, with fixed instants."""

from __future__ import annotations

import pendulum
import pytest

from companion.domain import timer as tm

START = pendulum.parse("2026-11-26T09:00:00+00:00")
END = START.add(minutes=15)


def test_remaining_counts_down_from_the_end_instant() -> None:
    assert tm.remaining_seconds(END, START) == 900
    assert tm.remaining_seconds(END, START.add(seconds=1)) == 899
    assert tm.remaining_seconds(END, START.add(microseconds=300_000)) == 900  # rounded up
    assert tm.remaining_seconds(END, END.subtract(microseconds=1)) == 1
    assert tm.remaining_seconds(END, END) == 0
    assert tm.remaining_seconds(END, END.add(hours=3)) == 0


def test_remaining_does_not_care_about_the_zone_of_now() -> None:
    now = START.add(minutes=5).in_timezone("Asia/Kolkata")
    assert tm.remaining_seconds(END, now) == 600


def test_progress_fraction() -> None:
    assert tm.progress_fraction(START, END, START) == 0.0
    assert tm.progress_fraction(START, END, START.add(minutes=5)) == pytest.approx(1 / 3)
    assert tm.progress_fraction(START, END, END.add(minutes=1)) == 1.0
    assert tm.progress_fraction(START, END, START.subtract(minutes=1)) == 0.0
    assert tm.progress_fraction(START, START, START) == 1.0


@pytest.mark.parametrize(("seconds", "face"), [
    (900, "15:00"), (899, "14:59"), (61, "01:01"), (0, "00:00"), (-5, "00:00"),
    (3600, "1:00:00"), (3725, "1:02:05"),
])
def test_clock_face(seconds: int, face: str) -> None:
    assert tm.clock_face(seconds) == face


def test_extending_adds_to_the_end_or_to_now_once_it_has_passed() -> None:
    assert tm.extended_end(END, START.add(minutes=3), 5) == END.add(minutes=5)
    late = END.add(minutes=30)
    assert tm.extended_end(END, late, 10) == late.add(minutes=10)


def test_minutes_waited_stops_at_the_end() -> None:
    assert tm.minutes_waited(START, END, START.add(minutes=4, seconds=30)) == 4.5
    assert tm.minutes_waited(START, END, END) == 15.0
    assert tm.minutes_waited(START, END, END.add(hours=5)) == 15.0
    assert tm.minutes_waited(START, END, START.subtract(seconds=10)) == 0.0


def test_intensity_keys() -> None:
    assert tm.intensity_for_key("1") == 1
    assert tm.intensity_for_key("9") == 9
    assert tm.intensity_for_key("0") == 10
    assert tm.intensity_for_key("a") is None
    assert tm.intensity_for_key("10") is None


def test_checks() -> None:
    assert tm.check_minutes(15) == 15
    assert tm.check_intensity(None) is None
    for bad in (0, 121):
        with pytest.raises(ValueError):
            tm.check_minutes(bad)
    for bad in (0, 11):
        with pytest.raises(ValueError):
            tm.check_intensity(bad)


@pytest.mark.parametrize(("elapsed", "index", "label", "left"), [
    (0.0, 0, "Breathe in", 4),
    (0.5, 0, "Breathe in", 4),
    (3.2, 0, "Breathe in", 1),
    (4.0, 1, "Hold", 4),
    (8.0, 2, "Breathe out", 4),
    (11.9, 2, "Breathe out", 1),
    (12.0, 3, "Hold", 4),
    (15.99, 3, "Hold", 1),
    (16.0, 0, "Breathe in", 4),
    (16 * 100 + 9.0, 2, "Breathe out", 3),
    (-3.0, 0, "Breathe in", 4),
])
def test_breathing_phases(elapsed: float, index: int, label: str, left: int) -> None:
    phase = tm.breathing_phase(elapsed)
    assert (phase.index, phase.label, phase.seconds_left) == (index, label, left)
    assert 0.0 <= phase.fraction < 1.0


def test_breathing_fraction_runs_through_each_phase() -> None:
    assert tm.breathing_phase(4.0).fraction == 0.0
    assert tm.breathing_phase(6.0).fraction == pytest.approx(0.5)
    assert tm.breathing_phase(2.0, phase_seconds=2).index == 1


def test_support_rotates_every_thirty_seconds() -> None:
    assert [tm.support_slot(s) for s in (0, 29.9, 30, 59, 60, 95)] == [0, 0, 1, 1, 2, 3]
    assert tm.support_slot(-1) == 0


def test_card_kinds_cycle_and_fill_in_for_missing_reasons() -> None:
    kinds = [tm.card_kind(slot, has_reasons=True) for slot in range(8)]
    assert kinds == ["breathing", "reason", "prompt", "instead"] * 2
    assert tm.card_kind(1, has_reasons=False) == "prompt"


def test_pick_goes_through_everything_before_repeating() -> None:
    items = [f"p{n}" for n in range(10)]
    picked = [tm.pick(items, slot, "seed") for slot in range(10)]
    assert sorted(picked) == items
    assert tm.pick(items, 3, "seed") == tm.pick(items, 13, "seed")
    assert tm.pick(items, 3, "seed") == tm.pick(list(items), 3, "seed")  # stable for a seed
    assert tm.pick([], 0, "seed") == ""


@pytest.mark.parametrize(("minutes", "said"), [
    (0.0, "less than a minute"), (0.9, "less than a minute"), (1.0, "1 minute"),
    (1.4, "1 minute"), (4.5, "4 minutes"), (15.0, "15 minutes"), (20.0, "20 minutes"),
])
def test_say_waited(minutes: float, said: str) -> None:
    assert tm.say_waited(minutes) == said
