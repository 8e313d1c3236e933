"""How fast the foundation answers: `companion status` and logging into a long history.

Run: `python benchmarks/foundation.py [--runs 15] [--log-runs 9]`. Prints a table:

- `companion status` against `python -c "import click"` (the floor for any click
  program), interleaved so that both see the same machine load; medians;
- the same on a file holding ten years of dense history (~40,000 events, generated
  with a fixed seed);
- logging one event into that file: `repo.events.log_urge` in-process and the whole
  `companion log urge` command; medians of several runs.

Not a test: timings depend on the machine. Everything happens in a temp folder.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

NOW = "2026-11-26T09:00:00+00:00"
YEARS = 10
SEED = 20261126


def dense_history(path: Path, years: int = YEARS, seed: int = SEED) -> int:
    """Write `years` of dense, plausible history to `path`; returns the number of events."""
    from companion.clock import parse_instant
    from companion.domain.records import (
        Activity, Category, Event, Period, PeriodOutcome, PeriodStart, Profile, Settings,
    )
    from companion.store.fileformat import write
    from companion.store.fileformat.migrations import empty_document

    rng = random.Random(seed)
    end = parse_instant(NOW)
    first_day = (end.subtract(years=years)).date()
    document = empty_document()

    def put(table: str, record: object) -> None:
        rows = document[table]
        rows[str(len(rows) + 1)] = record.to_dict()  # type: ignore[attr-defined]

    put("profile", Profile(name="Sam", ex_name="Alex", created_at=f"{first_day}T09:00:00+00:00"))
    put("settings", Settings(zone="Europe/London"))
    starts = [first_day]
    day = first_day
    while True:  # a slip every few months
        day += timedelta(days=rng.randint(40, 200))
        if day >= end.date():
            break
        starts.append(day)
    for index, start in enumerate(starts):
        last = index == len(starts) - 1
        put("periods", Period(
            started_on=start.isoformat(), length_days=rng.choice([21, 30, 45, 60]),
            started_by=PeriodStart.ONBOARDING.value if index == 0 else PeriodStart.SLIP.value,
            outcome=PeriodOutcome.ONGOING.value if last else PeriodOutcome.RESTARTED.value,
            ended_on=None if last else starts[index + 1].isoformat(),
            created_at=f"{start}T20:00:00+00:00"))
    events = 0
    day = first_day
    while day <= end.date() - timedelta(days=1):
        base = parse_instant(f"{day.isoformat()}T07:00:00", "Europe/London")
        for _ in range(rng.randint(7, 15)):  # ~11 a day
            at = base.add(minutes=rng.randint(0, 16 * 60))
            kind = rng.choices(["urge", "mood", "journal", "contact_from_them"], [6, 4, 1, 0.2])[0]
            if kind == "urge":
                data = {"intensity_before": rng.randint(1, 10), "intensity_after": rng.randint(1, 10),
                        "outcome": rng.choice(["resisted", "resisted", "resisted", "unresolved"]),
                        "handled": rng.choice(["timer", "logged"]), "note": "wanted to text"}
            elif kind == "mood":
                data = {"score": rng.randint(1, 5), "note": ""}
            elif kind == "journal":
                data = {"text": "A long walk, a call with a friend, an early night. " * 3}
            else:
                data = {"channel": "text", "about": "logistics", "replied": False, "note": ""}
            put("events", Event(kind=kind, at=at.in_timezone("Europe/London").isoformat(),
                                zone="Europe/London", data=data))
            events += 1
        if day.weekday() in (0, 2, 4, 5, 6):
            put("activities", Activity(title="Run by the river", category=rng.choice(list(Category)).value,
                                       on=day.isoformat(), done=rng.random() < 0.7,
                                       created_at=f"{day}T08:00:00+00:00"))
        day += timedelta(days=1)
    write(path, document)
    return events


def timed(command: list[str], env: dict[str, str]) -> float:
    """Wall time of one run of `command`, in seconds."""
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def interleaved(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, float]:
    """Median wall time of each command, run in turn `runs` times (after one warm-up each)."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():
        timed(command, env)
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(timed(command, env))
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each command (interleaved)")
    parser.add_argument("--log-runs", type=int, default=9, help="runs of logging into the long file")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="companion-bench-"))
    try:
        small = folder / "small" / "companion.json"
        big = folder / "big" / "companion.json"
        env = {**os.environ, "COMPANION_NOW": NOW, "COMPANION_DATA_FILE": str(small)}
        env.pop("COMPANION_DEBUG", None)
        companion = [sys.executable, "-m", "companion"]
        subprocess.run([*companion, "init", "--last-contact", "6 days ago", "--length", "30"],
                       env=env, stdout=subprocess.DEVNULL, check=True)
        for _ in range(5):
            subprocess.run([*companion, "log", "urge"], env=env, stdout=subprocess.DEVNULL, check=True)
        events = dense_history(big)
        size_mb = big.stat().st_size / 1e6
        env_big = {**env, "COMPANION_DATA_FILE": str(big)}

        medians = interleaved({
            "python -c 'import click'": [sys.executable, "-c", "import click"],
            "companion status": [*companion, "status"],
            "companion status --json": [*companion, "status", "--json"],
        }, env, args.runs)
        big_medians = interleaved({
            "python -c 'import click'": [sys.executable, "-c", "import click"],
            "companion status (10 years)": [*companion, "status"],
        }, env_big, max(5, args.runs // 3))

        from companion.clock import MovableSource, parse_instant
        from companion.store.repository import Repository

        in_process = []
        for run in range(args.log_runs):
            repo = Repository(big, source=MovableSource(parse_instant(NOW)))
            start = time.perf_counter()
            repo.events.log_urge(note=f"bench {run}")
            in_process.append(time.perf_counter() - start)
        cli_log = [timed([*companion, "log", "urge", "--note", "bench"], env_big)
                   for _ in range(args.log_runs)]

        click_time = medians["python -c 'import click'"]
        rows = [(name, value, value / click_time) for name, value in medians.items()]
        big_click = big_medians["python -c 'import click'"]
        rows.append(("companion status (10 years)", big_medians["companion status (10 years)"],
                     big_medians["companion status (10 years)"] / big_click))
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; {args.runs} interleaved runs, medians")
        print(f"{'command':44} {'median':>10} {'× click':>8}")
        for name, value, ratio in rows:
            print(f"{name:44} {value * 1000:8.1f}ms {ratio:8.2f}")
        print()
        print(f"10-year history: {events} events, {size_mb:.1f} MB; {args.log_runs} runs, medians")
        print(f"{'log one event: repo.events.log_urge':44} {statistics.median(in_process) * 1000:8.1f}ms")
        print(f"{'log one event: companion log urge':44} {statistics.median(cli_log) * 1000:8.1f}ms")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
