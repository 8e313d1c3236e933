"""Companion's speed and memory against fair baselines, as whole processes.

    python benchmarks/run.py [--runs 10] [--cpu-seconds 60] [--cpu-runs N]
    python benchmarks/run.py --quick        # a tiny setting, to check the script works

Each compared pair is run interleaved (A, B, A, B, …) so that machine load hits both
alike, and the table shows medians and ratios against the targets. The timer's CPU is
also set against a minimal app that counts down once a second (a reference, marked so). Data sets are
generated with a fixed seed in a temporary folder; nothing else is touched.
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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.foundation import NOW, dense_history  # noqa: E402
from benchmarks.harness import (  # noqa: E402
    MINIMAL,
    MINIMAL_COUNTDOWN,
    MINIMAL_MARKER,
    count_instructions,
    run_painted,
    run_timed,
)

TODAY_MARKER = "No Contact"
TIMER_MARKER = "Delay timer"
SEED = 7

PLAIN_TRANSACTION = """
import json, os, sys, tempfile, uuid
path = sys.argv[1]
with open(path, "rb") as handle:
    document = json.loads(handle.read())
events = document.setdefault("events", {})
events[str(max(map(int, events), default=0) + 1)] = {
    "id": str(uuid.uuid4()), "kind": "urge", "at": "2026-11-26T09:00:00+00:00", "zone": "UTC",
    "date_only": False, "data": {"outcome": "resisted"}}
data = json.dumps(document, separators=(",", ":")).encode()
fd, temp = tempfile.mkstemp(dir=os.path.dirname(path))
with os.fdopen(fd, "wb") as handle:
    handle.write(data)
    handle.flush()
    os.fsync(handle.fileno())
os.replace(temp, path)
"""


@dataclass
class Figure:
    """One line of the table."""

    name: str
    ours: float
    theirs: float
    unit: str
    against: str
    target: float

    @property
    def ratio(self) -> float:
        return self.ours / self.theirs if self.theirs else float("inf")


def companion_command() -> list[str]:
    """The installed console script, else `python -m companion`."""
    script = Path(sys.executable).with_name("companion")
    return [str(script)] if script.exists() else [sys.executable, "-m", "companion"]


def onboarded(path: Path) -> None:
    """A data file as after onboarding, with nothing logged yet."""
    from companion.clock import MovableSource, parse_instant
    from companion.domain.records import Profile, Settings
    from companion.store.repository import Repository

    repo = Repository(path, source=MovableSource(parse_instant(NOW)))
    repo.complete_onboarding(Profile(name="Sam", ex_name="Alex", reasons=["I want calm"]),
                             Settings(zone="Europe/London"), date(2026, 11, 20), 30)
    repo.celebrate_milestones()


def ten_years(path: Path, years: int = 10) -> tuple[int, int]:
    """~40,000 events and ~5,000 activities over ten years (fixed seed)."""
    import json

    from companion.clock import MovableSource, parse_instant
    from companion.domain.records import Activity, Category
    from companion.store.fileformat import write
    from companion.store.repository import Repository

    events = dense_history(path, years=years, seed=SEED)
    document = json.loads(path.read_bytes())
    rng = random.Random(SEED)
    activities = document["activities"]
    end = date(2026, 11, 26)
    day = end - timedelta(days=int(365 * years))
    while day <= end:
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
            activity = Activity(title="Evening walk", category=rng.choice(list(Category)).value,
                                on=day.isoformat(), done=day < end and rng.random() < 0.7)
            activities[str(len(activities) + 1)] = activity.to_dict()
        day += timedelta(days=1)
    write(path, document)
    Repository(path, source=MovableSource(parse_instant(NOW))).celebrate_milestones()
    return events, len(activities)


def interleave(runs: int, *measures: Callable[[], float]) -> list[float]:
    """Medians of each measure, run in turn `runs` times after one warm-up each."""
    for measure in measures:
        measure()
    values: list[list[float]] = [[] for _ in measures]
    for _ in range(runs):
        for index, measure in enumerate(measures):
            values[index].append(measure())
    return [statistics.median(v) for v in values]


def imports_textual(command: list[str], env: dict[str, str]) -> bool:
    """Whether a command imports Textual (read from -X importtime)."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "companion", *command[1:]],
                          env=env, cwd=ROOT, capture_output=True, text=True)
    return any(line.rsplit("|", 1)[-1].strip().startswith("textual") for line in done.stderr.splitlines())


def measure(args: argparse.Namespace, work: Path) -> tuple[list[Figure], list[str]]:
    notes: list[str] = []
    small, big = work / "small" / "companion.json", work / "big" / "companion.json"
    onboarded(small)
    years = 1 if args.quick else 10
    events, activities = ten_years(big, years)
    notes.append(f"big file: {events:,} events, {activities:,} activities, {big.stat().st_size / 1e6:.1f} MB")
    env = {k: v for k, v in os.environ.items() if k not in ("COMPANION_DEBUG",)}
    env.update({"COMPANION_NOW": NOW, "PYTHONDONTWRITEBYTECODE": ""})
    env.pop("PYTHONDONTWRITEBYTECODE")
    companion = companion_command()
    out = work / "out.json"

    def app(data: Path, *extra: str, marker: str = TODAY_MARKER, seconds: float = 0) -> dict[str, float]:
        copy = work / "run" / "companion.json"
        shutil.rmtree(copy.parent, ignore_errors=True)
        copy.parent.mkdir()
        shutil.copy(data, copy)
        return run_painted([*companion, *extra], marker, out, {**env, "COMPANION_DATA_FILE": str(copy)},
                           seconds)

    def minimal(seconds: float = 0) -> dict[str, float]:
        return run_painted(MINIMAL, MINIMAL_MARKER, out, env, seconds)

    figures: list[Figure] = []
    runs = args.runs
    today_runs: list[dict[str, float]] = []
    minimal_runs: list[dict[str, float]] = []

    def today_paint() -> float:
        result = app(small)
        today_runs.append(result)
        return result["paint"]

    def minimal_paint() -> float:
        result = minimal()
        minimal_runs.append(result)
        return result["paint"]

    ours, theirs = interleave(runs, today_paint, minimal_paint)
    figures.append(Figure("open to a painted Today", ours, theirs, "ms", "minimal Textual app", 1.3))
    rss_ours = statistics.median(r["rss_mb"] for r in today_runs)
    rss_theirs = statistics.median(r["rss_mb"] for r in minimal_runs)

    ours, theirs = interleave(runs, lambda: app(small, "panic", marker=TIMER_MARKER)["paint"],
                              lambda: minimal()["paint"])
    figures.append(Figure("`companion panic` to a running timer", ours, theirs, "ms",
                          "minimal Textual app", 1.3))

    status_env = {**env, "COMPANION_DATA_FILE": str(small)}
    ours, theirs = interleave(runs, lambda: run_timed([*companion, "status", "--json"], status_env),
                              lambda: run_timed([sys.executable, "-c", "import click"], status_env))
    figures.append(Figure("`companion status --json`", ours, theirs, "ms", "python -c 'import click'", 2.5))
    notes.append("status imports Textual: "
                 + ("YES (a defect)" if imports_textual([*companion, "status", "--json"], status_env) else "no"))

    ours, theirs = interleave(runs, lambda: app(big)["paint"], lambda: app(small)["paint"])
    figures.append(Figure("open to Today, 10 years of history", ours, theirs, "ms", "same, empty history", 1.2))

    log_file = work / "log" / "companion.json"
    log_file.parent.mkdir()
    shutil.copy(big, log_file)
    log_env = {**env, "COMPANION_DATA_FILE": str(log_file)}
    ours, theirs = interleave(
        max(3, runs // 2) if not args.quick else 1,
        lambda: run_timed([*companion, "log", "urge", "--intensity", "5"], log_env),
        lambda: run_timed([sys.executable, "-c", PLAIN_TRANSACTION, str(log_file)], log_env))
    figures.append(Figure("`companion log urge` into the 10-year file", ours, theirs, "ms",
                          "plain-Python read+add+fsync+rename", 1.5))

    if args.instructions:
        def counted(data: Path | None, *extra: str, marker: str = TODAY_MARKER) -> float | None:
            if data is None:
                return count_instructions(MINIMAL, MINIMAL_MARKER, out, env)
            copy = work / "run" / "companion.json"
            shutil.rmtree(copy.parent, ignore_errors=True)
            copy.parent.mkdir()
            shutil.copy(data, copy)
            return count_instructions([*companion, *extra], marker, out,
                                      {**env, "COMPANION_DATA_FILE": str(copy)})

        base = counted(None)
        pairs = [("open to a painted Today", counted(small), base, 1.3),
                 ("`companion panic` to a running timer", counted(small, "panic", marker=TIMER_MARKER), base, 1.3),
                 ("open to Today, 10 years of history", counted(big), counted(small), 1.2)]
        for name, ours_i, theirs_i, target in pairs:
            if ours_i is None or theirs_i is None:
                notes.append("instructions: valgrind is not installed")
                break
            notes.append(f"instructions to the first frame, {name}: {ours_i:,.0f} M vs {theirs_i:,.0f} M = "
                         f"{ours_i / theirs_i:.2f}× ({'✓' if ours_i / theirs_i <= target else '✗'} ≤ {target}×)")

    seconds = args.cpu_seconds
    env.pop("COMPANION_NOW")  # the countdown needs a clock that moves
    cpu_runs: dict[str, list[dict[str, float]]] = {"timer": [], "idle": [], "countdown": []}

    def cpu_after_paint(kind: str, command: list[str] | None) -> Callable[[], float]:
        def measure() -> float:
            if command is None:
                result = app(small, "panic", marker=TIMER_MARKER, seconds=seconds)
            else:
                result = run_painted(command, MINIMAL_MARKER, out, env, seconds)
            cpu_runs[kind].append(result)
            return result["cpu_after_paint"]
        return measure

    ours, idle, countdown = interleave(args.cpu_runs, cpu_after_paint("timer", None),
                                       cpu_after_paint("idle", MINIMAL),
                                       cpu_after_paint("countdown", MINIMAL_COUNTDOWN))
    figures.append(Figure(f"CPU while the timer counts down {seconds:g} s (after the first frame)",
                          ours, idle, "s", "idle minimal Textual app, same span", 1.5))
    whole = {kind: statistics.median(r["cpu_to_paint"] + r["cpu_after_paint"] for r in runs[1:] or runs)
             for kind, runs in cpu_runs.items()}  # the warm-up run left out
    figures.append(Figure(f"CPU of the whole process: start, then {seconds:g} s of countdown",
                          whole["timer"], whole["idle"], "s",
                          f"minimal Textual app: start, then {seconds:g} s idle", 1.5))
    figures.append(Figure(f"(reference) CPU while counting down {seconds:g} s, after the first frame",
                          ours, countdown, "s", "minimal app counting down in Digits once a second", 1.5))
    figures.append(Figure(f"(reference) CPU of the whole process, start + {seconds:g} s",
                          whole["timer"], whole["countdown"], "s",
                          "minimal app counting down in Digits once a second", 1.5))
    frames = {kind: statistics.median(r["frames_after_paint"] for r in runs) for kind, runs in cpu_runs.items()}
    notes.append(f"frames written in {seconds:g} s: timer {frames['timer']:.0f}, idle minimal "
                 f"{frames['idle']:.0f}, minimal countdown {frames['countdown']:.0f}")
    if args.instructions:
        copy = work / "run" / "companion.json"
        shutil.rmtree(copy.parent, ignore_errors=True)
        copy.parent.mkdir()
        shutil.copy(small, copy)
        counts = [count_instructions([*companion, "panic"], TIMER_MARKER, out,
                                     {**env, "COMPANION_DATA_FILE": str(copy)}, seconds),
                  count_instructions(MINIMAL, MINIMAL_MARKER, out, env, seconds),
                  count_instructions(MINIMAL_COUNTDOWN, MINIMAL_MARKER, out, env, seconds)]
        if None not in counts:
            timer_i, idle_i, countdown_i = counts
            notes.append(f"instructions of the whole process, start + {seconds:g} s: timer {timer_i:,.0f} M, "
                         f"idle minimal {idle_i:,.0f} M ({timer_i / idle_i:.2f}×), "
                         f"minimal countdown {countdown_i:,.0f} M ({timer_i / countdown_i:.2f}×)")
    figures.append(Figure("peak memory (RSS) on Today", rss_ours, rss_theirs, "MB", "minimal Textual app", 1.4))
    return figures, notes


def show(figures: list[Figure], notes: list[str], runs: int) -> None:
    print(f"Python {sys.version.split()[0]} · {os.cpu_count()} CPUs · load {os.getloadavg()[0]:.2f} · "
          f"medians of {runs} interleaved runs\n")
    print(f"| figure | Companion | compared with | ratio | target |")
    print("| --- | ---: | --- | ---: | ---: |")
    for f in figures:
        scale = 1000 if f.unit == "ms" else 1
        ok = "✓" if f.ratio <= f.target else "✗"
        print(f"| {f.name} | {f.ours * scale:,.{0 if f.unit == 'ms' else 2}f} {f.unit} | "
              f"{f.against}: {f.theirs * scale:,.{0 if f.unit == 'ms' else 2}f} {f.unit} | "
              f"{f.ratio:.2f}× {ok} | ≤ {f.target}× |")
    print()
    for note in notes:
        print(f"- {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--cpu-seconds", type=float, default=60)
    parser.add_argument("--cpu-runs", type=int, default=None,
                        help="runs of the CPU trio (default: --runs; each run lasts --cpu-seconds)")
    parser.add_argument("--instructions", action="store_true",
                        help="also count CPU instructions with valgrind (deterministic): to the first "
                             "frame, and for the whole process of the CPU trio")
    parser.add_argument("--quick", action="store_true", help="tiny setting: 1 run, 1 s of CPU, small data")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.cpu_seconds = 1, 1
    if args.cpu_runs is None:
        args.cpu_runs = args.runs
    work = Path(tempfile.mkdtemp(prefix="companion-bench-"))
    try:
        figures, notes = measure(args, work)
        show(figures, notes, args.runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
