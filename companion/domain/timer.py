"""The impulse-delay timer's arithmetic: time left, progress, breathing, rotation.

Everything is computed from stored instants and "now", never by counting ticks, so
the countdown cannot drift and survives the app being closed.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from companion.clock import Instant, shift

if TYPE_CHECKING:
    from companion.domain.records import Timer

DEFAULT_MINUTES = 15
MIN_MINUTES = 1
MAX_MINUTES = 120
EXTEND_MINUTES = 5
MORE_MINUTES = 10
SUPPORT_SECONDS = 30
BREATH_SECONDS = 4

INTENSITY_KEYS = {str(n): n for n in range(1, 10)} | {"0": 10}


def check_minutes(minutes: int) -> int:
    """Return `minutes` if it is a usable delay, else raise ValueError."""
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValueError(f"a delay is {MIN_MINUTES} to {MAX_MINUTES} minutes")
    return minutes


def new_timer(now: Instant, minutes: int, zone: str) -> Timer:
    """A timer started at `now` for `minutes`, shown in `zone`: its end instant is
    fixed with its start (the one place a new timer is made: the store's start and the
    timer screen's TimerSession both build it here)."""
    from datetime import timedelta

    from companion.domain.records import Timer, instant_text

    return Timer(started_at=instant_text(now, zone), ends_at=instant_text(now + timedelta(minutes=minutes), zone),
                 zone=zone, minutes=minutes)


def check_intensity(value: int | None) -> int | None:
    """Return an intensity (1-10, or None for "not said"), else raise ValueError."""
    if value is not None and not 1 <= value <= 10:
        raise ValueError("an urge's strength is a number from 1 to 10")
    return value


def intensity_for_key(key: str) -> int | None:
    """The intensity a single key means: 1-9 as they are, 0 for 10; None otherwise."""
    return INTENSITY_KEYS.get(key)


def remaining_seconds(ends_at: Instant, now: Instant) -> int:
    """Whole seconds left until `ends_at` (rounded up, so 0 only once it has passed)."""
    left = (ends_at - now).total_seconds()
    return max(0, math.ceil(left))


def progress_fraction(started_at: Instant, ends_at: Instant, now: Instant) -> float:
    """How much of the wait is behind, from 0.0 (just started) to 1.0 (over)."""
    total = (ends_at - started_at).total_seconds()
    if total <= 0:
        return 1.0
    done = (now - started_at).total_seconds()
    return min(1.0, max(0.0, done / total))


def clock_face(seconds: int) -> str:
    """Seconds as the countdown shows them: "MM:SS", or "H:MM:SS" from an hour."""
    seconds = max(0, seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def extended_end(ends_at: Instant, now: Instant, minutes: int) -> Instant:
    """The new end after adding `minutes`: from the old end, or from now if it has passed."""
    base = ends_at if ends_at > now else now
    return shift(base, minutes=minutes)


def minutes_waited(started_at: Instant, ends_at: Instant, now: Instant) -> float:
    """Minutes actually held off: from the start to now, but no further than the end.

    Someone who comes back to the app hours later waited the whole delay, not the
    hours; someone who stops early waited until they stopped.
    """
    until = min(now, ends_at)
    seconds = max(0.0, (until - started_at).total_seconds())
    return round(seconds / 60, 1)


def say_waited(minutes: float) -> str:
    """How long someone held off, in plain words ("less than a minute", "15 minutes")."""
    if minutes < 1:
        return "less than a minute"
    whole = round(minutes)
    return "1 minute" if whole == 1 else f"{whole} minutes"


@dataclass(frozen=True)
class BreathPhase:
    """Where box breathing is: one of four equal phases (in, hold, out, hold)."""

    index: int
    label: str
    seconds_left: int
    fraction: float


BREATH_LABELS = ("Breathe in", "Hold", "Breathe out", "Hold")


def breathing_phase(elapsed: float, phase_seconds: int = BREATH_SECONDS) -> BreathPhase:
    """The box-breathing phase `elapsed` seconds into the exercise.

    Returns the phase (0 in, 1 hold, 2 out, 3 hold), the whole seconds left in it
    (counting down from `phase_seconds` to 1) and how far through it is (0.0-1.0).
    """
    elapsed = max(0.0, elapsed)
    cycle = phase_seconds * 4
    within_cycle = elapsed % cycle
    index = int(within_cycle // phase_seconds)
    into = within_cycle - index * phase_seconds
    left = max(1, math.ceil(phase_seconds - into))
    return BreathPhase(index, BREATH_LABELS[index], left, into / phase_seconds)


def support_slot(elapsed: float, every: int = SUPPORT_SECONDS) -> int:
    """Which support card is up: a new one every `every` seconds."""
    return int(max(0.0, elapsed) // every)


BREATHING = "breathing"
REASON = "reason"
PROMPT = "prompt"
INSTEAD = "instead"
CARD_CYCLE = (BREATHING, REASON, PROMPT, INSTEAD)


def card_kind(slot: int, has_reasons: bool) -> str:
    """What the support card shows in `slot`: breathing, a reason, a prompt, something to do.

    Without reasons of the user's own, a prompt takes their turn.
    """
    kind = CARD_CYCLE[slot % len(CARD_CYCLE)]
    if kind == REASON and not has_reasons:
        return PROMPT
    return kind


def pick(items: list[str], slot: int, seed: str) -> str:
    """The item for `slot` from a shuffled order fixed by `seed` (repeats only after all)."""
    if not items:
        return ""
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    return items[order[slot % len(order)]]
