"""`companion remind …`: settings, fire through a fake notify-send, install and uninstall."""

from __future__ import annotations

import json
import os
import plistlib
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from companion.cli.group import main

SUNDAY_MORNING = "2026-11-29T08:40:00+00:00"


def run(*args: str, now: str | None = None) -> Result:
    env = {"COMPANION_NOW": now} if now else {}
    return CliRunner(env=env).invoke(main, list(args))


@pytest.fixture
def profile(data_file: Path) -> Path:
    assert run("init", "--last-contact", "3 days ago", "--length", "30", "--ex-name", "Sam",
               "--tz", "UTC").exit_code == 0
    return data_file


@pytest.fixture
def fake_bin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PATH holding only a notify-send that writes its arguments to sent.txt."""
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "notify-send"
    script.write_text(f'#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a" >> "{tmp_path}/sent.txt"; done\n'
                      f'printf "%s\\n" "--" >> "{tmp_path}/sent.txt"\n')
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(folder))
    return folder


def sent(tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "sent.txt"
    if not path.exists():
        return []
    calls, current = [], []
    for line in path.read_text().splitlines():
        if line == "--":
            calls.append(current)
            current = []
        else:
            current.append(line)
    return calls


def test_fire_sends_each_due_reminder_once_through_notify_send(profile: Path, fake_bin: Path, tmp_path: Path) -> None:
    assert run("plan", "add", "Walk with Sam", "-c", "body", "--on", "2026-11-29", "--at", "08:50").exit_code == 0
    result = run("remind", "fire", now=SUNDAY_MORNING)
    assert result.exit_code == 0, result.output
    calls = sent(tmp_path)
    assert [call[1] for call in calls] == ["A minute for today?", "Coming up at 08:50"]
    assert calls[0][0] == "--app-name=Companion"
    assert calls[1][2] == "Something you planned starts at 08:50. Open it with: companion"
    assert run("remind", "fire", now=SUNDAY_MORNING).exit_code == 0
    assert len(sent(tmp_path)) == 2  # once each
    status = run("remind", "status", now=SUNDAY_MORNING)
    assert f"Notifier: {fake_bin / 'notify-send'}" in status.output
    assert "Last sent: " in status.output and "2026-11-29 08:40" in status.output


def test_dry_run_prints_and_sends_nothing_nor_writes(profile: Path, fake_bin: Path, tmp_path: Path) -> None:
    before = profile.read_bytes()
    result = run("remind", "fire", "--dry-run", now=SUNDAY_MORNING)
    assert result.output == ("A minute for today? — Your day is waiting for you: a look at today's plan. "
                             "Open it with: companion\n")
    assert sent(tmp_path) == [] and profile.read_bytes() == before


def test_fire_without_a_notifier_exits_0_and_status_says_so(profile: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    before = profile.read_bytes()
    assert run("remind", "fire", now=SUNDAY_MORNING).exit_code == 0
    assert profile.read_bytes() == before
    assert "Notifier: none found" in run("remind", "status").output


def test_fire_without_a_data_file_is_silent(data_file: Path, fake_bin: Path, tmp_path: Path) -> None:
    result = run("remind", "fire", now=SUNDAY_MORNING)
    assert (result.exit_code, result.output, sent(tmp_path)) == (0, "", [])
    assert not data_file.exists()


def test_list_set_on_off_quiet(profile: Path) -> None:
    assert run("remind", "set", "morning", "7:45").output == "morning: 07:45\n"
    assert run("remind", "set", "planning", "19:00", "--day", "sat").exit_code == 0
    assert run("remind", "set", "activities", "00:30").exit_code == 0
    assert run("remind", "off", "evening").exit_code == 0
    assert run("remind", "quiet", "on").exit_code == 0
    rows = {row["name"]: row for row in json.loads(run("remind", "list", "--json").output)}
    assert set(rows) == {"morning", "evening", "planning", "activities", "timer"}
    assert {k: rows["morning"][k] for k in ("enabled", "at", "day", "active")} == {
        "enabled": True, "at": "07:45", "day": None, "active": False}
    assert rows["planning"]["day"] == "saturday" and rows["planning"]["at"] == "19:00"
    assert rows["evening"]["enabled"] is False
    assert rows["activities"]["minutes_before"] == 30 and rows["activities"]["active"] is True
    assert run("remind", "quiet", "off").exit_code == 0
    assert run("remind", "on", "evening").exit_code == 0
    listing = run("remind", "list").output
    assert "evening     on" in listing and "Quiet mode off" in listing
    assert json.loads(run("remind", "list", "--json").output)[2]["day"] == "saturday"


@pytest.mark.parametrize("args, message", [
    (("set", "nap", "10:00"), "no reminder called 'nap'"),
    (("set", "morning", "25:00"), "'25:00' is not a time of day"),
    (("set", "planning", "10:00", "--day", "funday"), "'funday' is not a day of the week"),
    (("off", "nap"), "no reminder called 'nap'"),
])
def test_bad_input_is_one_line_and_writes_nothing(profile: Path, args: tuple[str, ...], message: str) -> None:
    before = profile.read_bytes()
    result = run("remind", *args)
    assert result.exit_code != 0
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert profile.read_bytes() == before


def test_a_usage_error_is_one_line_too(profile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from companion.cli.group import entry

    with pytest.raises(SystemExit) as done:
        entry(["remind", "quiet", "maybe"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "'maybe' is not one of 'on', 'off'" in err


def test_systemd_install_writes_units_and_uninstall_removes_them(profile: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # no systemctl: nothing is run
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/tmp/dbus-abc,guid=1")
    result = run("remind", "install", "--scheduler", "systemd")
    assert result.exit_code == 0, result.output
    folder = tmp_path / "xdg" / "systemd" / "user"
    service = (folder / "companion-reminders.service").read_text()
    timer = (folder / "companion-reminders.timer").read_text()
    assert f"ExecStart={sys.executable} -m companion --data-file {profile} remind fire" in service
    assert "Environment=DBUS_SESSION_BUS_ADDRESS=unix:path=/tmp/dbus-abc,guid=1\n" in service
    assert "Persistent=true" in timer and "OnCalendar=*:0/5" in timer and "WantedBy=timers.target" in timer
    assert str(folder / "companion-reminders.timer") in result.output
    assert "systemctl --user enable --now companion-reminders.timer" in result.output
    assert run("remind", "install", "--scheduler", "systemd").exit_code == 0  # idempotent
    assert str(folder / "companion-reminders.service") in run("remind", "status").output
    removed = run("remind", "uninstall")
    assert removed.exit_code == 0 and sorted(os.listdir(folder)) == []
    assert "Nothing to remove" in run("remind", "uninstall").output


def test_systemd_uses_the_runtime_bus_when_it_is_the_standard_one(profile: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/run/user/1000")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")
    assert run("remind", "install", "--scheduler", "systemd").exit_code == 0
    service = (tmp_path / "xdg" / "systemd" / "user" / "companion-reminders.service").read_text()
    assert "Environment=DBUS_SESSION_BUS_ADDRESS=unix:path=%t/bus" in service


def test_install_leaves_a_unit_it_did_not_write(profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    folder = tmp_path / "xdg" / "systemd" / "user"
    folder.mkdir(parents=True)
    (folder / "companion-reminders.timer").write_text("[Timer]\nmine\n")
    result = run("remind", "install", "--scheduler", "systemd")
    assert result.exit_code == 1 and "was not written by Companion" in result.stderr
    assert (folder / "companion-reminders.timer").read_text() == "[Timer]\nmine\n"
    assert run("remind", "uninstall").exit_code == 0
    assert (folder / "companion-reminders.timer").exists()


def test_launchd_install_writes_a_plist(profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    result = run("remind", "install", "--scheduler", "launchd")
    assert result.exit_code == 0, result.output
    path = tmp_path / "home" / "Library" / "LaunchAgents" / "io.github.companion.reminders.plist"
    plist = plistlib.loads(path.read_bytes())
    assert plist["ProgramArguments"] == [sys.executable, "-m", "companion", "--data-file", str(profile),
                                         "remind", "fire"]
    assert plist["StartInterval"] == 300
    assert f"launchctl load -w {path}" in result.output
    assert run("remind", "uninstall").exit_code == 0 and not path.exists()


@pytest.fixture
def fake_crontab(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A crontab program backed by a file (absent file: no crontab)."""
    table = tmp_path / "crontab.txt"
    script = tmp_path / "crontab"
    script.write_text(f'#!/bin/sh\nf="{table}"\ncase "$1" in\n'
                      f'  -l) if [ -f "$f" ]; then cat "$f"; else echo "no crontab for you" >&2; exit 1; fi ;;\n'
                      f'  -) cat > "$f" ;;\n  -r) rm -f "$f" ;;\n  *) exit 2 ;;\nesac\n')
    script.chmod(0o755)
    monkeypatch.setenv("COMPANION_CRONTAB", str(script))
    return table


def test_cron_block_is_added_once_and_removed_leaving_the_crontab_as_it_was(profile: Path, fake_crontab: Path) -> None:
    original = "MAILTO=me@example.org\n# my backups\n0 3 * * * /usr/bin/backup --all\n"
    fake_crontab.write_text(original)
    result = run("remind", "install", "--scheduler", "cron")
    assert result.exit_code == 0, result.output
    assert run("remind", "install", "--scheduler", "cron").exit_code == 0
    table = fake_crontab.read_text()
    assert table.startswith(original)
    assert table.count("# >>> companion reminders") == 1 and table.count("remind fire") == 1
    line = [row for row in table.splitlines() if "remind fire" in row][0]
    assert line.startswith("*/5 * * * * ") and sys.executable in line and str(profile) in line
    assert "crontab" in run("remind", "status").output
    assert run("remind", "uninstall").exit_code == 0
    assert fake_crontab.read_text() == original
    assert run("remind", "uninstall").output.startswith("Nothing to remove")
    assert fake_crontab.read_text() == original


def test_cron_without_a_crontab_before_leaves_none_after(profile: Path, fake_crontab: Path) -> None:
    assert run("remind", "install", "--scheduler", "cron").exit_code == 0
    assert fake_crontab.exists()
    assert run("remind", "uninstall").exit_code == 0
    assert not fake_crontab.exists()


def test_cron_block_replaced_in_place_keeps_what_follows(profile: Path, fake_crontab: Path) -> None:
    from companion.schedulers import CRON_BEGIN, CRON_END

    fake_crontab.write_text(f"0 1 * * * a\n{CRON_BEGIN}\nold line\n{CRON_END}\n0 2 * * * b\n")
    assert run("remind", "install", "--scheduler", "cron").exit_code == 0
    rows = fake_crontab.read_text().splitlines()
    assert rows[0] == "0 1 * * * a" and rows[-1] == "0 2 * * * b" and "old line" not in rows


def test_unit_and_cron_command_lines_keep_odd_paths_literal() -> None:
    from companion.notifier import applescript_string
    from companion.schedulers import cron_block, systemd_quote

    assert systemd_quote("/data/my file%1$x.json") == '"/data/my file%%1$$x.json"'
    assert systemd_quote('a"b\\c') == '"a\\"b\\\\c"'
    line = cron_block(Path("/data/it's 100%.json")).splitlines()[1]
    assert "'/data/it'\"'\"'s 100\\%.json'" in line
    assert applescript_string('say "hi" \\ bye\nnow') == '"say \\"hi\\" \\\\ bye now"'


def test_morning_rests_once_today_was_opened(profile: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from companion.store.repository import Repository

    assert "A minute for today?" in run("remind", "fire", "--dry-run", now=SUNDAY_MORNING).output
    monkeypatch.setenv("COMPANION_NOW", SUNDAY_MORNING)
    repo = Repository(profile)
    assert repo.reminders.note_today_opened(repo.load())
    assert not repo.reminders.note_today_opened(repo.load())  # once a day
    assert run("remind", "fire", "--dry-run").output == ""
