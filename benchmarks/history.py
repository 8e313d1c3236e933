"""Measure History on years of data: 40,000 events (about five years at 22 a day).

Run from the repository root:

    python benchmarks/history.py [--events 40000] [--runs 3]

It writes a throw-away data file (a profile through the Repository, then the events
imported in one go), and reports, as medians over the runs:

1. the pure computations on their own (CPU time): the timeline, the unsent messages,
   the insights;
2. opening History from Today in the app (headless, 80x24 and 160x48; wall time, which
   includes Pilot's own waiting): from the `h` key press until the screen is mounted,
   the timeline drawn and the app idle — next to the same figure for six weeks of
   data (tests/history_data.py), so the cost of the 40,000 events stands out;
3. moving through the timeline: the CPU time of one page-down (mean of 100, then `end`);
4. switching to the Insights tab (computed on first view).

Nothing here touches the user's real data file or config.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Self

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NOW = "2026-11-26T09:00:00+00:00"
ZONE = "Europe/London"


def build(path: Path, count: int) -> None:
    """An onboarded data file with `count` events over the years before NOW."""
    import pendulum

    from companion.clock import MovableSource
    from companion.domain.records import Activity, Event, Period, Profile, Settings
    from companion.store.repository import Repository

    rng = random.Random(11)
    repo = Repository(path, source=MovableSource(pendulum.parse(NOW)))  # type: ignore[arg-type]
    repo.setup.complete_onboarding(Profile(name="Sam", ex_name="Alex"), Settings(zone=ZONE), date(2026, 11, 1), 30)
    document = repo.data.export_document()
    now = pendulum.parse(NOW)
    span_minutes = 5 * 365 * 24 * 60
    kinds = ["urge"] * 5 + ["mood"] * 3 + ["journal", "contact_from_them"]
    events: dict[str, Any] = {}
    for i in range(count):
        moment = now.subtract(minutes=rng.randrange(1, span_minutes)).in_timezone(ZONE)  # type: ignore[union-attr]
        kind = rng.choice(kinds)
        data: dict[str, Any]
        if kind == "urge":
            data = {"intensity_before": rng.randint(3, 10), "intensity_after": rng.randint(1, 6),
                    "outcome": rng.choice(["resisted", "resisted", "unresolved", "contacted"]),
                    "handled": rng.choice(["timer", "logged"]), "note": "",
                    "unsent_message": "I wanted to say something." if rng.random() < 0.2 else "",
                    "trigger": "reassurance", "minutes_planned": 15, "minutes_waited": 15.0}
        elif kind == "mood":
            data = {"score": rng.randint(1, 5), "note": ""}
        elif kind == "journal":
            data = {"text": "A day like many. " * rng.randint(1, 20)}
        else:
            data = {"channel": "text", "about": "logistics", "replied": False, "note": ""}
        event = Event(kind=kind, at=moment.isoformat(), zone=ZONE, data=data)
        events[str(i + 1)] = event.to_dict()
    document["events"] = events
    periods = {}
    start = date(2021, 12, 1)
    for i in range(60):
        ended = start + timedelta(days=rng.randint(3, 40))
        if ended >= date(2026, 11, 1):
            break
        period = Period(started_on=start.isoformat(), length_days=30, started_by="slip" if i else "onboarding",
                        ended_on=ended.isoformat(), outcome="restarted after a slip")
        periods[str(i + 1)] = period.to_dict()
        start = ended
    periods[str(len(periods) + 1)] = next(iter(document["periods"].values()))
    document["periods"] = periods
    activities = {}
    for i in range(200):
        day = date(2026, 11, 26) - timedelta(days=rng.randrange(0, 400))
        activity = Activity(title=f"Activity {i}", category=rng.choice(["people", "body", "work", "challenge", "joy"]),
                            on=day.isoformat(), done=rng.random() < 0.7)
        activities[str(i + 1)] = activity.to_dict()
    document["activities"] = activities
    repo.data.import_document(document, merge=False)


def timed(action: Callable[[], Any]) -> float:
    """CPU seconds of one call (the machine may be shared: CPU time is steadier than wall time)."""
    start = time.process_time()
    action()
    return time.process_time() - start


def pure(path: Path) -> dict[str, float]:
    """Seconds for the computations History does, without the UI."""
    from companion.domain.history import unsent_messages
    from companion.domain.insights import compute_insights
    from companion.domain.timeline import build_timeline
    from companion.store.repository import Repository

    repo = Repository(path)
    figures = {"load the data file": timed(repo.load)}
    snap = repo.load()
    clock = repo.clock(snap.settings)
    today = clock.today()
    figures["build the timeline"] = timed(lambda: build_timeline(
        snap.periods, snap.events, snap.activities, today, clock.day_starts_at, ex_name="Alex"))
    figures["unsent messages"] = timed(lambda: unsent_messages(snap.events, clock.day_starts_at))
    figures["insights"] = timed(lambda: compute_insights(snap.events, snap.activities, today,
                                                         clock.day_starts_at, snap.settings.week_start))
    return figures


class Stopwatch:
    """Wall and CPU seconds of a block (CPU is what the app itself spent, waiting excluded)."""

    def __enter__(self) -> Self:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


async def in_app(path: Path, size: tuple[int, int]) -> dict[str, float]:
    """Seconds to open History from Today, page through it, and open Insights."""
    from companion.store.repository import Repository
    from companion.ui.app import make_app
    from companion.ui.screens.history import HistoryScreen

    app = make_app(Repository(path))
    figures: dict[str, float] = {}
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        with Stopwatch() as watch:
            await pilot.press("h")
            await pilot.pause()
        assert isinstance(app.screen, HistoryScreen), app.screen
        figures["open History (wall)"], figures["open History (CPU)"] = watch.wall, watch.cpu
        with Stopwatch() as watch:
            for _ in range(100):
                await pilot.press("pagedown")
            await pilot.press("end")
            await pilot.pause()
        figures["one page-down (CPU, mean of 100)"] = watch.cpu / 101
        with Stopwatch() as watch:
            await pilot.press("4")
            await pilot.pause()
        figures["open Insights tab (wall)"], figures["open Insights tab (CPU)"] = watch.wall, watch.cpu
        with Stopwatch() as watch:
            await pilot.press("escape")
            await pilot.pause()
        figures["back to Today (wall)"] = watch.wall
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["COMPANION_NOW"] = NOW
        os.environ["COMPANION_CONFIG_DIR"] = str(Path(folder) / "config")
        os.environ["TZ"] = "UTC"
        path = Path(folder) / "companion.json"
        os.environ["COMPANION_DATA_FILE"] = str(path)
        print(f"building {args.events:,} events…", flush=True)
        build(path, args.events)
        print(f"data file: {path.stat().st_size / 1e6:.1f} MB")
        small = Path(folder) / "six-weeks.json"
        from tests.history_data import build_history

        build_history(small)
        results: dict[str, list[float]] = {}
        for _ in range(args.runs):
            for name, value in pure(path).items():
                results.setdefault(f"{name} (CPU)", []).append(value)
            for size in ((80, 24), (160, 48)):
                for name, value in asyncio.run(in_app(path, size)).items():
                    results.setdefault(f"{name} at {size[0]}x{size[1]}", []).append(value)
                for name, value in asyncio.run(in_app(small, size)).items():
                    if name.startswith(("open History", "one page-down")):
                        results.setdefault(f"{name} at {size[0]}x{size[1]}, six weeks", []).append(value)
        width = max(len(name) for name in results)
        for name, values in results.items():
            print(f"{name:<{width}}  {statistics.median(values) * 1000:8.0f} ms  "
                  f"(runs: {', '.join(f'{v * 1000:.0f}' for v in values)})")


if __name__ == "__main__":
    main()
