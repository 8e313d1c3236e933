"""Measure the panic timer: time to the first painted frame, and CPU while it counts down.

Run from the repository root:

    python benchmarks/timer.py [--runs 10] [--cpu-seconds 60] [--skip-cpu]

Both figures are taken against a minimal Textual app in the same run, each as a
whole process started fresh (interleaved, so machine load hits both alike):

1. start-up: from just before the process is spawned to the moment the first frame
   showing the timer is handed to the terminal driver (`companion panic --minutes 15`
   on a fresh copy of an onboarded data file, so the timer is really started);
2. CPU: user+system seconds the process uses over N seconds of countdown after that
   first frame, read with `resource.getrusage` inside the process.

The child processes use `FrameDriver` (set through Textual's TEXTUAL_DRIVER): a
driver that renders every frame exactly as for a terminal (it is not "headless",
so the screen output is really produced) but throws the bytes away. It notes when
the first frame of the wanted screen is written and, for the CPU figure, how many
frames were written.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from textual.drivers.headless_driver import HeadlessDriver

ROOT = Path(__file__).resolve().parent.parent
COMPANION = Path(sys.executable).with_name("companion")
MARKERS = {"companion": "Delay timer", "minimal": "Minimal timer", "countdown": "Minimal timer"}


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class FrameDriver(HeadlessDriver):
    """Renders like a terminal driver, writes nowhere, reports the first frame of a screen.

    Configured by environment: BENCH_OUT (file for the JSON result), BENCH_MARKER
    (text that identifies the wanted screen's frame), BENCH_CPU_SECONDS (0: exit
    at the first frame; otherwise keep running that long and report CPU).
    """

    @property
    def is_headless(self) -> bool:
        return False

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._first: float | None = None
        self._cpu_at_first = 0.0
        self._frames = 0
        self._bytes = 0
        self._cpu_at_half = 0.0
        self._frames_at_half = 0
        self._marker = os.environ.get("BENCH_MARKER", "")
        self._cpu_seconds = float(os.environ.get("BENCH_CPU_SECONDS", "0"))

    def write(self, data: str) -> None:
        if self._first is None:
            if self._marker and self._marker in data:
                self._first = time.time()
                self._cpu_at_first = _cpu_seconds()
                if self._cpu_seconds <= 0:
                    self._report({"first_paint": self._first, "cpu_to_paint": self._cpu_at_first})
                    self._app.exit()
                else:
                    self._app.set_timer(self._cpu_seconds / 2, self._half)
                    self._app.set_timer(self._cpu_seconds, self._done)
            return
        self._frames += 1
        self._bytes += len(data)

    def _half(self) -> None:
        self._cpu_at_half = _cpu_seconds() - self._cpu_at_first
        self._frames_at_half = self._frames

    def _done(self) -> None:
        self._report({"first_paint": self._first, "cpu": _cpu_seconds() - self._cpu_at_first,
                      "frames": self._frames, "bytes": self._bytes,
                      "cpu_first_half": self._cpu_at_half,
                      "frames_first_half": self._frames_at_half})
        self._app.exit()

    @staticmethod
    def _report(result: dict[str, object]) -> None:
        Path(os.environ["BENCH_OUT"]).write_text(json.dumps(result))


def minimal_app(countdown: bool = False) -> None:
    """A minimal Textual app showing what the timer shows first: a title and Digits.

    With `countdown`, the Digits count down once a second (the least a countdown
    can do); without, the app sits idle.
    """
    from textual.app import App, ComposeResult
    from textual.widgets import Digits, Footer, Static

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("Minimal timer")
            yield Digits("15:00")
            yield Footer()

        def on_mount(self) -> None:
            if countdown:
                self.end = time.monotonic() + 900
                self.set_interval(1, self.tick)

        def tick(self) -> None:
            left = max(0, round(self.end - time.monotonic()))
            self.query_one(Digits).update(f"{left // 60:02d}:{left % 60:02d}")

    Minimal().run()


def _environment(kind: str, out: Path, data: Path, cpu_seconds: float) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "TEXTUAL_DRIVER": "benchmarks.timer:FrameDriver",
        "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
        "BENCH_OUT": str(out),
        "BENCH_MARKER": MARKERS[kind],
        "BENCH_CPU_SECONDS": str(cpu_seconds),
        "COMPANION_DATA_FILE": str(data),
        "COLUMNS": "80",
        "LINES": "24",
        "TERM": "xterm-256color",
    })
    # An installed package has its .pyc files; cache them here too (outside the tree),
    # even where the shell says not to write bytecode.
    env["PYTHONPYCACHEPREFIX"] = str(out.parent / "pycache")
    for name in ("COMPANION_NOW", "TEXTUAL", "TEXTUAL_DEBUG", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    return env


def run_once(kind: str, template: Path, work: Path, cpu_seconds: float = 0) -> dict[str, float]:
    """Start one process; return its result (first_paint is seconds after spawn)."""
    data = work / f"{kind}.json"
    for old in work.glob(f"{kind}.json*"):
        old.unlink()
    shutil.copy(template, data)
    out = work / f"{kind}.out"
    out.unlink(missing_ok=True)
    if kind == "companion":
        command = [str(COMPANION), "panic", "--minutes", "15"]
    else:
        command = [sys.executable, "-c", "from benchmarks.timer import minimal_app; "
                   f"minimal_app(countdown={kind == 'countdown'})"]
    env = _environment(kind, out, data, cpu_seconds)
    started = time.time()
    done = subprocess.run(command, env=env, cwd=ROOT, stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          timeout=cpu_seconds + 60)
    if not out.exists():
        raise RuntimeError(f"{kind} did not report (exit {done.returncode}): {done.stderr[-2000:]!r}")
    result = json.loads(out.read_text())
    result["first_paint"] = result["first_paint"] - started
    return result


def onboarded_template(work: Path) -> Path:
    """A data file set up as after onboarding (with one reason, no timer running)."""
    template = work / "template.json"
    env = dict(os.environ, COMPANION_DATA_FILE=str(template))
    env.pop("COMPANION_NOW", None)
    subprocess.run([str(COMPANION), "init", "--last-contact", "6 days ago", "--length", "30",
                    "--ex-name", "Alex"], env=env, check=True, stdout=subprocess.DEVNULL)
    return template


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--cpu-seconds", type=float, default=60)
    parser.add_argument("--skip-cpu", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="companion-bench-") as folder:
        work = Path(folder)
        template = onboarded_template(work)
        run_once("companion", template, work)  # warm the file cache and .pyc files
        run_once("minimal", template, work)
        paints: dict[str, list[float]] = {"companion": [], "minimal": []}
        cpus: dict[str, list[float]] = {"companion": [], "minimal": []}
        for _ in range(args.runs):
            for kind in ("companion", "minimal"):
                result = run_once(kind, template, work)
                paints[kind].append(result["first_paint"])
                cpus[kind].append(result["cpu_to_paint"])
        print(f"First painted frame, whole process, {args.runs} runs each (interleaved);"
              f" load average {os.getloadavg()[0]:.2f}:")
        for kind in ("companion", "minimal"):
            values = sorted(paints[kind])
            print(f"  {kind:9} wall median {statistics.median(values) * 1000:5.0f} ms"
                  f" (min {values[0] * 1000:4.0f}, max {values[-1] * 1000:4.0f})"
                  f"   CPU median {statistics.median(cpus[kind]) * 1000:5.0f} ms")
        wall = statistics.median(paints["companion"]) / statistics.median(paints["minimal"])
        cpu_ratio = statistics.median(cpus["companion"]) / statistics.median(cpus["minimal"])
        print(f"  ratio companion/minimal: wall {wall:.2f}, CPU {cpu_ratio:.2f}")
        if args.skip_cpu:
            return
        print(f"\nCPU over {args.cpu_seconds:g} s after the first frame (user+system):")
        kinds = ("companion", "minimal", "countdown")
        cpu = {k: run_once(k, template, work, args.cpu_seconds) for k in kinds}
        names = {"companion": "companion", "minimal": "minimal (idle)",
                 "countdown": "minimal countdown (Digits once a second)"}
        for kind, result in cpu.items():
            share = result["cpu"] / args.cpu_seconds * 100
            print(f"  {names[kind]:41} {result['cpu']:6.3f} s  ({share:.2f}% of one core)"
                  f"   frames {result['frames']:4}   bytes {result['bytes']}")
        ours = cpu["companion"]
        half = args.cpu_seconds / 2
        print(f"  companion, first {half:g} s (breathing pacer on screen): {ours['cpu_first_half']:.3f} s,"
              f" {ours['frames_first_half']} frames; last {half:g} s (a reason card):"
              f" {ours['cpu'] - ours['cpu_first_half']:.3f} s,"
              f" {ours['frames'] - ours['frames_first_half']} frames")
        for base in ("minimal", "countdown"):
            ratio = cpu["companion"]["cpu"] / max(cpu[base]["cpu"], 1e-6)
            print(f"  ratio companion / {names[base]}: {ratio:.1f}")


if __name__ == "__main__":
    main()
