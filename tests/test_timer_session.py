"""The timer's state without Textual: a TimerSession on a clock the test moves."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.domain.records import Timer, UrgeOutcome
from companion.domain.timer_session import Elsewhere, TimerSession

START = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)


class FixedClock:
    """A clock that stands still until the test moves it."""

    def __init__(self, at: datetime = START) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


def new_session(minutes: int = 15, zone: str = "Europe/Amsterdam") -> tuple[TimerSession, FixedClock]:
    clock = FixedClock()
    return TimerSession.begin(None, clock, zone, minutes), clock


def running(minutes: int = 15, **fields: object) -> Timer:
    return Timer(started_at="2026-11-26T09:00:00+00:00",
                 ends_at=(START + timedelta(minutes=minutes)).isoformat(),
                 zone="UTC", minutes=minutes, **fields)  # type: ignore[arg-type]


def test_a_new_timer_starts_now_and_waits_to_be_written() -> None:
    wait, _ = new_session(10)
    assert wait.start_unsaved and not wait.resumed and wait.persisted
    assert wait.timer.started_at == "2026-11-26T10:00:00+01:00"  # said in the zone's offset
    assert wait.timer.ends_at == "2026-11-26T10:10:00+01:00" and wait.timer.minutes == 10
    assert wait.face() == "10:00" and wait.ends_text == "10:10"


@pytest.mark.parametrize(("asked", "length"), [(0, 1), (500, 120), (45, 45)])
def test_the_length_is_kept_within_what_a_delay_can_be(asked: int, length: int) -> None:
    wait, _ = new_session(asked)
    assert wait.timer.minutes == length and wait.remaining() == length * 60


def test_a_running_timer_is_picked_up_as_it_is() -> None:
    clock = FixedClock(START + timedelta(minutes=6, seconds=20))
    record = running(intensity_before=7, unsent_message="hi", trigger="closure")
    wait = TimerSession.begin(record, clock, "UTC", 30)
    assert wait.resumed and not wait.start_unsaved and wait.timer is record
    assert wait.face() == "08:40" and wait.message == "hi"
    assert wait.fraction() == pytest.approx(380 / 900)


def test_the_countdown_follows_the_clock_not_ticks() -> None:
    wait, clock = new_session(15)
    clock.advance(minutes=14, seconds=59, microseconds=500_000)
    assert wait.face() == "00:01" and wait.remaining() == 1 and wait.early()
    clock.advance(seconds=1)
    assert wait.face() == "00:00" and not wait.early() and wait.fraction() == 1.0
    clock.advance(hours=3)  # back hours later: the whole delay was waited, not the hours
    assert wait.minutes_waited() == 15.0 and wait.elapsed() == pytest.approx(3 * 3600 + 15 * 60 + 0.5)


def test_the_turn_of_each_second() -> None:
    wait, clock = new_session(15)
    clock.advance(seconds=2, microseconds=250_000)
    assert wait.seconds_to_next_turn() == pytest.approx(0.75)
    assert wait.seconds_since_turn(clock()) == pytest.approx(0.25)


def test_a_digit_is_the_strength_unless_the_forecast_was_asked() -> None:
    wait, _ = new_session()
    assert wait.strength_key(8) == {"intensity_before": 8}
    wait.ask_forecast()
    assert wait.forecasting
    assert wait.strength_key(4) == {"expected": 4} and not wait.forecasting
    assert (wait.timer.intensity_before, wait.timer.expected) == (8, 4)
    with pytest.raises(ValueError):
        wait.strength_key(11)


def test_the_trigger_and_the_message_say_what_to_save() -> None:
    wait, _ = new_session()
    assert wait.choose_trigger("reassurance") == {"trigger": "reassurance"}
    assert wait.timer.trigger == "reassurance"
    assert wait.message_to_save() is None  # nothing typed
    wait.write("miss u")
    assert wait.message_dirty and wait.message_to_save() == "miss u"
    assert wait.message_to_save() is None  # saved once
    assert not wait.message_kept(None) and wait.timer.unsent_message == "miss u"


def test_a_message_the_file_shortened_is_said() -> None:
    wait, _ = new_session()
    wait.write("x" * 50)
    wait.message_to_save()
    saved = running(unsent_message="x" * 20)
    assert wait.message_kept(saved) and wait.timer.unsent_message == "x" * 20


def test_writing_the_start_keeps_what_the_file_holds() -> None:
    wait, _ = new_session(15, zone="UTC")
    assert not wait.start_written(running(15, id=wait.timer.id)) and not wait.start_unsaved
    other, _ = new_session(15, zone="UTC")
    earlier = Timer(started_at="2026-11-26T08:50:00+00:00", ends_at="2026-11-26T09:05:00+00:00",
                    unsent_message="already here")
    assert other.start_written(earlier)  # another timer was running: count that one
    assert other.message == "already here" and other.face() == "05:00"


def test_a_start_that_cannot_be_written_still_counts_in_memory() -> None:
    wait, clock = new_session(15)
    wait.start_written(None)
    assert not wait.persisted and not wait.start_unsaved
    wait.extend(5, None)
    assert wait.face() == "20:00" and wait.timer.minutes == 20
    clock.advance(minutes=25)  # over: more time counts from now, not from the old end
    wait.ended = True
    wait.extend(10, None)
    assert not wait.ended and wait.face() == "10:00" and wait.timer.minutes == 30


def test_an_extension_saved_is_counted_as_saved() -> None:
    wait, _ = new_session(15, zone="UTC")
    wait.extend(5, running(25))
    assert wait.face() == "25:00" and wait.ends_text == "09:25"


def test_a_slip_of_a_key_only_in_the_first_seconds_with_nothing_written() -> None:
    wait, clock = new_session()
    clock.advance(seconds=5)
    assert wait.may_be_mistake(10)
    wait.write("   ")
    assert wait.may_be_mistake(10)
    wait.write("something")
    assert not wait.may_be_mistake(10)
    quiet, clock = new_session()
    clock.advance(seconds=11)
    assert not quiet.may_be_mistake(10)


def test_what_another_process_did() -> None:
    clock = FixedClock()
    wait = TimerSession.begin(running(15), clock, "UTC", 15)
    assert wait.changed_elsewhere(wait.timer) is Elsewhere.NOTHING
    longer = running(20, id=wait.timer.id)
    wait.ended = True
    assert wait.changed_elsewhere(longer) is Elsewhere.EXTENDED
    assert wait.face() == "20:00" and not wait.ended
    assert wait.changed_elsewhere(running(30)) is Elsewhere.NOTHING  # another timer: not ours
    assert wait.changed_elsewhere(None) is Elsewhere.ENDED and wait.finishing
    assert wait.changed_elsewhere(None) is Elsewhere.NOTHING  # closing already


def test_nothing_elsewhere_counts_before_the_start_is_written() -> None:
    wait, _ = new_session()
    assert wait.changed_elsewhere(None) is Elsewhere.NOTHING and not wait.finishing


def test_the_end_of_a_wait_and_its_outcome() -> None:
    wait, clock = new_session()
    clock.advance(minutes=15)
    wait.time_is_up()
    assert wait.ended and not wait.may_be_mistake(60)
    wait.close(UrgeOutcome.RESISTED, 3)
    assert wait.finishing and (wait.outcome, wait.intensity_after) == (UrgeOutcome.RESISTED, 3)
    assert wait.changed_elsewhere(None) is Elsewhere.NOTHING  # closing already: not "ended elsewhere"
    wait.stay_open()  # the outcome could not be logged: the wait goes on
    assert not wait.finishing and wait.outcome is None
    wait.close(None)  # closed without logging anything
    assert wait.finishing and wait.outcome is None


@given(minutes=st.integers(1, 120), seconds=st.integers(0, 3 * 3600))
def test_the_face_never_runs_backwards_or_below_zero(minutes: int, seconds: int) -> None:
    wait, clock = new_session(minutes, zone="UTC")
    before = wait.remaining()
    clock.advance(seconds=seconds)
    after = wait.remaining()
    assert 0 <= after <= before and after == max(0, minutes * 60 - seconds)
    assert 0.0 <= wait.fraction() <= 1.0
