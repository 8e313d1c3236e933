"""Showing a notification through the system's own notifier: notify-send or osascript.

No daemon and no network: one short subprocess per notification. Where neither
program exists, nothing is shown (and `companion remind status` says so).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass

SEND_TIMEOUT_SECONDS = 10


@dataclass(frozen=True)
class Notifier:
    """A notification program found on this machine."""

    name: str  # "notify-send" or "osascript"
    path: str

    def command(self, title: str, body: str) -> list[str]:
        """The command line that shows one notification (no shell involved)."""
        if self.name == "osascript":
            script = (f"display notification {applescript_string(body)} "
                      f"with title {applescript_string(title)}")
            return [self.path, "-e", script]
        return [self.path, "--app-name=Companion", title, body]

    def send(self, title: str, body: str) -> bool:
        """Show it; False when the program failed (no session bus, say)."""
        try:
            done = subprocess.run(self.command(title, body), stdin=subprocess.DEVNULL,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  timeout=SEND_TIMEOUT_SECONDS, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return False
        return done.returncode == 0


def find_notifier(platform: str | None = None) -> Notifier | None:
    """osascript on macOS, notify-send elsewhere; None when it is not installed."""
    name = "osascript" if (platform or sys.platform) == "darwin" else "notify-send"
    path = shutil.which(name)
    return Notifier(name, path) if path else None


def applescript_string(text: str) -> str:
    """Text as an AppleScript string literal: quoted, backslashes and quotes escaped,
    line breaks as spaces (a notification is one paragraph)."""
    flat = " ".join(text.splitlines())
    return '"' + flat.replace("\\", "\\\\").replace('"', '\\"') + '"'
