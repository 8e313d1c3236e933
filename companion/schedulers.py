"""Asking the system to run `companion remind fire` every few minutes.

Three ways, all user-level (no root, no daemon of ours):
- systemd: a user service and timer in $XDG_CONFIG_HOME/systemd/user/;
- launchd: a LaunchAgent plist in ~/Library/LaunchAgents/;
- cron: a block between marker lines in the user's crontab, the rest untouched.

Install writes (or rewrites) exactly these; uninstall removes exactly these.
`COMPANION_CRONTAB` names another program to use as `crontab` (for tests).
"""

from __future__ import annotations

import os
import plistlib
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from companion import locations

SYSTEMD, LAUNCHD, CRON = "systemd", "launchd", "cron"
SCHEDULERS = (SYSTEMD, LAUNCHD, CRON)
EVERY_MINUTES = 5
UNIT = "companion-reminders"
LABEL = "io.github.companion.reminders"
MARK = "# Written by `companion remind install`; `companion remind uninstall` removes it."
CRON_BEGIN = "# >>> companion reminders (companion remind install) >>>"
CRON_END = "# <<< companion reminders <<<"
CRONTAB_ENV = "COMPANION_CRONTAB"


class SchedulerError(RuntimeError):
    """The scheduler could not be read or written (crontab missing or refusing)."""


@dataclass(frozen=True)
class Installed:
    """What install wrote, and the one command that turns it on."""

    scheduler: str
    wrote: list[str]
    enable: str


def fire_command(data_file: Path) -> list[str]:
    """The absolute command the scheduler runs: this Python, this package, this data file."""
    return [sys.executable, "-m", "companion", "--data-file", str(data_file), "remind", "fire"]


def default_scheduler(platform: str | None = None) -> str:
    """launchd on macOS; systemd where a user manager runs; cron otherwise."""
    platform = platform or sys.platform
    if platform == "darwin":
        return LAUNCHD
    if Path("/run/systemd/system").is_dir() and shutil.which("systemctl"):
        return SYSTEMD
    return CRON


def session_bus_line() -> str:
    """The service's D-Bus address, so notify-send reaches the desktop from the timer.

    systemd's user manager usually has it already, but not on every desktop (an
    X session started with dbus-launch keeps it to itself). The standard per-user
    bus is written as `%t/bus` (the runtime folder, stable across logins); any other
    address is the one this session uses, captured now.
    """
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if not address or (runtime and address == f"unix:path={runtime}/bus"):
        return "Environment=DBUS_SESSION_BUS_ADDRESS=unix:path=%t/bus"
    return "Environment=" + systemd_quote(f"DBUS_SESSION_BUS_ADDRESS={address}")


def systemd_quote(word: str) -> str:
    """One word of a unit file's command line: specifiers and variables kept literal."""
    word = word.replace("%", "%%").replace("$", "$$")
    if re.fullmatch(r"[\w@%+=:,./-]+", word):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


# systemd -------------------------------------------------------------------------


def systemd_files(data_file: Path) -> dict[Path, str]:
    folder = locations.systemd_user_dir()
    command = " ".join(systemd_quote(word) for word in fire_command(data_file))
    service = (f"{MARK}\n[Unit]\nDescription=Companion reminders: send what is due now\n\n"
               f"[Service]\nType=oneshot\nExecStart={command}\n{session_bus_line()}\n")
    timer = (f"{MARK}\n[Unit]\nDescription=Companion reminders every {EVERY_MINUTES} minutes\n\n"
             f"[Timer]\nOnCalendar=*:0/{EVERY_MINUTES}\nPersistent=true\nAccuracySec=30s\n\n"
             f"[Install]\nWantedBy=timers.target\n")
    return {folder / f"{UNIT}.service": service, folder / f"{UNIT}.timer": timer}


# launchd -------------------------------------------------------------------------


def launchd_files(data_file: Path) -> dict[Path, str]:
    plist = {
        "Label": LABEL,
        "ProgramArguments": fire_command(data_file),
        "StartInterval": EVERY_MINUTES * 60,
        "RunAtLoad": True,
        "StandardOutPath": "/dev/null",
        "StandardErrorPath": "/dev/null",
    }
    path = locations.launch_agents_dir() / f"{LABEL}.plist"
    return {path: plistlib.dumps(plist).decode("utf-8")}


def unit_files(scheduler: str, data_file: Path) -> dict[Path, str]:
    """The files install writes for systemd or launchd."""
    return systemd_files(data_file) if scheduler == SYSTEMD else launchd_files(data_file)


def enable_command(scheduler: str, paths: list[Path]) -> str:
    """The one command that turns installed units on ("" for cron: nothing to do)."""
    if scheduler == SYSTEMD:
        return f"systemctl --user daemon-reload && systemctl --user enable --now {UNIT}.timer"
    if scheduler == LAUNCHD:
        return f"launchctl load -w {shlex.quote(str(paths[0]))}"
    return ""  # cron reads the new crontab by itself


def ours(path: Path) -> bool:
    """Whether a file at our unit's path is one install wrote (never remove a stranger's)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return text.startswith(MARK) or f"<string>{LABEL}</string>" in text


# cron ----------------------------------------------------------------------------


def cron_block(data_file: Path) -> str:
    """Our crontab lines (cron reads % as a line break, so it is escaped)."""
    words = [shlex.quote(word) for word in fire_command(data_file)]
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if not address and runtime and Path(runtime, "bus").exists():
        address = f"unix:path={runtime}/bus"  # the standard per-user bus
    prefix = f"DBUS_SESSION_BUS_ADDRESS={shlex.quote(address)} " if address else ""
    line = f"*/{EVERY_MINUTES} * * * * {prefix}{' '.join(words)} >/dev/null 2>&1"
    return f"{CRON_BEGIN}\n{line.replace('%', chr(92) + '%')}\n{CRON_END}\n"


def without_block(crontab: str) -> str:
    """The crontab with our block (every copy, should there be several) taken out."""
    pattern = re.compile(rf"^{re.escape(CRON_BEGIN)}\n.*?^{re.escape(CRON_END)}\n?", re.M | re.S)
    return pattern.sub("", crontab)


def with_block(crontab: str, block: str) -> str:
    """The crontab with our block replaced in place, or added at the end."""
    pattern = re.compile(rf"^{re.escape(CRON_BEGIN)}\n.*?^{re.escape(CRON_END)}\n?", re.M | re.S)
    if pattern.search(crontab):
        first = pattern.search(crontab)
        assert first is not None
        return crontab[:first.start()] + block + without_block(crontab[first.end():])
    if crontab and not crontab.endswith("\n"):
        crontab += "\n"
    return crontab + block


def crontab_program() -> str | None:
    """The crontab program ($COMPANION_CRONTAB, else `crontab` on PATH)."""
    return os.environ.get(CRONTAB_ENV) or shutil.which("crontab")


def read_crontab() -> str | None:
    """The user's crontab ("" when they have none); None when there is no crontab program."""
    program = crontab_program()
    if program is None:
        return None
    try:
        done = subprocess.run([program, "-l"], capture_output=True, text=True, timeout=20, check=False)
    except OSError as error:
        raise SchedulerError(f"crontab could not run ({error.strerror or error})") from None
    if done.returncode != 0:
        if "no crontab" in done.stderr.lower():
            return ""
        raise SchedulerError(f"crontab -l failed: {done.stderr.strip() or done.returncode}")
    return done.stdout


def write_crontab(text: str) -> None:
    """Replace the user's crontab (removing it when nothing is left)."""
    program = crontab_program()
    if program is None:
        raise SchedulerError("there is no crontab program on this system")
    args, given = ([program, "-r"], None) if not text.strip() else ([program, "-"], text)
    done = subprocess.run(args, input=given, capture_output=True, text=True, timeout=20, check=False)
    if done.returncode != 0 and given is not None:
        raise SchedulerError(f"crontab refused the new table: {done.stderr.strip() or done.returncode}")


# install / uninstall / where ---------------------------------------------------------


def install(scheduler: str, data_file: Path) -> Installed:
    """Write what `scheduler` needs (replacing an earlier install of ours)."""
    if scheduler == CRON:
        current = read_crontab()
        if current is None:
            raise SchedulerError("there is no crontab program; try --scheduler systemd or launchd")
        block = cron_block(data_file)
        updated = with_block(current, block)
        if updated != current:
            write_crontab(updated)
        return Installed(CRON, [f"crontab block:\n{block.rstrip()}"], enable_command(CRON, []))
    files = unit_files(scheduler, data_file)
    for path, text in files.items():
        if path.exists() and not ours(path):
            raise SchedulerError(f"{path} exists and was not written by Companion; left as it is")
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return Installed(scheduler, [str(p) for p in files], enable_command(scheduler, list(files)))


def uninstall() -> list[str]:
    """Remove whatever install wrote, wherever it is; returns what was removed.

    A timer or agent that was turned on is turned off first (where the tool exists).
    """
    removed = []
    for files, stop in ((systemd_files(Path("-")), ["systemctl", "--user", "disable", "--now", f"{UNIT}.timer"]),
                        (launchd_files(Path("-")), ["launchctl", "unload"])):
        mine = [path for path in files if ours(path)]
        if not mine:
            continue
        _quietly([*stop, str(mine[0])] if stop[0] == "launchctl" else stop)
        for path in mine:
            path.unlink()
            removed.append(str(path))
        if stop[0] == "systemctl":
            _quietly(["systemctl", "--user", "daemon-reload"])
    current = read_crontab()
    if current:
        cleaned = without_block(current)
        if cleaned != current:
            write_crontab(cleaned)
            removed.append("crontab block")
    return removed


def _quietly(command: list[str]) -> None:
    """Run a system tool if it exists, ignoring how it went (best effort)."""
    program = shutil.which(command[0])
    if program:
        try:
            subprocess.run([program, *command[1:]], capture_output=True, timeout=20, check=False)
        except (OSError, subprocess.TimeoutExpired):
            pass


def where_installed() -> list[str]:
    """Where reminders are installed now (file paths, or "crontab")."""
    found = [str(p) for p in [*systemd_files(Path("-")), *launchd_files(Path("-"))] if ours(p)]
    try:
        current = read_crontab()
    except SchedulerError:
        current = None
    if current and CRON_BEGIN in current:
        found.append("crontab")
    return found
