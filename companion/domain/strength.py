"""What a slip does not erase: days kept out of all days, and a strength score.

A slip starts a new period and the streak starts again, but the days already kept
stay kept (EVIDENCE.md: a lapse, not a relapse). Two numbers say so:

- `days_kept` / `days_total`: the days since the first period began (its start,
  the day of the last contact, is day 0 and is not counted) and how many of them
  were kept. A day is not kept when it starts a new run: the user reached out that
  day (a slip, or a new last contact given when setting up again). With no slip,
  `days_kept == days_total == streak_days`.
- `strength`, 0-100: an exponentially weighted average of kept days, the way
  habit trackers score a habit. Each day moves the score a fraction `ALPHA` of the
  way towards 100 (a kept day) or towards 0 (a day with a slip):
  `s = s + ALPHA * (kept - s)`, starting from 0 the day the first period began.
  `ALPHA = 1 - 0.5 ** (1 / HALF_LIFE_DAYS)` with `HALF_LIFE_DAYS = 13`: a day's
  weight halves after 13 days. So 30 kept days give 80, 60 give 96; one slip
  takes away `ALPHA` of the score, at most 5.2 points, so the shown (rounded)
  score never drops by more than `MAX_DROP_AFTER_ONE_SLIP` = 6 points for one slip.

Pure: dates in, numbers out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from companion.domain.periods import run_starts
from companion.domain.records import Period, PeriodStart

HALF_LIFE_DAYS = 13
ALPHA = 1 - 0.5 ** (1 / HALF_LIFE_DAYS)  # ≈ 0.0519
MAX_DROP_AFTER_ONE_SLIP = 6  # points, on the rounded 0-100 score (ALPHA * 100 ≈ 5.2, plus rounding)


def kept_days(periods: Iterable[Period], today: date) -> list[bool]:
    """One flag per day from the day after the first period began up to today:
    True for a kept day, False for a day that began a new run (a slip)."""
    starts = run_starts(periods)
    if not starts or today <= starts[0]:
        return []
    first = starts[0]
    slips = {(day - first).days for day in starts[1:] if first < day <= today}
    return [i not in slips for i in range(1, (today - first).days + 1)]


def strength_of(kept: Iterable[bool]) -> float:
    """The exact score, 0.0-1.0, after these days (oldest first)."""
    score = 0.0
    for day in kept:
        score += ALPHA * ((1.0 if day else 0.0) - score)
    return score


def points(score: float) -> int:
    """A 0.0-1.0 score as the 0-100 integer shown."""
    return max(0, min(100, round(score * 100)))


@dataclass(frozen=True)
class Strength:
    """What a slip does not erase, on one day."""

    score: int
    days_kept: int
    days_total: int

    @property
    def kept_share(self) -> float | None:
        """days_kept / days_total (None before the first full day)."""
        return self.days_kept / self.days_total if self.days_total else None


def compute_strength(periods: Sequence[Period], today: date) -> Strength:
    """The strength score and days kept on `today`."""
    kept = kept_days(periods, today)
    return Strength(points(strength_of(kept)), sum(kept), len(kept))


def strength_after_slip(periods: Sequence[Period], on: date, today: date) -> Strength:
    """What a slip on `on` would leave on `today` (for the restart dialog: "strength 88 → 83")."""
    slip = Period(started_on=on.isoformat(), started_by=PeriodStart.SLIP.value)
    return compute_strength([*periods, slip], today)
