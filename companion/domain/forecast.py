"""Forecast against reality: how strong the person expected an urge to be after
waiting, and how strong it was.

Cravings are overestimated (EVIDENCE.md: Sayette et al.); seeing your own numbers
side by side is the lesson. An urge's forecast is stored as `expected` (1-10) and
what it was after waiting as `intensity_after` (1-10). Pure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from companion.domain.records import Event, EventKind

MIN_EXPECTED, MAX_EXPECTED = 1, 10
CLOSE = 0.5  # an average within half a point counts as "about right"


def check_expected(value: int) -> int:
    """A forecast, 1-10, or ValueError."""
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_EXPECTED <= value <= MAX_EXPECTED:
        raise ValueError(f"a forecast is a whole number from {MIN_EXPECTED} to {MAX_EXPECTED}")
    return value


def _score(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and MIN_EXPECTED <= value <= MAX_EXPECTED:
        return value
    return None


@dataclass(frozen=True)
class Forecast:
    """The pairs (expected, actual), oldest first, and the sentence that says what they show."""

    pairs: list[tuple[int, int]]
    summary: str

    @property
    def expected_average(self) -> float | None:
        return sum(e for e, _ in self.pairs) / len(self.pairs) if self.pairs else None

    @property
    def actual_average(self) -> float | None:
        return sum(a for _, a in self.pairs) / len(self.pairs) if self.pairs else None


def side_by_side(expected: int, actual: int) -> str:
    """One urge's forecast beside what it was: "you expected 8; it is 3"."""
    return f"you expected {expected}; it is {actual}"


def _tenths(value: float) -> str:
    """An average as a person would say it: 8.0 as "8", 7.5 as "7.5"."""
    text = f"{value:.1f}"
    return text.removesuffix(".0")


def forecast_summary(events: Iterable[Event]) -> Forecast:
    """Expected against actual over the urges that have both, in one sentence."""
    urges = sorted((e for e in events if e.kind == EventKind.URGE.value), key=lambda e: e.at)
    pairs = [(expected, actual) for e in urges
             if (expected := _score(e.data.get("expected"))) is not None
             and (actual := _score(e.data.get("intensity_after"))) is not None]
    if not pairs:
        return Forecast(pairs, "No forecasts yet: when an urge starts, guess how strong it will "
                               "be after waiting, and see how it turns out.")
    expected = sum(e for e, _ in pairs) / len(pairs)
    actual = sum(a for _, a in pairs) / len(pairs)
    count = "1 urge" if len(pairs) == 1 else f"{len(pairs)} urges"
    head = f"Over {count} you expected {_tenths(expected)} out of 10 after waiting, and it was {_tenths(actual)}"
    if actual < expected - CLOSE:
        tail = " — urges ease more than you expect."
    elif actual > expected + CLOSE:
        tail = " — stronger than you expected; a longer wait can help."
    else:
        tail = " — your guesses have been about right."
    return Forecast(pairs, head + tail)
