"""Running the app as a whole process and noting its first painted frame.

`PaintDriver` is set through Textual's TEXTUAL_DRIVER environment variable, so the
app under test is unchanged: it renders every frame exactly as for a terminal (it is
not "headless") but throws the bytes away. When a frame containing BENCH_MARKER is
written it records the time, CPU and peak RSS, then either exits at once or, with
BENCH_SECONDS, keeps the app running that long and reports the CPU used meanwhile.
With BENCH_FRAMES as well, it stops as soon as that many more frames are written (at
the latest after BENCH_SECONDS): a fixed amount of work, for counting instructions in
a process that valgrind slows so much that two ticks can fall into one frame.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from textual.drivers.headless_driver import HeadlessDriver

ROOT = Path(__file__).resolve().parent.parent


def cpu_seconds() -> float:
    """User + system CPU of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    """Peak resident memory of this process, in MB.

    Read from /proc (VmHWM): getrusage's ru_maxrss survives exec on Linux, so a child
    would report its parent's peak if that was higher.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class PaintDriver(HeadlessDriver):
    """Renders like a terminal driver, writes nowhere, reports the first wanted frame."""

    @property
    def is_headless(self) -> bool:
        return False

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._marker = os.environ.get("BENCH_MARKER", "")
        self._seconds = float(os.environ.get("BENCH_SECONDS", "0"))
        self._frames_wanted = int(os.environ.get("BENCH_FRAMES", "0"))
        self._reported = False
        self._painted: dict[str, float] | None = None
        self._frames = 0

    def write(self, data: str) -> None:
        if self._painted is not None:
            self._frames += 1
            if self._frames == self._frames_wanted:
                self._done()
            return
        if self._marker not in data:
            return
        self._painted = {"paint": time.time(), "cpu_to_paint": cpu_seconds(), "rss_mb": peak_rss_mb()}
        if os.environ.get("BENCH_EXIT_AT_PAINT"):  # counting instructions: nothing after the frame
            self._report(self._painted)
            os._exit(0)
        if self._seconds <= 0:
            self._report(self._painted)
            self._app.exit()
        else:
            self._app.set_timer(self._seconds, self._done)

    def _done(self) -> None:
        assert self._painted is not None
        if self._reported:
            return
        self._reported = True
        self._report({**self._painted, "cpu_after_paint": cpu_seconds() - self._painted["cpu_to_paint"],
                      "frames_after_paint": self._frames, "rss_mb": peak_rss_mb()})
        self._app.exit()

    @staticmethod
    def _report(result: dict[str, float]) -> None:
        Path(os.environ["BENCH_OUT"]).write_text(json.dumps(result))


def minimal_app(countdown: bool = False) -> None:
    """The comparison: a minimal Textual app that paints one Static.

    With `countdown` it also counts down from 15:00 in a Digits widget, once a second:
    about the least a countdown costs in Textual, the reference for the timer's CPU.
    """
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("Minimal app")
            if countdown:
                from textual.widgets import Digits

                self.left = 15 * 60
                self.digits = Digits("15:00")
                yield self.digits

        def on_mount(self) -> None:
            if countdown:
                self.set_interval(1, self.tick)

        def tick(self) -> None:
            self.left = max(0, self.left - 1)
            self.digits.update(f"{self.left // 60:02d}:{self.left % 60:02d}")

    Minimal().run()


MINIMAL = [sys.executable, "-c", "from benchmarks.harness import minimal_app; minimal_app()"]
MINIMAL_COUNTDOWN = [sys.executable, "-c",
                     "from benchmarks.harness import minimal_app; minimal_app(countdown=True)"]
MINIMAL_MARKER = "Minimal app"


def run_painted(command: list[str], marker: str, out: Path, env: dict[str, str],
                seconds: float = 0) -> dict[str, float]:
    """Run one process until its first wanted frame (plus `seconds`); its report.

    `paint` in the result is seconds from just before the spawn to the first frame.
    """
    out.unlink(missing_ok=True)
    run_env = {**env, "TEXTUAL_DRIVER": "benchmarks.harness:PaintDriver", "BENCH_OUT": str(out),
               "BENCH_MARKER": marker, "BENCH_SECONDS": str(seconds), "COLUMNS": "80", "LINES": "24",
               "TERM": "xterm-256color",
               "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")}
    for name in ("TEXTUAL", "TEXTUAL_DEBUG"):
        run_env.pop(name, None)
    started = time.time()
    done = subprocess.run(command, env=run_env, cwd=ROOT, stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=seconds + 120)
    if not out.exists():
        raise RuntimeError(f"{command} did not paint {marker!r} (exit {done.returncode}): "
                           f"{done.stderr.decode(errors='replace')[-1500:]}")
    result = json.loads(out.read_text())
    result["paint"] -= started
    return result


def count_instructions(command: list[str], marker: str, out: Path, env: dict[str, str],
                       seconds: float = 0, frames: int = 0) -> float | None:
    """Millions of CPU instructions from the spawn to the first wanted frame (and
    `seconds` more of running after it, or `frames` more frames if that comes first),
    or None without valgrind. Deterministic, unlike wall time on a shared machine
    (give or take a frame with `seconds`)."""
    import shutil

    if shutil.which("valgrind") is None:
        return None
    counted = [*VALGRIND, *command]
    out.unlink(missing_ok=True)
    run_env = {**env, "TEXTUAL_DRIVER": "benchmarks.harness:PaintDriver", "BENCH_OUT": str(out),
               "BENCH_MARKER": marker, "BENCH_SECONDS": str(seconds), "COLUMNS": "80", "LINES": "24",
               "TERM": "xterm-256color", "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
               "BENCH_FRAMES": str(frames)}
    if seconds <= 0:
        run_env["BENCH_EXIT_AT_PAINT"] = "1"
    for name in ("TEXTUAL", "TEXTUAL_DEBUG"):
        run_env.pop(name, None)
    done = subprocess.run(counted, env=run_env, cwd=ROOT, stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=600 + seconds, text=True)
    for line in done.stderr.splitlines():
        if "Collected :" in line:
            return int(line.rsplit(":", 1)[1]) / 1e6
    return None


VALGRIND = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]


def run_timed(command: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one whole run of `command`."""
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started
