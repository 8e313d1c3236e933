"""The weekly check-in on knowing who you are (self-concept clarity): when it is due
and how it is trending (EVIDENCE.md: who am I now)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from companion.domain.growth_records import CheckIn
from companion.domain.text import clean_line

ITEM_COUNT = 3
EVERY_DAYS = 7
TREND_MARGIN = 0.5  # a change of mean smaller than this is "steady"


def make_checkin(scores: Sequence[int], note: str, today: date) -> CheckIn:
    """A check-in, or ValueError naming what is wrong."""
    if len(scores) != ITEM_COUNT:
        raise ValueError(f"a check-in has {ITEM_COUNT} answers")
    if any(isinstance(s, bool) or not isinstance(s, int) or not 1 <= s <= 5 for s in scores):
        raise ValueError("each answer is a number from 1 to 5")
    return CheckIn(on=today.isoformat(), scores=list(scores), note=clean_line(note, 300).text)


def last_on(checkins: Iterable[CheckIn]) -> date | None:
    """The date of the latest check-in."""
    days = [c.on for c in checkins if c.on]
    return date.fromisoformat(max(days)) if days else None


def due(checkins: Iterable[CheckIn], today: date) -> bool:
    """Whether a check-in is due: none yet, or the last one a week or more ago."""
    last = last_on(checkins)
    return last is None or today - last >= timedelta(days=EVERY_DAYS)


def mean(checkin: CheckIn) -> float:
    """The check-in's average score."""
    return sum(checkin.scores) / len(checkin.scores) if checkin.scores else 0.0


def series(checkins: Iterable[CheckIn]) -> list[tuple[date, float]]:
    """(date, average) of each check-in, oldest first."""
    kept = sorted((c for c in checkins if c.on and c.scores), key=lambda c: c.on)
    return [(date.fromisoformat(c.on), mean(c)) for c in kept]


def trend(checkins: Iterable[CheckIn]) -> str | None:
    """"up", "down" or "steady": the latest average against the mean of the ones before
    it (up to three); None with fewer than two check-ins."""
    points = [value for _, value in series(checkins)]
    if len(points) < 2:
        return None
    before = points[-4:-1]
    change = points[-1] - sum(before) / len(before)
    if change >= TREND_MARGIN:
        return "up"
    if change <= -TREND_MARGIN:
        return "down"
    return "steady"

