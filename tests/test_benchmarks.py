"""The benchmark script runs end to end on a tiny setting (its figures are not judged here)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_script_runs_on_a_tiny_setting() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("COMPANION_DATA_FILE", "COMPANION_NOW")}
    done = subprocess.run([sys.executable, "benchmarks/run.py", "--quick"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    table = done.stdout
    for figure in ("open to a painted Today", "`companion panic` to a running timer",
                   "`companion status --json`", "open to Today, 10 years of history",
                   "`companion log urge` into the 10-year file", "CPU while the timer counts down",
                   "CPU of the whole process", "peak memory (RSS) on Today",
                   "open History on the 10-year file, first page painted"):
        assert figure in table
    rows = {line.split(" | ")[0].lstrip("| "): line for line in table.splitlines() if line.startswith("| ")}
    timer_rows = [row for name, row in rows.items() if name.startswith(("CPU while", "CPU of the whole"))]
    assert timer_rows and all("minimal app counting down in Digits" in row and "≤ 1.2×" in row
                              for row in timer_rows)
    assert "≤ 1.5×" in rows["open History on the 10-year file, first page painted"]
    assert "status imports Textual: no" in table
