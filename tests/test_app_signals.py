"""The real app in a pseudo-terminal: SIGTERM and SIGHUP end it cleanly, terminal restored."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.app_helpers import onboarded_repo

ALT_SCREEN_OFF = b"\x1b[?1049l"


def run_and_signal(data_file: Path, sig: int) -> tuple[int, bytes]:
    main, child = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"}
    proc = subprocess.Popen([sys.executable, "-m", "companion"], stdin=child, stdout=child,
                            stderr=child, env=env, close_fds=True, start_new_session=True)
    os.close(child)
    output = b""
    deadline = time.monotonic() + 20
    try:
        while time.monotonic() < deadline and b"Day 6 of 30" not in output:
            ready, _, _ = select.select([main], [], [], 0.2)
            if ready:
                output += os.read(main, 65536)
        assert b"Day 6 of 30" in output, output[-2000:]
        proc.send_signal(sig)
        end = time.monotonic() + 10
        while time.monotonic() < end and proc.poll() is None:
            ready, _, _ = select.select([main], [], [], 0.2)
            if ready:
                try:
                    output += os.read(main, 65536)
                except OSError:
                    break
        code = proc.wait(timeout=10)
        try:
            while select.select([main], [], [], 0.1)[0]:
                chunk = os.read(main, 65536)
                if not chunk:
                    break
                output += chunk
        except OSError:
            pass
        return code, output
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(main)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_signal_exits_cleanly(data_file: Path, sig: int) -> None:
    onboarded_repo(data_file).periods.celebrate_milestones()  # so that opening writes nothing
    before = data_file.read_bytes()
    code, output = run_and_signal(data_file, sig)
    assert code == 0
    assert ALT_SCREEN_OFF in output  # the terminal was given back
    assert b"Traceback" not in output
    assert data_file.read_bytes() == before
