"""Companion's speed and memory against fair baselines, as whole processes.

    python benchmarks/run.py [--runs 10] [--cpu-seconds 60] [--cpu-runs N]
    python benchmarks/run.py --quick        # a tiny setting, to check the script works

Each compared pair is run interleaved (A, B, A, B, …) so that machine load hits both
alike, and the table shows medians and ratios against the targets. The timer's CPU is
set against a minimal app that counts down in Textual's `Digits` once a second (about the
least a countdown costs in Textual); the idle minimal app is shown beside it, for reference.
History is opened straight as the first screen by `benchmarks/open_history.py` (the app
has no command for it). With `--instructions`, valgrind counts the CPU instructions of
the same runs: unlike time on a shared machine, they give the same figure every run.
Data sets are generated with a fixed seed in a temporary folder; nothing else is
touched. Targets and figures: benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
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
HISTORY_MARKER = "1 of "  # the timeline's first item, highlighted: "… · 1 of 45,899"
OPEN_HISTORY = [sys.executable, str(ROOT / "benchmarks" / "open_history.py")]
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
    repo.setup.complete_onboarding(Profile(name="Sam", ex_name="Alex", reasons=["I want calm"]),
                             Settings(zone="Europe/London"), date(2026, 11, 20), 30)
    repo.periods.celebrate_milestones()


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
    Repository(path, source=MovableSource(parse_instant(NOW))).periods.celebrate_milestones()
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

    def fresh_copy(data: Path) -> Path:
        """A copy of `data` for one run, so that no run sees what another wrote."""
        copy = work / "run" / "companion.json"
        shutil.rmtree(copy.parent, ignore_errors=True)
        copy.parent.mkdir()
        shutil.copy(data, copy)
        return copy

    def app(data: Path, *extra: str, marker: str = TODAY_MARKER, seconds: float = 0) -> dict[str, float]:
        copy = fresh_copy(data)
        return run_painted([*companion, *extra], marker, out, {**env, "COMPANION_DATA_FILE": str(copy)},
                           seconds)

    def history(data: Path) -> dict[str, float]:
        copy = fresh_copy(data)
        return run_painted(OPEN_HISTORY, HISTORY_MARKER, out, {**env, "COMPANION_DATA_FILE": str(copy)})

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

    ours, theirs = interleave(runs, lambda: history(big)["paint"], lambda: app(big)["paint"])
    figures.append(Figure("open History on the 10-year file, first page painted", ours, theirs, "ms",
                          "open Today on the same file", 1.5))

    log_file = work / "log" / "companion.json"
    log_file.parent.mkdir()
    log_env = {**env, "COMPANION_DATA_FILE": str(log_file)}

    def timed_on_a_fresh_copy(command: list[str]) -> float:
        """Each run writes into its own copy of the ten-year file, as Companion left it:
        a run must not read what the other side wrote (the plain transaction writes one
        unsealed line, which Companion then has to check record by record)."""
        shutil.copy(big, log_file)
        return run_timed(command, log_env)

    ours, theirs = interleave(
        max(3, runs // 2) if not args.quick else 1,
        lambda: timed_on_a_fresh_copy([*companion, "log", "urge", "--intensity", "5"]),
        lambda: timed_on_a_fresh_copy([sys.executable, "-c", PLAIN_TRANSACTION, str(log_file)]))
    figures.append(Figure("`companion log urge` into the 10-year file", ours, theirs, "ms",
                          "plain-Python read+add+fsync+rename", 1.5))

    if args.instructions:
        def counted(data: Path | None, *extra: str, marker: str = TODAY_MARKER,
                    command: list[str] | None = None) -> float | None:
            if data is None:
                return count_instructions(MINIMAL, MINIMAL_MARKER, out, env)
            copy = fresh_copy(data)
            return count_instructions(command or [*companion, *extra], marker, out,
                                      {**env, "COMPANION_DATA_FILE": str(copy)})

        base, today_big = counted(None), counted(big)
        panic_i = counted(small, "panic", marker=TIMER_MARKER)
        pairs = [("open to a painted Today", counted(small), base, "minimal Textual app", 1.3),
                 ("`companion panic` to a running timer", panic_i, base, "minimal Textual app", 1.3),
                 ("open to Today, 10 years of history", today_big, counted(small), "same, empty history", 1.2),
                 ("open History on the 10-year file, first page painted",
                  counted(big, marker=HISTORY_MARKER, command=OPEN_HISTORY), today_big,
                  "open Today on the same file", 1.5)]
        for name, ours_i, theirs_i, against, target in pairs:
            if ours_i is None or theirs_i is None:
                notes.append("instructions: valgrind is not installed")
                break
            figures.append(Figure(f"{name} (instructions to the first frame)", ours_i, theirs_i, "M",
                                  against, target))

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
                          ours, countdown, "s", "minimal app counting down in Digits once a second", 1.2))
    whole = {kind: statistics.median(r["cpu_to_paint"] + r["cpu_after_paint"] for r in runs[1:] or runs)
             for kind, runs in cpu_runs.items()}  # the warm-up run left out
    figures.append(Figure(f"CPU of the whole process: start, then {seconds:g} s of countdown",
                          whole["timer"], whole["countdown"], "s",
                          "minimal app counting down in Digits once a second", 1.2))
    frames = {kind: statistics.median(r["frames_after_paint"] for r in runs) for kind, runs in cpu_runs.items()}
    notes.append(f"frames written in {seconds:g} s: timer {frames['timer']:.0f}, idle minimal "
                 f"{frames['idle']:.0f}, minimal countdown {frames['countdown']:.0f}")
    notes.append(f"for reference, an idle minimal Textual app: {idle:.2f} s of CPU in the {seconds:g} s after "
                 f"its first frame, {whole['idle']:.2f} s for the whole process (no countdown can come near it)")
    if args.instructions:
        # Under valgrind a countdown runs so slowly that two ticks can fall into one
        # frame: the counted runs stop after as many frames as the span has seconds
        # (the same work as the span at full speed), at the latest after three spans.
        ticks = max(1, round(seconds))

        def panic(span: float) -> float | None:
            copy = fresh_copy(small)  # each run starts a new timer
            return count_instructions([*companion, "panic"], TIMER_MARKER, out,
                                      {**env, "COMPANION_DATA_FILE": str(copy)}, span * 3, ticks if span else 0)

        def frames_written() -> int:  # frames the last counted run wrote after its first (valgrind is slow)
            return int(json.loads(out.read_text()).get("frames_after_paint", 0)) if out.exists() else 0

        counts = [panic(seconds)]
        timer_frames = frames_written()
        counts += [count_instructions(MINIMAL, MINIMAL_MARKER, out, env, seconds),
                   count_instructions(MINIMAL_COUNTDOWN, MINIMAL_MARKER, out, env, seconds * 3, ticks)]
        countdown_frames = frames_written()
        counts += [panic(0), count_instructions(MINIMAL_COUNTDOWN, MINIMAL_MARKER, out, env)]
        if None not in counts:
            notes.append(f"instructions of the countdowns: {ticks} frames after the first (the timer wrote "
                         f"{timer_frames}, the minimal countdown {countdown_frames}), the work of {seconds:g} s")
            timer_i, idle_i, countdown_i, timer_first, countdown_first = counts  # type: ignore[misc]
            figures.append(Figure(f"CPU while the timer counts down {seconds:g} s, after the first frame "
                                  f"(instructions of {ticks} frames: whole process less the start)",
                                  timer_i - timer_first, countdown_i - countdown_first, "M",
                                  "minimal app counting down in Digits once a second", 1.2))
            figures.append(Figure(f"CPU of the whole process, start + {seconds:g} s (instructions)",
                                  timer_i, countdown_i, "M",
                                  "minimal app counting down in Digits once a second", 1.2))
            notes.append(f"instructions of the idle minimal app, start + {seconds:g} s: {idle_i:,.0f} M")
    figures.append(Figure("peak memory (RSS) on Today", rss_ours, rss_theirs, "MB", "minimal Textual app", 1.4))
    return figures, notes


def show(figures: list[Figure], notes: list[str], runs: int) -> None:
    print(f"Python {sys.version.split()[0]} · {os.cpu_count()} CPUs · load {os.getloadavg()[0]:.2f} · "
          f"medians of {runs} interleaved runs\n")
    print("| figure | Companion | compared with | ratio | target |")
    print("| --- | ---: | --- | ---: | ---: |")
    for f in figures:
        scale = 1000 if f.unit == "ms" else 1
        ok = "✓" if f.ratio <= f.target else "✗"
        places = 2 if f.unit in ("s", "MB") else 0
        print(f"| {f.name} | {f.ours * scale:,.{places}f} {f.unit} | "
              f"{f.against}: {f.theirs * scale:,.{places}f} {f.unit} | "
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
